"""The rules of a plan: its kinds, the checks it may switch on, its unit groups (deadline, allowed
forms, programme length) and standard agenda, read from the plan's ``rules`` (``PlanRules.from_dict``)
— and the times of the day an agenda's items take."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.formats import parse_date

#: Kinds of plan: a wave of conferences every five years, the yearly review, a thematic one.
PLAN_KINDS = ("five-year", "annual", "thematic")
#: The checks a plan may switch on, with what each looks at (Vietnamese, English).
CHECKS: dict[str, tuple[str, str]] = {
    "deadline": ("Thời hạn tổ chức của nhóm đơn vị", "the unit group's deadline"),
    "form": ("Hình thức hội nghị được phép", "allowed conference form"),
    "length": ("Thời lượng chương trình", "programme length"),
    "required-items": ("Nội dung bắt buộc của chương trình", "required agenda items"),
    "speech-fields": ("Lĩnh vực của tham luận", "fields of the model reports"),
    "target-groups": ("Đối tượng cần có trong danh sách điển hình", "target groups among the honorees"),
    "delegates": ("Đại biểu đi dự cấp trên", "delegates to the higher level"),
    "honoree-bare": ("Danh hiệu, thành tích của điển hình", "titles and achievements of honorees"),
    "invitees-review": ("Khách mời chép từ hội nghị trước", "invitees copied from an earlier conference"),
}
DEFAULT_MAX_MINUTES = 270


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
    target_groups: tuple[str, ...] = ()
    checks: frozenset[str] = frozenset(CHECKS)
    wording: Mapping[str, str] = field(default_factory=dict)
    template: bool = False

    @classmethod
    def from_dict(cls, rules: Mapping[str, Any]) -> PlanRules:
        default_max = int(rules.get("max_minutes", DEFAULT_MAX_MINUTES))
        groups = {
            code: GroupRules(
                code=code,
                label=g.get("label", code),
                deadline=_date(g.get("deadline")),
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
        checks = rules.get("checks")
        return cls(
            groups=groups,
            agenda=agenda,
            required_fields=tuple(rules.get("required_fields", ())),
            movements=tuple((m["code"], m["label"]) for m in rules.get("movements", ())),
            max_minutes=default_max,
            next_period=rules.get("next_period", ""),
            target_groups=tuple(rules.get("target_groups", ())),
            checks=frozenset(CHECKS) if checks is None else frozenset(checks),
            wording=dict(rules.get("wording", {})),
            template=bool(rules.get("template", False)),
        )

    def group(self, code: str | None) -> GroupRules | None:
        return self.groups.get(code or "")

    def required_items(self) -> list[AgendaTemplate]:
        return [a for a in self.agenda if a.required]

    def applies(self, check: str) -> bool:
        return check in self.checks


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return parse_date(str(value))


# -- times of the day ---------------------------------------------------------------------------
def agenda_times(start: time | None, minutes: Iterable[int]) -> list[tuple[time, time]]:
    """Start and end of each item: the conference start plus the durations before it."""
    base = datetime.combine(date(2000, 1, 1), start or time(7, 30))
    out: list[tuple[time, time]] = []
    for duration in minutes:
        end = base + timedelta(minutes=max(0, int(duration or 0)))
        out.append((base.time(), end.time()))
        base = end
    return out
