"""The one table of limits: how each value column of a record is checked, at every door.

Text columns take their longest length from the mapping (``String(n)``; text without a declared
length: :data:`app.domain.fields.MAX_TEXT`), whole numbers their bounds from
:data:`app.domain.fields.NUMBER_KINDS`. The desk's cells, paste, the spreadsheet importer, the
CLI's options, the bundle reader (:func:`app.store.synced.wire_columns`) and ``hoinghi check``
all read this table — so what a commune's desk accepts, the district's bundle reader accepts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Column, ColumnElement, Date, Integer, String, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.fields import (
    MAX_TEXT,
    NUMBER_KINDS,
    FieldKind,
    InvalidValue,
    check_date,
    check_length,
    check_number,
)
from app.domain.vntext import nfc, scrub, split_full_name
from app.store.base import NFCText, Record, per_model, table_of


def _type(column: Column[Any]) -> TypeEngine[Any]:
    return column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type


def text_limit(column: Column[Any]) -> int:
    """The longest text *column* holds: its declared length, else :data:`MAX_TEXT`."""
    length: int | None = getattr(_type(column), "length", None)
    return length or MAX_TEXT


@per_model
def value_kinds(model: type[Record]) -> dict[str, FieldKind]:
    """Column name → how a value of it is checked, for the text, number and date columns of
    *model* that an official (or a bundle) fills; bookkeeping columns are left out."""
    out: dict[str, FieldKind] = {}
    derived = set(model.derive(dict.fromkeys(table_of(model).columns.keys()))) - set(model.DERIVED_FROM)
    for column in table_of(model).columns:
        if (
            column.key in ("id", "seq", "version", "origin", "owner_unit_id")
            or column.foreign_keys
            or column.key in derived
        ):
            continue
        kind = _type(column)
        if isinstance(kind, String):
            out[column.key] = FieldKind("text", limit=text_limit(column))
        elif isinstance(kind, Integer) and column.key in NUMBER_KINDS:
            out[column.key] = NUMBER_KINDS[column.key]
        elif isinstance(kind, Date):
            out[column.key] = FieldKind("date")
    return out


def is_clean_text(column: Column[Any]) -> bool:
    """Whether *column* stores text in the one form (:class:`app.store.base.NFCText`)."""
    return isinstance(column.type, NFCText)


def check_value(model: type[Record], key: str, value: Any) -> Any:  # noqa: ANN401
    """*value* (already of the column's type) for column *key* of *model*: text cleaned as every
    door cleans it; too long text, or a number or date out of bounds, raises
    :class:`InvalidValue` naming neither the record nor the value (the caller names the row)."""
    kind = value_kinds(model).get(key)
    if kind is None or value is None:
        return value
    if kind.name == "text" and isinstance(value, str):
        value = nfc(value) if is_clean_text(table_of(model).columns[key]) else scrub(value)
        return check_length(value or "", kind.limit)
    if kind.name == "date" and isinstance(value, date):
        return check_date(value)
    if isinstance(value, int) and not isinstance(value, bool) and kind.name in ("int", "year", "minutes"):
        return check_number(kind, value)
    return value


def check_values(model: type[Record], values: Mapping[str, Any]) -> dict[str, Any]:
    """Every value of *values* through :func:`check_value`; the first bad one raises
    :class:`InvalidValue` with the column named in front of the reason."""
    out = dict(values)
    for key, value in values.items():
        try:
            out[key] = check_value(model, key, value)
        except InvalidValue as exc:
            raise InvalidValue(f"cột {key}: {exc.vi}", f"column {key}: {exc}") from exc
    return out


def clean_record(record: Record) -> None:
    """Clean, in place, the text of a record about to be written (the ORM flush calls this for
    every changed record): a value stored by an older version with a control character or a
    zero-width space is cleaned on the record's next edit. Lengths and bounds are the doors' job."""
    model = type(record)
    columns = table_of(model).columns
    for key, kind in value_kinds(model).items():
        if kind.name != "text":
            continue
        value = getattr(record, key, None)
        if isinstance(value, str):
            cleaned = (nfc(value) or "") if is_clean_text(columns[key]) else scrub(value)
            if cleaned != value:
                setattr(record, key, cleaned)


def check_name(model: type[Record], name: str) -> None:
    """A name that fits its own column must fit as a person's too ("họ và tên đệm" + "tên"), so
    that ticking or unticking "Tập thể" never makes a record the district refuses."""
    family, given = split_full_name(name)
    for key, part, vi in (("family_middle", family, "Họ và tên đệm"), ("given", given, "Tên")):
        limit = value_kinds(model)[key].limit or MAX_TEXT
        if len(part) > limit:
            raise InvalidValue(
                f"Họ tên quá dài: phần “{vi}” tối đa {limit} ký tự.",
                f"name too long: its {key} part is over {limit} characters",
            )


def bad_values(
    session: Session, model: type[Record], where: Iterable[ColumnElement[bool]] = ()
) -> Iterator[tuple[str, str, str]]:
    """Stored values of *model* the doors would refuse or clean now (written by an older version,
    or before a rule existed): ``(record id, column, reason)`` for each, reasons in Vietnamese."""
    kinds = value_kinds(model)
    table = table_of(model)
    columns = [table.c[key] for key in kinds]
    query = select(table.c.id, *columns).where(table.c.deleted.is_(False), *where)
    for row in session.execute(query):
        for column, value in zip(columns, row[1:], strict=True):
            if value is None:
                continue
            try:
                cleaned = check_value(model, column.key, value)
            except InvalidValue as exc:
                yield row[0], column.key, exc.vi
                continue
            if cleaned != value:
                yield row[0], column.key, "có ký tự điều khiển hoặc ký tự ẩn (được bỏ khi sửa bản ghi)"
