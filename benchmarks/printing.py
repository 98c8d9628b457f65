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
    from app.services.demo import run_demo
    from app.services.demo_people import Names
    from app.store.changes import bulk_insert
    from app.store.models import Conference, Invitee

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-print-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    path = tmp / "commune.sqlite"
    store = open_database(str(path))
    run_demo(store, as_unit="23083")
    import random

    rng = random.Random(7)
    names = Names()
    with store.session() as s:
        conference = s.scalars(select(Conference)).one()
        s.execute(Invitee.__table__.delete())
        rows = []
        for i in range(count):
            family_middle, given, gender = names.person(rng)
            rows.append(
                {
                    "conference_id": conference.id,
                    "category": "dien-hinh",
                    "family_middle": family_middle,
                    "given": given,
                    "gender": gender,
                    "position": "Nông dân sản xuất giỏi",
                    "workplace": f"Thôn {i % 9 + 1}, xã Hàm Chính",
                    "protocol_rank": 430,
                }
            )
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
        body = ParagraphStyle(
            "b", fontName=font_name(), fontSize=13, leading=16, alignment=TA_JUSTIFY, firstLineIndent=10 * mm
        )
        center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
        bold = ParagraphStyle("bc", parent=center, fontName=font_name(True), fontSize=14)
        story = []
        for person in ctx.invitees:
            story.append(
                Table(
                    [
                        [
                            [
                                Paragraph(ctx.profile.parent_body, center),
                                Paragraph(ctx.profile.issuing_body, bold),
                                HRFlowable(width=30 * mm),
                            ],
                            [
                                Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold),
                                Paragraph("Độc lập - Tự do - Hạnh phúc", bold),
                                HRFlowable(width=60 * mm),
                            ],
                        ],
                        [
                            Paragraph("Số: /GM-UBND", center),
                            Paragraph("Hàm Chính, ngày 05 tháng 3 năm 2025", center),
                        ],
                    ]
                )
            )
            story += [
                Paragraph("GIẤY MỜI", bold),
                Paragraph(f"Dự {ctx.conference.title}", bold),
                HRFlowable(width=50 * mm),
                Paragraph("Ủy ban nhân dân xã Hàm Chính trân trọng kính mời:", body),
                Paragraph(f"Ông {person.name}, {person.post_and_unit}", bold),
                Paragraph(f"Tới dự: {ctx.conference.title}.", body),
                Paragraph(f"Chủ trì: {ctx.conference.chair}.", body),
                Paragraph(f"Thời gian: {ctx.when}.", body),
                Paragraph(f"Địa điểm: {ctx.conference.venue}.", body),
                Paragraph("Rất mong ông đến dự đúng giờ để hội nghị thành công tốt đẹp./.", body),
                Table(
                    [
                        [
                            [
                                Paragraph("Nơi nhận:", body),
                                Paragraph("- Như trên;", body),
                                Paragraph("- Lưu: VT.", body),
                            ],
                            [
                                Paragraph("TM. ỦY BAN NHÂN DÂN", bold),
                                Paragraph("CHỦ TỊCH", bold),
                                Paragraph(ctx.profile.signer_name, bold),
                            ],
                        ]
                    ]
                ),
                PageBreak(),
            ]
        SimpleDocTemplate(
            str(floor_out),
            pagesize=A4,
            leftMargin=30 * mm,
            rightMargin=15 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
        ).build(story)

    value, base = paired_ms(ours, floor, runs)
    store.close()
    return Figure(
        f"invitations-{count}-pdf",
        value,
        "ms",
        base,
        1.5,
        "render_document from the database vs bare reportlab platypus, same pages and font",
    )


def certificates(count: int, runs: int) -> Figure:
    """*count* certificates on blanks in one PDF (fields fitted into their boxes) vs a bare
    reportlab canvas drawing the same strings, same fonts, at the same positions."""
    import random

    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.services.database import open_database
    from app.services.demo_people import Names
    from app.services.printing import certificate_layout
    from app.services.printing import certificates as cert
    from app.services.printing.context import FormDecision, Person, load_context
    from app.services.printing.fonts import font_name, printable

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-cert-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    store = open_database(str(tmp / "commune.sqlite"))
    from app.services.demo import run_demo

    run_demo(store, as_unit="23083")
    ctx = load_context(store, "23083", date(2025, 3, 5))
    store.close()
    rng, names = random.Random(11), Names()
    achievements = names.pools["achievements"]
    people = []
    for n in range(count):
        family_middle, given, gender = names.person(rng)
        people.append(
            Person(
                str(n),
                f"{family_middle} {given}",
                "",
                gender=gender,
                position=rng.choice(names.pools["positions_person"]),
                workplace="xã Hàm Chính",
                achievement=rng.choice(achievements).format(n=n % 15 + 2),
                register_no=n + 1,
                register_year=2025,
            )
        )
    ctx.commendations.decisions = [
        FormDecision(
            "giay-khen-chu-tich-xa",
            "Giấy khen của Chủ tịch UBND xã",
            "15",
            date(2025, 3, 5),
            [],
            people,
            0,
            710_000,
        )
    ]
    template = cert.load_template()
    decision = ctx.commendations.decisions[0]
    pages = [
        [
            line
            for box in template.fields
            for line in cert.place(
                template, box, cert.field_values(ctx, decision, p, "giai đoạn 2020 - 2025").get(box.key, "")
            )
        ]
        for p in people
    ]
    ours_out, floor_out = tmp / "ours.pdf", tmp / "floor.pdf"

    def fresh_caches() -> None:  # every run of ours measures the fitting, not a warm cache
        certificate_layout._width.cache_clear()
        printable.cache_clear()

    def ours() -> None:
        cert.write_certificates(ctx, ours_out, template)

    def floor() -> None:
        canvas = Canvas(
            str(floor_out),
            pagesize=(template.width * mm, template.height * mm),
            initialFontName=font_name(),
            initialFontSize=12,
        )
        for lines in pages:
            for line in lines:
                canvas.setFont(line.font, line.size)
                canvas.setFillColor(HexColor(line.color))
                draw = {"center": canvas.drawCentredString, "right": canvas.drawRightString}.get(
                    line.align, canvas.drawString
                )
                draw(line.x, line.y, line.text)
            canvas.showPage()
        canvas.save()

    value, base = paired_ms(ours, floor, runs, setup=fresh_caches)
    return Figure(
        f"certificates-{count}-pdf",
        value,
        "ms",
        base,
        1.5,
        "fields fitted into their boxes vs bare canvas drawing the same strings at the same positions",
    )
