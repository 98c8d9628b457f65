"""A new plan from an old one: a copy of the plan document with every date — deadlines, the
issuing date, every year written in its texts — moved to the new period."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.plan.period import parse_period, period_key
from app.domain.plan.rules import _date

#: A year written in a text (1945–2199).
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19[4-9]\d|2[01]\d\d)(?!\d)")


def shift_years_in_text(text: str, years: int) -> str:
    """Every year written in *text* moved by *years* ("quý I/2025" → "quý I/2030", "15/12/2025" →
    "15/12/2030"), except the year inside a document number ("Nghị định 98/2023/NĐ-CP" stays: a
    number and a slash before it, a slash after it)."""

    def move(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 2) : match.start()]
        after = match.string[match.end() : match.end() + 1]
        if len(before) == 2 and before[1] == "/" and before[0].isdigit() and after == "/":
            return match.group(0)
        return str(int(match.group(0)) + years)

    return _YEAR_IN_TEXT.sub(move, text)


def _shift_date(value: object, years: int) -> str | None:
    day = _date(value)
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February into a common year
        return (day.replace(day=28).replace(year=day.year + years)).isoformat()


def shifted_plan(
    data: Mapping[str, Any], period: str | None = None, kind: str | None = None
) -> dict[str, Any]:
    """A copy of the plan document *data* for the period *period* (default: the next period) and
    *kind* (default: the same): every date moves by the same whole number of years — the deadlines,
    the issuing date, every year written in the texts — and the document number is cleared (the new
    plan is not issued yet). The years move so that the end of the period lands on the new end."""
    start, end = parse_period(str(data["period"]))
    if period:
        new_start, new_end = parse_period(period)
    else:
        length = end - start
        new_start, new_end = (end, end + length) if length else (end + 1, end + 1)
    years = new_end - end
    out = copy.deepcopy(dict(data))
    out["period"] = period_key(new_start, new_end)
    out["kind"] = kind or data.get("kind", "five-year")
    out["name"] = shift_years_in_text(str(data.get("name", "")), years)
    document = dict(data.get("document") or {})
    out["document"] = {
        "number": None,
        "date": _shift_date(document.get("date"), years),
        "body": document.get("body"),
    }
    rules = out.setdefault("rules", {})
    rules.pop("template", None)
    for group in rules.get("groups", {}).values():
        if group.get("deadline"):
            group["deadline"] = _shift_date(group["deadline"], years)
    if rules.get("next_period"):
        next_start, next_end = parse_period(str(rules["next_period"]))
        rules["next_period"] = period_key(next_start + years, next_end + years)
    _shift_texts(rules, years)
    return out


def _shift_texts(node: Any, years: int) -> None:  # noqa: ANN401
    """Move the years written in every label and title of the rules (codes stay as they are)."""
    items: Iterable[tuple[Any, Any]] = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, dict | list):
            _shift_texts(value, years)
        elif (
            isinstance(value, str)
            and key not in ("code", "deadline", "next_period")
            and not (isinstance(node, list))
        ):
            node[key] = shift_years_in_text(value, years)
