"""``hoinghi backup [--to DIR]``: a consistent copy of the (SQLite) database; prints the file written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", help="thư mục lưu bản sao (mặc định: thư mục backups của phần mềm)")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.paths import backups_dir
    from app.store.backup import backup_sqlite

    if store.path is None:
        raise AppError(
            "Sao lưu chỉ dành cho cơ sở dữ liệu dạng tệp (SQLite); với PostgreSQL hãy dùng pg_dump.",
            "backup works on SQLite files; use pg_dump for PostgreSQL",
        )
    print(backup_sqlite(store.path, Path(args.to) if args.to else backups_dir()))
    return EXIT_OK
