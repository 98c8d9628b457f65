"""``hoinghi plan list|show|export|import|new``: plans as records.

Contracts (other tools depend on them): ``plan list --json`` is a list of objects with at least
``id, name, period, kind, issuer``; ``plan new`` prints the new id as its last line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, group, print_json
from app.domain.plan import PLAN_KINDS

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    plan = group(sub, "plan", "kế hoạch: xem, tạo từ kế hoạch cũ, xuất, nhập")
    p = plan.add_parser("list", help="các kế hoạch trong cơ sở dữ liệu (mới nhất trước)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = plan.add_parser("show", help="nội dung một kế hoạch")
    p.add_argument("plan", metavar="ID", help="mã kế hoạch (xem: hoinghi plan list)")
    p.add_argument("--json", action="store_true", help="xuất JSON (dạng tệp kế hoạch)")
    p = plan.add_parser("export", help="ghi kế hoạch ra tệp JSON (gửi cấp dưới, lưu trữ)")
    p.add_argument("plan", metavar="ID", help="mã kế hoạch")
    p.add_argument("--out", required=True, help="tệp .json")
    p = plan.add_parser("import", help="nhập kế hoạch từ tệp JSON (không có --yes: chỉ xem trước)")
    p.add_argument("file", help="tệp .json (xem docs/plan-format.md)")
    p.add_argument("--yes", action="store_true", help="nhập thật (sau khi xem trước)")
    p = plan.add_parser("new", help="tạo kế hoạch mới từ kế hoạch cũ: dời mọi ngày tháng sang giai đoạn mới")
    p.add_argument("--from", dest="source", required=True, metavar="ID", help="kế hoạch gốc")
    p.add_argument("--period", help="giai đoạn mới: 2026 hoặc 2036-2040 (mặc định: giai đoạn kế tiếp)")
    p.add_argument("--kind", choices=PLAN_KINDS, help="loại kế hoạch (mặc định: như kế hoạch gốc)")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services import plans

    command = args.plan_command
    if command == "list":
        rows = plans.list_plans(store)
        if args.json:
            print_json([r.as_json() for r in rows])
        for r in rows if not args.json else []:
            mark = " (mẫu)" if r.template else ("" if r.editable else " (chỉ xem)")
            print(
                f"{r.id:<28} {r.period:<10} {plans.KIND_LABELS.get(r.kind, r.kind):<34} {r.issuer_name}{mark}"
            )
            print(f"{'':<28} {r.name}")
    elif command == "show":
        summary, data = plans.plan_summary(store, args.plan)
        if args.json:
            print_json(summary.document_json(data))
        else:
            print("\n".join(plans.plan_lines(store, args.plan)))
    elif command == "export":
        print(plans.export_plan(store, args.plan, Path(args.out)))
    elif command == "import":
        result = plans.import_plan(store, Path(args.file), apply=args.yes)
        for line in result.lines():
            print(line)
        if result.applied:
            print("Đã nhập kế hoạch.")
        elif result.new or result.changes:
            print("Xem trước (chưa nhập gì); thêm --yes để nhập.")
    else:  # new
        plan = plans.new_plan_from(store, args.source, args.period, args.kind)
        print(
            f"Đã tạo kế hoạch “{plan.name}” ({plan.period_start}"
            + (f"-{plan.period_end}" if plan.period_end != plan.period_start else "")
            + "); mọi ngày tháng đã dời theo giai đoạn mới, số văn bản để trống chờ ban hành."
        )
        print(plan.code)
    return EXIT_OK
