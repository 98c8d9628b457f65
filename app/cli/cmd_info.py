"""``hoinghi info [--json]``: what is in the database. JSON: ``{"unit", "schema", "counts"}``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, print_json

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("info", help="thông tin cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.info import info

    found = info(store)
    if args.json:
        print_json(found.as_json(), indent=None)
        return EXIT_OK
    print(f"Đơn vị của máy: {found.unit or '(chưa gắn — hoinghi init --unit MÃ)'}")
    print(f"Phiên bản lược đồ: {found.schema}")
    for name, count in found.counts.items():
        print(f"  {name:<14} {count:>8}")
    return EXIT_OK
