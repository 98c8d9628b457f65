"""The unit's conference as one record: read it, change a field, create one from the plan."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select

from app.domain.fields import InvalidValue
from app.errors import AppError
from app.services.catalogues import active_plan, plan_rules
from app.store.db import Store
from app.store.models import AgendaItem, Conference, Unit
from app.store.values import check_value

FORM_FIELDS = ("form", "title", "date", "start_time", "venue", "chair", "co_host", "status",
               "expected_attendance", "notes")
STATUSES = {"planned": "Dự kiến", "held": "Đã tổ chức", "reported": "Đã báo cáo"}


def unit_conference(store: Store, unit_id: str) -> Conference | None:
    with store.session() as session:
        return session.scalars(
            select(Conference).where(Conference.owner_unit_id == unit_id).order_by(Conference.date.desc())
        ).first()


def update_conference(store: Store, conference_id: str, key: str, value: Any) -> None:  # noqa: ANN401
    if key not in FORM_FIELDS:
        raise ValueError(key)
    try:
        value = check_value(Conference, key, value)  # the rules of every door
    except InvalidValue as exc:
        raise AppError(exc.vi, f"{key}: {exc}") from exc
    with store.session() as session:
        conference = session.get(Conference, conference_id)
        if conference is None:
            raise AppError("Hội nghị không còn nữa.", "the conference is gone")
        setattr(conference, key, value)


def create_conference(store: Store, unit_id: str, form: str, day: date | None, start: time | None,
                      venue: str = "", title: str = "") -> Conference:
    """A new conference of the unit, starting from the plan's standard agenda."""
    try:  # the rules of every door
        venue, title = (check_value(Conference, key, value) for key, value in (("venue", venue), ("title", title)))
        day = check_value(Conference, "date", day)
    except InvalidValue as exc:
        raise AppError(exc.vi, str(exc)) from exc
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise AppError("Chưa chọn đơn vị.", "no unit")
        plan = active_plan(session)
        rules = plan_rules(plan)
        conference = Conference(
            owner_unit_id=unit_id, plan_id=plan.id, form=form, date=day, start_time=start or time(7, 30),
            venue=venue or None, title=title or f"Hội nghị điển hình tiên tiến {unit.name} giai đoạn 2020 - 2025",
            status="planned",
        )
        session.add(conference)
        session.flush()
        for position, item in enumerate(rules.agenda):
            session.add(AgendaItem(owner_unit_id=unit_id, conference_id=conference.id, position=position,
                                   kind=item.code, title=item.title, minutes=item.minutes))
    return conference
