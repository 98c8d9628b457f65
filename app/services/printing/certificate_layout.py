"""Certificate layout and drawing: a text fitted into its box (it shrinks, then wraps, and never
leaves the box), placed on the page in PDF points, then drawn — with the blank's artwork for a
preview, or as the test page (the boxes and a millimetre ruler on plain paper)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.services.printing.certificate_templates import FieldBox, Template
from app.services.printing.fonts import font_name, printable

LEADING = 1.15
FLOOR = 5.0  # below a template's smallest size, only when nothing else fits


# -- layout: pure, measured with the embedded font's metrics ------------------------------------
@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _block_height(lines: int, size: float, font: str) -> float:
    ascent, descent = getAscentDescent(font, size)
    return (lines - 1) * size * LEADING + ascent - descent


def _two_lines(words: list[str], font: str, size: float) -> tuple[str, str]:
    """The split into two lines with the shorter longest line (balanced, as a person would set it)."""
    best: tuple[float, str, str] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        widest = max(_width(first, font, size), _width(second, font, size))
        if best is None or widest < best[0]:
            best = (widest, first, second)
    assert best is not None
    return best[1], best[2]


def fit(text: str, box: FieldBox) -> Fitted:
    """Lines and size that keep *text* inside *box*: the template's size on one line, else on up
    to ``box.lines`` lines, shrinking by half points; below the smallest size only if nothing fits
    (then, at 5 pt, the text is cut with "…" — never outside the box)."""
    text = printable(" ".join(text.split()))
    if not text:
        return Fitted((), box.size)
    width, height = box.w * mm, box.h * mm
    font = box.font
    words = text.split(" ")
    size = box.size
    while True:
        if _width(text, font, size) <= width and _block_height(1, size, font) <= height:
            return Fitted((text,), size)
        if box.lines >= 2 and len(words) > 1 and _block_height(2, size, font) <= height:
            first, second = _two_lines(words, font, size)
            if max(_width(first, font, size), _width(second, font, size)) <= width:
                return Fitted((first, second), size)
        if size - 0.5 < FLOOR:
            break
        size -= 0.5
    cut = text
    while cut and _width(cut + "…", font, FLOOR) > width:
        cut = cut[:-1]
    return Fitted((cut.rstrip() + "…",), FLOOR)


@dataclass(frozen=True)
class Placed:
    """One line of a field on the page: baseline position in PDF points (origin bottom-left)."""

    key: str
    text: str
    x: float  # left / centre / right point, by ``align``
    y: float
    size: float
    font: str
    align: str
    color: str


def place(template: Template, box: FieldBox, text: str, offset: tuple[float, float] = (0, 0)) -> list[Placed]:
    fitted = fit(text, box)
    if not fitted.lines:
        return []
    font = box.font
    ascent, _ = getAscentDescent(font, fitted.size)
    top = (box.y + offset[1]) * mm + (box.h * mm - _block_height(len(fitted.lines), fitted.size, font)) / 2
    left = (box.x + offset[0]) * mm
    x = {"left": left, "center": left + box.w * mm / 2, "right": left + box.w * mm}[box.align]
    page_h = template.height * mm
    return [
        Placed(
            box.key,
            line,
            x,
            page_h - (top + ascent + n * fitted.size * LEADING),
            fitted.size,
            font,
            box.align,
            box.color,
        )
        for n, line in enumerate(fitted.lines)
    ]


# -- drawing -------------------------------------------------------------------------------------------
def draw_placed(canvas: Canvas, placed: list[Placed]) -> None:
    """Draw *placed* lines, setting the font and colour only when they change."""
    current: tuple[str, float, str] | None = None
    for item in placed:
        if current != (item.font, item.size, item.color):
            canvas.setFont(item.font, item.size)
            canvas.setFillColor(HexColor(item.color))
            current = (item.font, item.size, item.color)
        if item.align == "center":
            canvas.drawCentredString(item.x, item.y, item.text)
        elif item.align == "right":
            canvas.drawRightString(item.x, item.y, item.text)
        else:
            canvas.drawString(item.x, item.y, item.text)


def draw_blank(canvas: Canvas, template: Template) -> None:
    """The pre-printed artwork of the blank (preview and pictures only)."""
    page_h = template.height * mm
    for x, y, w, h, width, color in template.blank.get("frame", ()):
        canvas.setStrokeColor(HexColor(color))
        canvas.setLineWidth(width)
        canvas.rect(x * mm, page_h - (y + h) * mm, w * mm, h * mm)
    for x1, y1, x2, y2, width, color in template.blank.get("rules", ()):
        canvas.setStrokeColor(HexColor(color))
        canvas.setLineWidth(width)
        canvas.line(x1 * mm, page_h - y1 * mm, x2 * mm, page_h - y2 * mm)
    for text, x, y, size, bold, color in template.blank.get("texts", ()):
        canvas.setFont(font_name(bool(bold)), size)
        canvas.setFillColor(HexColor(color))
        canvas.drawCentredString(x * mm, page_h - y * mm, printable(text))


def draw_test_page(canvas: Canvas, template: Template, offset: tuple[float, float] = (0, 0)) -> None:
    """Plain paper: every field's box (moved by *offset*) with its name, and a millimetre ruler
    along the top and left edges, to hold over a blank against the light."""
    page_w, page_h = template.width * mm, template.height * mm
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setFillColor(HexColor("#000000"))
    for n in range(int(template.width) + 1):  # top ruler
        tick = 5 if n % 10 == 0 else 3 if n % 5 == 0 else 1.5
        canvas.setLineWidth(0.3 if n % 5 else 0.5)
        canvas.line(n * mm, page_h, n * mm, page_h - tick * mm)
        if n % 10 == 0 and 0 < n < template.width:
            canvas.setFont(font_name(), 6)
            canvas.drawCentredString(n * mm, page_h - 7.5 * mm, str(n))
    for n in range(int(template.height) + 1):  # left ruler
        tick = 5 if n % 10 == 0 else 3 if n % 5 == 0 else 1.5
        canvas.setLineWidth(0.3 if n % 5 else 0.5)
        canvas.line(0, page_h - n * mm, tick * mm, page_h - n * mm)
        if n % 10 == 0 and 0 < n < template.height:
            canvas.setFont(font_name(), 6)
            canvas.drawString(6 * mm, page_h - n * mm - 2, str(n))
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.6)
    for box in template.fields:
        x, y = (box.x + offset[0]) * mm, page_h - (box.y + offset[1] + box.h) * mm
        canvas.rect(x, y, box.w * mm, box.h * mm)
        canvas.setFont(font_name(italic=True), 7)
        canvas.drawString(x + 1.5, y + box.h * mm - 8, printable(template.labels.get(box.key, box.key)))
    canvas.setDash()
    note = (
        f"TRANG THỬ — {template.label}. Đặt lên phôi, soi trước đèn: các khung phải nằm đúng chỗ trống trên phôi. "
        f"Độ dịch đang dùng: X = {offset[0]:g} mm, Y = {offset[1]:g} mm."
    )
    box = FieldBox(
        "note", 12, template.height - 14, template.width - 24, 11, size=9, min_size=6, bold=True, lines=2
    )
    draw_placed(canvas, place(template, box, note))
    del page_w
