"""``hoinghi exports [--json]``: the record of everything with people's data that left this PC.
JSON: ``[{"at", "kind", "target", "rows", "recipient"}]``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, print_json

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("exports", help="nhật ký dữ liệu đã xuất ra ngoài (gói USB, bảng tính)")
    p.add_argument("--json", action="store_true", help="xuất JSON")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.domain.formats import fmt_date
    from app.services.journal import exports

    entries = exports(store)
    if args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    for e in entries:
        to = f" → {e.recipient}" if e.recipient else ""
        print(f"{fmt_date(e.at.date())} {e.at:%H:%M}  {e.kind:<18} {e.rows:>8} dòng{to}  {e.target}")
    return EXIT_OK
