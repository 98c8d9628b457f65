"""Typed field values: reading what an official types (or pastes from Excel) into a stored value,
and refusing what is wrong with a clear Vietnamese message. One mechanism for every table and for
every door — typing, paste, spreadsheet import, CLI options and bundle records (the same rules,
so that what one unit accepts the next accepts too):

* text is NFC, without control characters, NUL, bidi overrides or zero-width characters
  (:func:`app.domain.vntext.nfc`), and no longer than its column allows (``FieldKind.limit``:
  the column's declared length, or :data:`MAX_TEXT`; the bundle reader checks the same numbers);
* whole numbers — years, durations, counts — stay within :data:`NUMBER_KINDS`' bounds;
* dates fall between :data:`FIRST_YEAR` and :data:`LAST_YEAR`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from app.domain.formats import fmt_date, fmt_int, parse_date
from app.domain.vntext import fold, nfc, scrub


class InvalidValue(ValueError):
    """The text cannot be stored in this field; ``vi`` says why, in Vietnamese."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi


@dataclass(frozen=True)
class FieldKind:
    name: str  # text | int | year | minutes | date | time | bool | catalogue
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    limit: int | None = None  # longest text, in characters (None: MAX_TEXT)


#: The longest free text of any column without a declared length (titles, achievements, notes):
#: fits an Excel cell (32,767) and prints. Columns with a length (names, …) use theirs.
MAX_TEXT = 10_000
#: Dates and years are within these (a typo like 0202 or 20255 is refused, not stored).
FIRST_YEAR, LAST_YEAR = 1900, 2100

MINUTES = FieldKind("minutes", required=True, minimum=1, maximum=600)
YEAR = FieldKind("year", minimum=FIRST_YEAR)  # a birth year: up to this year
COUNT = FieldKind("int", minimum=0, maximum=1_000_000)
RANK = FieldKind("int", minimum=0, maximum=9999)
#: A document's number as printed in "Số: 12/CTr-UBND" (the "12" part).
DOCUMENT_NUMBER = FieldKind("text", limit=20)
#: Whole-number columns and their bounds, by column name — the desk, the importers and the bundle
#: reader all check these (an agenda item of -30 minutes is refused wherever it comes from).
NUMBER_KINDS: dict[str, FieldKind] = {
    "minutes": MINUTES, "birth_year": YEAR, "protocol_rank": RANK, "expected_attendance": COUNT,
    "collectives": COUNT, "individuals": COUNT, "workers": COUNT, "farmers": COUNT, "direct_labourers": COUNT,
    "batch_size": FieldKind("int", minimum=1, maximum=100),
}


TRUE_WORDS = {"1", "x", "có", "co", "yes", "true", "đúng", "dung", "rồi", "roi"}
FALSE_WORDS = {"", "0", "không", "khong", "no", "false", "chưa", "chua"}


def parse_value(kind: FieldKind, text: object, choices: Mapping[str, str] | None = None) -> object:
    """Turn *text* into the stored value of a field of *kind* (``choices``: code → label)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        if kind.required:
            raise InvalidValue("Ô này không được để trống.", "this field is required")
        return False if kind.name == "bool" else None
    if kind.name == "text":
        return _text(kind, text) or None
    if kind.name in ("int", "year", "minutes"):
        return _integer(kind, text)
    if kind.name == "date":
        if isinstance(text, date):
            return text
        try:
            day = parse_date(str(text))
        except ValueError as exc:
            raise InvalidValue(f"“{_short(text)}” không phải ngày hợp lệ (dd/MM/yyyy).", "not a date") from exc
        return check_date(day)
    if kind.name == "time":
        return _time(text)
    if kind.name == "bool":
        if isinstance(text, bool):
            return text
        word = fold(str(text))
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise InvalidValue(f"“{_short(text)}”: hãy ghi Có hoặc Không.", "not yes/no")
    if kind.name == "catalogue":
        value = _text(kind, text)
        if choices is None or value in choices:
            return value
        folded = fold(value)
        for code, label in choices.items():
            if fold(label) == folded or fold(code) == folded:
                return code
        # A value the office wrote its own way is kept as typed (flagged elsewhere), never refused.
        return value
    raise ValueError(f"unknown field kind {kind.name}")


def _short(text: object) -> str:
    """A value quoted in a message: never more than a few words of it."""
    shown = scrub(str(text))
    return shown if len(shown) <= 40 else shown[:37] + "…"


def _text(kind: FieldKind, text: object) -> str:
    value = nfc(str(text)) or ""
    if not value and kind.required:
        raise InvalidValue("Ô này không được để trống.", "this field is required")
    return check_length(value, kind.limit)


def check_length(value: str, limit: int | None) -> str:
    """*value* itself when it is no longer than *limit* characters (None: :data:`MAX_TEXT`)."""
    limit = MAX_TEXT if limit is None else limit
    if len(value) > limit:
        raise InvalidValue(f"Quá dài: {fmt_int(len(value))} ký tự, tối đa {fmt_int(limit)} ký tự.",
                           f"too long: {len(value)} characters, at most {limit}")
    return value


def integer_range(kind: FieldKind) -> tuple[int, int]:
    """The smallest and largest value a number field of *kind* accepts (a year: 1900 to this year);
    the desk's editors show it as the hint of an empty cell."""
    low = kind.minimum if kind.minimum is not None else (FIRST_YEAR if kind.name == "year" else 0)
    high = kind.maximum if kind.maximum is not None else (date.today().year if kind.name == "year" else 10**9)
    return low, high


def check_number(kind: FieldKind, value: int) -> int:
    """*value* itself when it is within the bounds of *kind*."""
    low, high = integer_range(kind)
    if not low <= value <= high:
        raise InvalidValue(f"{value} nằm ngoài khoảng cho phép (cần một số từ {low} đến {high}).",
                           f"{value} outside {low}..{high}")
    return value


def check_date(value: date) -> date:
    """*value* itself when its year is between :data:`FIRST_YEAR` and :data:`LAST_YEAR`."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidValue(f"Năm {value.year} không hợp lệ (từ {FIRST_YEAR} đến {LAST_YEAR}).",
                           f"year {value.year} outside {FIRST_YEAR}..{LAST_YEAR}")
    return value


def _integer(kind: FieldKind, text: object) -> int:
    try:
        if isinstance(text, bool):
            raise ValueError("a yes/no is not a number")
        if isinstance(text, float) and text.is_integer():
            text = int(text)
        value = int(str(text).strip().replace(".", "").replace(",", "")) if not isinstance(text, int) else text
    except ValueError as exc:
        low, high = integer_range(kind)
        raise InvalidValue(f"“{_short(text)}” không phải là số (cần một số từ {low} đến {high}).",
                           f"not a number (expected {low}..{high})") from exc
    return check_number(kind, value)


def _time(text: object) -> time:
    if isinstance(text, time):
        return text
    raw = str(text).strip().lower().replace("giờ", "h").replace(" ", "")
    for separator in ("h", ":", "."):
        if separator in raw:
            hours, _, minutes = raw.partition(separator)
            break
    else:
        hours, minutes = raw, "0"
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError as exc:
        raise InvalidValue(f"“{_short(text)}” không phải giờ hợp lệ (ví dụ 07h30).", "not a time") from exc


def show_value(kind: FieldKind, value: object, choices: Mapping[str, str] | None = None) -> str:
    """How a stored value is shown in a cell."""
    if value is None:
        return ""
    if kind.name == "date":
        return fmt_date(value)  # type: ignore[arg-type]
    if kind.name == "time":
        return f"{value.hour:02d}h{value.minute:02d}"  # type: ignore[attr-defined]
    if kind.name == "bool":
        return "Có" if value else ""
    if kind.name == "catalogue" and choices:
        return choices.get(str(value), str(value))
    return str(value)
