"""Giấy khen printed on pre-printed blanks (phôi): only the variable fields, each inside its box.

A template (``resources/templates/certificates/*.json``) gives the page and, per field, a box in
millimetres from the sheet's top-left corner, a font size, the smallest size it may shrink to,
bold/italic, alignment and at most how many lines. A text first shrinks, then wraps, and never
leaves its box. ``offset`` (``--calibrate X,Y``) moves every field X mm right and Y mm down, for
a printer that does not print where it should; the test page prints the boxes and a millimetre
ruler on plain paper, to hold over a blank against the light.

Here: who receives a certificate and what it says, and :func:`write_certificates`; the templates
are :mod:`~app.services.printing.certificate_templates`, fitting and drawing
:mod:`~app.services.printing.certificate_layout` (their public names are re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.domain.formats import fmt_date, place_date_line
from app.errors import AppError
from app.long_work import Progress, report
from app.services.printing.certificate_layout import (
    FLOOR,
    LEADING,
    Fitted,
    Placed,
    draw_blank,
    draw_placed,
    draw_test_page,
    fit,
    place,
)
from app.services.printing.certificate_templates import (
    COLOUR_NAMES,
    DEFAULT_TEMPLATE,
    MAX_LINES,
    MAX_OFFSET,
    MAX_TEMPLATE_FILE,
    PAGE_MM,
    SIZE_PT,
    FieldBox,
    Template,
    check_offset,
    load_template,
    parse_offset,
    template_codes,
    templates_dir,
)
from app.services.printing.context import FormDecision, Person, PrintContext
from app.services.printing.fonts import font_name, printable, register

__all__ = [
    "COLOUR_NAMES",
    "DEFAULT_TEMPLATE",
    "FLOOR",
    "LEADING",
    "MAX_LINES",
    "MAX_OFFSET",
    "MAX_TEMPLATE_FILE",
    "PAGE_MM",
    "SIZE_PT",
    "FieldBox",
    "Fitted",
    "Placed",
    "Template",
    "check_offset",
    "draw_blank",
    "draw_placed",
    "draw_test_page",
    "field_values",
    "fit",
    "load_template",
    "parse_offset",
    "place",
    "recipient_line",
    "recipients",
    "template_codes",
    "templates_dir",
    "write_certificates",
]


# -- what each certificate says ---------------------------------------------------------------------
def recipient_line(person: Person) -> str:
    if person.collective:
        return person.name
    return f"{'Bà' if person.gender == 'nu' else 'Ông'} {person.name}"


def field_values(ctx: PrintContext, decision: FormDecision, person: Person, period: str) -> dict[str, str]:
    issuer = ctx.commendations.issuer if ctx.commendations else None
    from app.services.printing.decision import REASON, decision_number

    number = decision_number(ctx, decision)
    reason = REASON.format(period=period)
    return {
        "issuer": issuer.decider if issuer else ctx.profile.issuing_body.replace("\n", " "),
        "recipient": recipient_line(person),
        "post_unit": person.workplace if person.collective else person.post_and_unit,
        "achievement": person.achievement or (reason[:1].upper() + reason[1:] + "."),
        "decision": (
            f"Quyết định số {number} ngày {fmt_date(decision.issued)}"
            if number
            else f"Quyết định số {'.' * 12} ngày {fmt_date(decision.issued)}"
        ),
        "register": f"Số vào sổ: {person.register}" if person.register else "Số vào sổ: ........",
        "place_date": place_date_line(ctx.profile.place, decision.issued),
        "signer_title": issuer.signer if issuer else ctx.profile.signer_title,
        "signer_name": ctx.profile.signer_name,
    }


def recipients(
    ctx: PrintContext, form: str | None = None, only: Iterable[int] | None = None
) -> Iterator[tuple[FormDecision, Person]]:
    """The honorees of the unit's own forms (of *form*; with register numbers in *only*), in the
    annex's order: form by form, collectives, then individuals."""
    wanted = set(only) if only else None
    for decision in ctx.commendations.decisions if ctx.commendations else []:
        if form and decision.form != form:
            continue
        for person in (*decision.collectives, *decision.individuals):
            if wanted is None or person.register_no in wanted:
                yield decision, person


def write_certificates(
    ctx: PrintContext,
    path: Path,
    template: str | Template | None = None,
    offset: tuple[float, float] = (0.0, 0.0),
    test_page: bool = False,
    only: Iterable[int] | None = None,
    form: str | None = None,
    blank: bool = False,
    progress: Progress | None = None,
) -> int:
    """One page per certificate (or the test page); returns the number of pages.
    *blank*: draw the blank's artwork under the fields (preview, pictures — never on a blank)."""
    from app.services.printing.document_parts import _wording

    shape = template if isinstance(template, Template) else load_template(template)
    offset = check_offset(*offset)
    register()
    size = (shape.width * mm, shape.height * mm)
    canvas = Canvas(str(path), pagesize=size, initialFontName=font_name(), initialFontSize=12)
    canvas.setAuthor("Hội nghị ĐHTT")
    if test_page:
        canvas.setTitle(printable(f"Trang thử — {shape.label}"))
        draw_test_page(canvas, shape, offset)
        canvas.showPage()
        canvas.save()
        return 1
    chosen = list(recipients(ctx, form, only))
    if not chosen:
        if only:
            raise AppError(
                f"Không có giấy khen nào mang số vào sổ {', '.join(map(str, sorted(only)))}.",
                "no certificate with those register numbers",
            )
        raise AppError(
            "Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định; chưa có giấy khen để in.",
            "no honoree receives a form this unit grants itself: no certificate to print",
        )
    canvas.setTitle(printable(f"Giấy khen — {ctx.unit.name}"))
    period = _wording(ctx).period_phrase
    for number, (decision, person) in enumerate(chosen):
        if number and number % 50 == 0:
            report(progress, number, len(chosen), f"Giấy khen {number}/{len(chosen)}")
        if blank:
            draw_blank(canvas, shape)
        values = field_values(ctx, decision, person, period)
        draw_placed(
            canvas,
            [line for box in shape.fields for line in place(shape, box, values.get(box.key, ""), offset)],
        )
        canvas.showPage()
    canvas.save()
    return len(chosen)
