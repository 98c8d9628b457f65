"""``hoinghi conference list|new``: the unit's conferences; a new one follows a plan (its standard
agenda, its wording). ``conference new`` prints the new id as its last line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, group, parse_day, print_json
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    conference = group(sub, "conference", "hội nghị của đơn vị: danh sách, tạo mới theo kế hoạch")
    p = conference.add_parser("list", help="các hội nghị của đơn vị (gần nhất trước)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = conference.add_parser("new", help="hội nghị mới theo một kế hoạch (chương trình chuẩn của kế hoạch)")
    p.add_argument("--plan", required=True, metavar="ID", help="mã kế hoạch (xem: hoinghi plan list)")
    p.add_argument("--date", help="ngày tổ chức dd/MM/yyyy")
    p.add_argument("--form", help="mã hình thức hội nghị (mặc định: hình thức đầu tiên kế hoạch cho phép)")
    p.add_argument("--venue", default="", help="địa điểm")
    p.add_argument("--title", default="", help="tên hội nghị (mặc định: theo cách viết của kế hoạch)")
    p.add_argument(
        "--copy-invitees",
        dest="copy_invitees",
        action="store_true",
        help="chép khách mời của hội nghị trước (đánh dấu cần xem lại)",
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.conference import create_conference, unit_conferences

    if not store.unit_id:
        raise AppError(
            "Máy này chưa gắn với đơn vị nào (hoinghi init --unit MÃ).",
            "this installation belongs to no unit (hoinghi init --unit CODE)",
        )
    if args.conference_command == "list":
        rows = unit_conferences(store)
        if args.json:
            print_json([r.as_json() for r in rows])
            return EXIT_OK
        from app.domain.formats import fmt_date

        for r in rows:
            print(f"{r.id}  {fmt_date(r.date) or '(chưa định ngày)':<16} {r.period:<12} {r.title}")
        return EXIT_OK
    day = parse_day(args.date) if args.date else None
    conference = create_conference(
        store,
        store.unit_id,
        args.form,
        day,
        None,
        args.venue,
        args.title,
        plan=args.plan,
        copy_invitees=args.copy_invitees,
    )
    print(f"Đã tạo hội nghị “{conference.title}”; chương trình theo kế hoạch {args.plan}.")
    print(conference.id)
    return EXIT_OK
