"""The content of each printed document, as blocks (layout rules: Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.ceremony import salutation
from app.domain.formats import time_range
from app.services.printing.blocks import Column, Document, PageBreak, Para, Run, Section, Table, Title
from app.services.printing.context import Person, PrintContext, in_sentence
from app.services.printing.document_parts import (
    CODES,
    _conference_name,
    _header,
    _label,
    _require,
    _signature,
    _wording,
)
from app.services.printing.script import batches, script

__all__ = [  # the script and the shared parts live in their own modules; importable from here as before
    "BUILDERS",
    "CODES",
    "attendance",
    "batches",
    "delegates",
    "honorees",
    "invitations",
    "programme",
    "script",
]


def programme(ctx: PrintContext) -> Document:
    _require(ctx.agenda, "nội dung chương trình", "agenda")
    doc = Document("Chương trình hội nghị")
    conf = ctx.conference
    doc.add(_header(ctx, "programme"), Title("CHƯƠNG TRÌNH", (_conference_name(ctx),)))
    doc.add(_label("Thời gian: ", f"{ctx.when}."))
    doc.add(_label("Địa điểm: ", f"{conf.venue or '…'}."))
    if conf.chair:
        doc.add(
            _label(
                "Chủ trì: ",
                f"Đồng chí {conf.chair}" + (f"; đồng chí {conf.co_host}." if conf.co_host else "."),
            )
        )
    rows = tuple(
        (str(n), time_range(line.start, line.end), line.title, line.presenter, line.notes)
        for n, line in enumerate(ctx.agenda, start=1)
    )
    doc.add(
        Table(
            (
                Column("STT", 0.07, "center"),
                Column("Thời gian", 0.17, "center"),
                Column("Nội dung", 0.38),
                Column("Người thực hiện", 0.28),
                Column("Ghi chú", 0.10),
            ),
            rows,
        )
    )
    doc.add(_signature(ctx, ("- Thường trực Đảng ủy (b/c);", "- Các đại biểu được mời;", "- Lưu: VT.")))
    return doc


def _invitee_line(person: Person) -> str:
    words = [f"{salutation(person.honorific, person.gender)} {person.name}"]
    if person.post_and_unit:
        words.append(person.post_and_unit)
    return ", ".join(words)


def invitations(ctx: PrintContext) -> Document:
    _require(ctx.invitees, "khách mời", "invitee")
    doc = Document("Giấy mời", page_numbers=False)
    conf = ctx.conference
    if ctx.profile.issuing_body.replace("\n", " ").startswith("ỦY BAN NHÂN DÂN"):
        body_sentence = "Ủy ban nhân dân " + in_sentence(ctx.unit.name)
    else:
        body_sentence = ctx.unit.name
    for number, person in enumerate(ctx.invitees):
        if number:
            doc.add(PageBreak())
        doc.add(_header(ctx, "invitations"), Title("GIẤY MỜI", (f"Dự {_conference_name(ctx)}",)))
        doc.add(Para.of(f"{body_sentence} trân trọng kính mời:", space_before=6))
        doc.add(Para((Run(_invitee_line(person), bold=True),), align="center", indent=False, size=14))
        doc.add(_label("Tới dự: ", f"{_conference_name(ctx)}."))
        if conf.chair:
            doc.add(_label("Chủ trì: ", f"Đồng chí {conf.chair}."))
        doc.add(_label("Thời gian: ", f"{ctx.when}."))
        doc.add(_label("Địa điểm: ", f"{conf.venue or '…'}."))
        you = (
            "đồng chí"
            if (person.honorific or "").lower() == "đồng chí"
            else salutation(None, person.gender).lower()
        )
        doc.add(Para.of(f"Rất mong {you} đến dự đúng giờ để hội nghị thành công tốt đẹp./."))
        doc.add(_signature(ctx, ("- Như trên;", "- Lưu: VT.")))
    return doc


def honorees(ctx: PrintContext) -> Document:
    _require(ctx.honorees, "tập thể, cá nhân điển hình tiên tiến", "honoree")
    doc = Document("Danh sách điển hình tiên tiến", landscape=True)
    doc.add(
        _header(ctx, None),
        Title(
            "DANH SÁCH",
            (f"Tập thể, cá nhân điển hình tiên tiến {_wording(ctx).period_phrase}",),
            note=f"({_conference_name(ctx)})",
        ),
    )
    collectives = [h for h in ctx.honorees if h.collective]
    persons = [h for h in ctx.honorees if not h.collective]
    rows: list = []
    for roman, (heading, group) in zip(
        ("I", "II"), (("TẬP THỂ", collectives), ("CÁ NHÂN", persons)), strict=True
    ):
        rows.append(Section(f"{roman}. {heading} ({len(group)})"))
        for n, h in enumerate(group, start=1):
            rows.append(
                (
                    str(n),
                    h.name,
                    "" if h.collective else str(h.birth_year or ""),
                    h.post_and_unit,
                    ctx.label("field", h.field),
                    h.titles or ctx.label("commendation", h.award),
                    h.achievement,
                )
            )
    doc.add(
        Table(
            (
                Column("STT", 0.05, "center"),
                Column("Họ và tên / Tên tập thể", 0.17),
                Column("Năm sinh", 0.07, "center"),
                Column("Chức vụ, đơn vị", 0.18),
                Column("Lĩnh vực", 0.10),
                Column("Danh hiệu, hình thức khen thưởng", 0.19),
                Column("Tóm tắt thành tích", 0.24),
            ),
            tuple(rows),
            size=11,
        )
    )
    doc.add(_signature(ctx, ()))
    return doc


def delegates(ctx: PrintContext) -> Document:
    _require(ctx.delegates, "đại biểu đi dự hội nghị cấp trên", "delegate")
    doc = Document("Danh sách đại biểu dự hội nghị cấp trên")
    doc.add(
        _header(ctx, None),
        Title(
            "DANH SÁCH",
            ("Đại biểu đi dự hội nghị, đại hội thi đua cấp trên",),
            note=f"({_conference_name(ctx)})",
        ),
    )
    rows = tuple(
        (
            str(n),
            d.name,
            str(d.birth_year or ""),
            {"nam": "Nam", "nu": "Nữ"}.get(d.gender or "", ""),
            d.post_and_unit,
            ctx.label("field", d.field),
            "Đã duyệt" if d.status == "approved" else "Đề nghị",
        )
        for n, d in enumerate(ctx.delegates, start=1)
    )
    doc.add(
        Table(
            (
                Column("STT", 0.07, "center"),
                Column("Họ và tên", 0.22),
                Column("Năm sinh", 0.09, "center"),
                Column("Giới tính", 0.09, "center"),
                Column("Chức vụ, đơn vị", 0.28),
                Column("Lĩnh vực", 0.13),
                Column("Ghi chú", 0.12),
            ),
            rows,
        )
    )
    doc.add(_signature(ctx, ()))
    return doc


def attendance(ctx: PrintContext) -> Document:
    _require(ctx.invitees, "đại biểu dự hội nghị", "attendee")
    doc = Document("Danh sách đại biểu dự hội nghị")
    doc.add(
        _header(ctx, None), Title("DANH SÁCH", ("Đại biểu dự hội nghị",), note=f"({_conference_name(ctx)})")
    )
    rows = tuple(  # protocol order, like the introductions, the seating and the name cards
        (str(n), p.name, p.post_and_unit, ctx.label("attendee_category", p.category), "")
        for n, p in enumerate(ctx.invitees, start=1)
    )
    doc.add(
        Table(
            (
                Column("STT", 0.07, "center"),
                Column("Họ và tên", 0.23),
                Column("Chức vụ, đơn vị", 0.30),
                Column("Thành phần", 0.22),
                Column("Ký tên", 0.18),
            ),
            rows,
            row_height=11,
        )
    )
    return doc


def _decision(ctx: PrintContext) -> Document:
    from app.services.printing.decision import decision

    return decision(ctx)


BUILDERS: dict[str, Callable[[PrintContext], Document]] = {
    "decision": _decision,
    "programme": programme,
    "invitations": invitations,
    "honorees": honorees,
    "delegates": delegates,
    "attendance": attendance,
    "script": script,
}
