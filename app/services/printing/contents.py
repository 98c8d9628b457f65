"""The content of each printed document, as blocks (layout rules: Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import json
from collections.abc import Callable

from app.domain.ceremony import Batch, honouring_batches, salutation
from app.domain.document_kinds import NUMBER_CODES
from app.domain.formats import document_number, place_date_line, time_range
from app.domain.plan import PlanWording
from app.errors import AppError
from app.paths import resources_dir
from app.services.printing.blocks import (
    Column,
    Document,
    Header,
    PageBreak,
    Para,
    Run,
    Section,
    Signature,
    Table,
    Title,
)
from app.services.printing.context import Person, PrintContext, in_sentence

# Document-type codes in the number (Decree 30/2020, appendix III).
CODES = {kind: NUMBER_CODES[kind] for kind in ("programme", "invitations")}


def _header(ctx: PrintContext, kind: str | None) -> Header:
    number = None
    if kind in CODES:
        number = document_number(ctx.profile.numbers.get(kind), CODES[kind], ctx.profile.issuer)
    return Header(
        ctx.profile.parent_body,
        ctx.profile.issuing_body,
        number,
        place_date_line(ctx.profile.place, ctx.issued),
    )


def _signature(ctx: PrintContext, recipients: tuple[str, ...] = ()) -> Signature:
    issuer = ctx.profile.issuer or ""
    default_recipients = ("- Như trên;", f"- Lưu: VT{', ' + issuer if issuer and issuer != 'UBND' else ''}.")
    return Signature(
        ctx.profile.authority,
        ctx.profile.signer_title,
        ctx.profile.signer_name,
        recipients or default_recipients,
    )


def _conference_name(ctx: PrintContext) -> str:
    return ctx.conference.title


def _require(items: list, what_vi: str, what_en: str) -> None:
    if not items:
        raise AppError(
            f"Danh sách {what_vi} đang trống; chưa có gì để in.",
            f"the {what_en} list is empty; nothing to print",
        )


def _label(run_label: str, text: str) -> Para:
    return Para((Run(run_label, bold=True), Run(text)))


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


def _wording(ctx: PrintContext) -> PlanWording:
    """The period and words of the conference's plan (read with the context)."""
    if ctx.wording is None:
        raise AppError("Hội nghị chưa gắn với kế hoạch nào.", "the conference follows no plan")
    return ctx.wording


def batches(ctx: PrintContext) -> list[Batch]:
    """The honouring batches, presented by the named guests in protocol order."""
    leaders = (
        [p for p in ctx.invitees if p.presents] or [p for p in ctx.invitees if p.named] or ctx.invitees[:1]
    )
    return honouring_batches(
        ctx.honorees,
        lambda h: ctx.award_rank.get(h.award, 99),
        lambda h: h.collective,
        lambda h: h.award,
        leaders,
        ctx.profile.batch_size,
    )


def _introductions(ctx: PrintContext) -> list[Para]:
    """Guests introduced by name in protocol order, each group heading once ("Về phía …, có:"),
    then the groups greeted together (154/2004 art. 9)."""
    out = [Para.of("MC: Tới dự hội nghị, Ban Tổ chức trân trọng giới thiệu:", indent=True)]
    current = None
    for person in (p for p in ctx.invitees if p.named):
        if person.heading != current:
            current = person.heading
            out.append(Para((Run(f"Về phía {current}, có:", italic=True),), indent=True, space_after=2))
        line = f"– {salutation(person.honorific, person.gender)} {person.name}"
        if person.post_and_unit:
            line += f" – {person.post_and_unit}"
        out.append(Para.of(line + ";", indent=True, space_after=2))
    groups = list(dict.fromkeys(p.category for p in ctx.invitees if not p.named))
    if groups:
        labels = ", ".join(ctx.intro.get(g, g) for g in groups)
        out.append(
            Para.of(
                f"– Cùng các đồng chí đại diện lãnh đạo các ban, ngành, đoàn thể và {labels}.", indent=True
            )
        )
    out.append(Para.of("MC: Xin trân trọng giới thiệu và nhiệt liệt chào mừng quý vị đại biểu.", indent=True))
    return out


def _batch_paras(ctx: PrintContext) -> list[Para]:
    out: list[Para] = []
    for batch in batches(ctx):
        award = ctx.label("commendation", batch.award) or "khen thưởng"
        who = "tập thể" if batch.collective else "cá nhân"
        out.append(
            Para(
                (Run(f"Đợt {batch.number}: ", bold=True), Run(f"{award} — {len(batch.recipients)} {who}")),
                indent=False,
                keep_with_next=True,
                space_before=4,
            )
        )
        out.append(
            Para.of(f"MC: Kính mời các {who} có tên sau lên nhận {award}:", indent=True, space_after=2)
        )
        for n, person in enumerate(batch.recipients, start=1):
            out.append(
                Para.of(
                    f"{n}. {person.name}"
                    + (f" – {person.workplace}" if person.workplace and not person.collective else ""),
                    indent=True,
                    space_after=0,
                )
            )
        if batch.presenter is not None:
            presenter = batch.presenter
            post = f" – {presenter.position}" if presenter.position else ""
            out.append(
                Para.of(
                    f"MC: Trân trọng kính mời {salutation(presenter.honorific, presenter.gender).lower()} "
                    f"{presenter.name}{post} lên trao {award}.",
                    indent=True,
                    space_before=2,
                )
            )
        out.append(Para.of("MC: Xin chúc mừng các " + who + "; kính mời quý vị về chỗ.", indent=True))
    return out


def _decision_paras(ctx: PrintContext, reader: str) -> list[Para]:
    """The reader reads the unit's own decisions (number, date, who decides) and announces the
    higher-level forms, which come with their own decisions."""
    from app.domain.formats import official_date
    from app.services.printing.decision import decision_number

    commendations = ctx.commendations
    own = []
    for item in commendations.decisions if commendations else []:
        number = decision_number(ctx, item)
        of = commendations.issuer.of if commendations and commendations.issuer else ""
        own.append(
            f"Quyết định số {number or '…'} {official_date(item.issued)} của {of} về việc tặng {item.short} cho "
            f"{len(item.collectives)} tập thể, {len(item.individuals)} cá nhân"
        )
    text = (
        "; ".join(own)
        or ctx.profile.decision
        or (
            "Quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước "
            + _wording(ctx).period_phrase
        )
    )
    out = [Para.of(f"Đồng chí {reader}: đọc {text}.", indent=True)]
    if commendations and commendations.announced:
        higher = "; ".join(f"{label} ({c} tập thể, {i} cá nhân)" for label, c, i in commendations.announced)
        out.append(
            Para.of(
                f"Đồng chí {reader}: công bố các hình thức khen thưởng của cấp trên (theo quyết định của cấp "
                f"trên): {higher}.",
                indent=True,
            )
        )
    return out


def script(ctx: PrintContext) -> Document:
    _require(ctx.agenda, "nội dung chương trình", "agenda")
    templates = json.loads((resources_dir() / "templates" / "script-vi.json").read_text(encoding="utf-8"))
    doc = Document("Kịch bản điều hành")
    conf = ctx.conference
    doc.add(_header(ctx, None), Title("KỊCH BẢN ĐIỀU HÀNH", (_conference_name(ctx),)))
    doc.add(_label("Thời gian: ", f"{ctx.when}."), _label("Địa điểm: ", f"{conf.venue or '…'}."))
    doc.add(_label("Người dẫn chương trình (MC): ", ctx.profile.mc_name or "Ban Tổ chức phân công."))
    chair = conf.chair or "chủ trì hội nghị"
    values = {
        "unit": in_sentence(ctx.unit.name),
        "conference": _conference_name(ctx)[:1].lower() + _conference_name(ctx)[1:],
        "chair": chair,
        "period": _wording(ctx).period,
        "next_period": _wording(ctx).next_period,
        "period_phrase": _wording(ctx).period_phrase,
        "next_phrase": _wording(ctx).next_phrase,
        "plan": _wording(ctx).plan_name,
        "mc": ctx.profile.mc_name or "MC",
        "reader": ctx.profile.reader_name or "đại diện bộ phận thi đua, khen thưởng",
    }
    specials: dict[str, Callable[[], list[Para]]] = {
        "@introductions": lambda: _introductions(ctx),
        "@speeches": lambda: (
            [
                Para.of(
                    f"MC: Hội nghị nghe tham luận “{title}” của {presenter} ({minutes} phút).", indent=True
                )
                for presenter, title, _field, minutes in ctx.speeches
            ]
            or [Para.of("(Chưa có tham luận nào trong danh sách.)", indent=True)]
        ),
        "@decision": lambda: _decision_paras(ctx, values["reader"]),
        "@batches": lambda: _batch_paras(ctx),
        "@delegates": lambda: (
            [
                Para.of(
                    f"{n}. {d.name}" + (f" – {d.post_and_unit}" if d.post_and_unit else ""),
                    indent=True,
                    space_after=0,
                )
                for n, d in enumerate(ctx.delegates, start=1)
            ]
            or [Para.of("(Chưa có danh sách đại biểu.)", indent=True)]
        ),
    }
    for line in templates["_opening"]:
        doc.add(Para.of(line.format(**values), indent=True))
    for n, item in enumerate(ctx.agenda, start=1):
        doc.add(
            Para(
                (
                    Run(f"{time_range(item.start, item.end)}   ", bold=True),
                    Run(f"{n}. {item.title}", bold=True),
                ),
                indent=False,
                keep_with_next=True,
                space_before=8,
            )
        )
        for line in templates.get(item.kind, templates["custom"]):
            if line in specials:
                doc.add(*specials[line]())
            else:
                doc.add(
                    Para.of(
                        line.format(**values, presenter=item.presenter or chair, title=item.title),
                        indent=True,
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
