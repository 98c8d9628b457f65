"""Typed field values: reading what an official types (or pastes from Excel) into a stored value,
and refusing what is wrong with a clear Vietnamese message. One mechanism for every table and for
every door — typing, paste, spreadsheet import, CLI options and bundle records (the same rules,
so that what one unit accepts the next accepts too):

* text is NFC, without control characters, NUL, bidi overrides or zero-width characters
  (:func:`app.domain.vntext.nfc`), and no longer than its column allows (``FieldKind.limit``:
  the column's declared length, or :data:`MAX_TEXT`; the bundle reader checks the same numbers);
* whole numbers — years, durations, counts — stay within :data:`NUMBER_KINDS`' bounds; "1.000" is
  a thousand, but "7,5" or "1.5" is refused (never stored as 75 or 15);
* dates fall between :data:`FIRST_YEAR` and :data:`LAST_YEAR`;
* a document's number is a number ("15", "15a"), not free text (:func:`document_number_value`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from app.domain.formats import fmt_date, fmt_int, parse_date
from app.domain.vntext import fold, nfc, scrub


class InvalidValue(ValueError):
    """The text cannot be stored in this field; ``vi`` and ``en`` say why (a ``Text``-like value)."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en


@dataclass(frozen=True)
class FieldKind:
    name: str  # text | int | year | minutes | date | time | bool | catalogue | document_number
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
#: Any date an official gives (an issuing date, a conference day): within FIRST_YEAR..LAST_YEAR.
DATE = FieldKind("date")
#: A document's number as printed in "Số: 12/CTr-UBND" (the "12" part): digits, perhaps a letter.
DOCUMENT_NUMBER = FieldKind("document_number", limit=20)
#: Whole-number columns and their bounds, by column name — the desk, the importers and the bundle
#: reader all check these (an agenda item of -30 minutes is refused wherever it comes from).
NUMBER_KINDS: dict[str, FieldKind] = {
    "minutes": MINUTES,
    "birth_year": YEAR,
    "protocol_rank": RANK,
    "expected_attendance": COUNT,
    "collectives": COUNT,
    "individuals": COUNT,
    "workers": COUNT,
    "farmers": COUNT,
    "direct_labourers": COUNT,
    "batch_size": FieldKind("int", minimum=1, maximum=100),
    # the commendation register: the year of the decision, the number in the unit's book
    "register_year": FieldKind("year", minimum=FIRST_YEAR, maximum=LAST_YEAR),
    "register_no": FieldKind("int", minimum=1, maximum=999_999),
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
    if kind.name == "document_number":
        return document_number_value(text)
    if kind.name == "date":
        if isinstance(text, date):
            return check_date(text)
        try:
            day = parse_date(str(text))
        except ValueError as exc:
            raise InvalidValue(f"“{short(text)}” không phải ngày hợp lệ (dd/MM/yyyy).", "not a date") from exc
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
        raise InvalidValue(f"“{short(text)}”: hãy ghi Có hoặc Không.", "not yes/no")
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


def short(text: object, limit: int = 40) -> str:
    """A value quoted in a message: never more than a few words of it (*limit* characters)."""
    shown = scrub(str(text))
    return shown if len(shown) <= limit else shown[: limit - 3] + "…"


def _text(kind: FieldKind, text: object) -> str:
    value = nfc(str(text)) or ""
    if not value and kind.required:
        raise InvalidValue("Ô này không được để trống.", "this field is required")
    return check_length(value, kind.limit)


def check_length(value: str, limit: int | None) -> str:
    """*value* itself when it is no longer than *limit* characters (None: :data:`MAX_TEXT`)."""
    limit = MAX_TEXT if limit is None else limit
    if len(value) > limit:
        raise InvalidValue(
            f"Quá dài: {fmt_int(len(value))} ký tự, tối đa {fmt_int(limit)} ký tự.",
            f"too long: {len(value)} characters, at most {limit}",
        )
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
        raise InvalidValue(
            f"{value} nằm ngoài khoảng cho phép (cần một số nguyên từ {low} đến {high}).",
            f"{value} outside {low}..{high}",
        )
    return value


def check_date(value: date) -> date:
    """*value* itself when its year is between :data:`FIRST_YEAR` and :data:`LAST_YEAR`."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidValue(
            f"Năm {value.year} không hợp lệ (từ {FIRST_YEAR} đến {LAST_YEAR}).",
            f"year {value.year} outside {FIRST_YEAR}..{LAST_YEAR}",
        )
    return value


#: A whole number as typed: digits, or digits in groups of three separated by one kind of mark
#: ("1.000", "12.345", "1,000,000"); "7,5" and "1.5" are decimals, not thousands.
_WHOLE = re.compile(r"[+-]?\d+")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _integer(kind: FieldKind, text: object) -> int:
    low, high = integer_range(kind)
    value: int | None = None
    if isinstance(text, bool):
        value = None  # a yes/no is not a number
    elif isinstance(text, int):
        value = text
    elif isinstance(text, float):
        value = int(text) if math.isfinite(text) and text.is_integer() else None
    else:
        raw = str(text).strip().replace("\u00a0", "").replace(" ", "")
        if len(raw) > 30:
            value = None  # no bound of ours is that long (and int() refuses 4,300 digits)
        elif _WHOLE.fullmatch(raw):
            value = int(raw)
        elif _GROUPED.fullmatch(raw):
            value = int(raw.replace(".", "").replace(",", ""))
    if value is None:
        raise InvalidValue(
            f"“{short(text)}” không phải là số nguyên (cần một số nguyên từ {low} đến {high}).",
            f"not a whole number (expected {low}..{high})",
        )
    return check_number(kind, value)


#: A document number: digits, perhaps followed by a few letters ("15", "015", "15a", "15b").
_DOCUMENT_NUMBER = re.compile(r"\d{1,9}[^\W\d_]{0,3}")


def document_number_value(text: object, own: str | None = None) -> str | None:
    """The number part of a document's number ("15" of "Số: 15/QĐ-UBND"), as typed: digits,
    perhaps a letter ("15a"). *own*: the document's own "<type>-<body>" ("QĐ-UBND"); a typed suffix
    equal to it is dropped ("15/QĐ-UBND" → "15", accents, case and spaces aside). Any other "/"
    is refused with an example — the suffix is printed by the program. Without *own* (not known
    yet), a suffix is kept for the door that knows the document to check."""
    value = nfc(str(text)) if text is not None else ""
    value = (value or "").strip()
    if not value:
        return None
    check_length(value, DOCUMENT_NUMBER.limit)
    number, slash, suffix = value.partition("/")
    number = number.strip()
    example = (
        f"chỉ ghi số, ví dụ 15 hoặc 15a; phần “/{own}” do phần mềm in"
        if own
        else "chỉ ghi số, ví dụ 15 hoặc 15a; phần sau dấu “/” do phần mềm in"
    )
    if not _DOCUMENT_NUMBER.fullmatch(number):
        raise InvalidValue(
            f"“{short(value)}” không phải số văn bản ({example}).",
            "a document number is digits, perhaps followed by a letter (15, 15a)",
        )
    if not slash:
        return number
    if own is None:
        if _SUFFIX.fullmatch(suffix.strip()):
            return f"{number}/{suffix.strip()}"
    elif _same_suffix(suffix, own):
        return number
    raise InvalidValue(
        f"“{short(value)}” không phải số văn bản ({example}).",
        f"document number {short(value)!r}: give only the number (15); the suffix is printed",
    )


_SUFFIX = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


def _same_suffix(typed: str, own: str) -> bool:
    def key(text: str) -> str:
        return "".join(fold(text).split())

    return key(typed) == key(own)


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
        raise InvalidValue(f"“{short(text)}” không phải giờ hợp lệ (ví dụ 07h30).", "not a time") from exc


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
