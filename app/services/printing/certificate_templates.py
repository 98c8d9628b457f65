"""Certificate templates: what a blank (phôi) looks like — its page and, per field, a box in
millimetres from the sheet's top-left corner with its font size, smallest size, bold/italic,
alignment, lines and colour — read from ``resources/templates/certificates/*.json`` or an
office's own file, every value checked (:func:`load_template`); and the calibration offset
(:func:`parse_offset`, :func:`check_offset`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.jsonsafe import TooDeep, loads_bounded
from app.errors import AppError
from app.paths import resources_dir
from app.services.printing.fonts import font_name

DEFAULT_TEMPLATE = "giay-khen-a4-ngang"
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
COLOUR_NAMES = {
    "black": "#000000",
    "red": "#B00000",
    "darkred": "#8B0000",
    "blue": "#0000CC",
    "navy": "#000080",
    "gold": "#B8860B",
    "white": "#FFFFFF",
    "gray": "#808080",
    "grey": "#808080",
}
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
        raise AppError(
            f"Không có mẫu phôi “{name}”; có: {', '.join(template_codes())}.",
            f"no certificate template {name!r}",
        )
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
        raise AppError(
            f"Mẫu phôi {path.name} không dùng được: {exc.vi}.",
            f"broken certificate template {path.name}: {exc}",
        ) from None
    except OSError as exc:
        raise AppError(
            f"Không đọc được mẫu phôi {path.name}.", f"cannot read certificate template {path.name}: {exc}"
        ) from exc


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
        raise _Broken(
            f"màu {vi} “{str(value)[:20]}” không hợp lệ (ghi dạng #RRGGBB, ví dụ #B00000)",
            f"{en}: colour {str(value)[:20]!r} is not #RRGGBB",
        )
    return text


def _text(value: object, vi: str, en: str, limit: int = 300) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _Broken(
            f"{vi} phải là chữ (tối đa {limit} ký tự)", f"{en} must be text of at most {limit} characters"
        )
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
            raise _Broken(
                f"{vi} cần box [trái, trên, rộng, cao]", f"{en} needs box [left, top, width, height]"
            )
        x, y, w, h = (
            _number(v, f"{vi}: mỗi số của box", f"{en}: each box value", 0, PAGE_MM[1]) for v in spec["box"]
        )
        if w <= 0 or h <= 0:
            raise _Broken(f"{vi}: rộng và cao phải lớn hơn 0", f"{en}: width and height must be above 0")
        if x + w > width + 0.01 or y + h > height + 0.01:
            raise _Broken(f"{vi} nằm ngoài khổ giấy {width:g} × {height:g} mm", f"{en} lies outside the page")
        size = _number(spec.get("size", 14), f"{vi}: cỡ chữ", f"{en}: size", *SIZE_PT, unit="pt")
        min_size = _number(
            spec.get("min_size", min(9.0, size)),
            f"{vi}: cỡ chữ nhỏ nhất",
            f"{en}: min_size",
            SIZE_PT[0],
            size,
            unit="pt",
        )
        lines = spec.get("lines", 1)
        if isinstance(lines, bool) or not isinstance(lines, int) or not 1 <= lines <= MAX_LINES:
            raise _Broken(f"{vi}: số dòng phải từ 1 đến {MAX_LINES}", f"{en}: lines must be 1-{MAX_LINES}")
        align = spec.get("align", "center")
        if align not in ("left", "center", "right"):
            raise _Broken(
                f"{vi}: căn lề phải là left, center hoặc right", f"{en}: align must be left, center or right"
            )
        boxes.append(
            FieldBox(
                str(key),
                x,
                y,
                w,
                h,
                size,
                min_size,
                bool(spec.get("bold")),
                bool(spec.get("italic")),
                align,
                lines,
                _colour(spec.get("color", "#000000"), vi, en),
            )
        )
    labels = data.get("labels", {})
    if not isinstance(labels, dict):
        raise _Broken("phần labels phải là các cặp tên ô – nhãn", "labels must map fields to labels")
    return Template(
        _text(data.get("code", stem), "mã mẫu", "code"),
        _text(data.get("label", stem), "tên mẫu", "label"),
        width,
        height,
        tuple(boxes),
        {str(k): _text(v, "nhãn", "label") for k, v in labels.items()},
        _blank(data.get("blank", {}), width, height),
    )


def _blank(blank: object, width: float, height: float) -> dict[str, Any]:
    """The artwork of the blank (preview only), each item checked like a box."""
    if not isinstance(blank, dict):
        raise _Broken("phần blank không đúng dạng", "blank is not an object")
    out: dict[str, Any] = {}
    shapes = {"frame": "khung", "rules": "đường kẻ", "texts": "chữ in sẵn"}
    for part, items in blank.items():
        if part not in shapes or not isinstance(items, list) or len(items) > 200:
            raise _Broken(
                f"phần blank.{str(part)[:20]} không đúng dạng", f"blank.{str(part)[:20]} is not a known list"
            )
        vi, en = f"{shapes[part]} trong blank", f"blank.{part}"
        checked = []
        for item in items:
            if not isinstance(item, list) or len(item) != 6:
                raise _Broken(f"{vi} không đúng dạng", f"{en}: each item has 6 values")
            if part == "texts":
                text, x, y, size, bold, colour = item
                checked.append(
                    [
                        _text(text, vi, en),
                        _number(x, vi, en, 0, width),
                        _number(y, vi, en, 0, height),
                        _number(size, vi, en, *SIZE_PT, unit="pt"),
                        bool(bold),
                        _colour(colour, vi, en),
                    ]
                )
            else:
                numbers = [_number(v, vi, en, 0, max(width, height)) for v in item[:5]]
                checked.append([*numbers, _colour(item[5], vi, en)])
        out[part] = checked
    return out


def check_offset(x: float, y: float) -> tuple[float, float]:
    """A calibration offset in millimetres: finite, at most :data:`MAX_OFFSET` each way."""
    if not (math.isfinite(x) and math.isfinite(y)):
        raise AppError(
            "Độ dịch phải là số milimét, ví dụ 1.5,-2.", "the offset must be a number of millimetres"
        )
    if abs(x) > MAX_OFFSET or abs(y) > MAX_OFFSET:
        raise AppError(
            f"Độ dịch tối đa {MAX_OFFSET:g} mm mỗi chiều.", f"offsets are at most {MAX_OFFSET:g} mm"
        )
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
        raise AppError(
            f"Độ dịch “{text[:40]}” không đúng; ghi X,Y bằng milimét, ví dụ 1.5,-2.",
            f"bad offset {text[:40]!r}: give X,Y in millimetres, e.g. 1.5,-2",
        ) from exc
    return check_offset(x, y)
