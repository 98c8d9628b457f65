"""``hoinghi units import FILE | --official PROVINCE`` and ``hoinghi units list [--json]``: the unit
registry. JSON: ``[{"code", "name", "kind", "group", "parent"}]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import CREATE, EXISTING, EXIT_OK, group, print_json
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = {"import": CREATE, "list": EXISTING}


def add_parser(sub: Any) -> None:  # noqa: ANN401
    units = group(sub, "units", "danh mục đơn vị")
    p = units.add_parser(
        "import", help="nhập danh mục đơn vị từ tệp CSV/XLSX hoặc danh mục hành chính chính thức"
    )
    p.add_argument("file", nargs="?", help="tệp .csv hoặc .xlsx với các cột code, name, kind, parent")
    p.add_argument(
        "--official", metavar="PROVINCE", help="tỉnh/thành phố (mã hoặc tên) theo danh mục hiện hành"
    )
    p = units.add_parser("list", help="liệt kê đơn vị")
    p.add_argument("--json", action="store_true", help="xuất JSON")


def prepare(args: argparse.Namespace) -> None:
    """A wrong import request creates no database."""
    if args.units_command != "import":
        return
    if bool(args.file) == bool(args.official):
        raise AppError(
            "Hãy chỉ ra một tệp hoặc --official TỈNH (không cả hai).",
            "give either FILE or --official PROVINCE",
        )
    if args.file and not Path(args.file).is_file():
        raise AppError(f"Không tìm thấy tệp {Path(args.file)}.", f"file not found: {Path(args.file)}")


def run(args: argparse.Namespace, store: Store) -> int:
    if args.units_command == "list":
        return _list(args, store)
    from app.services.registry import import_official, import_unit_file

    # Bad rows: RowsRejected, listed row by row under the one line (main's error boundary).
    result = import_unit_file(store, Path(args.file)) if args.file else import_official(store, args.official)
    print(
        f"Đã nhập danh mục: {result.created} đơn vị mới, {result.updated} cập nhật, {result.unchanged} không đổi."
    )
    return EXIT_OK


def _list(args: argparse.Namespace, store: Store) -> int:
    from app.services.registry import registered_units

    units = registered_units(store)
    if args.json:
        print_json([u.as_json() for u in units])
        return EXIT_OK
    for u in units:
        print(
            f"{u.code:<12} {u.group or '-':<2} {u.kind:<14} {u.name}"
            + (f"  (thuộc {u.parent})" if u.parent else "")
        )
    return EXIT_OK
