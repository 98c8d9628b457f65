"""Stage 3 — the import plan: everything short of writing.

A bundle is read and described, addressed to this unit, sent by its parent or a child with a
trusted key (:mod:`app.sync.trust`), its signature checked before the ledger is consulted, then
decrypted; every record is checked on the wire (:mod:`app.sync.wire`), against the reference
rule, and classified against the database — new, changed, unchanged, deleted per table, conflicts,
refusals. The result is a :class:`~app.sync.preview.Preview` for the official and the
:class:`~app.sync.preview.Writes` applying it performs (:mod:`app.sync.apply`). One plan serves the
preview and the import, so what was shown is what is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.base import Record, table_of
from app.store.db import Store
from app.store.models import Conference, Plan, ReviewNote, SyncLedger, Unit
from app.store.synced import DOWN_MODELS, REFERENCE_KEYS, UP_MODELS
from app.store.unit_tree import UnitTree
from app.sync.apply import received_from
from app.sync.bundle import (
    Bundle,
    BundleRefused,
    check_exchange_fields,
    open_payload,
    read_bundle,
    verify_bundle,
)
from app.sync.conflicts import add_conflict, known_conflict
from app.sync.keys import installation_identity, own_unit
from app.sync.merge_notes import plan_notes
from app.sync.merge_reference import check_plans, plan_reference
from app.sync.preview import Numbered, Preview, TableCounts, Writes
from app.sync.trust import check_references, check_sender
from app.sync.wire import from_wire, plan_codes

#: What a record held here is compared by: (id, version, origin, owner, tombstone).
Existing = tuple[Any, ...]


def prepare(
    store: Store, path: Path, trust: set[str], session: Session, preview: Preview, lenient: bool = False
) -> tuple[Writes, Bundle] | None:
    """Everything short of writing: checks, decryption, the plan. ``None``: already imported.
    *lenient* (a preview): a new or changed sender key is shown, not refused."""
    bundle = read_bundle(path)
    describe(bundle, preview)
    preview.sender_name = session.scalars(select(Unit.name).where(Unit.code == bundle.sender)).first() or ""
    me = own_unit(store)
    if bundle.recipient != me.code:
        raise BundleRefused(
            f"Gói này gửi cho đơn vị {bundle.recipient}, không phải đơn vị này ({me.code}).",
            f"bundle addressed to {bundle.recipient}, not {me.code}",
        )
    tree = UnitTree.load(session)
    keys = check_sender(session, store, bundle, trust, preview, lenient, tree)
    # The signature first: a changed copy of a bundle imported before is refused as changed, not
    # waved through as "already imported" on the strength of an id anyone can copy.
    verify_bundle(bundle, keys)
    if session.get(SyncLedger, bundle.manifest["id"]) is not None:
        preview.status = "already"
        return None
    lines = open_payload(bundle, installation_identity(store), me.code, keys)
    writes = plan_records(session, store, bundle, lines, preview, tree)
    lines.clear()  # the checked rows are in *writes*; free the raw lines before writing
    received = received_from(session, bundle)
    if received is not None and bundle.manifest["seq_from"] > received.seq + 1:
        preview.warnings.append(
            f"Gói bắt đầu từ thay đổi số {bundle.manifest['seq_from']} nhưng máy này mới có đến số {received.seq}: "
            "gói sau của đơn vị gửi sẽ bù phần thiếu."
        )
    if preview.conflicts:
        preview.warnings.append(
            f"{len(preview.conflicts)} bản ghi bị hai máy của cùng một đơn vị sửa: cần cán bộ xem "
            "và chọn bản giữ lại (không bản nào bị bỏ qua âm thầm)."
        )
    return writes, bundle


def describe(bundle: Bundle, preview: Preview) -> None:
    """The manifest's facts into the preview (shown even when the bundle is refused later)."""
    m = bundle.manifest
    preview.bundle_id, preview.sender, preview.direction = m["id"], bundle.sender, m["direction"]
    preview.seq_from, preview.seq_to = m["seq_from"], m["seq_to"]
    number, created = m.get("number", 0), m.get("created_at", "")
    preview.number = number if type(number) is int and 0 <= number < 2**31 else 0
    preview.created_at = created if isinstance(created, str) else ""
    check_exchange_fields(m)


def plan_records(
    session: Session,
    store: Store,
    bundle: Bundle,
    lines: list[dict[str, Any]],
    preview: Preview,
    tree: UnitTree,
) -> Writes:
    """Classify every record of *lines* against the database and check ownership; raise
    :class:`BundleRefused` on the first bad record. Writes nothing."""
    me = store.unit_id or ""
    sender_id = tree.ids.get(bundle.sender, "")
    direction = bundle.direction
    sent: tuple[type[Record], ...] = (Plan, *UP_MODELS, ReviewNote) if direction == "up" else DOWN_MODELS
    allowed = {m.__tablename__: m for m in sent}
    writes = Writes(tree)
    by_model: dict[type[Record], list[Numbered]] = {}
    for number, line in enumerate(lines, start=1):
        model = allowed.get(line["t"])
        if model is None:
            raise BundleRefused(
                f"Gói chứa bảng “{line['t']}” không được gửi theo chiều này.",
                f"table {line['t']!r} is not sent {direction}",
            )
        by_model.setdefault(model, []).append((number, from_wire(model, line["r"], number)))

    check_references(session, by_model, tree, direction, me, sender_id)
    received = received_from(session, bundle)
    older = direction == "down" and received is not None and bundle.manifest["seq_to"] <= received.seq
    for model, rows in by_model.items():
        counts = preview.tables.setdefault(model.__tablename__, TableCounts())
        if model is Plan:
            check_plans(session, rows, direction, tree)
        if model in REFERENCE_KEYS:
            plan_reference(session, model, rows, tree, older, counts, writes)
            continue
        if model is ReviewNote:
            plan_notes(session, rows, direction, tree, counts, writes)
            continue
        for _, row in rows:
            row["owner_unit_id"] = tree.ids[row["owner_unit_id"]]  # checked by check_references
        _classify(session, model, rows, bundle, counts, writes, preview)
    return writes


def _existing(session: Session, model: type[Record], ids: list[str]) -> dict[str, Existing]:
    table = table_of(model)
    cols = (table.c.id, table.c.version, table.c.origin, table.c.owner_unit_id, table.c.deleted)
    connection = session.connection()
    found: dict[str, Existing] = {}
    if len(ids) > 2000:  # many: one pass over the table beats thousands of lookups
        wanted = set(ids)
        for row in connection.execute(select(*cols)):
            if row[0] in wanted:
                found[row[0]] = tuple(row)
        return found
    for start in range(0, len(ids), 500):
        for row in connection.execute(select(*cols).where(table.c.id.in_(ids[start : start + 500]))):
            found[row[0]] = tuple(row)
    return found


def _classify(
    session: Session,
    model: type[Record],
    rows: list[Numbered],
    bundle: Bundle,
    counts: TableCounts,
    writes: Writes,
    preview: Preview,
) -> None:
    plans = {code: id_ for id_, code in plan_codes(session).items()} if model is Conference else {}
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
                f"record {number} has the id of a record owned by another unit",
            )
        if row["version"] > version:
            changed.append(row)
            if row["deleted"] and not deleted:
                counts.deleted += 1
            else:
                counts.changed += 1
        elif row["version"] == version and row["origin"] != origin and not known_conflict(session, row):
            add_conflict(model, row, version, origin, bundle, preview, writes)
        else:
            counts.unchanged += 1  # the same version, or an older one than we hold
