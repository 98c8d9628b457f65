"""Change tracking: one mechanism for the change sequence, time stamps, origin and derived columns.

Every write of a :class:`~app.store.base.Record` goes through here — ORM flushes via the
``before_flush`` hook installed by :func:`install`, bulk writes via :func:`bulk_insert` — so the
USB sync can export "everything after N" and trust that N only grows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from app.store.base import Record, new_id, utcnow
from app.store.models import Counter

CHANGE_SEQ = "change_seq"


def reserve_seq(connection: Connection, count: int) -> int:
    """Reserve *count* consecutive change numbers; return the first.

    The counter row is updated inside the caller's transaction, so concurrent writers (two
    processes on one SQLite file, or PostgreSQL sessions) are serialised by the row lock and
    numbers are never handed out twice.
    """
    if count <= 0:
        raise ValueError("count must be positive")
    result = connection.execute(
        update(Counter).where(Counter.name == CHANGE_SEQ).values(value=Counter.value + count)
    )
    if result.rowcount == 0:
        connection.execute(Counter.__table__.insert().values(name=CHANGE_SEQ, value=count))
    last = connection.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar_one()
    return last - count + 1


def current_seq(connection: Connection) -> int:
    """The highest change number handed out so far (0 on a new database)."""
    value = connection.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar()
    return int(value or 0)


def _apply_derived(obj: Record) -> None:
    cls = type(obj)
    if not cls.DERIVED_FROM:
        return
    values = {name: getattr(obj, name) for name in cls.DERIVED_FROM}
    for name, value in cls.derive(values).items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:  # noqa: ANN401
    new = [o for o in session.new if isinstance(o, Record)]
    dirty = [
        o
        for o in session.dirty
        if isinstance(o, Record) and session.is_modified(o, include_collections=False)
    ]
    if not new and not dirty:
        return
    first = reserve_seq(session.connection(), len(new) + len(dirty))
    origin = session.info.get("installation_id")
    owner = session.info.get("unit_id")
    now = utcnow()
    for offset, obj in enumerate(new):
        _apply_derived(obj)
        obj.seq = first + offset
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.version = obj.version or 1
        obj.origin = origin
        if obj.id is None:
            obj.id = new_id()
        if obj.owner_unit_id is None and owner is not None and not isinstance(obj, _unowned_classes()):
            obj.owner_unit_id = owner
        if obj.deleted is None:
            obj.deleted = False
    for offset, obj in enumerate(dirty, start=len(new)):
        _apply_derived(obj)
        obj.seq = first + offset
        obj.updated_at = now
        obj.version = (obj.version or 0) + 1
        obj.origin = origin


def _unowned_classes() -> tuple[type, ...]:
    # Units, plans and catalogue values are owned by whoever publishes them; they do not default
    # to the installation's unit.
    from app.store.models import CatalogueItem, Plan, Unit

    return (Unit, Plan, CatalogueItem)


def _hide_tombstones(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Record, lambda cls: cls.deleted.is_(False), include_aliases=True)
        )


def install(factory: sessionmaker[Session]) -> None:
    """Attach change tracking and tombstone hiding to sessions made by *factory*.

    ORM queries skip tombstones unless run with ``execution_options(include_deleted=True)``.
    """
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _hide_tombstones)


def tombstone(obj: Record) -> None:
    """Delete *obj* the synced way: it stays as a tombstone with a new change number."""
    obj.deleted = True


# Columns whose value is the same for every row of one bulk chunk: processed once per chunk.
_CHUNK_CONSTANT = ("created_at", "updated_at", "origin")


def bulk_insert(session: Session, model: type[Record], rows: Iterable[dict[str, Any]], batch: int = 20000) -> int:
    """Insert many new records of *model* fast, with the same stamps, derived columns and NFC text
    as an ORM flush. Returns the number of rows written.

    The INSERT is compiled once for the session's dialect and rows go to the driver's
    ``executemany`` with each column's own bind processing applied here, so SQLite and
    PostgreSQL get the same values an ORM flush would write — without SQLAlchemy building
    parameters row by row (most of the cost of a plain Core executemany).
    """
    origin = session.info.get("installation_id")
    owner = session.info.get("unit_id")
    table = model.__table__
    connection = session.connection()
    dialect = connection.dialect
    derive = model.derive if model.DERIVED_FROM else None
    compiled = table.insert().compile(dialect=dialect)
    names: list[str] = list(compiled.positiontup) if compiled.positional else [c.key for c in table.columns]
    columns = {c.key: c for c in table.columns}
    processors = {key: columns[key].type.dialect_impl(dialect).bind_processor(dialect) for key in names}
    scalar_defaults = {
        c.key: c.default.arg for c in table.columns if c.default is not None and c.default.is_scalar
    }
    # Callable defaults (empty JSON lists and dicts); ids and time stamps are set below.
    callable_defaults = [
        c for c in table.columns
        if c.default is not None and c.default.is_callable and c.key not in ("id", "created_at", "updated_at")
    ]
    varying = [(i, key, processors[key]) for i, key in enumerate(names) if key not in _CHUNK_CONSTANT and key != "seq"]
    seq_index = names.index("seq")
    total = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal total
        if not chunk:
            return
        first = reserve_seq(connection, len(chunk))
        now = utcnow()
        constant = {"created_at": now, "updated_at": now, "origin": origin}
        constant = {k: (processors[k](v) if processors[k] else v) for k, v in constant.items()}
        template = [constant.get(key) for key in names]
        params: list[Any] = []
        for offset, row in enumerate(chunk):
            values = list(template)
            for i, key, process in varying:
                value = row[key]
                values[i] = process(value) if process is not None and value is not None else value
            values[seq_index] = first + offset
            params.append(tuple(values) if compiled.positional else dict(zip(names, values, strict=True)))
        connection.exec_driver_sql(str(compiled), params)
        total += len(chunk)
        chunk.clear()

    for source in rows:
        row = dict.fromkeys(names)
        row.update(scalar_defaults)
        for column in callable_defaults:
            row[column.key] = column.default.arg(None)
        row.update(source)
        if row["id"] is None:
            row["id"] = new_id()
        if row["owner_unit_id"] is None:
            row["owner_unit_id"] = owner
        if derive is not None:
            row.update(derive(row))
        chunk.append(row)
        if len(chunk) >= batch:
            flush()
    flush()
    return total
