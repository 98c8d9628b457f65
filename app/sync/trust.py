"""Stage — trust: who may send what.

* :func:`check_sender` — the sender is this unit's parent (a bundle going down) or one of its
  children (going up), and signed with the key known for it, or with a new key whose fingerprint
  an official accepted;
* :func:`check_references` — the one rule for every reference a bundle record carries, read from
  the models (:func:`app.store.synced.references`): each record names only data its sender may
  speak for.

Keys themselves (this installation's, and those it knows of other units) are
:mod:`app.sync.keys`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.list_names import TABLE_LABELS
from app.store.base import Record, table_of
from app.store.db import Store
from app.store.models import Plan, ReviewNote, Unit
from app.store.synced import DOWN_OWNED, REFERENCE_KEYS, REFERENCE_KEYS_BY_TABLE, UP_MODELS, references
from app.store.unit_tree import UnitTree
from app.sync.bundle import Bundle, BundleRefused
from app.sync.crypto import CryptoRefused, PublicKeys
from app.sync.keys import KeyStatus, peer_keys, peer_status
from app.sync.preview import Numbered, Preview


def check_sender(
    session: Session,
    store: Store,
    bundle: Bundle,
    trust: set[str],
    preview: Preview,
    lenient: bool,
    tree: UnitTree,
) -> PublicKeys:
    """The sender must be the parent (downward) or a child (upward) of this unit, and signed with
    its known key — or a new key whose fingerprint the official accepted (*trust*). A preview
    (*lenient*) shows a new or changed key's fingerprint beside the content instead of refusing."""
    me = store.unit_id or ""
    sender_id = tree.ids.get(bundle.sender)
    if sender_id is None:
        raise BundleRefused(
            f"Đơn vị gửi {bundle.sender} không có trong danh mục đơn vị.",
            f"sender {bundle.sender} is not in the registry",
        )
    unit = session.get(Unit, sender_id)
    preview.sender_name = unit.name if unit else ""
    if bundle.direction == "up" and tree.parent.get(sender_id) != me:
        raise BundleRefused(
            f"Đơn vị {bundle.sender} không phải cấp dưới trực tiếp của đơn vị này.",
            f"{bundle.sender} is not a child of this unit",
        )
    if bundle.direction == "down" and tree.parent.get(me) != sender_id:
        raise BundleRefused(
            f"Đơn vị {bundle.sender} không phải cấp trên trực tiếp của đơn vị này.",
            f"{bundle.sender} is not this unit's parent",
        )
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
        raise BundleRefused(
            f"Chưa biết khóa của đơn vị {bundle.sender}; hãy nhập tệp đăng ký khóa của đơn vị đó.",
            f"unknown sender key for {bundle.sender}; import its registration file",
        )
    preview.key = peer_status(session, bundle.sender, carried)
    if carried.fingerprint in trust:
        return carried
    if lenient:
        preview.warnings.append(
            f"Khóa {'mới' if preview.key.state == 'new' else 'ĐÃ ĐỔI'} của đơn vị {bundle.sender}: vân tay "
            f"{carried.fingerprint}. Hãy so với vân tay in ở đơn vị gửi trước khi chấp nhận."
        )
        return carried
    if preview.key.state == "changed":
        raise BundleRefused(
            f"Khóa của đơn vị {bundle.sender} đã đổi (cũ {preview.key.previous}, mới {carried.fingerprint}); gói bị "
            "từ chối cho đến khi cán bộ xác nhận khóa mới.",
            f"the sender's key changed (was {preview.key.previous}, now {carried.fingerprint}); "
            "refused until an official accepts the new key",
        )
    raise BundleRefused(
        f"Chưa biết khóa của đơn vị {bundle.sender} (vân tay {carried.fingerprint}); hãy so vân tay với đơn vị gửi "
        "rồi chấp nhận, hoặc nhập tệp đăng ký khóa.",
        f"unknown sender key for {bundle.sender} (fingerprint {carried.fingerprint}); compare it and accept it, "
        "or import the unit's registration file",
    )


def _outside(
    number: int, model: type[Record], row: dict[str, Any], column: str, vi: str, en: str
) -> BundleRefused:
    label = TABLE_LABELS.get(model.__tablename__, model.__tablename__)
    return BundleRefused(
        f"Bản ghi thứ {number} trong gói ({label}, mã {row.get('id')}) {vi}; cả gói bị từ chối.",
        f"record {number} ({model.__tablename__} {row.get('id')}): {column} {en}; the whole bundle is refused",
    )


def check_references(
    session: Session,
    by_model: dict[type[Record], list[Numbered]],
    tree: UnitTree,
    direction: str,
    me: str,
    sender: str,
) -> None:
    """The one rule for every reference a bundle record carries (every column :func:`app.store.synced.references`
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
    plans: set[str | None] = set(session.scalars(select(Plan.code).execution_options(include_deleted=True)))
    plans |= {row.get("code") for _, row in by_model.get(Plan, [])}  # a plan sent with its conferences
    carried = {
        m.__tablename__: {row["id"]: row.get("owner_unit_id") for _, row in rows}
        for m, rows in by_model.items()
        if m not in REFERENCE_KEYS
    }
    owned = {m.__tablename__: m for m in (*UP_MODELS, *DOWN_OWNED)}

    def unit_scope(model: type[Record], column: str) -> tuple[set[str] | None, str, str]:
        if column == "parent_id":
            return None, "", ""
        if column == "target_unit_id":
            return (
                (below, "là góp ý cho đơn vị ngoài phạm vi đơn vị gửi", "is outside the sender's subtree")
                if direction == "up"
                else (mine, "là góp ý cho đơn vị không thuộc đơn vị này", "is outside this unit's subtree")
            )
        if model is ReviewNote:
            return (
                (
                    above | {me},
                    "là góp ý không do đơn vị này hay cấp trên viết",
                    "is neither this unit nor one above it",
                )
                if direction == "up"
                else (above, "là góp ý không do cấp trên viết", "is not a unit above this one")
            )
        if model in REFERENCE_KEYS and direction == "down":
            return (
                above,
                "là danh mục hay kế hoạch do đơn vị không phải cấp trên lập",
                "is not a unit above this one",
            )
        if model is Plan:  # upward, a unit's own plans go with the conferences that follow them
            return (
                below,
                (
                    "là kế hoạch mà đơn vị gửi không được ban hành hay sửa (kế hoạch của cấp trên chỉ cấp "
                    "trên sửa)"
                ),
                "is outside the sender's subtree: not the sender's to issue or change",
            )
        return below, "thuộc đơn vị ngoài quyền của đơn vị gửi", "is outside the sender's subtree"

    # Each distinct (table, id, owner whose data it must be) is looked up once, named by the first
    # record that points at it: a bundle's 100,000 honorees point at one conference.
    pending: dict[tuple[str, str, str | None], tuple[int, type[Record], dict[str, Any], str]] = {}
    for model, rows in by_model.items():
        unit_refs = [
            (r.column, *unit_scope(model, r.column)) for r in references(model) if r.table == "units"
        ]
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
                    raise _outside(
                        number,
                        model,
                        row,
                        column,
                        f"trỏ tới đơn vị {value} không có trong danh mục",
                        f"names unit {value}, which is not in the registry",
                    )
                if scope is not None and unit not in scope:
                    raise _outside(number, model, row, column, f"{vi} (đơn vị {value})", f"{value} {en}")
            for column, table, via in record_refs:
                value = row.get(column)
                if value is None:
                    continue
                if table is None and via is not None:  # a review note's target: its table named by *via*
                    table = row.get(via)
                if table in REFERENCE_KEYS_BY_TABLE:
                    if table == "plans" and value not in plans:
                        raise _outside(
                            number,
                            model,
                            row,
                            column,
                            f"dùng kế hoạch {value} mà máy này chưa có (hãy cập nhật phần mềm)",
                            f"names plan {value}, unknown here (update the app)",
                        )
                    continue
                if table not in owned:
                    raise _outside(
                        number,
                        model,
                        row,
                        column,
                        f"trỏ tới bảng “{table}” không được phép",
                        f"points into table {table!r}, which is not allowed",
                    )
                scope_unit = row.get("target_unit_id") if model is ReviewNote else row.get("owner_unit_id")
                pending.setdefault((table, value, scope_unit), (number, model, row, column))

    stored: dict[str, dict[str, str | None]] = {}
    for table in {key[0] for key in pending}:
        wanted = sorted({v for t, v, _ in pending if t == table and v not in carried.get(table, {})})
        found = stored.setdefault(table, {})
        columns = table_of(owned[table]).c
        for start in range(0, len(wanted), 500):
            query = select(columns.id, columns.owner_unit_id).where(
                columns.id.in_(wanted[start : start + 500])
            )
            found.update({i: tree.codes.get(o) for i, o in session.connection().execute(query)})
    scopes: dict[str, set[str]] = {}
    for (table, value, scope_unit), (number, model, row, column) in pending.items():
        in_bundle = carried.get(table, {})
        owner = in_bundle[value] if value in in_bundle else stored[table].get(value, "?")
        if owner == "?":
            raise _outside(
                number,
                model,
                row,
                column,
                f"trỏ tới bản ghi {value} không có trong gói lẫn trong máy này",
                f"points at {table} {value}, which is neither in the bundle nor in this database",
            )
        scope_id = tree.ids.get(scope_unit or "", "")
        if scope_id not in scopes:
            scopes[scope_id] = tree.subtree(scope_id) if scope_id else set()
        if tree.ids.get(owner or "") not in scopes[scope_id]:
            raise _outside(
                number,
                model,
                row,
                column,
                f"trỏ tới dữ liệu của đơn vị {owner}, ngoài phạm vi của đơn vị {scope_unit}",
                f"points at {table} {value} of unit {owner}, outside unit {scope_unit}'s own data",
            )
