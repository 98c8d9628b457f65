"""What the desk's two form sections read: the conference's fields, and the unit with its
document settings (the values, the facts shown beside them, the longest text each field takes).
Their writes are ``conference.update_conference`` and ``printing.save_profile``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.fields import InvalidValue
from app.domain.formats import fmt_date
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.conference import FORM_FIELDS, current_in
from app.services.plans import default_plan, plan_of, rules_of
from app.store.db import Store
from app.store.models import Conference, Unit, UnitProfile
from app.store.values import check_value, value_kinds

#: The unit's document settings the unit form edits, in its order.
PROFILE_FIELDS = (
    "parent_body",
    "issuing_body",
    "place_name",
    "signer_name",
    "signer_title",
    "authority",
    "mc_name",
    "reader_name",
    "batch_size",
)


def conference_values(store: Store, conference_id: str) -> dict[str, Any]:
    """The conference form's fields as stored."""
    with store.session() as session:
        conference = session.get(Conference, conference_id)
        if conference is None:
            raise AppError("Hội nghị không còn nữa.", "the conference is gone")
        return {name: getattr(conference, name) for name in FORM_FIELDS}


def conference_forms(store: Store) -> list[tuple[str, str]]:
    """The forms a conference can take: (code, label)."""
    with store.session() as session:
        return [(item.code, item.label) for item in catalogue(session, "conference_form")]


def check_conference_value(name: str, value: Any) -> Any:  # noqa: ANN401
    """*value* as the conference's field *name* will store it, or :class:`AppError` saying why not."""
    try:
        return check_value(Conference, name, value)
    except InvalidValue as exc:
        raise AppError(exc.vi, exc.en) from exc


@dataclass(frozen=True)
class UnitSheet:
    """The unit form: facts about the unit (shown, not edited) and its document settings."""

    facts: dict[str, str]  # code, name, kind, group, parent, deadline
    values: dict[str, Any]  # PROFILE_FIELDS as stored (None: not set)


def unit_sheet(store: Store, unit_id: str) -> UnitSheet:
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise AppError("Đơn vị không còn trong danh mục.", "the unit is gone from the registry")
        parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
        kinds = {i.code: i.label for i in catalogue(session, "unit_kind")}
        chosen = current_in(session, unit_id)  # the plan the unit's current conference follows
        rules = rules_of(plan_of(session, chosen) if chosen else default_plan(session, unit_id))
        profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit_id)).first()
        group = rules.group(unit.unit_group)
        facts = {
            "code": unit.code,
            "name": unit.name,
            "kind": kinds.get(unit.kind, unit.kind),
            "group": f"{unit.unit_group} — {group.label}" if group else (unit.unit_group or ""),
            "parent": f"{parent.name} ({parent.code})" if parent else "—",
            "deadline": f"{fmt_date(group.deadline)} ({group.deadline_label})"
            if group and group.deadline
            else "—",
        }
        values = {name: getattr(profile, name, None) if profile else None for name in PROFILE_FIELDS}
    return UnitSheet(facts, values)


def profile_limits() -> dict[str, int]:
    """The longest text each document setting takes (its column's length)."""
    return {name: kind.limit for name, kind in value_kinds(UnitProfile).items() if kind.limit}
