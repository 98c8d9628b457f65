"""Name cards (biển tên đại biểu): three per A4 sheet, for ≈210×99 mm holders, with cut marks.

Line 1 the post, smaller; line 2 the full name, large and bold, shrunk to fit; no "Đồng chí".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.long_work import Progress, report
from app.services.printing.context import Person
from app.services.printing.fonts import font_name, printable, register

PER_PAGE = 3
NAME_MAX = 54.0
NAME_MIN = 26.0
POST_SIZE = 20.0


def _fit(text: str, bold: bool, size: float, smallest: float, width: float) -> float:
    while size > smallest and stringWidth(text, font_name(bold), size) > width:
        size -= 1
    return size


def _cut_marks(canvas: Canvas, y: float, page_w: float) -> None:
    canvas.setLineWidth(0.4)
    canvas.line(4 * mm, y, 12 * mm, y)
    canvas.line(page_w - 12 * mm, y, page_w - 4 * mm, y)


def write_namecards(
    people: list[Person], path: Path, title: str = "Biển tên đại biểu", progress: Progress | None = None
) -> None:
    register()
    page_w, page_h = A4
    card_h = page_h / PER_PAGE
    usable = page_w - 24 * mm
    canvas = Canvas(str(path), pagesize=A4, initialFontName=font_name(), initialFontSize=POST_SIZE)
    canvas.setTitle(printable(title))
    canvas.setAuthor("Hội nghị ĐHTT")
    for index, person in enumerate(people):
        slot = index % PER_PAGE
        if index and slot == 0:
            canvas.showPage()
            report(progress, index, len(people), f"Trang {index // PER_PAGE + 1}")
        bottom = page_h - (slot + 1) * card_h
        if slot == 0:
            for k in range(1, PER_PAGE):
                _cut_marks(canvas, page_h - k * card_h, page_w)
        post = printable(person.position or "")
        if post:
            size = _fit(post, False, POST_SIZE, 12, usable)
            canvas.setFont(font_name(), size)
            canvas.drawCentredString(page_w / 2, bottom + card_h * 0.66, post)
        name = printable(person.name)
        size = _fit(name, True, NAME_MAX, NAME_MIN, usable)
        canvas.setFont(font_name(True), size)
        canvas.drawCentredString(page_w / 2, bottom + card_h * 0.36, name)
    canvas.showPage()
    canvas.save()
