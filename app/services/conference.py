"""A unit's conferences: list them (recent first), pick the one being worked on, change a field,
start a new one from a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.fields import NUMBER_KINDS, FieldKind, InvalidValue
from app.domain.text import Text
from app.errors import AppError
from app.services.changes import Changes, written_in
from app.services.plans import default_plan, find_plan, rules_of, wording_of
from app.store.db import Store
from app.store.models import AgendaItem, CatalogueItem, Conference, Invitee, Meta, Plan, Unit
from app.store.values import check_value

FORM_FIELDS = (
    "form",
    "title",
    "date",
    "start_time",
    "venue",
    "chair",
    "co_host",
    "status",
    "expected_attendance",
    "notes",
)
#: How each field of the conference form is read (``app.domain.fields.parse_value``); others are text.
FORM_KINDS = {
    "form": FieldKind("catalogue", required=True),
    "title": FieldKind("text", required=True),
    "date": FieldKind("date"),  # may be unknown while planning
    "start_time": FieldKind("time", required=True),  # every agenda time is counted from it
    "status": FieldKind("catalogue", required=True),
    "expected_attendance": NUMBER_KINDS["expected_attendance"],
}
#: A conference's states, in both languages.
STATUS_NAMES = {
    "planned": Text("Dự kiến", "Planned"),
    "held": Text("Đã tổ chức", "Held"),
    "reported": Text("Đã báo cáo", "Reported"),
}
STATUSES = {code: text.vi for code, text in STATUS_NAMES.items()}
#: The conference this installation works on (local: never travels).
CURRENT = "current_conference"
#: What an invitee copied from an earlier conference keeps (the rest is this conference's own).
INVITEE_COPY = (
    "collective",
    "family_middle",
    "given",
    "name",
    "gender",
    "birth_year",
    "position",
    "workplace",
    "category",
    "honorific",
    "protocol_rank",
    "manual_order",
    "seat",
    "notes",
)


def _recent_first(conferences: list[Conference]) -> list[Conference]:
    """The most recent first: by date, a conference without a date by when it was made."""

    def key(c: Conference) -> datetime:
        return datetime.combine(c.date, time()) if c.date else (c.created_at or datetime.min)

    return sorted(conferences, key=key, reverse=True)


def conferences_of(session: Session, unit_id: str) -> list[Conference]:
    """The unit's conferences, the most recent first (the desk's switcher shows them so)."""
    return _recent_first(list(session.scalars(select(Conference).where(Conference.owner_unit_id == unit_id))))


@dataclass(frozen=True)
class ConferenceChoice:
    id: str
    title: str
    date: date | None
    status: str
    plan: str  # the plan's code
    plan_name: str
    period: str  # "2020 - 2025", "2026"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "status": self.status,
            "plan": self.plan,
            "period": self.period,
        }


def unit_conferences(store: Store, unit_id: str | None = None) -> list[ConferenceChoice]:
    """The unit's conferences with their plan and period, the most recent first."""
    unit_id = unit_id or store.unit_id
    if not unit_id:
        return []
    from app.services.plans import plan_of

    with store.session() as session:
        out = []
        for conference in conferences_of(session, unit_id):
            plan = plan_of(session, conference)
            out.append(
                ConferenceChoice(
                    conference.id,
                    conference.title,
                    conference.date,
                    conference.status,
                    plan.code,
                    plan.name,
                    wording_of(plan).period,
                )
            )
        return out


def current_in(session: Session, unit_id: str) -> Conference | None:
    """The conference the unit works on: the one last chosen on this PC, else the most recent."""
    mine = conferences_of(session, unit_id)
    chosen = session.get(Meta, CURRENT)
    for conference in mine:
        if chosen is not None and conference.id == chosen.value:
            return conference
    return mine[0] if mine else None


@dataclass(frozen=True)
class Opening:
    """What the window needs to open a conference: its unit, and whether units report to it."""

    conference_id: str
    unit_id: str
    unit_code: str
    unit_name: str
    has_units_below: bool
    plan_code: str

    @property
    def id(self) -> str:  # the unit's (``window.unit.id``)
        return self.unit_id

    @property
    def code(self) -> str:
        return self.unit_code

    @property
    def name(self) -> str:
        return self.unit_name


def opening(store: Store, conference_id: str) -> Opening:
    with store.session() as session:
        conference = session.get(Conference, conference_id)
        if conference is None:
            raise AppError("Hội nghị không còn nữa.", "the conference is gone")
        unit = session.get(Unit, conference.owner_unit_id)
        if unit is None:
            raise AppError("Đơn vị của hội nghị không còn trong danh mục.", "the conference's unit is gone")
        below = session.scalars(select(Unit.id).where(Unit.parent_id == unit.id).limit(1)).first()
        from app.services.plans import plan_of

        return Opening(
            conference.id, unit.id, unit.code, unit.name, below is not None, plan_of(session, conference).code
        )


def unit_conference(store: Store, unit_id: str) -> Conference | None:
    """The conference the unit works on (see :func:`current_in`)."""
    with store.session() as session:
        return current_in(session, unit_id)


def set_current(store: Store, conference_id: str) -> None:
    """Remember *conference_id* as the one this PC works on (the desk's switcher, a new conference)."""
    store.set_meta(CURRENT, conference_id)


def update_conference(store: Store, conference_id: str, key: str, value: Any) -> Changes:  # noqa: ANN401
    """Store one field of the conference (checked as every door checks it); return what changed."""
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
    return written_in(session)


def _form_label(session: Session, code: str) -> str:
    label = session.scalars(
        select(CatalogueItem.label).where(
            CatalogueItem.catalogue == "conference_form", CatalogueItem.code == code
        )
    ).first()
    return label or code


def create_conference(
    store: Store,
    unit_id: str,
    form: str | None,
    day: date | None,
    start: time | None,
    venue: str = "",
    title: str = "",
    plan: str | None = None,
    copy_invitees: bool = False,
) -> Conference:
    """A new conference of the unit following the plan *plan* (code or id; default: the newest
    plan issued): the plan's standard agenda, the title in the plan's words, the first form the
    plan allows the unit's group (unless *form* is given). With *copy_invitees*, the invitees of
    the unit's last conference come along, each marked for review (people change posts)."""
    from app.services.printing.context import in_sentence

    try:  # the rules of every door
        venue, title = (
            check_value(Conference, key, value) for key, value in (("venue", venue), ("title", title))
        )
        day = check_value(Conference, "date", day)
    except InvalidValue as exc:
        raise AppError(exc.vi, str(exc)) from exc
    with store.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise AppError("Chưa chọn đơn vị.", "no unit")
        chosen: Plan = find_plan(session, plan) if plan else default_plan(session, unit_id)
        rules, wording = rules_of(chosen), wording_of(chosen)
        group = rules.group(unit.unit_group)
        form = form or (group.forms[0] if group and group.forms else None)
        if not form:
            raise AppError(
                f"Kế hoạch “{chosen.name}” không nêu hình thức hội nghị cho nhóm {unit.unit_group or '?'}; "
                "hãy chọn hình thức.",
                "the plan names no form for this unit's group; choose one",
            )
        if not session.scalars(
            select(CatalogueItem.id).where(
                CatalogueItem.catalogue == "conference_form", CatalogueItem.code == form
            )
        ).first():
            raise AppError(
                f"Không có hình thức hội nghị mã “{form}” trong danh mục.", f"no conference form {form!r}"
            )
        last = conferences_of(session, unit_id)
        conference = Conference(
            owner_unit_id=unit_id,
            plan_id=chosen.id,
            form=form,
            date=day,
            start_time=start or time(7, 30),
            venue=venue or None,
            status="planned",
            title=title or wording.conference_title(_form_label(session, form), in_sentence(unit.name)),
        )
        session.add(conference)
        session.flush()
        for position, item in enumerate(rules.agenda):
            session.add(
                AgendaItem(
                    owner_unit_id=unit_id,
                    conference_id=conference.id,
                    position=position,
                    kind=item.code,
                    title=wording.fill(item.title),
                    minutes=item.minutes,
                )
            )
        if copy_invitees and last:
            for person in session.scalars(select(Invitee).where(Invitee.conference_id == last[0].id)):
                values = {k: getattr(person, k) for k in INVITEE_COPY}
                session.add(
                    Invitee(owner_unit_id=unit_id, conference_id=conference.id, needs_review=True, **values)
                )
        session.merge(Meta(key=CURRENT, value=conference.id))
    return conference
