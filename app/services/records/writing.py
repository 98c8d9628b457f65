"""The writes of the desk's lists: each one transaction, each returning what it changed
(:class:`~app.services.changes.Changes`: the records written and their new change numbers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.vntext import split_full_name
from app.errors import AppError
from app.services.changes import Changes, written_in
from app.store.changes import tombstone

if TYPE_CHECKING:
    from app.services.records.source import RecordSource


def update(source: RecordSource, record_id: str, key: str, value: Any) -> Changes:  # noqa: ANN401
    """Store *value* (already parsed) in column *key* of the record."""
    with source.store.session() as session:
        record = session.get(source.spec.model, record_id)
        if record is None:
            raise AppError("Bản ghi không còn nữa (đã bị xóa?).", "the record is gone (deleted?)")
        assign(record, key, value)
    return written_in(session)


def insert(
    source: RecordSource, rows: list[dict[str, Any]], position: int | None = None
) -> tuple[list[str], Changes]:
    """Add records (column → stored value); ordered tables insert at *position* (default: end)."""
    spec, model = source.spec, source.spec.model
    ids: list[str] = []
    with source.store.session() as session:
        if spec.reorderable:
            siblings = _siblings(source, session)
            at = len(siblings) if position is None else max(0, min(position, len(siblings)))
        for offset, values in enumerate(rows):
            record = model(**dict(spec.defaults))
            if spec.scope == "conference":
                record.conference_id = source.conference_id
            if source.period is not None and hasattr(model, "period"):
                record.period = source.period
            record.owner_unit_id = source.unit_id
            for key, value in values.items():
                if key != "id":
                    assign(record, key, value)
            if spec.reorderable:
                record.position = at + offset
            session.add(record)
            session.flush()
            ids.append(record.id)
        if spec.reorderable:
            ordered = siblings[:at] + [session.get(model, i) for i in ids] + siblings[at:]
            _renumber(ordered)
    return ids, written_in(session)


def delete(source: RecordSource, ids: list[str]) -> Changes:
    with source.store.session() as session:
        for record_id in ids:
            record = session.get(source.spec.model, record_id)
            if record is not None:
                tombstone(record)
        if source.spec.reorderable:
            _renumber(_siblings(source, session))
    return written_in(session)


def restore(source: RecordSource, ids: list[str], positions: list[int] | None = None) -> Changes:
    """Undo a delete: the tombstones come back (with new change numbers)."""
    with source.store.session() as session:
        records = [
            session.get(source.spec.model, i, execution_options={"include_deleted": True}) for i in ids
        ]
        for record in records:
            if record is not None:
                record.deleted = False
        if source.spec.reorderable and positions is not None:
            siblings = [s for s in _siblings(source, session) if s.id not in ids]
            for record, position in sorted(zip(records, positions, strict=True), key=lambda p: p[1]):
                siblings.insert(min(position, len(siblings)), record)
            _renumber(siblings)
    return written_in(session)


def positions(source: RecordSource, ids: list[str]) -> list[int]:
    with source.store.session() as session:
        order = [s.id for s in _siblings(source, session)]
    return [order.index(i) for i in ids]


def move(source: RecordSource, record_id: str, new_position: int) -> tuple[int, Changes]:
    """Move a record of an ordered table to *new_position*; return its old position."""
    with source.store.session() as session:
        siblings = _siblings(source, session)
        old = next(i for i, s in enumerate(siblings) if s.id == record_id)
        record = siblings.pop(old)
        siblings.insert(max(0, min(new_position, len(siblings))), record)
        _renumber(siblings)
    return old, written_in(session)


def set_manual_order(
    source: RecordSource, orders: dict[str, int | None]
) -> tuple[dict[str, int | None], Changes]:
    """Give records their order among equals (record id → manual order); return the old ones."""
    model = source.spec.model
    with source.store.session() as session:
        records = {r.id: r for r in session.scalars(select(model).where(model.id.in_(list(orders))))}
        old = {i: records[i].manual_order for i in orders if i in records}
        for record_id, number in orders.items():
            if record_id in records and records[record_id].manual_order != number:
                records[record_id].manual_order = number
    return old, written_in(session)


def _siblings(source: RecordSource, session: Session) -> list[Any]:
    model: Any = source.spec.model
    return list(
        session.scalars(
            select(model)
            .where(model.conference_id == source.conference_id, model.deleted.is_(False))
            .order_by(model.position, model.id)
        )
    )


def _renumber(records: list[Any]) -> None:
    for position, record in enumerate(records):
        if record.position != position:
            record.position = position


def assign(record: Any, key: str, value: Any) -> None:  # noqa: ANN401
    """Set a column; the displayed name of a person is split into "họ và tên đệm" and "tên"."""
    if key == "name" and hasattr(record, "family_middle"):
        if record.collective or not value:
            record.name = value or ""
            record.family_middle, record.given = None, None
        else:
            record.family_middle, record.given = split_full_name(value)
        return
    if key == "given" and hasattr(record, "family_middle"):
        full = record.name or ""
        if value and full.endswith(" " + value):
            record.family_middle = full[: -len(value)].strip()
        record.given = value
        return
    if key == "collective" and hasattr(record, "family_middle"):
        name = record.name
        record.collective = bool(value)
        assign(record, "name", name)
        return
    setattr(record, key, value)
