"""Quyết định khen thưởng (ceremony.md §5) in the Decree 30/2020 layout: one decision per form the
unit grants itself, each followed by its annex — "DANH SÁCH … (Kèm theo Quyết định số … ngày …
của …)", I. Tập thể, II. Cá nhân, with the register numbers and the reward money."""

from __future__ import annotations

from app.domain.document_kinds import NUMBER_CODES
from app.domain.formats import document_number, fmt_int, money, money_words, official_date, place_date_line
from app.errors import AppError
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
    Total,
)
from app.services.printing.context import FormDecision, PrintContext

CODE = NUMBER_CODES["decision"]
REASON = (
    "đã có thành tích xuất sắc trong phong trào thi đua yêu nước {period}"  # period: "giai đoạn 2020 - 2025"
)


def _counts(decision: FormDecision) -> str:
    """ "12 tập thể và 45 cá nhân" (a part that is zero is left out)."""
    parts = [
        f"{len(group)} {word}"
        for group, word in ((decision.collectives, "tập thể"), (decision.individuals, "cá nhân"))
        if group
    ]
    return " và ".join(parts)


def _article(number: int, text: str) -> Para:
    return Para((Run(f"Điều {number}. ", bold=True), Run(text)), space_after=6)


def decision_number(ctx: PrintContext, decision: FormDecision) -> str:
    """ "15/QĐ-UBND" (empty: the decision has no number yet)."""
    return (
        document_number(decision.number, CODE, ctx.profile.issuer).removeprefix("Số: ")
        if decision.number
        else ""
    )


def _money_article(decision: FormDecision, fund: str) -> str:
    each = []
    if decision.collectives and decision.collective_amount:
        each.append(
            f"mỗi tập thể {money(decision.collective_amount)} ({money_words(decision.collective_amount)})"
        )
    if decision.individuals and decision.individual_amount:
        each.append(
            f"mỗi cá nhân {money(decision.individual_amount)} ({money_words(decision.individual_amount)})"
        )
    if not each:
        return f"Các tập thể, cá nhân có tên tại Điều 1 được tặng {decision.short} (không kèm tiền thưởng)."
    total = decision.total
    return (
        f"Các tập thể, cá nhân có tên tại Điều 1 được tặng {decision.short} kèm theo tiền thưởng: {'; '.join(each)}. "
        f"Tổng số tiền thưởng: {money(total)} ({money_words(total)}), trích từ {fund} năm {decision.issued.year}."
    )


def _decision(ctx: PrintContext, decision: FormDecision, period: str) -> list:
    commendations = ctx.commendations
    issuer = commendations.issuer if commendations else None
    if issuer is None:
        raise AppError(
            "Danh mục chưa có thẩm quyền khen thưởng cho loại đơn vị này.",
            "no award issuer for this unit kind",
        )
    reason = REASON.format(period=period)
    number = document_number(decision.number, CODE, ctx.profile.issuer)
    blocks: list = [
        Header(
            ctx.profile.parent_body,
            ctx.profile.issuing_body,
            number,
            place_date_line(ctx.profile.place, decision.issued),
        ),
        Title(
            "QUYẾT ĐỊNH",
            (
                "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
                f"trong phong trào thi đua yêu nước {period}",
            ),
        ),
        Para(
            (Run(issuer.decider, bold=True),),
            align="center",
            indent=False,
            size=14,
            space_before=4,
            space_after=10,
        ),
    ]
    blocks += [
        Para((Run(line, italic=True),), space_after=4)
        for line in (*commendations.basis, issuer.proposal)
        if line
    ]
    blocks.append(
        Para(
            (Run("QUYẾT ĐỊNH:", bold=True),),
            align="center",
            indent=False,
            size=14,
            space_before=8,
            space_after=10,
            keep_with_next=True,
        )
    )
    blocks.append(
        _article(1, f"Tặng {decision.short} cho {_counts(decision)} (có danh sách kèm theo) {reason}.")
    )
    blocks.append(_article(2, _money_article(decision, issuer.fund)))
    blocks.append(_article(3, f"Quyết định này có hiệu lực kể từ ngày ký. {issuer.execution}/."))
    blocks.append(Signature("", issuer.signer, ctx.profile.signer_name, issuer.recipients))
    return blocks


def _annex(ctx: PrintContext, decision: FormDecision, period: str) -> list:
    issuer = ctx.commendations.issuer if ctx.commendations else None
    of = issuer.of if issuer else ""
    number = decision_number(ctx, decision) or "\u00a0" * 8 + f"/{CODE}-{ctx.profile.issuer}"
    note = f"(Kèm theo Quyết định số {number} {official_date(decision.issued)} của {of})"
    rows: list = []
    sections = (
        ("I", "TẬP THỂ", decision.collectives, decision.collective_amount, "tập thể"),
        ("II", "CÁ NHÂN", decision.individuals, decision.individual_amount, "cá nhân"),
    )
    for roman, heading, people, amount, word in sections:
        if not people:
            continue
        rows.append(Section(f"{roman}. {heading} ({len(people)})"))
        for n, person in enumerate(people, start=1):
            rows.append(
                (
                    str(n),
                    person.register,
                    person.name,
                    person.post_and_unit,
                    person.achievement,
                    fmt_int(amount) if amount else "",
                )
            )
        if amount:
            rows.append(
                Total(f"Cộng {word}: {len(people)} × {fmt_int(amount)} đồng", fmt_int(len(people) * amount))
            )
    if decision.total:
        rows.append(Total(f"Tổng cộng ({_counts(decision)})", fmt_int(decision.total)))
    return [
        PageBreak(),
        Title(
            "DANH SÁCH",
            (
                f"Tập thể, cá nhân được tặng {decision.short}",
                f"có thành tích xuất sắc trong phong trào thi đua yêu nước {period}",
            ),
            note=note,
        ),
        Table(
            (
                Column("STT", 0.06, "center"),
                Column("Số vào sổ", 0.12, "center"),
                Column("Tên tập thể / Họ và tên", 0.20),
                Column("Chức vụ, đơn vị", 0.20),
                Column("Tóm tắt thành tích", 0.28),
                Column("Tiền thưởng (đồng)", 0.14, "right"),
            ),
            tuple(rows),
            size=11,
        ),
    ]


def decision(ctx: PrintContext) -> Document:
    """Every decision of the unit's own forms, each with its annex."""
    from app.services.printing.document_parts import _wording

    commendations = ctx.commendations
    if commendations is None or not commendations.decisions:
        announced = ", ".join(label for label, *_ in (commendations.announced if commendations else []))
        raise AppError(
            "Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định"
            + (f" (các hình thức cấp trên chỉ công bố tại hội nghị: {announced})." if announced else "."),
            "no honoree receives a form this unit grants itself",
        )
    doc = Document("Quyết định khen thưởng")
    period = _wording(ctx).period_phrase
    for index, item in enumerate(commendations.decisions):
        if index:
            doc.add(PageBreak())
        doc.add(*_decision(ctx, item, period))
        doc.add(*_annex(ctx, item, period))
    return doc
