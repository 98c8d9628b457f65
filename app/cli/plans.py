"""``hoinghi plan …`` and ``hoinghi conference …``: plans as records, conferences from a plan.

Contracts (other tools depend on them): ``plan list --json`` is a list of objects with at least
``id, name, period, kind, issuer``; ``plan new`` and ``conference new`` print the new id as their
last line; exit 0 on success, 1 on any error (one line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.domain.plan import PLAN_KINDS
from app.errors import AppError

EXIT_OK = 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:  # noqa: ANN401
    plan = sub.add_parser("plan", help="kế hoạch: xem, tạo từ kế hoạch cũ, xuất, nhập").add_subparsers(
        dest="plan_command", parser_class=parser_class)
    plan.required = True
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

    conference = sub.add_parser("conference", help="hội nghị của đơn vị: danh sách, tạo mới theo kế hoạch").add_subparsers(
        dest="conference_command", parser_class=parser_class)
    conference.required = True
    p = conference.add_parser("list", help="các hội nghị của đơn vị (gần nhất trước)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = conference.add_parser("new", help="hội nghị mới theo một kế hoạch (chương trình chuẩn của kế hoạch)")
    p.add_argument("--plan", required=True, metavar="ID", help="mã kế hoạch (xem: hoinghi plan list)")
    p.add_argument("--date", help="ngày tổ chức dd/MM/yyyy")
    p.add_argument("--form", help="mã hình thức hội nghị (mặc định: hình thức đầu tiên kế hoạch cho phép)")
    p.add_argument("--venue", default="", help="địa điểm")
    p.add_argument("--title", default="", help="tên hội nghị (mặc định: theo cách viết của kế hoạch)")
    p.add_argument("--copy-invitees", dest="copy_invitees", action="store_true",
                   help="chép khách mời của hội nghị trước (đánh dấu cần xem lại)")


def _open(args: argparse.Namespace, create: bool = False):  # noqa: ANN202
    from app.services.database import open_database

    return open_database(args.db, create=create)


def cmd_plan(args: argparse.Namespace) -> int:
    from app.services import plans

    store = _open(args)
    try:
        command = args.plan_command
        if command == "list":
            rows = plans.list_plans(store)
            if args.json:
                print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
            for r in rows if not args.json else []:
                mark = " (mẫu)" if r.template else ("" if r.editable else " (chỉ xem)")
                print(f"{r.id:<28} {r.period:<10} {plans.KIND_LABELS.get(r.kind, r.kind):<34} {r.issuer_name}{mark}")
                print(f"{'':<28} {r.name}")
        elif command == "show":
            summary, data = plans.plan_summary(store, args.plan)
            if args.json:
                print(json.dumps({**data, "id": summary.id, "editable": summary.editable}, ensure_ascii=False, indent=1))
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
            print(f"Đã tạo kế hoạch “{plan.name}” ({plan.period_start}"
                  + (f"-{plan.period_end}" if plan.period_end != plan.period_start else "")
                  + "); mọi ngày tháng đã dời theo giai đoạn mới, số văn bản để trống chờ ban hành.")
            print(plan.code)
    finally:
        store.close()
    return EXIT_OK


def cmd_conference(args: argparse.Namespace) -> int:
    from app.services.conference import create_conference, unit_conferences

    store = _open(args)
    try:
        if not store.unit_id:
            raise AppError("Máy này chưa gắn với đơn vị nào (hoinghi init --unit MÃ).",
                           "this installation belongs to no unit (hoinghi init --unit CODE)")
        if args.conference_command == "list":
            rows = unit_conferences(store)
            if args.json:
                print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
            from app.domain.formats import fmt_date

            for r in rows if not args.json else []:
                print(f"{r.id}  {fmt_date(r.date) or '(chưa định ngày)':<16} {r.period:<12} {r.title}")
            return EXIT_OK
        day = None
        if args.date:
            from app.domain.formats import parse_date

            try:
                day = parse_date(args.date)
            except ValueError as exc:
                raise AppError(f"Ngày “{args.date}” không đúng dạng dd/MM/yyyy.",
                               f"bad date {args.date!r}: use dd/MM/yyyy") from exc
        conference = create_conference(store, store.unit_id, args.form, day, None, args.venue, args.title,
                                       plan=args.plan, copy_invitees=args.copy_invitees)
        print(f"Đã tạo hội nghị “{conference.title}”; chương trình theo kế hoạch {args.plan}.")
        print(conference.id)
    finally:
        store.close()
    return EXIT_OK
