"""``hoinghi init --unit CODE [--recovery FILE]``: make this PC belong to a unit of the registry."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import CREATE, EXIT_OK, password

if TYPE_CHECKING:
    from app.store.db import Store

STORE = CREATE


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("init", help="gắn máy này với một đơn vị (init --unit MÃ)")
    p.add_argument("--unit", required=True, help="mã đơn vị trong danh mục")
    p.add_argument("--recovery", metavar="TỆP", help="ghi luôn tệp khóa dự phòng có mật khẩu")
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")


def prepare(args: argparse.Namespace) -> None:
    """The recovery password is asked and checked before anything changes."""
    args.password = None
    if args.recovery:
        from app.sync.recovery import check_password

        args.password = password(args, confirm=True)
        check_password(args.password)


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.installation import init_unit
    from app.sync.keys import installation_identity
    from app.sync.recovery import write_recovery

    unit = init_unit(store, args.unit)
    fingerprint = installation_identity(store).public().fingerprint
    if args.recovery:
        write_recovery(store, Path(args.recovery), args.password or "")
    print(f"Máy này thuộc đơn vị {unit.code} — {unit.name}.")
    print(f"Vân tay khóa (fingerprint): {fingerprint}")
    if args.recovery:
        print(f"Đã ghi tệp khóa dự phòng: {args.recovery} (cất giữ nơi an toàn, nhớ mật khẩu).")
    return EXIT_OK
