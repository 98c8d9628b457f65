"""Stage — merging reference data: the unit registry, plans and catalogues, matched by their
natural key (code; catalogue and code) since their ids differ between installations. Units are
written parents first; a plan keeps its issuer and passes the one plan validation every door
uses (:func:`app.store.plan_documents.check_document`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.base import Record
from app.store.models import Plan, Unit
from app.store.plan_documents import PlanRefused, check_document, plan_document
from app.store.synced import REFERENCE_KEYS, STAMPS, wire_columns
from app.store.unit_tree import UnitTree
from app.sync.bundle import BundleRefused
from app.sync.preview import Numbered, TableCounts, Writes
from app.sync.wire import bad_record

Item = tuple[type[Record], dict[str, Any]]


def check_plans(session: Session, rows: list[Numbered], direction: str, tree: UnitTree) -> None:
    """A plan is changed only by the unit that issued it: who may send which plan (upward, plans
    issued in the sender's subtree; downward, plans issued above this unit or shipped with the app)
    is the reference rule's (:func:`app.sync.trust.check_references`, on ``owner_unit_id``); here, a
    plan held here is never taken over by another issuer, and each plan passes the same validation
    as a file or the editor (:func:`app.store.plan_documents.check_document`)."""
    local = {p.code: p for p in session.scalars(select(Plan).execution_options(include_deleted=True))}
    for number, row in rows:
        owner = tree.ids.get(row.get("owner_unit_id") or "")
        held = local.get(row["code"])
        if held is not None and None not in (held.owner_unit_id, owner) and held.owner_unit_id != owner:
            raise BundleRefused(
                f"Gói chứa kế hoạch mã “{row['code']}” nhưng kế hoạch mã này ở đây do đơn vị khác ban hành; "
                "cả gói bị từ chối.",
                f"plan {row['code']} here belongs to another issuer",
            )
        if held is not None and held.owner_unit_id is None and direction == "up":
            raise BundleRefused(
                f"Gói sửa kế hoạch “{held.name}” kèm theo phần mềm; cấp dưới không được sửa; "
                "cả gói bị từ chối.",
                f"plan {row['code']} is shipped; a lower unit may not change it",
            )
        if row.get("deleted"):
            continue
        probe = Plan(
            code=row["code"],
            name=row.get("name"),
            kind=row.get("kind") or "five-year",
            period_start=row.get("period_start"),
            period_end=row.get("period_end"),
            rules=row.get("rules"),
            doc_number=row.get("doc_number"),
            doc_date=row.get("doc_date"),
            doc_body=row.get("doc_body"),
        )
        try:
            if not isinstance(probe.period_start, int) or not isinstance(probe.period_end, int):
                raise bad_record(number, "plans", "giai đoạn không hợp lệ")
            check_document(None, plan_document(probe), f"Kế hoạch “{row['code']}” trong gói")
        except PlanRefused as exc:
            raise BundleRefused(exc.vi + " Cả gói bị từ chối.", exc.en) from exc


def plan_reference(
    session: Session,
    model: type[Record],
    rows: list[Numbered],
    tree: UnitTree,
    older: bool,
    counts: TableCounts,
    writes: Writes,
) -> None:
    """Classify reference records against the local copies of the same natural key. *older*: the
    bundle is older than what this installation already holds from the sender (nothing taken)."""
    keys = REFERENCE_KEYS[model]
    local = {
        tuple(getattr(o, k) for k in keys): o
        for o in session.scalars(select(model).execution_options(include_deleted=True))
    }
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


def parents_first(items: list[Item]) -> list[Item]:
    """Reference records in writing order: units before the units they are parents of (a cycle
    is left to the checks), then the rest."""
    units = [(m, r) for m, r in items if m is Unit]
    others = [(m, r) for m, r in items if m is not Unit]
    codes = {r["code"] for _, r in units}
    ordered: list[Item] = []
    placed: set[str] = set()
    while units:
        ready = [
            (m, r)
            for m, r in units
            if not r.get("parent_id") or r["parent_id"] not in codes or r["parent_id"] in placed
        ]
        if not ready:  # a cycle: leave the rest to the checks below
            ready = units
        for m, r in ready:
            ordered.append((m, r))
            placed.add(r["code"])
        units = [(m, r) for m, r in units if r["code"] not in placed]
    return ordered + others


def write_reference(session: Session, model: type[Record], row: dict[str, Any], tree: UnitTree) -> None:
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
    if isinstance(obj, Unit):
        tree.ids[obj.code] = obj.id
