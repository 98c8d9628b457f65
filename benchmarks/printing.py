"""Printing figures: 1,000 invitations in one PDF vs a bare reportlab document of the same pages."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.core import Figure, paired_ms


def _database_with_invitees(count: int) -> tuple[Path, str]:
    from sqlalchemy import select

    from app.services.database import open_database
    from app.services.demo import _Names, run_demo
    from app.store.changes import bulk_insert
    from app.store.models import Conference, Invitee

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-print-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    path = tmp / "commune.sqlite"
    store = open_database(str(path))
    run_demo(store, as_unit="23083")
    import random

    rng = random.Random(7)
    names = _Names()
    with store.session() as s:
        conference = s.scalars(select(Conference)).one()
        s.execute(Invitee.__table__.delete())
        rows = []
        for i in range(count):
            family_middle, given, gender = names.person(rng)
            rows.append({"conference_id": conference.id, "category": "dien-hinh", "family_middle": family_middle,
                         "given": given, "gender": gender, "position": "Nông dân sản xuất giỏi",
                         "workplace": f"Thôn {i % 9 + 1}, xã Hàm Chính", "protocol_rank": 430})
        bulk_insert(s, Invitee, rows)
    store.close()
    return path, "23083"


def invitations(count: int, runs: int) -> Figure:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.flowables import HRFlowable

    from app.services.database import open_database
    from app.services.printing import render_document
    from app.services.printing.context import load_context
    from app.services.printing.fonts import font_name

    db, unit = _database_with_invitees(count)
    out = db.parent / "ours.pdf"
    floor_out = db.parent / "floor.pdf"
    store = open_database(str(db))
    ctx = load_context(store, unit, date(2025, 3, 5))  # the floor prints the same strings

    def ours() -> None:
        render_document(store, "invitations", out, unit, date(2025, 3, 5))

    def floor() -> None:
        body = ParagraphStyle("b", fontName=font_name(), fontSize=13, leading=16, alignment=TA_JUSTIFY, firstLineIndent=10 * mm)
        center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
        bold = ParagraphStyle("bc", parent=center, fontName=font_name(True), fontSize=14)
        story = []
        for person in ctx.invitees:
            story.append(Table([[[Paragraph(ctx.profile.parent_body, center), Paragraph(ctx.profile.issuing_body, bold),
                                  HRFlowable(width=30 * mm)],
                                 [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), Paragraph("Độc lập - Tự do - Hạnh phúc", bold),
                                  HRFlowable(width=60 * mm)]],
                                [Paragraph("Số: /GM-UBND", center), Paragraph("Hàm Chính, ngày 05 tháng 3 năm 2025", center)]]))
            story += [Paragraph("GIẤY MỜI", bold), Paragraph(f"Dự {ctx.conference.title}", bold), HRFlowable(width=50 * mm),
                      Paragraph("Ủy ban nhân dân xã Hàm Chính trân trọng kính mời:", body),
                      Paragraph(f"Ông {person.name}, {person.post_and_unit}", bold),
                      Paragraph(f"Tới dự: {ctx.conference.title}.", body), Paragraph(f"Chủ trì: {ctx.conference.chair}.", body),
                      Paragraph(f"Thời gian: {ctx.when}.", body), Paragraph(f"Địa điểm: {ctx.conference.venue}.", body),
                      Paragraph("Rất mong ông đến dự đúng giờ để hội nghị thành công tốt đẹp./.", body),
                      Table([[[Paragraph("Nơi nhận:", body), Paragraph("- Như trên;", body), Paragraph("- Lưu: VT.", body)],
                              [Paragraph("TM. ỦY BAN NHÂN DÂN", bold), Paragraph("CHỦ TỊCH", bold),
                               Paragraph(ctx.profile.signer_name, bold)]]]),
                      PageBreak()]
        SimpleDocTemplate(str(floor_out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm).build(story)

    value, base = paired_ms(ours, floor, runs)
    store.close()
    return Figure(f"invitations-{count}-pdf", value, "ms", base, 1.5,
                  "render_document from the database vs bare reportlab platypus, same pages and font")
