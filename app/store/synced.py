"""The synced tables — the model registry every bundle is read and written against.

Which tables travel in which direction and in which order, which ones are reference data matched
by a natural key, which columns hold a unit (a unit *code* on the wire), which columns travel
(:func:`wire_columns`) and which point at other records (:func:`references`). Everything here is
read from the models themselves, so a new column or a new reference cannot be forgotten by the
bundle reader, the bundle writer or ``docs/make_bundle_tables.py``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String, Time
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.fields import FieldKind
from app.store.base import Record, per_model, table_of
from app.store.models import (
    AgendaItem,
    AwardTally,
    CatalogueItem,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Plan,
    ReviewNote,
    Speech,
    Unit,
    UnitProfile,
)
from app.store.values import text_limit, value_kinds

#: Records owned by units, sent upward (in foreign-key order: bundles carry them in this order).
UP_MODELS: tuple[type[Record], ...] = (
    Conference,
    AgendaItem,
    Invitee,
    Honoree,
    Speech,
    Delegate,
    AwardTally,
    UnitProfile,
)
#: Reference data sent downward, matched by natural key (their ids differ between installations).
REFERENCE_KEYS: dict[type[Record], tuple[str, ...]] = {
    Unit: ("code",),
    Plan: ("code",),
    CatalogueItem: ("catalogue", "code"),
}
#: Records owned by a unit and sent downward as they are (none yet: review notes are merged).
DOWN_OWNED: tuple[type[Record], ...] = ()
DOWN_MODELS: tuple[type[Record], ...] = (*REFERENCE_KEYS, ReviewNote)
REFERENCE_KEYS_BY_TABLE: dict[str, type[Record]] = {m.__tablename__: m for m in REFERENCE_KEYS}
#: Every synced table by its name.
MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in (*DOWN_MODELS, *UP_MODELS)}
#: Columns holding a unit id locally and a unit code on the wire.
UNIT_REFS = ("owner_unit_id", "parent_id", "target_unit_id")
#: Bookkeeping columns of a record (compared, not shown as changes).
STAMPS = ("id", "seq", "version", "origin", "created_at", "updated_at", "owner_unit_id")


# -- columns on the wire ------------------------------------------------------------------------
class WireColumn(NamedTuple):
    """One column on the wire (a tuple, so that checking a record unpacks it cheaply)."""

    name: str
    kind: str  # str, int, bool, date, datetime, time, json
    nullable: bool
    has_default: bool
    limit: int  # longest text accepted (app.store.values: the same limits as every local door)
    bounds: FieldKind | None  # whole numbers and dates: the bounds every local door checks


_WIRE_KINDS: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (Boolean, "bool"),
    (DateTime, "datetime"),
    (Date, "date"),
    (Time, "time"),
    (Integer, "int"),
    (JSON, "json"),
    (String, "str"),
)


def _kind(column: Column[Any]) -> str:
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    for cls, name in _WIRE_KINDS:
        if isinstance(kind, cls):
            return name
    raise TypeError(f"no wire form for {column}")


@per_model
def wire_columns(model: type[Record]) -> list[WireColumn]:
    """The columns of *model* that travel: all but the local change number and derived columns."""
    derived = set(model.derive(dict.fromkeys(c.key for c in table_of(model).columns))) - set(
        model.DERIVED_FROM
    )
    kinds = value_kinds(model)
    return [
        WireColumn(
            c.key,
            _kind(c),
            bool(c.nullable),
            c.default is not None,
            text_limit(c),
            kinds[c.key] if c.key in kinds and kinds[c.key].name != "text" else None,
        )
        for c in table_of(model).columns
        if c.key != "seq" and c.key not in derived
    ]


# -- references: read from the models ------------------------------------------------------------
class Reference(NamedTuple):
    """A column of a synced table that points at another record."""

    column: str
    table: str | None  # the table pointed at; None: the table named by the record's column *via*
    via: str | None = None


@per_model
def references(model: type[Record]) -> tuple[Reference, ...]:
    """Every reference column of *model*, read from the model itself (so a new one cannot be
    forgotten): its foreign keys, and the columns that declare ``info={"references": table}`` (an
    id kept without a database constraint) or ``info={"references_table_in": column}`` (a review
    note's target, whose table another column names)."""
    found: list[Reference] = []
    for column in table_of(model).columns:
        found.extend(Reference(column.key, key.column.table.name) for key in column.foreign_keys)
        if "references" in column.info:
            found.append(Reference(column.key, column.info["references"]))
        if "references_table_in" in column.info:
            found.append(Reference(column.key, None, column.info["references_table_in"]))
    return tuple(found)
