"""Checks of a unit's preparation against the plan.

Pure functions over plain objects (the store's records fit), so the CLI ``check`` and the desk's
live panel give the same findings. Each finding names the records that cause it, for a
"jump to the cause" in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.formats import fmt_date, fmt_minutes
from app.domain.plan import PlanRules


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error" (breaks the plan) or "warning" (worth a look)
    vi: str
    en: str
    table: str = "conferences"
    ids: tuple[str, ...] = field(default_factory=tuple)


def check_conference(
    rules: PlanRules,
    unit_group: str | None,
    conference: Any,  # noqa: ANN401 — any object with the Conference attributes
    agenda: Sequence[Any],
    speeches: Sequence[Any],
    honorees: Sequence[Any],
    delegate_count: int,
    labels: Mapping[str, str] | None = None,
    to_review: Sequence[str] = (),
    fill: Callable[[str], str] | None = None,
) -> list[Finding]:
    """Everything in one conference's preparation that does not meet the plan — only the checks
    the plan switches on (``rules.checks``). *to_review*: ids of invitees copied from an earlier
    conference and not looked at yet. *fill*: writes out a plan text's ``{period}`` / ``{next_period}``
    (the plan's wording) in the titles of required items."""
    labels = labels or {}
    found = _findings(
        rules,
        unit_group,
        conference,
        agenda,
        speeches,
        honorees,
        delegate_count,
        labels,
        to_review,
        fill or (lambda text: text),
    )
    return [f for f in found if rules.applies(CHECK_OF.get(f.code.split(":")[0], f.code))]


#: The plan check (``app.domain.plan.CHECKS``) each finding belongs to.
CHECK_OF = {
    "late": "deadline",
    "no-date": "deadline",
    "form": "form",
    "too-long": "length",
    "missing-item": "required-items",
    "speech-fields": "speech-fields",
    "target-groups": "target-groups",
    "no-delegates": "delegates",
    "honoree-bare": "honoree-bare",
    "invitees-review": "invitees-review",
}


def _findings(
    rules: PlanRules,
    unit_group: str | None,
    conference: Any,  # noqa: ANN401
    agenda: Sequence[Any],
    speeches: Sequence[Any],
    honorees: Sequence[Any],
    delegate_count: int,
    labels: Mapping[str, str],
    to_review: Sequence[str],
    fill: Callable[[str], str],
) -> list[Finding]:
    found: list[Finding] = []
    group = rules.group(unit_group)
    conf_ids = (conference.id,)

    if group and group.deadline and conference.date and conference.date > group.deadline:
        found.append(
            Finding(
                "late",
                "error",
                f"Ngày hội nghị {fmt_date(conference.date)} sau thời hạn {fmt_date(group.deadline)} "
                f"({group.deadline_label}) của nhóm {group.code}.",
                f"Conference date {fmt_date(conference.date)} is after the group {group.code} deadline "
                f"{fmt_date(group.deadline)}.",
                ids=conf_ids,
            )
        )
    if conference.date is None:
        found.append(
            Finding(
                "no-date",
                "warning",
                "Chưa có ngày tổ chức hội nghị.",
                "The conference has no date yet.",
                ids=conf_ids,
            )
        )

    if group and conference.form and group.forms and conference.form not in group.forms:
        allowed = "; ".join(labels.get(f, f) for f in group.forms)
        found.append(
            Finding(
                "form",
                "error",
                f"Hình thức “{labels.get(conference.form, conference.form)}” không dành cho nhóm "
                f"{group.code}; được chọn: {allowed}.",
                f"Form “{labels.get(conference.form, conference.form)}” is not allowed for group {group.code}; "
                f"allowed: {allowed}.",
                ids=conf_ids,
            )
        )

    limit = group.max_minutes if group else rules.max_minutes
    total = sum(int(a.minutes or 0) for a in agenda)
    if total > limit:
        found.append(
            Finding(
                "too-long",
                "error",
                f"Chương trình dài {fmt_minutes(total)}, quá {fmt_minutes(limit)} theo kế hoạch.",
                f"The programme lasts {total} min, more than the plan's {limit} min.",
                table="agenda_items",
                ids=tuple(a.id for a in agenda),
            )
        )

    kinds = {a.kind for a in agenda}
    for item in rules.required_items():
        if item.code not in kinds:
            found.append(
                Finding(
                    f"missing-item:{item.code}",
                    "error",
                    f"Chương trình thiếu nội dung bắt buộc: “{fill(item.title)}”.",
                    f"The programme lacks the required item “{fill(item.title)}”.",
                    table="agenda_items",
                    ids=conf_ids,
                )
            )

    honoree_fields = {h.field for h in honorees if h.field}
    speech_fields = {s.field for s in speeches if s.field}
    missing = honoree_fields - speech_fields
    if missing:
        names = ", ".join(sorted(labels.get(f, f) for f in missing))
        required_missing = missing & set(rules.required_fields)
        found.append(
            Finding(
                "speech-fields",
                "error" if required_missing else "warning",
                f"Tham luận chưa có lĩnh vực có trong danh sách điển hình: {names}.",
                f"No model report covers these honoree fields: {names}.",
                table="speeches",
                ids=tuple(s.id for s in speeches) or conf_ids,
            )
        )

    individuals = {getattr(h, "target_group", None) for h in honorees if not getattr(h, "collective", False)}
    uncovered = [t for t in rules.target_groups if t not in individuals]
    if honorees and uncovered:
        names = ", ".join(labels.get(t, t) for t in uncovered)
        found.append(
            Finding(
                "target-groups",
                "warning",
                f"Danh sách điển hình chưa có cá nhân thuộc đối tượng kế hoạch yêu cầu: {names}.",
                f"No individual honoree in these target groups the plan asks for: {names}.",
                table="honorees",
                ids=conf_ids,
            )
        )

    if delegate_count == 0:
        found.append(
            Finding(
                "no-delegates",
                "error",
                "Chưa có đại biểu đi dự hội nghị cấp trên.",
                "No delegates to the higher level yet.",
                table="delegates",
                ids=conf_ids,
            )
        )

    bare = [h for h in honorees if not h.commendations and not (h.achievement or "").strip()]
    if bare:
        found.append(
            Finding(
                "honoree-bare",
                "warning",
                f"{len(bare)} tập thể, cá nhân chưa có danh hiệu hoặc tóm tắt thành tích.",
                f"{len(bare)} honoree{'s have' if len(bare) != 1 else ' has'} neither a title nor an achievement summary.",
                table="honorees",
                ids=tuple(h.id for h in bare),
            )
        )
    if to_review:
        found.append(
            Finding(
                "invitees-review",
                "warning",
                f"{len(to_review)} khách mời chép từ hội nghị trước cần xem lại chức vụ, đơn vị (người có thể đã đổi "
                "vị trí công tác).",
                f"{len(to_review)} invitees copied from an earlier conference need their posts checked.",
                table="invitees",
                ids=tuple(to_review),
            )
        )
    return found
