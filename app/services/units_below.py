"""Progress of the units below this one: who held the conference, who is late, what they honoured
and whom they send up — computed in a few grouped queries, whatever the number of records.

No Qt here: the progress view, the spreadsheet export and ``hoinghi report progress`` all read
:func:`unit_progress`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from app.domain.plan import PlanRules, PlanWording
from app.domain.text import Text
from app.services.catalogues import catalogue
from app.store.db import Store
from app.store.models import Conference, Delegate, Honoree, ReviewNote, SyncPeer, Unit
from app.store.unit_tree import UnitTree

#: Conference states, in the words of the progress view.
#: A unit's conference, and its timing against the plan's deadline, in words.
STATES = {
    "held": Text("Đã tổ chức", "Held"),
    "planned": Text("Đã lên kế hoạch", "Planned"),
    "none": Text("Chưa có thông tin", "No information"),
}
TIMINGS = {
    "on-time": Text("Đúng hạn", "On time"),
    "late": Text("Trễ hạn", "Late"),
    "due": Text("Chưa đến hạn", "Not yet due"),
    "": Text("", ""),
}
#: The same in Vietnamese (the exported sheets).
STATE_LABELS = {code: text.vi for code, text in STATES.items()}
TIMING_LABELS = {code: text.vi for code, text in TIMINGS.items()}


@dataclass
class UnitProgress:
    unit_id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    depth: int
    form: str | None = None
    held_on: date | None = None
    state: str = "none"  # held, planned, none (no conference known here: nothing reported)
    deadline: date | None = None
    timing: str = ""  # on-time, late, due
    collectives: int = 0
    individuals: int = 0
    by_field: dict[str, int] = field(default_factory=dict)
    by_target: dict[str, int] = field(default_factory=dict)
    workers: int = 0
    farmers: int = 0
    direct_labourers: int = 0
    delegates: int = 0
    delegates_approved: int = 0
    last_bundle_at: Any = None  # datetime of the last bundle received from this unit (direct children)
    last_bundle_number: int | None = None
    open_notes: int = 0

    @property
    def late(self) -> bool:
        return self.timing == "late"

    @property
    def reported(self) -> bool:
        return self.state != "none"

    def share(self, count: int) -> float:
        return count / self.individuals if self.individuals else 0.0


@dataclass
class ProgressReport:
    unit: Unit
    rows: list[UnitProgress]
    fields: dict[str, str]  # code -> label, in catalogue order
    targets: dict[str, str]
    today: date
    wording: PlanWording | None = None  # the plan whose conferences the report follows
    plan_code: str = ""

    def totals(self, rows: list[UnitProgress] | None = None) -> dict[str, int]:
        rows = self.rows if rows is None else rows
        keys = ("collectives", "individuals", "workers", "farmers", "direct_labourers", "delegates")
        out = {k: sum(getattr(r, k) for r in rows) for k in keys}
        out.update(
            units=len(rows),
            held=sum(r.state == "held" for r in rows),
            late=sum(r.late for r in rows),
            not_reported=sum(not r.reported for r in rows),
        )
        return out

    def _totals_by(self, key: Callable[[UnitProgress], Any]) -> dict[Any, dict[str, int]]:
        groups: dict[Any, list[UnitProgress]] = defaultdict(list)
        for row in self.rows:
            groups[key(row)].append(row)
        return {group: self.totals(rows) for group, rows in sorted(groups.items())}

    def totals_by_kind(self) -> dict[str, dict[str, int]]:
        return self._totals_by(lambda row: row.kind)

    def totals_by_level(self) -> dict[int, dict[str, int]]:
        """Totals per level below this unit: 1 = directly under it, 2 = the level below that, …"""
        return self._totals_by(lambda row: row.depth + 1)

    def by_field(self, rows: list[UnitProgress] | None = None) -> dict[str, int]:
        rows = self.rows if rows is None else rows
        return {code: sum(r.by_field.get(code, 0) for r in rows) for code in self.fields}

    def by_target(self, rows: list[UnitProgress] | None = None) -> dict[str, int]:
        rows = self.rows if rows is None else rows
        return {code: sum(r.by_target.get(code, 0) for r in rows) for code in self.targets}

    def completeness(self, rows: list[UnitProgress] | None = None) -> list[tuple[date, int]]:
        """(day, units that had held their conference by then), for the chart over time."""
        rows = self.rows if rows is None else rows
        days = sorted(r.held_on for r in rows if r.state == "held" and r.held_on)
        return [(day, number) for number, day in enumerate(days, start=1)]


def progress_plan(session: Session, store: Store, root_id: str, plan: str | None = None) -> Any:  # noqa: ANN401
    """The plan a progress report follows: *plan* (code or id), else the plan of the conference the
    unit works on, else the default plan."""
    from app.services.conference import unit_conference
    from app.services.plans import default_plan, find_plan, plan_of

    if plan:
        return find_plan(session, plan)
    conference = unit_conference(store, root_id)
    return plan_of(session, conference) if conference is not None else default_plan(session, root_id)


def unit_progress(
    store: Store, unit_id: str | None = None, today: date | None = None, plan: str | None = None
) -> ProgressReport:
    """Every unit below *unit_id* (default: this installation's unit), depth first in name order,
    with its conference of the plan *plan* (default: see :func:`progress_plan`) — a unit holds a
    conference per plan (the five-year wave, each year's review …)."""
    today = today or date.today()
    with store.session() as session:
        root = session.get(Unit, unit_id or store.unit_id)
        if root is None:
            from app.errors import AppError

            raise AppError("Máy này chưa gắn với đơn vị nào.", "this installation belongs to no unit")
        units = list(session.scalars(select(Unit).order_by(Unit.sort_key)))
        rows = _tree(session, root, units)
        by_id = {r.unit_id: r for r in rows}
        from app.services.plans import default_plan, rules_of, wording_of

        chosen = progress_plan(session, store, root.id, plan)
        rules = rules_of(chosen)
        groups = {u.id: u.unit_group for u in units}
        counts_as = {c.code: (c.data or {}).get("counts_as") for c in catalogue(session, "target_group")}
        held = _conferences(
            session, by_id, rules, groups, today, chosen.id, chosen.id == default_plan(session, root.id).id
        )
        _honorees(session, by_id, counts_as, held)
        _delegates(session, by_id, held)
        _notes_and_bundles(session, by_id)
        fields = {c.code: c.label for c in catalogue(session, "field")}
        targets = {c.code: c.label for c in catalogue(session, "target_group")}
    return ProgressReport(root, rows, fields, targets, today, wording_of(chosen), chosen.code)


def _tree(session: Session, root: Unit, units: list[Unit]) -> list[UnitProgress]:
    by_id = {u.id: u for u in units}  # live units only: a tombstoned unit and what is below it are left out
    return [
        UnitProgress(unit_id, u.code, u.name, u.kind, u.parent_id, depth)
        for unit_id, depth in UnitTree.load(session).walk(root.id, keep=by_id)
        for u in (by_id[unit_id],)
    ]


def _conferences(
    session: Session,
    rows: dict[str, UnitProgress],
    rules: PlanRules,
    groups: dict[str, str | None],
    today: date,
    plan_id: str,
    default: bool,
) -> dict[str, str]:
    """The conferences of the plan (*default*: also those that name no plan): their form, date and
    state on each unit's row; returns conference id → owner unit id."""
    query = select(
        Conference.id, Conference.owner_unit_id, Conference.form, Conference.date, Conference.status
    )
    query = query.where(
        (Conference.plan_id == plan_id) | (Conference.plan_id.is_(None) if default else false())
    )
    held: dict[str, str] = {}
    for conference_id, owner, form, day, status in session.execute(query.order_by(Conference.created_at)):
        row = rows.get(owner)
        if row is None:
            continue
        held[conference_id] = owner
        row.form, row.held_on = form, day
        row.state = "held" if status in ("held", "reported") else "planned"
    for row in rows.values():
        group = rules.group(groups.get(row.unit_id))
        row.deadline = group.deadline if group else None
        if row.deadline is None:
            continue
        if row.state == "held" and row.held_on is not None:
            row.timing = "on-time" if row.held_on <= row.deadline else "late"
        else:
            row.timing = "late" if today > row.deadline else "due"
    return held


def _honorees(
    session: Session, rows: dict[str, UnitProgress], counts_as: dict[str, str | None], held: dict[str, str]
) -> None:
    # One pass over the honorees, grouped by everything the view shows; kept for the plan's conferences.
    query = (
        select(Honoree.conference_id, Honoree.collective, Honoree.field, Honoree.target_group, func.count())
        .where(Honoree.deleted.is_(False))
        .group_by(Honoree.conference_id, Honoree.collective, Honoree.field, Honoree.target_group)
    )
    for conference_id, collective, field_code, target, count in session.execute(
        query.execution_options(include_deleted=True)
    ):
        row = rows.get(held.get(conference_id or ""))
        if row is None:
            continue
        if collective:
            row.collectives += count
        else:
            row.individuals += count
            if target:
                row.by_target[target] = row.by_target.get(target, 0) + count
            kind = counts_as.get(target or "")
            if kind == "workers":
                row.workers += count
            elif kind == "farmers":
                row.farmers += count
            if kind in ("workers", "farmers", "direct_labourers"):
                row.direct_labourers += count
        if field_code:
            row.by_field[field_code] = row.by_field.get(field_code, 0) + count


def _delegates(session: Session, rows: dict[str, UnitProgress], held: dict[str, str]) -> None:
    query = (
        select(Delegate.conference_id, Delegate.status, func.count())
        .where(Delegate.deleted.is_(False))
        .group_by(Delegate.conference_id, Delegate.status)
    )
    for conference_id, status, count in session.execute(query.execution_options(include_deleted=True)):
        row = rows.get(held.get(conference_id or ""))
        if row is not None:
            row.delegates += count
            if status == "approved":
                row.delegates_approved += count


def _notes_and_bundles(session: Session, rows: dict[str, UnitProgress]) -> None:
    query = (
        select(ReviewNote.target_unit_id, func.count())
        .where(ReviewNote.deleted.is_(False), ReviewNote.status == "open")
        .group_by(ReviewNote.target_unit_id)
    )
    for target, count in session.execute(query.execution_options(include_deleted=True)):
        if target in rows:
            rows[target].open_notes = count
    by_code = {r.code: r for r in rows.values()}
    for peer in session.scalars(select(SyncPeer)):
        row = by_code.get(peer.unit_code)
        if row is not None:
            row.last_bundle_at, row.last_bundle_number = peer.last_received_at, peer.last_received_number
