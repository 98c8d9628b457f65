"""How dates and times are written: ``dd/MM/yyyy`` and ``07h30`` everywhere."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time


def fmt_date(value: date | None) -> str:
    """``31/03/2025``; empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    """``26/11/2026 12:31`` in local time (an aware value is converted; a naive one is local);
    empty for none."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{fmt_date(value.date())} {value:%H:%M}"


def fmt_utc_stamp(text: str) -> str:
    """An ISO timestamp in UTC as files carry it (a bundle's ``2026-11-26T12:31:42``) written as
    :func:`fmt_datetime`, in local time; *text* unchanged when it is not one."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    return fmt_datetime(value if value.tzinfo is not None else value.replace(tzinfo=UTC))


def fmt_int(value: int) -> str:
    """A count the Vietnamese way: thousands separated by dots (12.500)."""
    return f"{value:,}".replace(",", ".")


def parse_date(text: str) -> date:
    """Read ``dd/MM/yyyy`` (also ``d/M/yyyy``, ``dd-MM-yyyy``, ISO ``yyyy-MM-dd`` and the eight digits
    ``ddMMyyyy`` typed without separators)."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        return date.fromisoformat(text)
    if len(text) == 8 and text.isdigit():
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = (int(p) for p in parts)
    return date(year, month, day)


def fmt_time(value: time | None) -> str:
    """``07h30`` — the form used in official programmes."""
    return f"{value.hour:02d}h{value.minute:02d}" if value else ""


def fmt_minutes(minutes: int) -> str:
    """``4 giờ 30 phút`` style duration."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} giờ {rest} phút"
    if hours:
        return f"{hours} giờ"
    return f"{rest} phút"


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def weekday_vi(value: date) -> str:
    return _WEEKDAYS[value.weekday()]


def official_date(value: date) -> str:
    """Decree 30/2020: ``ngày 05 tháng 01 năm 2025`` — days below 10 and only months 1 and 2 take a
    leading zero (``ngày 29 tháng 6 năm 2025``)."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def place_date_line(place: str, value: date) -> str:
    """``Hàm Chính, ngày 05 tháng 3 năm 2025``."""
    return f"{place}, {official_date(value)}" if place else official_date(value).capitalize()


def time_range(start: time, end: time) -> str:
    """``07h30 - 08h00``."""
    return f"{fmt_time(start)} - {fmt_time(end)}"


def document_number(number: str | int | None, code: str, issuer: str) -> str:
    """``Số: 05/CTr-UBND`` — numbers below 10 take a leading zero; no number leaves the space to fill.
    (A number remembered by an older version with the document's own suffix typed in, "15/CTr-UBND",
    prints once.)"""
    text = str(number).strip() if number not in (None, "") else ""
    own = f"{code}-{issuer}" if issuer else code
    head, slash, tail = text.partition("/")
    if slash and "".join(tail.split()).casefold() == "".join(own.split()).casefold():
        text = head.strip()
    if text.isdigit() and int(text) < 10:
        text = f"{int(text):02d}"
    blank = "\u00a0" * 8  # room to write the number by hand
    return f"Số: {text or blank}/{code}-{issuer}" if issuer else f"Số: {text or blank}/{code}"


_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUP_WORDS = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ")


def _hundreds_words(number: int, inner: bool) -> list[str]:
    """0–999 in words; *inner*: a group after a higher one says its zero hundreds ("không trăm lẻ năm")."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words: list[str] = []
    if hundreds or inner:
        words += [_DIGIT_WORDS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("lẻ")
            words.append(_DIGIT_WORDS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGIT_WORDS[units])
    else:
        words += [_DIGIT_WORDS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 5: "lăm"}.get(units, _DIGIT_WORDS[units]))
    return words


def number_words(number: int) -> str:
    """A whole number in Vietnamese words: 1410000 → "một triệu bốn trăm mười nghìn"."""
    if number < 0:
        return "âm " + number_words(-number)
    if number == 0:
        return "không"
    groups: list[int] = []
    while number:
        number, rest = divmod(number, 1000)
        groups.append(rest)
    if len(groups) > len(_GROUP_WORDS):
        raise ValueError("number too large")
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index] == 0:
            continue
        words += _hundreds_words(groups[index], inner=bool(words))
        if _GROUP_WORDS[index]:
            words.append(_GROUP_WORDS[index])
    return " ".join(words)


def money(amount: int) -> str:
    """``1.410.000 đồng``."""
    return f"{fmt_int(amount)} đồng"


def money_words(amount: int) -> str:
    """``Một triệu bốn trăm mười nghìn đồng`` — the amount in words, as a decision writes it."""
    text = number_words(amount)
    return text[:1].upper() + text[1:] + " đồng"


_PERIOD = re.compile(r"(?<=\d{4}) ([-–]) (?=\d{4})")


def unbroken_periods(text: str) -> str:
    """*text* with each period of years ("2020 - 2025") held on one line: no-break spaces around
    its dash, so a title never ends a line with "2020 -" and starts the next with "2025"."""
    return _PERIOD.sub("\u00a0\\1\u00a0", text)
