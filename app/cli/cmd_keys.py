"""``hoinghi keys show|export|import|restore``: this PC's signing and encryption keys, the keys of the
units it exchanges bundles with, and the password-protected recovery file.
JSON of ``keys show``: ``{"unit", "fingerprint", "sign", "box"}``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import CREATE, EXIT_OK, group, password

if TYPE_CHECKING:
    from app.store.db import Store

STORE = CREATE


def add_parser(sub: Any) -> None:  # noqa: ANN401
    keys = group(sub, "keys", "khóa ký và mã hóa của máy này (gói dữ liệu USB)")
    p = keys.add_parser("show", help="mã nhận dạng (vân tay) khóa của đơn vị này")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = keys.add_parser(
        "export", help="ghi tệp đăng ký khóa của đơn vị này (hoặc tệp khóa dự phòng: --recovery)"
    )
    p.add_argument("--out", required=True, help="tệp kết quả (.hnk)")
    p.add_argument(
        "--recovery", action="store_true", help="tệp khóa dự phòng có mật khẩu (giữ kín, cất nơi an toàn)"
    )
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")
    p = keys.add_parser("import", help="nhận khóa của đơn vị cấp trên/cấp dưới từ tệp đăng ký")
    p.add_argument("file", help="tệp đăng ký khóa (.hnk)")
    p.add_argument("--yes", action="store_true", help="chấp nhận khóa (sau khi đã so vân tay)")
    p = keys.add_parser("restore", help="khôi phục khóa của đơn vị này từ tệp khóa dự phòng (máy mới)")
    p.add_argument("file", help="tệp khóa dự phòng")
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.sync import keys, recovery

    if args.keys_command == "show":
        _show(args, store)
    elif args.keys_command == "export" and args.recovery:
        print(recovery.write_recovery(store, Path(args.out), password(args, confirm=True)))
    elif args.keys_command == "export":
        registration = keys.write_registration(store, Path(args.out))
        print(Path(args.out))
        print(f"Đơn vị {registration.unit} — vân tay {registration.keys.fingerprint}", file=sys.stderr)
    elif args.keys_command == "restore":
        fingerprint = recovery.restore_recovery(store, Path(args.file), password(args))
        print(f"Đã khôi phục khóa; vân tay {fingerprint}")
    else:
        _import(args, store)
    return EXIT_OK


def _show(args: argparse.Namespace, store: Store) -> None:
    from app.sync.keys import keys_missing, private_keys_here
    from app.sync.listings import own_keys

    own = own_keys(store)
    if args.json:
        print(json.dumps(own.as_json()))
    else:
        print(f"Đơn vị {own.unit} — {own.name}")
        print(f"Vân tay khóa (fingerprint): {own.public.fingerprint}")
    if not private_keys_here(store):
        sys.stderr.write(keys_missing().one_line() + "\n")


def _import(args: argparse.Namespace, store: Store) -> None:
    from app.sync import keys

    registration = keys.read_registration(Path(args.file))
    status = keys.register(store, registration, accept=args.yes)
    print(f"Đơn vị {registration.unit} — {registration.name}")
    print(f"Vân tay khóa (fingerprint): {registration.keys.fingerprint}")
    if status.state == "same":
        print("Khóa này đã được chấp nhận trước đây; không thay đổi gì.")
    elif status.state == "changed":
        print(f"CHÚ Ý: khóa của đơn vị này ĐÃ ĐỔI (vân tay cũ {status.previous}).")
    if status.state != "same":
        print(
            "Đã chấp nhận khóa."
            if args.yes
            else "Chưa chấp nhận: so vân tay với đơn vị gửi rồi chạy lại với --yes."
        )
