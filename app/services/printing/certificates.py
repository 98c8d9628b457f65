"""Giấy khen printed on pre-printed blanks (phôi): only the variable fields, each inside its box.

A template (``resources/templates/certificates/*.json``) gives the page and, per field, a box in
millimetres from the sheet's top-left corner, a font size, the smallest size it may shrink to,
bold/italic, alignment and at most how many lines. A text first shrinks, then wraps, and never
leaves its box. ``offset`` (``--calibrate X,Y``) moves every field X mm right and Y mm down, for
a printer that does not print where it should; the test page prints the boxes and a millimetre
ruler on plain paper, to hold over a blank against the light.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.domain.formats import fmt_date, place_date_line
from app.domain.jsonsafe import TooDeep, loads_bounded
from app.errors import AppError
from app.long_work import Progress, report
from app.paths import resources_dir
from app.services.printing.context import FormDecision, Person, PrintContext
from app.services.printing.fonts import font_name, printable, register

DEFAULT_TEMPLATE = "giay-khen-a4-ngang"
LEADING = 1.15
FLOOR = 5.0  # below a template's smallest size, only when nothing else fits
MAX_OFFSET = 30.0  # mm: a printer is never further off than this


@dataclass(frozen=True)
class FieldBox:
    key: str
    x: float  # mm from the left edge
    y: float  # mm from the top edge
    w: float
    h: float
    size: float = 14
    min_size: float = 9
    bold: bool = False
    italic: bool = False
    align: str = "center"
    lines: int = 1
    color: str = "#000000"

    @property
    def font(self) -> str:
        return font_name(self.bold, self.italic)


@dataclass(frozen=True)
class Template:
    code: str
    label: str
    width: float  # mm
    height: float
    fields: tuple[FieldBox, ...]
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    blank: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def templates_dir() -> Path:
    return resources_dir() / "templates" / "certificates"


def template_codes() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.json"))


#: A template file is small: a page, a dozen boxes, a little artwork.
MAX_TEMPLATE_FILE = 1 << 20
#: The sheet a template describes, in millimetres: from a name card to A2.
PAGE_MM = (20.0, 600.0)
#: Font sizes of a field, in points.
SIZE_PT = (4.0, 200.0)
MAX_LINES = 10
#: A colour: ``#RRGGBB`` or ``#RGB`` (hex), or one of these names.
COLOUR_NAMES = {"black": "#000000", "red": "#B00000", "darkred": "#8B0000", "blue": "#0000CC", "navy": "#000080",
                "gold": "#B8860B", "white": "#FFFFFF", "gray": "#808080", "grey": "#808080"}
_HEX_COLOUR = re.compile(r"#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})")


class _Broken(ValueError):
    """What is wrong with a template (the file is named by the caller)."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi


def load_template(name: str | None = None) -> Template:
    """A shipped template by code, or a template file an office made (``--template phoi.json``),
    read defensively (a file from outside): size and nesting bounded, every number finite, the
    page a real sheet, every box inside it, every colour known — else one :class:`AppError`."""
    name = name or DEFAULT_TEMPLATE
    path = Path(name) if name.lower().endswith(".json") else templates_dir() / f"{name}.json"
    if not path.is_file():
        raise AppError(f"Không có mẫu phôi “{name}”; có: {', '.join(template_codes())}.", f"no certificate template {name!r}")
    try:
        if path.stat().st_size > MAX_TEMPLATE_FILE:
            raise _Broken("tệp quá lớn để là một mẫu phôi", "the file is too large for a template")
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        try:
            data = loads_bounded(raw)
        except TooDeep as exc:
            raise _Broken("tệp lồng quá sâu (không phải mẫu phôi)", "nested too deep") from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise _Broken("không phải JSON hợp lệ", "not valid JSON") from exc
        return _template(data, path.stem)
    except _Broken as exc:
        raise AppError(f"Mẫu phôi {path.name} không dùng được: {exc.vi}.", f"broken certificate template {path.name}: {exc}") from None
    except OSError as exc:
        raise AppError(f"Không đọc được mẫu phôi {path.name}.", f"cannot read certificate template {path.name}: {exc}") from exc


def _number(value: object, vi: str, en: str, low: float, high: float, unit: str = "mm") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Broken(f"{vi} phải là một số", f"{en} must be a number")
    if not low <= value <= high:
        raise _Broken(f"{vi} phải từ {low:g} đến {high:g} {unit}", f"{en} must be {low:g}-{high:g} {unit}")
    return float(value)


def _colour(value: object, vi: str, en: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    text = COLOUR_NAMES.get(text.lower(), text)
    if not _HEX_COLOUR.fullmatch(text):
        raise _Broken(f"màu {vi} “{str(value)[:20]}” không hợp lệ (ghi dạng #RRGGBB, ví dụ #B00000)",
                      f"{en}: colour {str(value)[:20]!r} is not #RRGGBB")
    return text


def _text(value: object, vi: str, en: str, limit: int = 300) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _Broken(f"{vi} phải là chữ (tối đa {limit} ký tự)", f"{en} must be text of at most {limit} characters")
    return value


def _template(data: object, stem: str) -> Template:
    if not isinstance(data, dict) or not isinstance(data.get("page"), dict):
        raise _Broken("thiếu khổ giấy (page)", "no page")
    page = data["page"]
    width = _number(page.get("width"), "chiều rộng trang", "page width", *PAGE_MM)
    height = _number(page.get("height"), "chiều cao trang", "page height", *PAGE_MM)
    fields = data.get("fields")
    if not isinstance(fields, dict) or not fields or len(fields) > 50:
        raise _Broken("thiếu các ô (fields)", "no fields")
    boxes = []
    for key, spec in fields.items():
        vi, en = f"ô “{str(key)[:30]}”", f"field {str(key)[:30]!r}"
        if not isinstance(spec, dict) or not isinstance(spec.get("box"), list) or len(spec["box"]) != 4:
            raise _Broken(f"{vi} cần box [trái, trên, rộng, cao]", f"{en} needs box [left, top, width, height]")
        x, y, w, h = (_number(v, f"{vi}: mỗi số của box", f"{en}: each box value", 0, PAGE_MM[1]) for v in spec["box"])
        if w <= 0 or h <= 0:
            raise _Broken(f"{vi}: rộng và cao phải lớn hơn 0", f"{en}: width and height must be above 0")
        if x + w > width + 0.01 or y + h > height + 0.01:
            raise _Broken(f"{vi} nằm ngoài khổ giấy {width:g} × {height:g} mm", f"{en} lies outside the page")
        size = _number(spec.get("size", 14), f"{vi}: cỡ chữ", f"{en}: size", *SIZE_PT, unit="pt")
        min_size = _number(spec.get("min_size", min(9.0, size)), f"{vi}: cỡ chữ nhỏ nhất", f"{en}: min_size",
                           SIZE_PT[0], size, unit="pt")
        lines = spec.get("lines", 1)
        if isinstance(lines, bool) or not isinstance(lines, int) or not 1 <= lines <= MAX_LINES:
            raise _Broken(f"{vi}: số dòng phải từ 1 đến {MAX_LINES}", f"{en}: lines must be 1-{MAX_LINES}")
        align = spec.get("align", "center")
        if align not in ("left", "center", "right"):
            raise _Broken(f"{vi}: căn lề phải là left, center hoặc right", f"{en}: align must be left, center or right")
        boxes.append(FieldBox(str(key), x, y, w, h, size, min_size, bool(spec.get("bold")), bool(spec.get("italic")),
                              align, lines, _colour(spec.get("color", "#000000"), vi, en)))
    labels = data.get("labels", {})
    if not isinstance(labels, dict):
        raise _Broken("phần labels phải là các cặp tên ô – nhãn", "labels must map fields to labels")
    return Template(_text(data.get("code", stem), "mã mẫu", "code"), _text(data.get("label", stem), "tên mẫu", "label"),
                    width, height, tuple(boxes), {str(k): _text(v, "nhãn", "label") for k, v in labels.items()},
                    _blank(data.get("blank", {}), width, height))


def _blank(blank: object, width: float, height: float) -> dict[str, Any]:
    """The artwork of the blank (preview only), each item checked like a box."""
    if not isinstance(blank, dict):
        raise _Broken("phần blank không đúng dạng", "blank is not an object")
    out: dict[str, Any] = {}
    shapes = {"frame": "khung", "rules": "đường kẻ", "texts": "chữ in sẵn"}
    for part, items in blank.items():
        if part not in shapes or not isinstance(items, list) or len(items) > 200:
            raise _Broken(f"phần blank.{str(part)[:20]} không đúng dạng", f"blank.{str(part)[:20]} is not a known list")
        vi, en = f"{shapes[part]} trong blank", f"blank.{part}"
        checked = []
        for item in items:
            if not isinstance(item, list) or len(item) != 6:
                raise _Broken(f"{vi} không đúng dạng", f"{en}: each item has 6 values")
            if part == "texts":
                text, x, y, size, bold, colour = item
                checked.append([_text(text, vi, en), _number(x, vi, en, 0, width), _number(y, vi, en, 0, height),
                                _number(size, vi, en, *SIZE_PT, unit="pt"), bool(bold), _colour(colour, vi, en)])
            else:
                numbers = [_number(v, vi, en, 0, max(width, height)) for v in item[:5]]
                checked.append([*numbers, _colour(item[5], vi, en)])
        out[part] = checked
    return out


def check_offset(x: float, y: float) -> tuple[float, float]:
    """A calibration offset in millimetres: finite, at most :data:`MAX_OFFSET` each way."""
    if not (math.isfinite(x) and math.isfinite(y)):
        raise AppError("Độ dịch phải là số milimét, ví dụ 1.5,-2.", "the offset must be a number of millimetres")
    if abs(x) > MAX_OFFSET or abs(y) > MAX_OFFSET:
        raise AppError(f"Độ dịch tối đa {MAX_OFFSET:g} mm mỗi chiều.", f"offsets are at most {MAX_OFFSET:g} mm")
    return x, y


def parse_offset(text: str) -> tuple[float, float]:
    """``"1.5,-2"`` → (1.5, -2.0) millimetres (a comma as decimal mark works with a semicolon between)."""
    raw = text.strip().replace(" ", "")
    parts = raw.split(";") if ";" in raw else raw.split(",")
    try:
        if len(parts) != 2:
            raise ValueError(text)
        x, y = (float(p.replace(",", ".")) for p in parts)
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError(text)
    except ValueError as exc:
        raise AppError(f"Độ dịch “{text[:40]}” không đúng; ghi X,Y bằng milimét, ví dụ 1.5,-2.",
                       f"bad offset {text[:40]!r}: give X,Y in millimetres, e.g. 1.5,-2") from exc
    return check_offset(x, y)


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
    return [Placed(box.key, line, x, page_h - (top + ascent + n * fitted.size * LEADING), fitted.size, font, box.align,
                   box.color) for n, line in enumerate(fitted.lines)]


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
        "decision": (f"Quyết định số {number} ngày {fmt_date(decision.issued)}" if number
                     else f"Quyết định số {'.' * 12} ngày {fmt_date(decision.issued)}"),
        "register": f"Số vào sổ: {person.register}" if person.register else "Số vào sổ: ........",
        "place_date": place_date_line(ctx.profile.place, decision.issued),
        "signer_title": issuer.signer if issuer else ctx.profile.signer_title,
        "signer_name": ctx.profile.signer_name,
    }


def recipients(ctx: PrintContext, form: str | None = None,
               only: Iterable[int] | None = None) -> Iterator[tuple[FormDecision, Person]]:
    """The honorees of the unit's own forms (of *form*; with register numbers in *only*), in the
    annex's order: form by form, collectives, then individuals."""
    wanted = set(only) if only else None
    for decision in ctx.commendations.decisions if ctx.commendations else []:
        if form and decision.form != form:
            continue
        for person in (*decision.collectives, *decision.individuals):
            if wanted is None or person.register_no in wanted:
                yield decision, person


# -- drawing -------------------------------------------------------------------------------------------
def _draw(canvas: Canvas, placed: list[Placed]) -> None:
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
    note = (f"TRANG THỬ — {template.label}. Đặt lên phôi, soi trước đèn: các khung phải nằm đúng chỗ trống trên phôi. "
            f"Độ dịch đang dùng: X = {offset[0]:g} mm, Y = {offset[1]:g} mm.")
    box = FieldBox("note", 12, template.height - 14, template.width - 24, 11, size=9, min_size=6, bold=True, lines=2)
    _draw(canvas, place(template, box, note))
    del page_w


def write_certificates(ctx: PrintContext, path: Path, template: str | Template | None = None,
                       offset: tuple[float, float] = (0.0, 0.0), test_page: bool = False, only: Iterable[int] | None = None,
                       form: str | None = None, blank: bool = False, progress: Progress | None = None) -> int:
    """One page per certificate (or the test page); returns the number of pages.
    *blank*: draw the blank's artwork under the fields (preview, pictures — never on a blank)."""
    from app.services.printing.contents import _wording

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
            raise AppError(f"Không có giấy khen nào mang số vào sổ {', '.join(map(str, sorted(only)))}.",
                           "no certificate with those register numbers")
        raise AppError("Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định; chưa có giấy khen để in.",
                       "no honoree receives a form this unit grants itself: no certificate to print")
    canvas.setTitle(printable(f"Giấy khen — {ctx.unit.name}"))
    period = _wording(ctx).period_phrase
    for number, (decision, person) in enumerate(chosen):
        if number and number % 50 == 0:
            report(progress, number, len(chosen), f"Giấy khen {number}/{len(chosen)}")
        if blank:
            draw_blank(canvas, shape)
        values = field_values(ctx, decision, person, period)
        _draw(canvas, [line for box in shape.fields for line in place(shape, box, values.get(box.key, ""), offset)])
        canvas.showPage()
    canvas.save()
    return len(chosen)
