"""Which column of an office's spreadsheet is which field: the usual Vietnamese headers recognised
with or without accents and in any case, the header row found below titles, the user's own column
mapping (``--map "Cột X=field"``, remembered for the next file), and how each column's legacy text
(TCVN3, VNI) is recognised. :mod:`app.services.spreadsheet_import` plans and applies the import.

No Qt here.
"""

from __future__ import annotations

import json
import re

from app.domain.legacy import UNICODE_VIETNAMESE, detect, font_encoding
from app.domain.vntext import fold, nfc
from app.errors import AppError
from app.services.tables import Cell
from app.store.db import Store

MAPPINGS_KEY = "xlsx_mappings"
HEADER_SCAN = 30

#: Known headers (folded: no accents, lower case) → field. "-" means a column to ignore.
HEADERS: dict[str, tuple[str, ...]] = {
    "-": ("stt", "tt", "so tt", "so thu tu"),
    "name": (
        "ho va ten",
        "ho ten",
        "ho va ten / ten tap the",
        "ho va ten, ten tap the",
        "ten tap the, ca nhan",
        "ten tap the",
        "ten don vi, ca nhan",
        "ho ten / ten tap the",
        "ten tap the/ca nhan",
    ),
    "family_middle": ("ho va ten dem", "ho dem", "ho va chu dem", "ho va dem"),
    "given": ("ten",),
    "birth_year": ("nam sinh",),
    "birth_date": ("ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh"),
    "gender": ("gioi tinh", "gioi"),
    "male": ("nam",),
    "female": ("nu",),
    "position": ("chuc vu", "chuc danh", "chuc vu, chuc danh"),
    "workplace": ("don vi cong tac", "noi cong tac", "co quan, don vi", "don vi", "co quan cong tac"),
    "field": ("linh vuc", "nganh, linh vuc", "linh vuc hoat dong"),
    "achievement": ("thanh tich", "tom tat thanh tich", "thanh tich tieu bieu", "thanh tich noi bat"),
    "target_group": ("doi tuong", "thanh phan doi tuong"),
    "award_form": (
        "hinh thuc khen thuong",
        "hinh thuc de nghi khen thuong",
        "danh hieu, hinh thuc khen thuong",
    ),
    "ethnicity": ("dan toc",),
    "religion": ("ton giao",),
    "notes": ("ghi chu",),
    "category": ("thanh phan", "thanh phan moi"),
    "honorific": ("xung ho", "danh xung"),
    "collective": ("tap the", "tap the / ca nhan", "loai"),
}


def header_field(text: str, mapping: dict[str, str]) -> str | None:
    """The field a header names — the user's mapping first, then the known headers — or None."""
    key = fold(nfc(text) or "").replace("_", " ").strip(" .:*")
    key = re.sub(r"\s+", " ", key)
    if key in mapping:
        return mapping[key]
    for name, aliases in HEADERS.items():
        if key in aliases:
            return name
    return None


def parse_mappings(pairs: list[str]) -> dict[str, str]:
    """``["Cột X=field", …]`` → {folded header: field}; a field must be one the importer knows."""
    known = set(HEADERS) | {"-"}
    out: dict[str, str] = {}
    for pair in pairs:
        header, sep, target = pair.rpartition("=")
        target = target.strip()
        if not sep or not header.strip() or target not in known:
            raise AppError(
                f"Ghép cột “{pair}” không đúng dạng “Tên cột=trường” (trường: {', '.join(sorted(known))}).",
                f'bad --map {pair!r}: use "Header=field" with a known field',
            )
        out[re.sub(r"\s+", " ", fold(header).strip(" .:*"))] = target
    return out


def remembered_mappings(store: Store) -> dict[str, str]:
    """The column mappings the user gave before ({folded header: field}; none when unreadable)."""
    value = store.get_meta(MAPPINGS_KEY)
    try:
        return dict(json.loads(value)) if value else {}
    except (ValueError, TypeError):
        return {}


def find_header(rows: list[tuple[int, list[Cell]]], mapping: dict[str, str]) -> int:
    """The index of the header row: among the first rows, the one naming the most known fields."""
    best, best_score = -1, 1
    for index, (_, cells) in enumerate(rows[:HEADER_SCAN]):
        score = sum(1 for c in cells if c.text and header_field(c.text, mapping) not in (None, "-"))
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        raise AppError(
            "Không tìm thấy dòng tiêu đề (cần ít nhất hai cột như “Họ và tên”, “Năm sinh”, “Chức vụ”).",
            "no header row found (need at least two known headers such as Họ và tên, Năm sinh)",
        )
    return best


#: A column whose cells are converted by their own legacy font (see :func:`column_encodings`).
FONTS = "fonts"


def column_encodings(body: list[tuple[int, list[Cell]]], columns: dict[int, str]) -> dict[int, str | None]:
    """How each column's legacy text is recognised: by the cells' fonts when any cell of the column
    has a legacy font (then only those cells are converted), else by the characters of the whole
    column together (short names alone are too little to tell)."""
    out: dict[int, str | None] = {}
    for i in columns:
        cells = [cells[i] for _, cells in body if i < len(cells) and cells[i].text]
        if any(font_encoding(c.font) for c in cells):
            out[i] = FONTS
        else:  # judged on the cells that could be legacy text at all
            out[i] = detect(" ".join(c.text for c in cells if not UNICODE_VIETNAMESE.search(c.text)))
    return out
