"""``hoinghi xlsx export|import``: lists to and from office spreadsheets. An import reports row by
row first and is all or nothing (any refused row: exit 1, nothing imported)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, group, tty_progress

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    xlsx = group(sub, "xlsx", "bảng tính Excel: xuất danh sách, nhập danh sách")
    p = xlsx.add_parser("export", help="xuất một danh sách (hoặc bảng tiến độ) ra .xlsx")
    p.add_argument(
        "list",
        choices=("honorees", "invitees", "delegates", "speeches", "progress", "register"),
        help="danh sách (register: sổ theo dõi khen thưởng của đơn vị)",
    )
    p.add_argument("--out", required=True, help="tệp .xlsx")
    p.add_argument(
        "--all", action="store_true", help="tổng hợp mọi đơn vị cấp dưới (thay vì hội nghị của đơn vị)"
    )
    p.add_argument(
        "--plan",
        metavar="ID",
        help="bảng tiến độ theo kế hoạch này (mặc định: kế hoạch của hội nghị đang làm)",
    )
    p = xlsx.add_parser(
        "import", help="nhập danh sách từ .xlsx hoặc .csv (báo cáo từng dòng trước; tất cả hoặc không)"
    )
    p.add_argument("list", choices=("honorees", "invitees", "delegates"), help="danh sách")
    p.add_argument("file", help="tệp .xlsx hoặc .csv")
    p.add_argument("--dry-run", dest="dry_run", action="store_true", help="chỉ báo cáo, không nhập")
    p.add_argument(
        "--map",
        dest="maps",
        action="append",
        default=[],
        metavar='"Cột X=trường"',
        help="ghép một cột với một trường (được ghi nhớ cho lần sau)",
    )


def run(args: argparse.Namespace, store: Store) -> int:
    return _export(args, store) if args.xlsx_command == "export" else _import(args, store)


def _export(args: argparse.Namespace, store: Store) -> int:
    from app.services import spreadsheet_export

    out = Path(args.out)
    if args.list == "progress":
        spreadsheet_export.export_progress(store, out, plan=args.plan)
    elif args.list == "register":
        from app.services.awards import export_register

        print(f"{export_register(store, out)} dòng", file=sys.stderr)
    else:
        count = spreadsheet_export.export_list(
            store, args.list, out, consolidated=args.all, progress=tty_progress()
        )
        print(f"{count} dòng", file=sys.stderr)
    print(out)
    return EXIT_OK


def _import(args: argparse.Namespace, store: Store) -> int:
    from app.services import spreadsheet_import

    plan = spreadsheet_import.plan_import(store, args.list, Path(args.file), args.maps)
    for line in plan.report_lines():
        print(line)
    for row, before, after in plan.conversions[:50]:
        print(f"  chuyển mã dòng {row}: {before} → {after}")
    plan.check()
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa nhập gì.")
        return EXIT_OK
    print(f"Đã nhập {spreadsheet_import.apply_import(store, plan, args.maps)} dòng.")
    return EXIT_OK
