"""A plan as the official reads it: the lines ``hoinghi plan show`` prints."""

from __future__ import annotations

from typing import Any

from app.services.plans.conference_plan import rules_of, wording_of
from app.services.plans.lookup import KIND_LABELS, _summary, find_plan
from app.store.db import Store


def plan_lines(store: Store, ref: str) -> list[str]:
    """The plan *ref* as the lines ``hoinghi plan show`` prints: the placeholders of its texts
    written out with the plan's own period ("{period}" → "năm 2025"), catalogue codes as their
    names, each deadline said once."""
    from collections.abc import Iterable

    from app.domain.formats import fmt_date, fmt_minutes
    from app.services.catalogues import catalogue

    with store.session() as session:
        plan = find_plan(session, ref)
        summary = _summary(session, plan, store.unit_id)
        wording = wording_of(plan)
        rules = rules_of(plan)
        names = {
            name: {i.code: i.label for i in catalogue(session, name)}
            for name in ("conference_form", "field", "target_group")
        }

    def named(catalogue_name: str, codes: Iterable[str]) -> str:
        return ", ".join(names[catalogue_name].get(code, code) for code in codes) or "—"

    def deadline(group: Any) -> str:  # noqa: ANN401 — a GroupRules
        when = fmt_date(group.deadline) if group.deadline else ""
        label = " ".join(wording.fill(group.deadline_label or "").split())
        if label and when and when not in label:
            return f"{when} ({label})"
        return label or when or "—"

    lines = [
        summary.name,
        f"  Mã: {summary.id}   Giai đoạn: {summary.period}   Loại: {KIND_LABELS.get(summary.kind, summary.kind)}",
        f"  Ban hành: {summary.document or summary.issuer_name}"
        + (f" — đơn vị {summary.issuer}" if summary.issuer else "")
        + ("" if summary.editable else " (chỉ xem)"),
    ]
    for code, group in rules.groups.items():
        label = wording.fill(group.label) if group.label and group.label != code else ""
        lines.append(
            f"  Nhóm {code}{' — ' + label if label else ''}: hạn {deadline(group)}; "
            f"hình thức: {named('conference_form', group.forms)}"
        )
    lines.append(f"  Chương trình chuẩn (tối đa {fmt_minutes(rules.max_minutes)}):")
    for number, item in enumerate(rules.agenda, start=1):
        lines.append(
            f"    {number}. {wording.fill(item.title)} ({fmt_minutes(item.minutes)})"
            + (" — bắt buộc" if item.required else "")
        )
    if rules.movements:
        lines.append(f"  Phong trào thi đua: {len(rules.movements)}")
    if rules.required_fields:
        lines.append(f"  Lĩnh vực tham luận cần có: {named('field', rules.required_fields)}")
    if rules.target_groups:
        lines.append(f"  Đối tượng cần có: {named('target_group', rules.target_groups)}")
    return lines
