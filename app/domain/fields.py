"""Typed field values: reading what an official types (or pastes from Excel) into a stored value,
and refusing what is wrong with a clear Vietnamese message. One mechanism for every table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from app.domain.formats import fmt_date, parse_date
from app.domain.vntext import fold, nfc


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


TRUE_WORDS = {"1", "x", "có", "co", "yes", "true", "đúng", "dung", "rồi", "roi"}
FALSE_WORDS = {"", "0", "không", "khong", "no", "false", "chưa", "chua"}


def parse_value(kind: FieldKind, text: object, choices: Mapping[str, str] | None = None) -> object:
    """Turn *text* into the stored value of a field of *kind* (``choices``: code → label)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        if kind.required:
            raise InvalidValue("Ô này không được để trống.", "this field is required")
        return False if kind.name == "bool" else None
    if kind.name == "text":
        return nfc(str(text))
    if kind.name in ("int", "year", "minutes"):
        return _integer(kind, text)
    if kind.name == "date":
        if isinstance(text, date):
            return text
        try:
            return parse_date(str(text))
        except ValueError as exc:
            raise InvalidValue(f"“{text}” không phải ngày hợp lệ (dd/MM/yyyy).", f"not a date: {text!r}") from exc
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
        raise InvalidValue(f"“{text}”: hãy ghi Có hoặc Không.", f"not yes/no: {text!r}")
    if kind.name == "catalogue":
        value = nfc(str(text)) or ""
        if choices is None or value in choices:
            return value
        folded = fold(value)
        for code, label in choices.items():
            if fold(label) == folded or fold(code) == folded:
                return code
        # A value the office wrote its own way is kept as typed (flagged elsewhere), never refused.
        return value
    raise ValueError(f"unknown field kind {kind.name}")


def integer_range(kind: FieldKind) -> tuple[int, int]:
    """The smallest and largest value a number field of *kind* accepts (a year: 1900 to this year)."""
    low = kind.minimum if kind.minimum is not None else (1900 if kind.name == "year" else 0)
    high = kind.maximum if kind.maximum is not None else (date.today().year if kind.name == "year" else 10**9)
    return low, high


def _integer(kind: FieldKind, text: object) -> int:
    low, high = integer_range(kind)
    try:
        value = int(str(text).strip().replace(".", "").replace(",", "")) if not isinstance(text, int) else text
    except ValueError as exc:
        raise InvalidValue(f"“{text}” không phải là số (cần một số từ {low} đến {high}).",
                           f"not a number: {text!r} (expected {low}..{high})") from exc
    if not low <= value <= high:
        raise InvalidValue(f"{value} nằm ngoài khoảng cho phép (cần một số từ {low} đến {high}).",
                           f"{value} outside {low}..{high}")
    return value


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
        raise InvalidValue(f"“{text}” không phải giờ hợp lệ (ví dụ 07h30).", f"not a time: {text!r}") from exc


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
