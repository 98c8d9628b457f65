"""Paged, sorted, searched access to one list of the desk — sorting and filtering run in the
database on indexed columns; the writes (``app.services.records.writing``) return what they
changed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, func, select

from app.domain.fields import FieldKind, InvalidValue, parse_value, show_value
from app.domain.plan import agenda_times
from app.domain.text import Phrase, Text
from app.domain.vntext import fold
from app.services.catalogues import catalogue
from app.services.changes import Changes
from app.services.records import writing
from app.services.records.refusals import ONLY_AMONG_EQUALS, PROTOCOL_ORDER_FIRST
from app.services.records.specs import CHOICE_TEXTS, CUSTOM_ITEM, Column, TableSpec
from app.store.base import Record
from app.store.db import Store
from app.store.models import AgendaItem, Conference
from app.store.values import check_name


@dataclass
class RecordSource:
    """Paged, sorted, searched access to one table of one conference (or unit, or everything)."""

    store: Store
    spec: TableSpec
    conference_id: str | None = None
    unit_id: str | None = None
    everything: bool = False  # every record in the database
    owners: tuple[str, ...] | None = None  # scope "owners": the units whose records are listed
    search: str = ""
    sort_key: str | None = None
    descending: bool = False
    _choices: dict[str, dict[str, str]] = field(default_factory=dict)
    _found: tuple[tuple[Any, ...], list[str]] | None = None  # one-pass search: (for what, ids in order)
    _computed: tuple[list[str], dict[str, dict[str, Any]]] | None = None  # computed order: ids, shown values
    #: Figures kept per period (award tallies): those of the conference's plan period, written with it.
    period: str | None = None

    def __post_init__(self) -> None:
        if self.period is None and self.conference_id and hasattr(self.spec.model, "period"):
            from app.services.plans import wording_for

            self.period = wording_for(self.store, self.conference_id).period_key

    def forget(self) -> None:
        """Drop what was read once (choices, the computed order, a search's matches): the data
        changed elsewhere."""
        self._choices.clear()
        self._computed = None
        self._found = None

    # -- reading --------------------------------------------------------------------------------
    def _scoped(self, query: Select, direct_search: bool = False) -> Select:
        """Only this list's live rows, matching the search. The search is a sub-query over the
        covering search index, or, with *direct_search*, a condition on *query* itself (when
        *query* reads only columns of that index)."""
        model = self.spec.model
        query = query.where(model.deleted.is_(False))
        if self.spec.scope == "owners" and not self.everything:
            query = query.where(model.owner_unit_id.in_(self.owners or ()))
        elif not self.everything:
            if self.spec.scope == "conference":
                query = query.where(model.conference_id == self.conference_id)
            else:
                query = query.where(model.owner_unit_id == self.unit_id)
        if self.period is not None and hasattr(model, "period"):
            query = query.where(model.period == self.period)
        if self.search and self.spec.searchable:
            pattern = (
                "%" + fold(self.search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            match = model.search_text.like(pattern, escape="\\")
            query = (
                query.where(match)
                if direct_search
                else query.where(model.id.in_(select(model.id).where(match)))
            )
        return query

    def count(self) -> int:
        if self._computed_active():
            return len(self._computed_ids(fresh=True))
        if self._one_pass():
            return len(self._found_ids(fresh=True))
        with self.store.session() as session:
            return session.scalar(self._scoped(select(func.count()).select_from(self.spec.model))) or 0

    def _order_column(self) -> str:
        if self.sort_key:
            return self.spec.column(self.sort_key).order_column or self.spec.order
        return self.spec.order

    def _ordered(self, query: Select) -> Select:
        model = self.spec.model
        attribute = getattr(model, self._order_column())
        return query.order_by(attribute.desc() if self.descending else attribute, model.id)

    def _one_pass(self) -> bool:
        """A search in name order is answered by one pass over the covering search index
        (search_text, deleted, sort_key, id): the matches' keys give both the count and the
        order, and each page is then read by id — instead of matching twice (count, then page)."""
        return bool(self.search) and self.spec.searchable and self._order_column() == "sort_key"

    def _found_ids(self, fresh: bool = False) -> list[str]:
        wanted = (
            self.search,
            self.descending,
            self.conference_id,
            self.unit_id,
            self.everything,
            self.owners,
        )
        if fresh or self._found is None or self._found[0] != wanted:
            model = self.spec.model
            with self.store.session() as session:
                keys = [
                    tuple(k)
                    for k in session.execute(
                        self._scoped(select(model.sort_key, model.id), direct_search=True)
                    )
                ]
            if self.descending:  # ties on the key stay by id, ascending, as in ORDER BY key DESC, id
                keys.sort(key=itemgetter(1))
                keys.sort(key=itemgetter(0), reverse=True)
            else:
                keys.sort()
            self._found = (wanted, [k[1] for k in keys])
        return self._found[1]

    # -- computed order (invitees: protocol order) ------------------------------------------------
    def _computed_active(self) -> bool:
        """The list shows its computed order: no header sort chosen, or the "order" column's."""
        return self.spec.computed_order is not None and (
            self.sort_key is None or self.spec.column(self.sort_key).order_column == self.spec.computed_order
        )

    def _computed_ids(self, fresh: bool = False) -> list[str]:
        """Ids in protocol order (searched, when a search is on), with each row's order number and
        why it sits there; the whole conference is ordered (a few hundred invitees at most)."""
        if fresh or self._computed is None:
            from app.services.protocol import load_protocol

            model = self.spec.model
            with self.store.session() as session:
                protocol = load_protocol(session)
                records = session.scalars(
                    select(model).where(model.conference_id == self.conference_id, model.deleted.is_(False))
                ).all()
                records = sorted(records, key=protocol.key)
                shown: dict[str, dict[str, Any]] = {}
                for number, record in enumerate(records, start=1):
                    place = protocol.place(record.position, record.category)
                    (standing, post), (standing_en, post_en) = (
                        protocol.why(place),
                        protocol.why(place, english=True),
                    )
                    shown[record.id] = {
                        "order": number,
                        "standing": Phrase(standing, standing_en),
                        "ranked_post": Phrase(post, post_en),
                        "_group": place.key,
                    }
                ids = [r.id for r in records]
                if self.search and self.spec.searchable:
                    matching = set(session.scalars(self._scoped(select(model.id))))
                    ids = [i for i in ids if i in matching]
            if self.descending:
                ids.reverse()
            self._computed = (ids, shown)
        return self._computed[0]

    def move_refusal(self, record_id: str, to: int) -> Text | None:
        """Why the row *record_id* cannot move to row *to* (None: it can). In a computed order a
        row moves only among rows of equal standing (same level, block and post rank)."""
        if self.spec.computed_order is None:
            return None
        if not self._computed_active() or self.descending:
            return PROTOCOL_ORDER_FIRST
        ids = self._computed_ids()
        if not 0 <= to < len(ids):
            return None
        shown = self._computed[1] if self._computed else {}
        if shown[ids[to]]["_group"] != shown[record_id]["_group"]:
            mine, theirs = shown[record_id], shown[ids[to]]
            return ONLY_AMONG_EQUALS.fill(
                mine["ranked_post"], mine["standing"], theirs["ranked_post"], theirs["standing"]
            )
        return None

    def _move_manual(self, record_id: str, to: int) -> tuple[dict[str, int | None], Changes]:
        """Move among equals: the group's manual order is renumbered; return the old values."""
        ids = self._computed_ids(fresh=True)
        shown = self._computed[1] if self._computed else {}
        group = shown[record_id]["_group"]
        members = [i for i in ids if shown[i]["_group"] == group]
        first = ids.index(members[0])
        members.remove(record_id)
        members.insert(max(0, min(to - first, len(members))), record_id)
        self._computed = None
        return writing.set_manual_order(self, {member: number for number, member in enumerate(members)})

    def unmove(self, record_id: str, token: Any) -> Changes:  # noqa: ANN401
        """Undo a :meth:`move` with what it returned."""
        if isinstance(token, dict):
            self._computed = None
            return writing.set_manual_order(self, token)[1]
        return self.move(record_id, token)[1]

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        """Rows ``offset`` … ``offset + limit`` in the current order, as column → stored value."""
        model = self.spec.model
        with self.store.session() as session:
            if self._computed_active():
                ids = self._computed_ids()[offset : offset + limit]
                found = (
                    {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))} if ids else {}
                )
                records = [found[i] for i in ids if i in found]
            elif self._one_pass():
                ids = self._found_ids()[offset : offset + limit]
                found = (
                    {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))} if ids else {}
                )
                records = [found[i] for i in ids if i in found]
            else:
                records = session.scalars(
                    self._ordered(self._scoped(select(model))).offset(offset).limit(limit)
                ).all()
            rows = [self._row(r) for r in records]
            if self.spec.name == "agenda_items" and rows:
                self._agenda_times(session, rows, offset)
        return rows

    def _row(self, record: Record) -> dict[str, Any]:
        row = {"id": record.id}
        for column in self.spec.columns:
            row[column.key] = getattr(record, column.key, None)
        if self.spec.computed_order is not None:
            if self._computed is None or record.id not in self._computed[1]:
                self._computed_ids(fresh=True)
            shown = self._computed[1].get(record.id, {}) if self._computed else {}
            row.update({k: v for k, v in shown.items() if not k.startswith("_")})
        if hasattr(record, "collective"):
            row["collective"] = record.collective
        return row

    def _agenda_times(self, session: Any, rows: list[dict[str, Any]], offset: int) -> None:  # noqa: ANN401
        conference = session.get(Conference, self.conference_id)
        before = (
            session.scalars(
                select(AgendaItem.minutes)
                .where(AgendaItem.conference_id == self.conference_id, AgendaItem.deleted.is_(False))
                .order_by(AgendaItem.position)
                .limit(offset)
            ).all()
            if offset
            else []
        )
        times = agenda_times(
            conference.start_time if conference else time(7, 30), [*before, *(r["minutes"] for r in rows)]
        )
        for row, (start, end) in zip(rows, times[len(before) :], strict=True):
            row["time"] = f"{start.hour:02d}h{start.minute:02d} - {end.hour:02d}h{end.minute:02d}"

    def get(self, record_id: str) -> dict[str, Any] | None:
        with self.store.session() as session:
            record = session.get(self.spec.model, record_id)
            if record is None or record.deleted:
                return None
            row = self._row(record)
        if self.spec.name == "agenda_items":
            for candidate in self.page(0, 1000):
                if candidate["id"] == record_id:
                    return candidate
        return row

    def choices(self, catalogue_name: str | None, english: bool = False) -> dict[str, str] | None:
        """Code → label of a catalogue (or fixed choice); *english*: as the English window names them
        (the fixed choices and the agenda's own item; the catalogues' labels are the office's data
        and show as written in either language)."""
        if not catalogue_name:
            return None
        language = "en" if english else "vi"
        if catalogue_name in CHOICE_TEXTS:
            return {code: text.get(language) for code, text in CHOICE_TEXTS[catalogue_name].items()}
        if catalogue_name not in self._choices:
            if catalogue_name == "unit":
                from app.store.models import Unit

                with self.store.session() as session:
                    self._choices[catalogue_name] = dict(session.execute(select(Unit.id, Unit.name)).all())
            elif catalogue_name == "agenda":
                from app.services.plans import conference_wording, default_plan, plan_of, wording_of

                with self.store.session() as session:
                    conference = session.get(Conference, self.conference_id) if self.conference_id else None
                    plan = plan_of(session, conference) if conference else default_plan(session, self.unit_id)
                    wording = conference_wording(session, conference) if conference else wording_of(plan)
                    rules = plan.rules or {}
                self._choices[catalogue_name] = {
                    a["code"]: wording.fill(a["title"]) for a in rules.get("agenda", [])
                }
            elif catalogue_name == "commendation":  # as this unit writes them ("… UBND phường")
                from app.services.catalogues import commendation_labels
                from app.store.models import Unit

                with self.store.session() as session:
                    unit = session.get(Unit, self.unit_id) if self.unit_id else None
                    self._choices[catalogue_name] = commendation_labels(session, unit)
            else:
                with self.store.session() as session:
                    self._choices[catalogue_name] = {
                        i.code: i.label for i in catalogue(session, catalogue_name)
                    }
        if catalogue_name == "agenda":
            return {"custom": CUSTOM_ITEM.get(language), **self._choices[catalogue_name]}
        return self._choices[catalogue_name]

    def display(self, column: Column, value: Any, english: bool = False) -> str:  # noqa: ANN401
        if english and isinstance(value, Phrase):
            return value.en
        return show_value(column.kind, value, self.choices(column.catalogue, english))

    # -- writing --------------------------------------------------------------------------------
    def parse(self, key: str, text: Any) -> Any:  # noqa: ANN401
        """The stored value for what was typed into column *key* (raises :class:`InvalidValue`)."""
        column = self.spec.column(key)
        if not column.editable:
            raise InvalidValue(
                "Ô này được tính tự động, không sửa trực tiếp.", "this cell is computed, not edited"
            )
        if isinstance(text, str) and column.catalogue in CHOICE_TEXTS:  # "Female" typed in the English window
            text = next(
                (
                    code
                    for code, label in CHOICE_TEXTS[column.catalogue].items()
                    if fold(label.en) == fold(text)
                ),
                text,
            )
        value = parse_value(self.kind(key), text, self.choices(column.catalogue))
        if key == "name" and value and hasattr(self.spec.model, "family_middle"):
            check_name(self.spec.model, value)
        return value

    def kind(self, key: str) -> FieldKind:
        """How column *key* is read: its kind, and required when its database column takes no
        empty value (a count, a rank) — an empty cell there is refused, never stored as 0."""
        kind = self.spec.column(key).kind
        stored = self.spec.model.__table__.columns.get(key)
        if stored is not None and not stored.nullable and not kind.required and kind.name != "bool":
            return replace(kind, required=True)
        return kind

    def update(self, record_id: str, key: str, value: Any) -> Changes:  # noqa: ANN401
        """Store *value* (already parsed) in column *key* of the record."""
        self._computed = None  # the computed order changes with the data
        return writing.update(self, record_id, key, value)

    def insert(self, rows: list[dict[str, Any]], position: int | None = None) -> tuple[list[str], Changes]:
        """Add records (column → stored value); ordered tables insert at *position* (default: end).
        Returns the new records' ids, in order, and what changed."""
        self._computed = None
        return writing.insert(self, rows, position)

    def delete(self, ids: list[str]) -> Changes:
        self._computed = None
        return writing.delete(self, ids)

    def restore(self, ids: list[str], positions: list[int] | None = None) -> Changes:
        """Undo a delete: the tombstones come back (with new change numbers)."""
        self._computed = None
        return writing.restore(self, ids, positions)

    def positions(self, ids: list[str]) -> list[int]:
        return writing.positions(self, ids)

    def move(self, record_id: str, new_position: int) -> tuple[Any, Changes]:
        """Move a record of an ordered table to *new_position*; return what :meth:`unmove` needs
        (its old position; in a computed order, the old manual order of its equals) and what changed."""
        if self.spec.computed_order is not None:
            return self._move_manual(record_id, new_position)
        return writing.move(self, record_id, new_position)
