"""Bundles against the database: what goes into the next bundle, and what an incoming one changes.

* **Upward** (a unit to its parent) carries every record owned by the unit or a unit below it
  whose local change number is above what the parent acknowledged.
* **Downward** (a parent to a child) carries the unit registry, plans and catalogues, and the
  review notes on records of the child's subtree, changed after what the child acknowledged.
* Every bundle's manifest acknowledges what the sender holds of the recipient's changes, so the
  next bundle the other way starts after it. Bundles are cumulative since the last
  acknowledgement: a lost stick is replaced by the next bundle.

Records travel with their id, version and origin (the installation that changed them last);
columns that point at units carry the unit's *code* (ids of reference data differ between
installations), derived columns are recomputed on arrival. An import is first planned — new,
changed, unchanged, deleted per table, conflicts, refusals — without writing anything; applying
it is one transaction after a backup.
"""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Time, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from app import __version__
from app.domain.fields import FieldKind, InvalidValue, check_date, check_length, check_number
from app.domain.vntext import scrub
from app.errors import AppError
from app.progress import Cancelled, Progress, report
from app.services.registry import UnitTree
from app.store.backup import backup_sqlite
from app.store.base import Record, utcnow
from app.store.changes import current_seq, write_received
from app.store.db import Store
from app.store.models import (
    AgendaItem,
    AwardTally,
    CatalogueItem,
    Conference,
    Counter,
    Delegate,
    Honoree,
    Invitee,
    Plan,
    ReviewNote,
    Speech,
    SyncConflict,
    SyncLedger,
    SyncPeer,
    SyncReceived,
    Unit,
    UnitProfile,
)
from app.store.values import text_limit, value_kinds
from app.sync.bundle import (
    MAX_INT,
    Bundle,
    BundleRefused,
    bundle_name,
    make_bundle,
    open_payload,
    read_bundle,
    verify_bundle,
    write_bundle,
)
from app.sync.crypto import CryptoRefused, PublicKeys
from app.sync.keys import KeyStatus, accept_keys, installation_identity, own_unit, peer_keys, peer_status

#: Records owned by units, sent upward (in foreign-key order).
UP_MODELS: tuple[type[Record], ...] = (Conference, AgendaItem, Invitee, Honoree, Speech, Delegate, AwardTally,
                                        UnitProfile)
#: Reference data sent downward, matched by natural key (their ids differ between installations).
REFERENCE_KEYS: dict[type[Record], tuple[str, ...]] = {Unit: ("code",), Plan: ("code",),
                                                        CatalogueItem: ("catalogue", "code")}
#: Review notes are written by a higher unit (their owner) and resolved by the unit they are
#: about: the owner's fields travel down, the resolution travels back up (merged field by field,
#: so neither side overwrites the other's part).
NOTE_OWNER_FIELDS = ("target_table", "target_id", "text", "deleted")
NOTE_TARGET_FIELDS = ("status", "resolution", "resolved_at")
DOWN_OWNED: tuple[type[Record], ...] = ()
DOWN_MODELS: tuple[type[Record], ...] = (*REFERENCE_KEYS, ReviewNote)
REFERENCE_KEYS_BY_TABLE = {m.__tablename__: m for m in REFERENCE_KEYS}
MODELS = {m.__tablename__: m for m in (*DOWN_MODELS, *UP_MODELS)}
#: Columns holding a unit id locally and a unit code on the wire.
UNIT_REFS = ("owner_unit_id", "parent_id", "target_unit_id")
#: Bookkeeping columns of a record (compared, not shown as changes).
STAMPS = ("id", "seq", "version", "origin", "created_at", "updated_at", "owner_unit_id")
BUNDLES_SENT = "bundles_sent"
#: What the tables are called in a summary an official reads.
TABLE_LABELS = {
    "units": "Đơn vị", "plans": "Kế hoạch", "catalogue_items": "Danh mục", "review_notes": "Ghi chú góp ý",
    "conferences": "Hội nghị", "agenda_items": "Chương trình", "invitees": "Khách mời", "honorees": "Điển hình",
    "speeches": "Tham luận", "delegates": "Đại biểu cấp trên", "award_tallies": "Số liệu khen thưởng",
    "unit_profiles": "Thông tin văn bản",
}


# -- columns on the wire ------------------------------------------------------------------------
class _Column(NamedTuple):
    """One column on the wire (a tuple, so that checking a record unpacks it cheaply)."""

    name: str
    kind: str  # str, int, bool, date, datetime, time, json
    nullable: bool
    has_default: bool
    limit: int  # longest text accepted (app.store.values: the same limits as every local door)
    bounds: FieldKind | None  # whole numbers and dates: the bounds every local door checks


def _kind(column: Any) -> str:  # noqa: ANN401
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    for cls, name in ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Time, "time"), (Integer, "int"),
                      (JSON, "json"), (String, "str")):
        if isinstance(kind, cls):
            return name
    raise TypeError(f"no wire form for {column}")


@functools.cache
def wire_columns(model: type[Record]) -> list[_Column]:
    """The columns of *model* that travel: all but the local change number and derived columns."""
    derived = set(model.derive(dict.fromkeys(c.key for c in model.__table__.columns))) - set(model.DERIVED_FROM)
    kinds = value_kinds(model)
    return [
        _Column(c.key, _kind(c), bool(c.nullable), c.default is not None, text_limit(c),
                kinds[c.key] if c.key in kinds and kinds[c.key].name != "text" else None)
        for c in model.__table__.columns if c.key != "seq" and c.key not in derived
    ]


def to_wire(model: type[Record], row: Any, codes: dict[str, str], plans: dict[str, str]) -> dict[str, Any]:  # noqa: ANN401
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
        elif column.kind == "str" and len(value) > column.limit or column.bounds is not None and column.kind == "int":
            _check_outgoing(model, row, column, value)
        if value is not None:
            out[column.name] = value
    return out


def _check_outgoing(model: type[Record], row: Any, column: _Column, value: Any) -> None:  # noqa: ANN401
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
        name = row.get("name") or row.get("title") or row.get("presenter") or row["id"]
        shown = name if len(name) <= 60 else name[:57] + "…"
        raise AppError(f"{label} “{shown}”, cột {column.name}: {exc.vi} Hãy sửa rồi gửi lại (hoinghi check liệt kê "
                       "mọi giá trị như vậy).", f"{model.__tablename__} {row['id']}, column {column.name}: {exc}; "
                       "fix it and send again") from exc


def _bad(number: int, table: str, detail: str) -> BundleRefused:
    return BundleRefused(f"Bản ghi thứ {number} (bảng {table}) trong gói không hợp lệ: {detail}.",
                         f"malformed record {number} ({table}): {detail}")


_PARSE = {"date": date.fromisoformat, "datetime": datetime.fromisoformat, "time": time.fromisoformat}
_INT_LIMIT = 2**62
#: A record's version counts its changes: a larger one is absurd, and would make every later
#: change of the record look older than the copy held here (the record frozen).
MAX_VERSION = 1_000_000
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


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
                raise _bad(number, model.__tablename__, f"thiếu cột {name}")
            row[name] = None
            continue
        kind_of = type(value)  # exact types: JSON gives str, int, bool, list, dict (a bool is no int)
        if kind == "str":
            if kind_of is not str or len(value) > limit:
                raise _bad(number, model.__tablename__, f"cột {name} sai kiểu hoặc quá dài")
            # Control characters, NUL, lone surrogates, bidi overrides, zero-width characters:
            # dropped as at every local door (the store's NFC columns then normalise the rest).
            value = scrub(value)
        elif kind == "int":
            if kind_of is not int or not -_INT_LIMIT < value < _INT_LIMIT:
                raise _bad(number, model.__tablename__, f"cột {name} sai kiểu")
            if bounds is not None:
                try:
                    check_number(bounds, value)
                except InvalidValue as exc:
                    raise _bad(number, model.__tablename__, f"cột {name}: {exc.vi}") from exc
        elif kind == "bool":
            if kind_of is not bool:
                raise _bad(number, model.__tablename__, f"cột {name} sai kiểu")
        elif kind == "json":
            if kind_of is not list and kind_of is not dict:
                raise _bad(number, model.__tablename__, f"cột {name} sai kiểu")
        else:
            try:
                if kind_of is not str:
                    raise ValueError(name)
                value = _PARSE[kind](value)
                if bounds is not None:
                    check_date(value)
            except ValueError as exc:  # InvalidValue too
                raise _bad(number, model.__tablename__, f"cột {name} không phải ngày giờ hợp lệ") from exc
        row[name] = value
    if not isinstance(row.get("id"), str) or not _UUID.fullmatch(row["id"]):
        raise _bad(number, model.__tablename__, "mã bản ghi (id) không hợp lệ")
    if not 1 <= row.get("version", 1) <= MAX_VERSION:
        raise _bad(number, model.__tablename__, f"phiên bản (version) {row['version']} nằm ngoài 1…{MAX_VERSION}")
    row.setdefault("version", 1)
    row.setdefault("deleted", False)
    return row


# -- references: one rule for every table ------------------------------------------------------
class Reference(NamedTuple):
    """A column of a synced table that points at another record."""

    column: str
    table: str | None  # the table pointed at; None: the table named by the record's column *via*
    via: str | None = None


@functools.cache
def references(model: type[Record]) -> tuple[Reference, ...]:
    """Every reference column of *model*, read from the model itself (so a new one cannot be
    forgotten): its foreign keys, and the columns that declare ``info={"references": table}`` (an
    id kept without a database constraint) or ``info={"references_table_in": column}`` (a review
    note's target, whose table another column names)."""
    found: list[Reference] = []
    for column in model.__table__.columns:
        found.extend(Reference(column.key, key.column.table.name) for key in column.foreign_keys)
        if "references" in column.info:
            found.append(Reference(column.key, column.info["references"]))
        if "references_table_in" in column.info:
            found.append(Reference(column.key, None, column.info["references_table_in"]))
    return tuple(found)


def _outside(number: int, model: type[Record], row: dict[str, Any], column: str, vi: str, en: str) -> BundleRefused:
    label = TABLE_LABELS.get(model.__tablename__, model.__tablename__)
    return BundleRefused(
        f"Bản ghi thứ {number} trong gói ({label}, mã {row.get('id')}) {vi}; cả gói bị từ chối.",
        f"record {number} ({model.__tablename__} {row.get('id')}): {column} {en}; the whole bundle is refused")


def check_references(session: Session, by_model: dict[type[Record], list[tuple[int, dict[str, Any]]]],
                     tree: UnitTree, direction: str, me: str, sender: str) -> None:
    """The one rule for every reference a bundle record carries (every column :func:`references`
    finds, of every table), checked on the records as they arrive (units and plans as codes):

    * **units** — ``owner_unit_id``: upward, a unit of the sender's subtree (a review note being
      resolved: this unit or one above it, who wrote it); downward, the sender or a unit above it
      (reference data may have no owner). ``target_unit_id`` (the unit a review note is about):
      upward in the sender's subtree, downward in this unit's subtree. ``parent_id`` (the registry):
      a unit known here or in the same bundle;
    * **reference data** (``plan_id``): a plan known here or in the same bundle, by its code (plans
      travel down from their issuer, and a unit's own plans go up with its conferences); who may
      send a plan at all is its ``owner_unit_id`` (its issuer): upward, in the sender's subtree;
    * **records of owned tables** (a conference, an honoree, a delegate, a review note's target):
      in the same bundle or already in this database, owned by a unit in the subtree of the
      record's own owner (for a review note, of the unit it is about). A commune's record therefore
      names only the commune's own records — also when its district relays it — and a district's
      record may name its communes' records.

    Anything else refuses the whole bundle, naming the record (:class:`BundleRefused`)."""
    above, mine, below = tree.ancestors(me), tree.subtree(me), tree.subtree(sender)
    new_units = {row.get("code") for _, row in by_model.get(Unit, [])}
    plans = set(session.scalars(select(Plan.code).execution_options(include_deleted=True)))
    plans |= {row.get("code") for _, row in by_model.get(Plan, [])}  # a plan sent with its conferences
    carried = {m.__tablename__: {row["id"]: row.get("owner_unit_id") for _, row in rows}
               for m, rows in by_model.items() if m not in REFERENCE_KEYS}
    owned = {m.__tablename__: m for m in (*UP_MODELS, *DOWN_OWNED)}

    def unit_scope(model: type[Record], column: str) -> tuple[set[str] | None, str, str]:
        if column == "parent_id":
            return None, "", ""
        if column == "target_unit_id":
            return ((below, "là góp ý cho đơn vị ngoài phạm vi đơn vị gửi", "is outside the sender's subtree")
                    if direction == "up" else
                    (mine, "là góp ý cho đơn vị không thuộc đơn vị này", "is outside this unit's subtree"))
        if model is ReviewNote:
            return ((above | {me}, "là góp ý không do đơn vị này hay cấp trên viết",
                     "is neither this unit nor one above it") if direction == "up" else
                    (above, "là góp ý không do cấp trên viết", "is not a unit above this one"))
        if model in REFERENCE_KEYS and direction == "down":
            return above, "là danh mục hay kế hoạch do đơn vị không phải cấp trên lập", "is not a unit above this one"
        if model is Plan:  # upward, a unit's own plans go with the conferences that follow them
            return below, ("là kế hoạch mà đơn vị gửi không được ban hành hay sửa (kế hoạch của cấp trên chỉ cấp "
                           "trên sửa)"), "is outside the sender's subtree: not the sender's to issue or change"
        return below, "thuộc đơn vị ngoài quyền của đơn vị gửi", "is outside the sender's subtree"

    # Each distinct (table, id, owner whose data it must be) is looked up once, named by the first
    # record that points at it: a bundle's 100,000 honorees point at one conference.
    pending: dict[tuple[str, str, str | None], tuple[int, type[Record], dict[str, Any], str]] = {}
    for model, rows in by_model.items():
        unit_refs = [(r.column, *unit_scope(model, r.column)) for r in references(model) if r.table == "units"]
        record_refs = [r for r in references(model) if r.table != "units"]
        owner_required = model not in REFERENCE_KEYS or direction == "up"
        for number, row in rows:
            for column, scope, vi, en in unit_refs:
                value = row.get(column)
                if value is None:
                    if column == "owner_unit_id" and owner_required:
                        raise _outside(number, model, row, column, "không có đơn vị sở hữu", "is missing")
                    continue
                unit = tree.ids.get(value)
                if unit is None and not (scope is None and value in new_units):
                    raise _outside(number, model, row, column, f"trỏ tới đơn vị {value} không có trong danh mục",
                                   f"names unit {value}, which is not in the registry")
                if scope is not None and unit not in scope:
                    raise _outside(number, model, row, column, f"{vi} (đơn vị {value})", f"{value} {en}")
            for column, table, via in record_refs:
                value = row.get(column)
                if value is None:
                    continue
                table = table or row.get(via)
                if table in REFERENCE_KEYS_BY_TABLE:
                    if table == "plans" and value not in plans:
                        raise _outside(number, model, row, column, f"dùng kế hoạch {value} mà máy này chưa có "
                                       "(hãy cập nhật phần mềm)", f"names plan {value}, unknown here (update the app)")
                    continue
                if table not in owned:
                    raise _outside(number, model, row, column, f"trỏ tới bảng “{table}” không được phép",
                                   f"points into table {table!r}, which is not allowed")
                scope_unit = row.get("target_unit_id") if model is ReviewNote else row.get("owner_unit_id")
                pending.setdefault((table, value, scope_unit), (number, model, row, column))

    stored: dict[str, dict[str, str | None]] = {}
    for table in {key[0] for key in pending}:
        wanted = sorted({v for t, v, _ in pending if t == table and v not in carried.get(table, {})})
        found = stored.setdefault(table, {})
        columns = owned[table].__table__.c
        for start in range(0, len(wanted), 500):
            query = select(columns.id, columns.owner_unit_id).where(columns.id.in_(wanted[start:start + 500]))
            found.update({i: tree.codes.get(o) for i, o in session.connection().execute(query)})
    scopes: dict[str, set[str]] = {}
    for (table, value, scope_unit), (number, model, row, column) in pending.items():
        in_bundle = carried.get(table, {})
        owner = in_bundle[value] if value in in_bundle else stored[table].get(value, "?")
        if owner == "?":
            raise _outside(number, model, row, column, f"trỏ tới bản ghi {value} không có trong gói lẫn trong máy này",
                           f"points at {table} {value}, which is neither in the bundle nor in this database")
        scope_id = tree.ids.get(scope_unit or "", "")
        if scope_id not in scopes:
            scopes[scope_id] = tree.subtree(scope_id) if scope_id else set()
        if tree.ids.get(owner or "") not in scopes[scope_id]:
            raise _outside(number, model, row, column,
                           f"trỏ tới dữ liệu của đơn vị {owner}, ngoài phạm vi của đơn vị {scope_unit}",
                           f"points at {table} {value} of unit {owner}, outside unit {scope_unit}'s own data")


# -- the unit tree ------------------------------------------------------------------------------
def _plan_codes(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Plan.id, Plan.code).execution_options(include_deleted=True)).all())


# -- export -------------------------------------------------------------------------------------
@dataclass
class Exported:
    path: Path
    recipient: str
    direction: str
    counts: dict[str, int]
    seq_from: int
    seq_to: int


def _partner(session: Session, tree: UnitTree, me: Unit, code: str | None) -> tuple[Unit, str]:
    """The recipient (default: the parent) and the direction; only the parent or a child."""
    if code is None:
        if not me.parent_id:
            raise AppError("Đơn vị này không có cấp trên; hãy chọn đơn vị cấp dưới nhận gói (--for MÃ).",
                           "this unit has no parent; name the child to send to (--for CODE)")
        code = tree.codes[me.parent_id]
    unit = session.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is None:
        raise AppError(f"Không có đơn vị mã “{code}” trong danh mục.", f"no unit {code!r} in the registry")
    if unit.id == me.parent_id:
        return unit, "up"
    if unit.parent_id == me.id:
        return unit, "down"
    raise AppError(f"Đơn vị {code} không phải cấp trên trực tiếp hay cấp dưới trực tiếp của {me.code}.",
                   f"unit {code} is neither the parent nor a child of {me.code}")


def _records(session: Session, direction: str, tree: UnitTree, me: Unit, peer_unit: Unit, after: int) -> Iterator[dict[str, Any]]:
    plans = _plan_codes(session)
    connection = session.connection()
    if direction == "up":
        owners = tree.subtree(me.id)
        yield from _plan_lines(connection, after, tree, plans, lambda owner: owner in owners)
        for model in UP_MODELS:
            table = model.__table__
            for row in connection.execute(select(table).where(table.c.seq > after).order_by(table.c.seq)).mappings():
                if row["owner_unit_id"] in owners:
                    yield {"t": table.name, "r": to_wire(model, row, tree.codes, plans)}
        # Notes from above about this subtree, changed here (resolved): their resolution goes up.
        above = tree.ancestors(me.id)
        table = ReviewNote.__table__
        for row in connection.execute(select(table).where(table.c.seq > after).order_by(table.c.seq)).mappings():
            if row["owner_unit_id"] in above and row["target_unit_id"] in owners:
                yield {"t": table.name, "r": to_wire(ReviewNote, row, tree.codes, plans)}
        return
    targets = tree.subtree(peer_unit.id)
    above = tree.ancestors(peer_unit.id)
    for model in DOWN_MODELS:
        if model is Plan:  # a plan goes down to the units below its issuer; each unit's own plans stay
            yield from _plan_lines(connection, after, tree, plans, lambda owner: owner is None or owner in above)
            continue
        table = model.__table__
        query = select(table).where(table.c.seq > after).order_by(table.c.seq)
        for row in connection.execute(query).mappings():
            if model is ReviewNote and row["target_unit_id"] not in targets:
                continue
            yield {"t": table.name, "r": to_wire(model, row, tree.codes, plans)}


def _plan_lines(connection: Any, after: int, tree: UnitTree, plans: dict[str, str],  # noqa: ANN401
                keep: Callable[[str | None], bool]) -> Iterator[dict[str, Any]]:
    table = Plan.__table__
    for row in connection.execute(select(table).where(table.c.seq > after).order_by(table.c.seq)).mappings():
        if keep(row["owner_unit_id"]):
            yield {"t": table.name, "r": to_wire(Plan, row, tree.codes, plans)}


def export_bundle(store: Store, folder: Path, recipient: str | None = None, progress: Progress | None = None) -> Exported:
    """Write the next bundle for *recipient* (default: the parent) into *folder*; return its path.

    The bundle holds every change since the recipient's last acknowledgement. The file appears
    under its final name only once written, flushed and read back."""
    if not folder.is_dir():
        raise AppError(f"Không thấy thư mục {folder} (USB đã được cắm chưa?).", f"folder not found: {folder}")
    me = own_unit(store)
    identity = installation_identity(store)
    report(progress, 0, 3, "Đang chọn dữ liệu…")
    with store.session() as session:
        tree = UnitTree.load(session)
        partner, direction = _partner(session, tree, me, recipient)
        keys = peer_keys(session, partner.code)
        if keys is None:
            raise AppError(
                f"Chưa có khóa của đơn vị {partner.code} ({partner.name}); hãy nhập tệp đăng ký khóa của đơn vị đó "
                "trước (hoinghi keys import).",
                f"no keys known for unit {partner.code}; import its registration file first (hoinghi keys import)")
        peer = session.get(SyncPeer, partner.code)
        after = peer.acked_seq if peer else 0
        upto = current_seq(session.connection())
        lines = list(_records(session, direction, tree, me, partner, after))
        acks = [{"installation": r.installation, "seq": r.seq}
                for r in session.scalars(select(SyncReceived).where(SyncReceived.unit_code == partner.code))]
        counter = session.get(Counter, BUNDLES_SENT)
        number = (counter.value if counter else 0) + 1
        day = date.today().strftime("%Y%m%d")
        while (folder / bundle_name(me.code, day, number)).exists():
            number += 1  # never replace a bundle already on the stick (another PC of this unit wrote it)
        report(progress, 1, 3, "Đang mã hóa…")
        extra = {"number": number, "installation": store.installation_id, "sender_keys": identity.public().as_json(),
                 "acks": acks, "created_at": utcnow().isoformat(timespec="seconds")}
        extra["software"] = f"hoinghi {__version__}"  # which app wrote it (support questions)
        bundle = make_bundle(identity, me.code, keys, partner.code, direction, lines, after + 1, upto, extra)
        report(progress, 2, 3, "Đang ghi ra USB…")
        path = write_bundle(bundle, folder / bundle_name(me.code, day, number))
        if counter is None:
            session.add(Counter(name=BUNDLES_SENT, value=number))
        else:
            counter.value = number
        if peer is not None:
            peer.last_sent_at = utcnow()
    from app.services.journal import record_export

    record_export(store, f"bundle-{direction}", path, sum(bundle.manifest["counts"].values()), partner.code)
    report(progress, 3, 3, "Xong")
    return Exported(path, partner.code, direction, bundle.manifest["counts"], after + 1, upto)


# -- import: planning ---------------------------------------------------------------------------
@dataclass
class TableCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0

    def as_json(self) -> dict[str, int]:
        return {"new": self.new, "changed": self.changed, "unchanged": self.unchanged, "deleted": self.deleted}


@dataclass
class Preview:
    """What importing one bundle does (or did), for the official to read before applying."""

    file: Path
    status: str  # ready, imported, already, refused, cancelled
    reason: AppError | None = None
    bundle_id: str = ""
    sender: str = ""
    sender_name: str = ""
    direction: str = ""
    number: int = 0
    created_at: str = ""
    seq_from: int = 0
    seq_to: int = 0
    key: KeyStatus | None = None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backup: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file), "status": self.status,
            "reason": self.reason.en if self.reason else None, "reason_vi": self.reason.vi if self.reason else None,
            "bundle": self.bundle_id, "sender": self.sender, "sender_name": self.sender_name,
            "direction": self.direction, "number": self.number, "created_at": self.created_at,
            "seq_from": self.seq_from, "seq_to": self.seq_to,
            "key": None if self.key is None else {"state": self.key.state, "fingerprint": self.key.fingerprint,
                                                  "previous": self.key.previous},
            "tables": {t: c.as_json() for t, c in self.tables.items()},
            "conflicts": self.conflicts, "warnings": self.warnings, "backup": self.backup,
        }


@dataclass
class _Writes:
    """What applying a bundle writes: rows per model, reference objects, conflicts — planned
    against *tree*, the unit registry read once for the whole import."""

    tree: UnitTree
    new: dict[type[Record], list[dict[str, Any]]] = field(default_factory=dict)
    changed: dict[type[Record], list[dict[str, Any]]] = field(default_factory=dict)
    reference: list[tuple[type[Record], dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[dict[str, Any], tuple[str, ...]]] = field(default_factory=list)
    conflicts: list[SyncConflict] = field(default_factory=list)


def _existing(session: Session, model: type[Record], ids: list[str]) -> dict[str, tuple]:
    table = model.__table__
    cols = (table.c.id, table.c.version, table.c.origin, table.c.owner_unit_id, table.c.deleted)
    connection = session.connection()
    found: dict[str, tuple] = {}
    if len(ids) > 2000:  # many: one pass over the table beats thousands of lookups
        wanted = set(ids)
        for row in connection.execute(select(*cols)):
            if row[0] in wanted:
                found[row[0]] = tuple(row)
        return found
    for start in range(0, len(ids), 500):
        for row in connection.execute(select(*cols).where(table.c.id.in_(ids[start:start + 500]))):
            found[row[0]] = tuple(row)
    return found


def _plan(session: Session, store: Store, bundle: Bundle, lines: list[dict[str, Any]], preview: Preview,
          tree: UnitTree) -> _Writes:
    """Classify every record of *lines* against the database and check ownership; raise
    :class:`BundleRefused` on the first bad record. Writes nothing."""
    me = store.unit_id or ""
    sender_id = tree.ids.get(bundle.sender, "")
    direction = bundle.direction
    allowed = {m.__tablename__: m for m in ((Plan, *UP_MODELS, ReviewNote) if direction == "up" else DOWN_MODELS)}
    writes = _Writes(tree)
    by_model: dict[type[Record], list[tuple[int, dict[str, Any]]]] = {}
    for number, line in enumerate(lines, start=1):
        model = allowed.get(line["t"])
        if model is None:
            raise BundleRefused(f"Gói chứa bảng “{line['t']}” không được gửi theo chiều này.",
                                f"table {line['t']!r} is not sent {direction}")
        by_model.setdefault(model, []).append((number, from_wire(model, line["r"], number)))

    check_references(session, by_model, tree, direction, me, sender_id)
    received = _received(session, bundle)
    older = direction == "down" and received is not None and bundle.manifest["seq_to"] <= received.seq
    for model, rows in by_model.items():
        counts = preview.tables.setdefault(model.__tablename__, TableCounts())
        if model is Plan:
            _check_plans(session, rows, direction, tree)
        if model in REFERENCE_KEYS:
            _plan_reference(session, model, rows, tree, older, counts, writes)
            continue
        if model is ReviewNote:
            _plan_notes(session, rows, direction, tree, counts, writes)
            continue
        for _, row in rows:
            row["owner_unit_id"] = tree.ids[row["owner_unit_id"]]  # checked by check_references
        _classify(session, model, rows, bundle, counts, writes, preview)
    return writes


def _plan_notes(session: Session, rows: list[tuple[int, dict[str, Any]]], direction: str, tree: UnitTree,
                counts: TableCounts, writes: _Writes) -> None:
    """Downward: notes by the sender or a unit above it, about this unit's subtree — new ones are
    added, the owner's fields updated. Upward: the resolution of notes this unit (or one above it)
    wrote about the sender's subtree. (Who may send which note: :func:`check_references`.)"""
    for _, row in rows:
        row["owner_unit_id"], row["target_unit_id"] = tree.ids[row["owner_unit_id"]], tree.ids[row["target_unit_id"]]
        local = session.get(ReviewNote, row["id"], execution_options={"include_deleted": True})
        fields = NOTE_OWNER_FIELDS if direction == "down" else NOTE_TARGET_FIELDS
        if local is None:
            if direction == "up":
                counts.unchanged += 1  # a note this installation never had: nothing to resolve
                continue
            counts.new += 1
        elif all(getattr(local, f) == row.get(f) for f in fields):
            counts.unchanged += 1
            continue
        elif row.get("deleted") and not local.deleted:
            counts.deleted += 1
        else:
            counts.changed += 1
        writes.notes.append((row, fields))


def _write_note(session: Session, row: dict[str, Any], fields: tuple[str, ...]) -> None:
    local = session.get(ReviewNote, row["id"], execution_options={"include_deleted": True})
    if local is None:
        values = {c.name: row.get(c.name) for c in wire_columns(ReviewNote) if c.name not in STAMPS}
        session.add(ReviewNote(id=row["id"], owner_unit_id=row["owner_unit_id"], **values))
    else:
        for name in fields:
            setattr(local, name, row.get(name))
    session.flush()


def _received(session: Session, bundle: Bundle) -> SyncReceived | None:
    return session.get(SyncReceived, (bundle.sender, str(bundle.manifest.get("installation", ""))))


def _classify(session: Session, model: type[Record], rows: list[tuple[int, dict[str, Any]]], bundle: Bundle,
              counts: TableCounts, writes: _Writes, preview: Preview) -> None:
    plans = {code: id_ for id_, code in _plan_codes(session).items()} if model is Conference else {}
    for planned_model, planned in writes.reference if model is Conference else ():
        if planned_model is Plan:  # a plan arriving in the same bundle (written before the conferences)
            plans.setdefault(planned["code"], planned["id"])
    local = _existing(session, model, [row["id"] for _, row in rows])
    new, changed = writes.new.setdefault(model, []), writes.changed.setdefault(model, [])
    for number, row in rows:
        if model is Conference:
            row["plan_id"] = plans.get(row["plan_id"]) if row.get("plan_id") else None
        mine = local.get(row["id"])
        if mine is None:
            new.append(row)
            if row["deleted"]:
                counts.deleted += 1
            else:
                counts.new += 1
            continue
        _, version, origin, owner, deleted = mine
        if owner != row["owner_unit_id"]:
            raise BundleRefused(
                f"Bản ghi thứ {number} trùng mã với một bản ghi của đơn vị khác; cả gói bị từ chối.",
                f"record {number} has the id of a record owned by another unit")
        if row["version"] > version:
            changed.append(row)
            if row["deleted"] and not deleted:
                counts.deleted += 1
            else:
                counts.changed += 1
        elif row["version"] == version and row["origin"] != origin and not _known_conflict(session, row):
            name = row.get("name") or row.get("title") or row.get("form") or row["id"]
            preview.conflicts.append({"table": model.__tablename__, "id": row["id"], "name": name,
                                      "local_version": version, "incoming_version": row["version"]})
            writes.conflicts.append(SyncConflict(
                table_name=model.__tablename__, record_id=row["id"], unit_code=bundle.sender, local_version=version,
                local_origin=origin, incoming_version=row["version"], incoming_origin=row["origin"],
                incoming=_jsonable(row), bundle_id=bundle.manifest["id"]))
        else:
            counts.unchanged += 1  # the same version, or an older one than we hold


def _known_conflict(session: Session, row: dict[str, Any]) -> bool:
    """The same clash was recorded before (a bundle re-sent): it is not a new conflict."""
    query = select(SyncConflict.id).where(SyncConflict.record_id == row["id"],
                                          SyncConflict.incoming_version == row["version"],
                                          SyncConflict.incoming_origin == row["origin"])
    return session.scalars(query).first() is not None


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date | time) else v) for k, v in row.items()}


def _check_plans(session: Session, rows: list[tuple[int, dict[str, Any]]], direction: str, tree: UnitTree) -> None:
    """A plan is changed only by the unit that issued it: who may send which plan (upward, plans
    issued in the sender's subtree; downward, plans issued above this unit or shipped with the app)
    is the reference rule's (:func:`check_references`, on ``owner_unit_id``); here, a plan held
    here is never taken over by another issuer, and each plan passes the same validation as a file
    or the editor (``app.services.plans.check_document``)."""
    from app.services.plans import PlanRefused, check_document, plan_document

    local = {p.code: p for p in session.scalars(select(Plan).execution_options(include_deleted=True))}
    for number, row in rows:
        owner = tree.ids.get(row.get("owner_unit_id") or "")
        held = local.get(row["code"])
        if held is not None and None not in (held.owner_unit_id, owner) and held.owner_unit_id != owner:
            raise BundleRefused(
                f"Gói chứa kế hoạch mã “{row['code']}” nhưng kế hoạch mã này ở đây do đơn vị khác ban hành; "
                "cả gói bị từ chối.", f"plan {row['code']} here belongs to another issuer")
        if held is not None and held.owner_unit_id is None and direction == "up":
            raise BundleRefused(f"Gói sửa kế hoạch “{held.name}” kèm theo phần mềm; cấp dưới không được sửa; "
                                "cả gói bị từ chối.", f"plan {row['code']} is shipped; a lower unit may not change it")
        if row.get("deleted"):
            continue
        probe = Plan(code=row["code"], name=row.get("name"), kind=row.get("kind") or "five-year",
                     period_start=row.get("period_start"), period_end=row.get("period_end"), rules=row.get("rules"),
                     doc_number=row.get("doc_number"), doc_date=row.get("doc_date"), doc_body=row.get("doc_body"))
        try:
            if not isinstance(probe.period_start, int) or not isinstance(probe.period_end, int):
                raise _bad(number, "plans", "giai đoạn không hợp lệ")
            check_document(None, plan_document(probe), f"Kế hoạch “{row['code']}” trong gói")
        except PlanRefused as exc:
            raise BundleRefused(exc.vi + " Cả gói bị từ chối.", exc.en) from exc


def _plan_reference(session: Session, model: type[Record], rows: list[tuple[int, dict[str, Any]]], tree: UnitTree,
                    older: bool, counts: TableCounts, writes: _Writes) -> None:
    keys = REFERENCE_KEYS[model]
    local = {tuple(getattr(o, k) for k in keys): o
             for o in session.scalars(select(model).execution_options(include_deleted=True))}
    shown = [c.name for c in wire_columns(model) if c.name not in STAMPS]
    for _, row in rows:
        mine = local.get(tuple(row[k] for k in keys))
        if older:
            counts.unchanged += 1
            continue
        if mine is None:
            if row["deleted"]:
                counts.deleted += 1
            else:
                counts.new += 1
            writes.reference.append((model, row))
            continue
        if model is Plan and mine.owner_unit_id is not None and not row.get("owner_unit_id"):
            counts.unchanged += 1  # a shipped copy from before its issuer adopted it: ours is newer
            continue
        current = {c: getattr(mine, c) for c in shown}
        if "parent_id" in current:
            current["parent_id"] = tree.codes.get(current["parent_id"]) if current["parent_id"] else None
        same_owner = model is not Plan or tree.codes.get(mine.owner_unit_id or "") == row.get("owner_unit_id")
        if same_owner and all(current[c] == row.get(c) for c in shown):
            counts.unchanged += 1
            continue
        if row["deleted"] and not mine.deleted:
            counts.deleted += 1
        else:
            counts.changed += 1
        writes.reference.append((model, row))


# -- import: checking and applying --------------------------------------------------------------
def _check_sender(session: Session, store: Store, bundle: Bundle, trust: set[str], preview: Preview,
                  lenient: bool, tree: UnitTree) -> PublicKeys:
    """The sender must be the parent (downward) or a child (upward) of this unit, and signed with
    its known key — or a new key whose fingerprint the official accepted (*trust*). A preview
    (*lenient*) shows a new or changed key's fingerprint beside the content instead of refusing."""
    me = store.unit_id or ""
    sender_id = tree.ids.get(bundle.sender)
    if sender_id is None:
        raise BundleRefused(f"Đơn vị gửi {bundle.sender} không có trong danh mục đơn vị.",
                            f"sender {bundle.sender} is not in the registry")
    unit = session.get(Unit, sender_id)
    preview.sender_name = unit.name if unit else ""
    if bundle.direction == "up" and tree.parent.get(sender_id) != me:
        raise BundleRefused(f"Đơn vị {bundle.sender} không phải cấp dưới trực tiếp của đơn vị này.",
                            f"{bundle.sender} is not a child of this unit")
    if bundle.direction == "down" and tree.parent.get(me) != sender_id:
        raise BundleRefused(f"Đơn vị {bundle.sender} không phải cấp trên trực tiếp của đơn vị này.",
                            f"{bundle.sender} is not this unit's parent")
    carried = None
    if "sender_keys" in bundle.manifest:
        try:
            carried = PublicKeys.from_json(bundle.manifest["sender_keys"])
        except CryptoRefused as exc:
            raise BundleRefused(exc.vi, exc.en) from exc
    known = peer_keys(session, bundle.sender)
    if known is not None and (carried is None or carried == known):
        preview.key = KeyStatus(bundle.sender, known.fingerprint, "same")
        return known
    if carried is None:
        raise BundleRefused(f"Chưa biết khóa của đơn vị {bundle.sender}; hãy nhập tệp đăng ký khóa của đơn vị đó.",
                            f"unknown sender key for {bundle.sender}; import its registration file")
    preview.key = peer_status(session, bundle.sender, carried)
    if carried.fingerprint in trust:
        return carried
    if lenient:
        preview.warnings.append(
            f"Khóa {'mới' if preview.key.state == 'new' else 'ĐÃ ĐỔI'} của đơn vị {bundle.sender}: vân tay "
            f"{carried.fingerprint}. Hãy so với vân tay in ở đơn vị gửi trước khi chấp nhận.")
        return carried
    if preview.key.state == "changed":
        raise BundleRefused(
            f"Khóa của đơn vị {bundle.sender} đã đổi (cũ {preview.key.previous}, mới {carried.fingerprint}); gói bị "
            "từ chối cho đến khi cán bộ xác nhận khóa mới.",
            f"the sender's key changed (was {preview.key.previous}, now {carried.fingerprint}); "
            "refused until an official accepts the new key")
    raise BundleRefused(
        f"Chưa biết khóa của đơn vị {bundle.sender} (vân tay {carried.fingerprint}); hãy so vân tay với đơn vị gửi "
        "rồi chấp nhận, hoặc nhập tệp đăng ký khóa.",
        f"unknown sender key for {bundle.sender} (fingerprint {carried.fingerprint}); compare it and accept it, "
        "or import the unit's registration file")


def _describe(path: Path, bundle: Bundle, preview: Preview) -> None:
    m = bundle.manifest
    preview.bundle_id, preview.sender, preview.direction = m["id"], bundle.sender, m["direction"]
    preview.seq_from, preview.seq_to = m["seq_from"], m["seq_to"]
    number, created = m.get("number", 0), m.get("created_at", "")
    preview.number = number if type(number) is int and 0 <= number < 2**31 else 0
    preview.created_at = created if isinstance(created, str) else ""
    for name, kind in (("installation", str), ("acks", list)):
        if name in m and not isinstance(m[name], kind):
            raise BundleRefused("Phần mô tả của gói không hợp lệ.", f"manifest field {name!r} has a wrong type")
    for ack in m.get("acks", []):
        if not (isinstance(ack, dict) and isinstance(ack.get("installation"), str) and type(ack.get("seq")) is int
                and 0 <= ack["seq"] < MAX_INT):
            raise BundleRefused("Phần xác nhận trong gói không hợp lệ.", "malformed acknowledgement in the manifest")


def _prepare(store: Store, path: Path, trust: set[str], session: Session, preview: Preview,
             lenient: bool = False) -> tuple[_Writes, Bundle] | None:
    """Everything short of writing: checks, decryption, the plan. ``None``: already imported."""
    bundle = read_bundle(path)
    _describe(path, bundle, preview)
    preview.sender_name = session.scalars(select(Unit.name).where(Unit.code == bundle.sender)).first() or ""
    me = own_unit(store)
    if bundle.recipient != me.code:
        raise BundleRefused(f"Gói này gửi cho đơn vị {bundle.recipient}, không phải đơn vị này ({me.code}).",
                            f"bundle addressed to {bundle.recipient}, not {me.code}")
    tree = UnitTree.load(session)
    keys = _check_sender(session, store, bundle, trust, preview, lenient, tree)
    # The signature first: a changed copy of a bundle imported before is refused as changed, not
    # waved through as "already imported" on the strength of an id anyone can copy.
    verify_bundle(bundle, keys)
    if session.get(SyncLedger, bundle.manifest["id"]) is not None:
        preview.status = "already"
        return None
    lines = open_payload(bundle, installation_identity(store), me.code, keys)
    writes = _plan(session, store, bundle, lines, preview, tree)
    lines.clear()  # the checked rows are in *writes*; free the raw lines before writing
    received = _received(session, bundle)
    if received is not None and bundle.manifest["seq_from"] > received.seq + 1:
        preview.warnings.append(
            f"Gói bắt đầu từ thay đổi số {bundle.manifest['seq_from']} nhưng máy này mới có đến số {received.seq}: "
            "gói sau của đơn vị gửi sẽ bù phần thiếu.")
    if preview.conflicts:
        preview.warnings.append(f"{len(preview.conflicts)} bản ghi bị hai máy của cùng một đơn vị sửa: cần cán bộ xem "
                                "và chọn bản giữ lại (không bản nào bị bỏ qua âm thầm).")
    return writes, bundle


def _apply(session: Session, store: Store, bundle: Bundle, writes: _Writes, preview: Preview,
           tick: Callable[[float, str], None] | None = None) -> None:
    tree = writes.tree
    for model, row in _parents_first(writes.reference):  # units and plans before the records naming them
        _write_reference(session, model, row, tree)
    models = UP_MODELS + DOWN_OWNED
    total = max(1, sum(len(writes.new.get(m, [])) + len(writes.changed.get(m, [])) for m in models))
    done = 0
    for model in models:
        def written(count: int, before: int = done) -> None:
            if tick is not None:
                tick((before + count) / total, f"Đang ghi {before + count:,} / {total:,} bản ghi…".replace(",", "."))

        done += write_received(session, model, writes.new.get(model, []), writes.changed.get(model, []),
                               written=written)
    for row, fields in writes.notes:
        _write_note(session, row, fields)
    for conflict in writes.conflicts:
        session.add(conflict)
    m = bundle.manifest
    if preview.key is not None and preview.key.state != "same":
        keys = PublicKeys.from_json(m["sender_keys"])
        accept_keys(session, bundle.sender, keys, "first-bundle" if preview.key.state == "new" else "bundle")
    installation = str(m.get("installation", ""))
    received = _received(session, bundle)
    if received is None:
        received = SyncReceived(unit_code=bundle.sender, installation=installation, seq=0)
        session.add(received)
    if m["seq_from"] <= received.seq + 1:
        received.seq = max(received.seq, m["seq_to"])
    peer = session.get(SyncPeer, bundle.sender)
    if peer is not None:
        for ack in m.get("acks", []):
            newer = peer.ack_installation != installation or m["seq_to"] > peer.ack_stamp
            if ack["installation"] == store.installation_id and newer:
                peer.acked_seq, peer.ack_stamp, peer.ack_installation = ack["seq"], m["seq_to"], installation
        peer.last_received_at = utcnow()
        peer.last_received_number = preview.number
    preview.status = "imported"
    session.add(SyncLedger(bundle_id=m["id"], sender=bundle.sender, direction=m["direction"], number=preview.number,
                           seq_from=m["seq_from"], seq_to=m["seq_to"], file_name=preview.file.name,
                           summary=preview.as_json()))


def _parents_first(items: list[tuple[type[Record], dict[str, Any]]]) -> list[tuple[type[Record], dict[str, Any]]]:
    units = [(m, r) for m, r in items if m is Unit]
    others = [(m, r) for m, r in items if m is not Unit]
    codes = {r["code"] for _, r in units}
    ordered, placed = [], set()
    while units:
        ready = [(m, r) for m, r in units if not r.get("parent_id") or r["parent_id"] not in codes
                 or r["parent_id"] in placed]
        if not ready:  # a cycle: leave the rest to the checks below
            ready = units
        for m, r in ready:
            ordered.append((m, r))
            placed.add(r["code"])
        units = [(m, r) for m, r in units if r["code"] not in placed]
    return ordered + others


def _write_reference(session: Session, model: type[Record], row: dict[str, Any], tree: UnitTree) -> None:
    keys = REFERENCE_KEYS[model]
    query = select(model).execution_options(include_deleted=True)
    for key in keys:
        query = query.where(getattr(model, key) == row[key])
    obj = session.scalars(query).first()
    values = {c.name: row.get(c.name) for c in wire_columns(model) if c.name not in STAMPS}
    if "parent_id" in values:
        code = values["parent_id"]
        values["parent_id"] = tree.ids.get(code) if code else None
        if code and values["parent_id"] is None:
            session.flush()
            values["parent_id"] = session.scalars(select(Unit.id).where(Unit.code == code)).first()
    if model is Plan:  # the issuer travels with the plan (its code on the wire)
        values["owner_unit_id"] = tree.ids.get(row.get("owner_unit_id") or "")
    if obj is None:
        obj = model(id=row["id"], **values)
        session.add(obj)
    else:
        for key, value in values.items():
            setattr(obj, key, value)
    session.flush()
    if model is Unit:
        tree.ids[obj.code] = obj.id


# -- import: the batch --------------------------------------------------------------------------
@dataclass
class BatchResult:
    previews: list[Preview]

    @property
    def refused(self) -> list[Preview]:
        return [p for p in self.previews if p.status == "refused"]


def import_bundles(store: Store, paths: Iterable[Path], apply: bool = True, trust: Iterable[str] = (),
                   progress: Progress | None = None, backup: bool = True) -> BatchResult:
    """Preview (``apply=False``) or import bundles one by one. A bad bundle is set aside with its
    reason and never blocks the others; each good one is applied in its own transaction, after
    one backup of the database for the whole batch. *trust*: fingerprints of new or changed
    sender keys an official accepted after comparing them."""
    own_unit(store)
    trusted = {t.strip().upper() for t in trust}
    files = list(paths)
    previews: list[Preview] = []
    backed_up: str | None = None
    for index, path in enumerate(files):
        report(progress, index * 100, len(files) * 100, f"{path.name}: đang kiểm tra…")
        preview = Preview(file=path, status="ready")

        def tick(fraction: float, text: str, index: int = index, name: str = path.name) -> None:
            # Checking is about a third of a bundle's time, writing the rest.
            report(progress, index * 100 + 30 + int(70 * fraction), len(files) * 100, f"{name}: {text}")

        try:
            if not apply:
                with store.session() as session, _no_cyclic_gc():
                    _prepare(store, path, trusted, session, preview, lenient=True)
                    session.rollback()
            else:
                with store.session() as session, _no_cyclic_gc():
                    prepared = _prepare(store, path, trusted, session, preview)
                    if prepared is not None:
                        if backup and backed_up is None and store.path is not None:
                            from app.paths import backups_dir

                            # Before the first change of the batch: a copy of the database as it was.
                            backed_up = str(backup_sqlite(store.path, backups_dir(), label="truoc-nhap-goi"))
                        preview.backup = backed_up
                        report(progress, index * 100 + 30, len(files) * 100, f"{path.name}: đang ghi…")
                        _apply(session, store, prepared[1], prepared[0], preview, tick)
        except Cancelled:
            if not any(p.status == "imported" for p in previews):
                raise  # nothing was changed: the caller says so
            # The bundles before this one are imported (each was its own transaction); this one
            # and the rest are not.
            previews.append(Preview(file=path, status="cancelled", reason=Cancelled()))
            previews.extend(Preview(file=rest, status="cancelled", reason=Cancelled()) for rest in files[index + 1:])
            break
        except AppError as exc:  # BundleRefused, CryptoRefused and every other refusal with its sentence
            preview.status, preview.reason = "refused", exc
        except Exception as exc:  # noqa: BLE001 — each bundle on its own: refused, rolled back, the batch goes on
            preview.status, preview.reason = "refused", _unexpected(path, exc)
        previews.append(preview)
    report(progress, len(files) * 100, len(files) * 100, "Xong")
    return BatchResult(previews)


def _unexpected(path: Path, exc: Exception) -> BundleRefused:
    """The one-line refusal of a bundle whose reading or writing failed in a way no check names: a
    database constraint, a hostile file exhausting memory or the stack, or a fault of ours (kept in
    the error log). The bundle's transaction is rolled back; the batch goes on."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        return BundleRefused("Dữ liệu trong gói mâu thuẫn với cơ sở dữ liệu (tham chiếu tới bản ghi không có); "
                             "không nhập gì.", f"the records do not fit the database: {exc.__class__.__name__}")
    if not isinstance(exc, RecursionError | MemoryError):
        from app.errors import log_unexpected

        try:
            log_unexpected(exc)
        except Exception:  # noqa: BLE001 — the refusal matters more than the log
            pass
    return BundleRefused(f"Gói {path.name} không đọc được ({exc.__class__.__name__}); không nhập gì từ gói này.",
                         f"{path.name}: unexpected {exc.__class__.__name__} while importing; nothing imported from it")


def open_conflicts(store: Store) -> list[SyncConflict]:
    """Conflicts no official has settled yet, oldest first."""
    with store.session() as session:
        return list(session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                                    .order_by(SyncConflict.id)))


def settle_conflict(store: Store, conflict_id: int, keep: str) -> SyncConflict:
    """Settle a conflict: ``keep="local"`` keeps this database's copy, ``"incoming"`` takes the
    copy from the bundle (with its version and origin). Either way it is marked settled."""
    if keep not in ("local", "incoming"):
        raise AppError("Chọn giữ bản trong máy (local) hoặc bản trong gói (incoming).", "keep must be local or incoming")
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise AppError(f"Không có xung đột số {conflict_id} đang chờ xử lý.", f"no open conflict {conflict_id}")
        model = MODELS[conflict.table_name]
        if keep == "incoming":
            row = from_wire(model, conflict.incoming, 1)  # kept as JSON (_jsonable): dates are ISO text
            write_received(session, model, [], [row])
        conflict.resolved_at, conflict.resolution = utcnow(), keep
        return conflict


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a bundle's records are read and written: the
    hundreds of thousands of small dicts they make hold no cycles, yet each allocation burst
    would trigger full collections that rescan all of them (import time grew faster than the
    bundle). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def summary_text(preview: Preview) -> str:
    """The import summary as plain Vietnamese text (printed, saved, kept in the log)."""
    state = {"imported": "ĐÃ NHẬP", "ready": "XEM TRƯỚC (chưa nhập)", "already": "ĐÃ NHẬP TRƯỚC ĐÂY — không thay đổi gì",
             "refused": "BỊ TỪ CHỐI — không thay đổi gì", "cancelled": "CHƯA NHẬP — đã hủy giữa chừng"}[preview.status]
    lines = [f"Gói {preview.file.name}: {state}"]
    if preview.reason is not None:
        lines.append(f"  Lý do: {preview.reason.vi}")
    if preview.sender:
        direction = {"up": "từ cấp dưới gửi lên", "down": "từ cấp trên gửi xuống"}.get(preview.direction, "")
        lines.append(f"  Đơn vị gửi: {preview.sender} {preview.sender_name} ({direction}), gói số {preview.number}"
                     + (f", lập lúc {preview.created_at}" if preview.created_at else ""))
        lines.append(f"  Thay đổi số {preview.seq_from} đến {preview.seq_to}")
    if preview.key is not None and preview.key.state != "same":
        lines.append(f"  Khóa {'mới' if preview.key.state == 'new' else 'ĐÃ ĐỔI'} — vân tay {preview.key.fingerprint}")
    if preview.tables:
        lines.append(f"  {'Danh sách':<20}{'mới':>8}{'sửa':>8}{'như cũ':>8}{'xóa':>8}")
        for table, c in preview.tables.items():
            lines.append(f"  {TABLE_LABELS.get(table, table):<20}{c.new:>8}{c.changed:>8}{c.unchanged:>8}{c.deleted:>8}")
    for conflict in preview.conflicts[:20]:
        label = TABLE_LABELS.get(conflict["table"], conflict["table"])
        lines.append(f"  Xung đột: {label} “{conflict['name']}” (phiên bản {conflict['local_version']})")
    for warning in preview.warnings:
        lines.append(f"  Lưu ý: {warning}")
    if preview.backup:
        lines.append(f"  Bản sao lưu trước khi nhập: {preview.backup}")
    return "\n".join(lines)
