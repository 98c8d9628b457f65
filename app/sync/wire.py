"""Stage 1 — the wire codec: a database row as the JSON object of a bundle line, and back.

Records travel with their id, version and origin (the installation that changed them last);
columns that point at units carry the unit's *code* and a conference's plan the plan's *code*
(ids of reference data differ between installations); derived columns are left out and
recomputed on arrival. Which columns travel, with which limits, is the store's model registry
(:func:`app.store.synced.wire_columns`): the same limits as every local door.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from app.domain.fields import InvalidValue, check_date, check_length, check_number
from app.domain.list_names import TABLE_LABELS
from app.domain.vntext import scrub
from app.errors import AppError
from app.store.base import Record
from app.store.models import Plan
from app.store.synced import UNIT_REFS, WireColumn, wire_columns
from app.sync.bundle import BundleRefused

_PARSE: dict[str, Callable[[str], date | datetime | time]] = {
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "time": time.fromisoformat,
}
_INT_LIMIT = 2**62
#: A record's version counts its changes: a larger one is absurd, and would make every later
#: change of the record look older than the copy held here (the record frozen).
MAX_VERSION = 1_000_000
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def plan_codes(session: Session) -> dict[str, str]:
    """Plan id → plan code, tombstones included (a conference names its plan by code on the wire)."""
    return dict(session.execute(select(Plan.id, Plan.code).execution_options(include_deleted=True)).all())


# -- out ----------------------------------------------------------------------------------------
def to_wire(
    model: type[Record], row: RowMapping | Mapping[str, Any], codes: dict[str, str], plans: dict[str, str]
) -> dict[str, Any]:
    """A database row as the JSON object of a bundle line (``None`` values left out)."""
    out: dict[str, Any] = {}
    for column in wire_columns(model):
        value = row[column.name]
        if value is None:
            continue
        if column.name in UNIT_REFS:
            value = codes.get(value)
        elif column.name == "plan_id":
            value = plans.get(value)
        elif isinstance(value, date | time):
            value = value.isoformat()
        elif (
            column.kind == "str"
            and len(value) > column.limit
            or column.bounds is not None
            and column.kind == "int"
        ):
            _check_outgoing(model, row, column, value)
        if value is not None:
            out[column.name] = value
    return out


def _check_outgoing(
    model: type[Record],
    row: RowMapping | Mapping[str, Any],
    column: WireColumn,
    value: Any,  # noqa: ANN401
) -> None:
    """A stored value the recipient's bundle reader would refuse (written by an older version:
    too long, out of bounds) stops the export with the record named — to be fixed here, instead
    of every later bundle of this unit being refused up there."""
    try:
        if column.kind == "str":
            check_length(value, column.limit)
        elif column.bounds is not None:
            check_number(column.bounds, value)
    except InvalidValue as exc:
        label = TABLE_LABELS.get(model.__tablename__, model.__tablename__)
        name: str = row.get("name") or row.get("title") or row.get("presenter") or row["id"]
        shown = name if len(name) <= 60 else name[:57] + "…"
        raise AppError(
            f"{label} “{shown}”, cột {column.name}: {exc.vi} Hãy sửa rồi gửi lại (hoinghi check liệt kê "
            "mọi giá trị như vậy).",
            f"{model.__tablename__} {row['id']}, column {column.name}: {exc}; fix it and send again",
        ) from exc


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """A checked record with its dates back in ISO text (kept as JSON, read again by :func:`from_wire`)."""
    return {k: (v.isoformat() if isinstance(v, date | time) else v) for k, v in row.items()}


# -- in -----------------------------------------------------------------------------------------
def bad_record(number: int, table: str, detail: str) -> BundleRefused:
    """The refusal of a malformed record, named by its line number in the bundle."""
    return BundleRefused(
        f"Bản ghi thứ {number} (bảng {table}) trong gói không hợp lệ: {detail}.",
        f"malformed record {number} ({table}): {detail}",
    )


def from_wire(model: type[Record], data: dict[str, Any], number: int) -> dict[str, Any]:
    """A bundle line's record checked column by column and converted to database values (unit
    references still as codes). Unknown columns are ignored (a newer app may add some)."""
    row: dict[str, Any] = {}
    get = data.get
    for name, kind, nullable, has_default, limit, bounds in wire_columns(model):
        value = get(name)
        if value is None:
            if has_default:
                continue  # the column's default, as for a record made here
            if not nullable:
                raise bad_record(number, model.__tablename__, f"thiếu cột {name}")
            row[name] = None
            continue
        kind_of = type(value)  # exact types: JSON gives str, int, bool, list, dict (a bool is no int)
        if kind == "str":
            if kind_of is not str or len(value) > limit:
                raise bad_record(number, model.__tablename__, f"cột {name} sai kiểu hoặc quá dài")
            # Control characters, NUL, lone surrogates, bidi overrides, zero-width characters:
            # dropped as at every local door (the store's NFC columns then normalise the rest).
            value = scrub(value)
        elif kind == "int":
            if kind_of is not int or not -_INT_LIMIT < value < _INT_LIMIT:
                raise bad_record(number, model.__tablename__, f"cột {name} sai kiểu")
            if bounds is not None:
                try:
                    check_number(bounds, value)
                except InvalidValue as exc:
                    raise bad_record(number, model.__tablename__, f"cột {name}: {exc.vi}") from exc
        elif kind == "bool":
            if kind_of is not bool:
                raise bad_record(number, model.__tablename__, f"cột {name} sai kiểu")
        elif kind == "json":
            if kind_of is not list and kind_of is not dict:
                raise bad_record(number, model.__tablename__, f"cột {name} sai kiểu")
        else:
            try:
                if kind_of is not str:
                    raise ValueError(name)
                value = _PARSE[kind](value)
                if bounds is not None and isinstance(value, date):  # dates have bounds, times none
                    check_date(value)
            except ValueError as exc:  # InvalidValue too
                raise bad_record(
                    number, model.__tablename__, f"cột {name} không phải ngày giờ hợp lệ"
                ) from exc
        row[name] = value
    if not isinstance(row.get("id"), str) or not _UUID.fullmatch(row["id"]):
        raise bad_record(number, model.__tablename__, "mã bản ghi (id) không hợp lệ")
    if not 1 <= row.get("version", 1) <= MAX_VERSION:
        raise bad_record(
            number, model.__tablename__, f"phiên bản (version) {row['version']} nằm ngoài 1…{MAX_VERSION}"
        )
    row.setdefault("version", 1)
    row.setdefault("deleted", False)
    return row
