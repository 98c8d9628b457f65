"""Change tracking: one mechanism for the change sequence, time stamps, origin and derived columns.

Every write of a :class:`~app.store.base.Record` goes through here — ORM flushes via the
``before_flush`` hook installed by :func:`install`, bulk writes via :func:`bulk_insert` — so the
USB sync can export "everything after N" and trust that N only grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, event, insert, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from app.domain.vntext import nfc
from app.store.base import NFCText, Record, new_id, table_of, utcnow
from app.store.models import Counter
from app.store.values import clean_record

CHANGE_SEQ = "change_seq"
#: ``session.info`` key: every record a session's flushes wrote, ``(table, id) → seq`` (the change
#: number it got) — what an operation reports as changed (``app.services.changes``).
WRITTEN = "written"


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
        connection.execute(insert(Counter).values(name=CHANGE_SEQ, value=count))
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
        clean_record(obj)  # old values with control characters are cleaned on the next edit
        _apply_derived(obj)
        obj.seq = first + offset
        obj.updated_at = now
        obj.version = (obj.version or 0) + 1
        obj.origin = origin
    written: dict[tuple[str, str], int] = session.info.setdefault(WRITTEN, {})
    for obj in (*new, *dirty):
        written[(obj.__tablename__, obj.id)] = obj.seq


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


class _Bulk:
    """One table's INSERT (and UPDATE by id) compiled once for the session's dialect, with each
    column's bind processing, so rows go straight to the driver's ``executemany`` — the values an
    ORM flush would write, without SQLAlchemy building parameters row by row."""

    def __init__(self, session: Session, model: type[Record]) -> None:
        table = table_of(model)
        self.model = model
        self.connection = session.connection()
        dialect = self.connection.dialect
        self.insert = table.insert().compile(dialect=dialect)
        self.names: list[str] = (
            list(self.insert.positiontup or ()) if self.insert.positional else [c.key for c in table.columns]
        )
        columns = {c.key: c for c in table.columns}
        self.processors = {k: _processor(columns[k], dialect) for k in self.names}
        self.scalar_defaults = {
            c.key: c.default.arg for c in table.columns if isinstance(c.default, ScalarElementColumnDefault)
        }
        # Callable defaults (empty JSON lists and dicts); ids and time stamps are set by the caller.
        self.callable_defaults = [
            (c.key, c.default)
            for c in table.columns
            if isinstance(c.default, CallableColumnDefault)
            and c.key not in ("id", "created_at", "updated_at")
        ]
        self.derive = model.derive if model.DERIVED_FROM else None
        self.seq_index = self.names.index("seq")
        self._update: SQLCompiler | None = None

    def complete(self, source: dict[str, Any], owner: str | None) -> dict[str, Any]:
        """*source* with defaults, an id, the owner and the derived columns filled in."""
        row = dict.fromkeys(self.names)
        row.update(self.scalar_defaults)
        for key, default in self.callable_defaults:
            row[key] = default.arg(None)  # type: ignore[arg-type]  # list, dict: they take no execution context
        row.update(source)
        if row["id"] is None:
            row["id"] = new_id()
        if row["owner_unit_id"] is None:
            row["owner_unit_id"] = owner
        if self.derive is not None:
            row.update(self.derive(row))
        return row

    def params(self, rows: list[dict[str, Any]], first_seq: int, skip: tuple[str, ...] = ()) -> list[Any]:
        """Driver parameters for *rows* (numbered from *first_seq*); columns in *skip* are taken
        as already processed."""
        positional = self.insert.positional
        varying = [
            (i, k, None if k in skip else self.processors[k]) for i, k in enumerate(self.names) if k != "seq"
        ]
        out: list[Any] = []
        for offset, row in enumerate(rows):
            values: list[Any] = [None] * len(self.names)
            for i, key, process in varying:
                value = row[key]
                values[i] = process(value) if process is not None and value is not None else value
            values[self.seq_index] = first_seq + offset
            out.append(tuple(values) if positional else dict(zip(self.names, values, strict=True)))
        return out

    def run_insert(self, params: list[Any]) -> None:
        if params:
            self.connection.exec_driver_sql(str(self.insert), params)

    def run_update(self, params: list[Any]) -> None:
        """UPDATE by id, with the parameters :meth:`params` made (every column, id last)."""
        if not params:
            return
        if self._update is None:
            from sqlalchemy import bindparam

            table = table_of(self.model)
            statement = (
                table.update()
                .where(table.c.id == bindparam("_id"))
                .values({k: bindparam(k) for k in self.names if k != "id"})
            )
            self._update = statement.compile(dialect=self.connection.dialect)
        update_names = list(self._update.positiontup or ()) if self._update.positional else None
        rows = []
        for p in params:
            by_name = dict(zip(self.names, p, strict=True)) if self.insert.positional else dict(p)
            by_name["_id"] = by_name["id"]
            rows.append(tuple(by_name[k] for k in update_names) if update_names else by_name)
        self.connection.exec_driver_sql(str(self._update), rows)


def _processor(column: Any, dialect: Any) -> Any:  # noqa: ANN401
    """The column's bind processing; NFC text calls :func:`nfc` directly (the same result as the
    type's own wrapper, without its per-value overhead — it runs for every text of every row)."""
    if isinstance(column.type, NFCText) and column.type.impl_instance.bind_processor(dialect) is None:
        return nfc
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def bulk_insert(
    session: Session, model: type[Record], rows: Iterable[dict[str, Any]], batch: int = 20000
) -> int:
    """Insert many new records of *model* fast, with the same stamps, derived columns and NFC text
    as an ORM flush. Returns the number of rows written."""
    origin = session.info.get("installation_id")
    owner = session.info.get("unit_id")
    bulk = _Bulk(session, model)
    total = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal total
        if not chunk:
            return
        first = reserve_seq(bulk.connection, len(chunk))
        now = utcnow()
        constant = {"created_at": now, "updated_at": now, "origin": origin}
        constant = {k: (bulk.processors[k](v) if bulk.processors[k] else v) for k, v in constant.items()}
        for row in chunk:
            row.update(constant)
        bulk.run_insert(bulk.params(chunk, first, skip=_CHUNK_CONSTANT))
        total += len(chunk)
        chunk.clear()

    for source in rows:
        chunk.append(bulk.complete(source, owner))
        if len(chunk) >= batch:
            flush()
    flush()
    return total


def write_received(
    session: Session,
    model: type[Record],
    new: list[dict[str, Any]],
    changed: list[dict[str, Any]],
    batch: int = 20000,
    written: Callable[[int], None] | None = None,
) -> int:
    """Write records received in a bundle: *new* ones inserted, *changed* ones replaced by id.

    Unlike local edits they keep the version, origin, time stamps and tombstone flag they carry
    (they were changed elsewhere); each gets a fresh local change number, so that a district
    passes its communes' records on to the province in its own next bundle.
    """
    bulk = _Bulk(session, model)
    base = bulk.complete({"id": ""}, None)  # every column, with its default
    derive = bulk.derive
    total = 0
    for rows, run in ((new, bulk.run_insert), (changed, bulk.run_update)):
        for start in range(0, len(rows), batch):
            chunk = []
            for source in rows[start : start + batch]:
                row = {**base, **source}
                if derive is not None:
                    row.update(derive(row))
                chunk.append(row)
            first = reserve_seq(bulk.connection, len(chunk))
            run(bulk.params(chunk, first))
            total += len(chunk)
            if written is not None:
                written(total)  # progress; may raise Cancelled (the caller's transaction rolls back)
    return total
