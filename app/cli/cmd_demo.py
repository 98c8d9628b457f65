"""``hoinghi demo [--scale N] [--as-unit CODE]``: load the demo data (running it again changes nothing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import CREATE, EXIT_OK, tty_progress

if TYPE_CHECKING:
    from app.store.db import Store

STORE = CREATE


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("demo", help="nạp dữ liệu mẫu (tỉnh, huyện, xã, hội nghị, danh sách)")
    p.add_argument("--scale", type=int, default=1, help="nhân số tập thể, cá nhân điển hình lên N lần")
    p.add_argument(
        "--as-unit", dest="as_unit", help="máy của một đơn vị: chỉ nạp dữ liệu hội nghị của đơn vị này"
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.demo import run_demo

    result = run_demo(store, scale=args.scale, as_unit=args.as_unit, progress=tty_progress())
    if result.already:
        print(f"Dữ liệu mẫu đã có sẵn (đơn vị {result.unit}); không nạp lại.")
    else:
        figures = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
        print(f"Đã nạp dữ liệu mẫu cho đơn vị {result.unit} ({result.units} đơn vị; {figures}).")
    return EXIT_OK
