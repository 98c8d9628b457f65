"""A plan as data: groups with deadlines and allowed forms, the standard agenda, movements.

The rules come from ``Plan.rules`` (shipped in ``resources/plans/``, editable); nothing about
2025 or Bình Thuận is written in code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any


@dataclass(frozen=True)
class GroupRules:
    code: str
    label: str
    deadline: date | None
    deadline_label: str
    forms: tuple[str, ...]
    max_minutes: int


@dataclass(frozen=True)
class AgendaTemplate:
    code: str
    title: str
    minutes: int
    required: bool


@dataclass(frozen=True)
class PlanRules:
    groups: Mapping[str, GroupRules]
    agenda: tuple[AgendaTemplate, ...]
    required_fields: tuple[str, ...]
    movements: tuple[tuple[str, str], ...]
    max_minutes: int
    next_period: str

    @classmethod
    def from_dict(cls, rules: Mapping[str, Any]) -> PlanRules:
        default_max = int(rules.get("max_minutes", 270))
        groups = {
            code: GroupRules(
                code=code,
                label=g.get("label", code),
                deadline=date.fromisoformat(g["deadline"]) if g.get("deadline") else None,
                deadline_label=g.get("deadline_label", ""),
                forms=tuple(g.get("forms", ())),
                max_minutes=int(g.get("max_minutes", default_max)),
            )
            for code, g in rules.get("groups", {}).items()
        }
        agenda = tuple(
            AgendaTemplate(a["code"], a["title"], int(a.get("minutes", 0)), bool(a.get("required", False)))
            for a in rules.get("agenda", ())
        )
        return cls(
            groups=groups,
            agenda=agenda,
            required_fields=tuple(rules.get("required_fields", ())),
            movements=tuple((m["code"], m["label"]) for m in rules.get("movements", ())),
            max_minutes=default_max,
            next_period=rules.get("next_period", ""),
        )

    def group(self, code: str | None) -> GroupRules | None:
        return self.groups.get(code or "")

    def required_items(self) -> list[AgendaTemplate]:
        return [a for a in self.agenda if a.required]


def agenda_times(start: time | None, minutes: Iterable[int]) -> list[tuple[time, time]]:
    """Start and end of each item: the conference start plus the durations before it."""
    base = datetime.combine(date(2000, 1, 1), start or time(7, 30))
    out: list[tuple[time, time]] = []
    for duration in minutes:
        end = base + timedelta(minutes=max(0, int(duration or 0)))
        out.append((base.time(), end.time()))
        base = end
    return out
