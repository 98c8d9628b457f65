"""What the first-start wizard reads: the units to choose from, and for the chosen unit and plan
the conference forms it may hold, its deadline, and whether it held conferences before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.vntext import fold
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.conference import conferences_of
from app.services.plans import default_plan, find_plan, rules_of
from app.store.db import Store
from app.store.models import Unit


@dataclass(frozen=True)
class UnitChoice:
    id: str
    code: str
    name: str


def find_units(store: Store, text: str = "", limit: int = 500) -> list[UnitChoice]:
    """Units whose name (without accents) or code holds *text*, in Vietnamese order, at most *limit*."""
    wanted = fold(text)
    found: list[UnitChoice] = []
    with store.session() as session:
        for unit in session.scalars(select(Unit).order_by(Unit.sort_key)):
            if wanted and wanted not in (unit.search_text or "") and wanted not in unit.code.lower():
                continue
            found.append(UnitChoice(unit.id, unit.code, unit.name))
            if len(found) >= limit:
                break
    return found


def unit_choice(store: Store, unit_id: str) -> UnitChoice:
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise AppError("Đơn vị không còn trong danh mục.", "the unit is gone from the registry")
        return UnitChoice(unit.id, unit.code, unit.name)


@dataclass(frozen=True)
class ConferenceStart:
    """The conference page's starting point for a unit."""

    unit: UnitChoice
    default_plan: str  # its code
    held_before: bool  # earlier conferences (their invitees may be copied)


def conference_start(store: Store, unit_id: str) -> ConferenceStart:
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise AppError("Đơn vị không còn trong danh mục.", "the unit is gone from the registry")
        return ConferenceStart(
            UnitChoice(unit.id, unit.code, unit.name),
            default_plan(session, unit.id).code,
            bool(conferences_of(session, unit.id)),
        )


@dataclass(frozen=True)
class PlanForUnit:
    """What a plan asks of a unit: the conference forms it may hold (code, label) and its deadline."""

    forms: list[tuple[str, str]]
    deadline: date | None
    deadline_label: str


def plan_for_unit(store: Store, unit_id: str, plan_code: str) -> PlanForUnit:
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        group = rules_of(find_plan(session, plan_code)).group(unit.unit_group if unit else None)
        labels = {i.code: i.label for i in catalogue(session, "conference_form")}
    forms = group.forms if group and group.forms else list(labels)
    return PlanForUnit(
        [(form, labels.get(form, form)) for form in forms],
        group.deadline if group else None,
        group.deadline_label if group else "",
    )
