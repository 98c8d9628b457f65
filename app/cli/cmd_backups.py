"""``hoinghi backups [--json] [--keep N]``: the backups of the ``backups`` folder, newest first.
JSON: ``[{"path", "time", "reason", "size", "counts"}]``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, NO_STORE, print_json

STORE = NO_STORE


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("backups", help="danh sách các bản sao lưu (tự động và theo yêu cầu)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p.add_argument(
        "--keep", type=int, metavar="N", help="đặt số bản sao lưu tự động được giữ lại (mặc định 30)"
    )


def run(args: argparse.Namespace, store: None) -> int:
    from app.services.backups import backups
    from app.store.backup import keep_count, set_keep_count

    if args.keep is not None:
        set_keep_count(args.keep)
        print(f"Giữ lại {args.keep} bản sao lưu tự động gần nhất của mỗi cơ sở dữ liệu.", file=sys.stderr)
    found = backups()
    if args.json:
        print_json([b.as_json() for b in found])
        return EXIT_OK
    from app.domain.formats import fmt_date
    from app.paths import backups_dir

    print(f"{len(found)} bản sao lưu trong {backups_dir()} (giữ lại {keep_count()} bản mỗi cơ sở dữ liệu):")
    for b in found:
        lists = b.counts.get("honorees", "?")
        print(
            f"{fmt_date(b.at.date())} {b.at:%H:%M}  {b.size / 1e6:7.1f} MB  {lists!s:>7} điển hình  "
            f"{b.reason_text:<44}  {b.path}"
        )
    return EXIT_OK
