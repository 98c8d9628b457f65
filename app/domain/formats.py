"""How dates and times are written: ``dd/MM/yyyy`` and ``07h30`` everywhere."""

from __future__ import annotations

from datetime import date, time


def fmt_date(value: date | None) -> str:
    """``31/03/2025``; empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> date:
    """Read ``dd/MM/yyyy`` (also ``d/M/yyyy``, ``dd-MM-yyyy`` and ISO ``yyyy-MM-dd``)."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        return date.fromisoformat(text)
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
