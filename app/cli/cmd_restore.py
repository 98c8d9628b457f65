"""``hoinghi restore FILE [--yes]``: what a backup holds (nothing changed), or — with ``--yes`` —
the current database backed up, then replaced by the backup's content."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, NO_STORE

STORE = NO_STORE  # the database is replaced, not opened: services.backups.restore handles --db itself


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser(
        "restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (không có --yes: chỉ xem trước)"
    )
    p.add_argument("file", help="tệp sao lưu (.sqlite)")
    p.add_argument("--yes", action="store_true", help="khôi phục thật (bản đang dùng được sao lưu trước)")


def run(args: argparse.Namespace, store: None) -> int:
    from app.services.backups import restore

    result = restore(args.db, Path(args.file), apply=args.yes)
    for line in result.summary.lines():
        print(line)
    if not args.yes:
        print(
            "Chưa thay đổi gì (xem trước). Thêm --yes để khôi phục; cơ sở dữ liệu đang dùng sẽ được sao lưu trước."
        )
        return EXIT_OK
    if result.replaced is not None:
        print(f"Cơ sở dữ liệu trước khi khôi phục được giữ ở: {result.replaced}")
    print(f"Đã khôi phục (lược đồ {result.schema}).")
    return EXIT_OK
