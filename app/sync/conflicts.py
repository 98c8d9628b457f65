"""Stage — conflicts: the same record changed on two PCs of one unit (same version, different
origin). Nothing is settled silently: the clash is recorded with the incoming copy, shown in the
preview, and an official keeps one copy or the other."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.store.base import Record, utcnow
from app.store.changes import write_received
from app.store.db import Store
from app.store.models import SyncConflict
from app.store.synced import MODELS
from app.sync.bundle import Bundle
from app.sync.preview import Preview, Writes
from app.sync.wire import from_wire, jsonable


def known_conflict(session: Session, row: dict[str, Any]) -> bool:
    """The same clash was recorded before (a bundle re-sent): it is not a new conflict."""
    query = select(SyncConflict.id).where(
        SyncConflict.record_id == row["id"],
        SyncConflict.incoming_version == row["version"],
        SyncConflict.incoming_origin == row["origin"],
    )
    return session.scalars(query).first() is not None


def add_conflict(
    model: type[Record],
    row: dict[str, Any],
    version: int,
    origin: str | None,
    bundle: Bundle,
    preview: Preview,
    writes: Writes,
) -> None:
    """Plan a new conflict: shown in the preview, recorded when the bundle is applied."""
    name = row.get("name") or row.get("title") or row.get("form") or row["id"]
    preview.conflicts.append(
        {
            "table": model.__tablename__,
            "id": row["id"],
            "name": name,
            "local_version": version,
            "incoming_version": row["version"],
        }
    )
    writes.conflicts.append(
        SyncConflict(
            table_name=model.__tablename__,
            record_id=row["id"],
            unit_code=bundle.sender,
            local_version=version,
            local_origin=origin,
            incoming_version=row["version"],
            incoming_origin=row["origin"],
            incoming=jsonable(row),
            bundle_id=bundle.manifest["id"],
        )
    )


def open_conflicts(store: Store) -> list[SyncConflict]:
    """Conflicts no official has settled yet, oldest first."""
    with store.session() as session:
        return list(
            session.scalars(
                select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)
            )
        )


def settle_conflict(store: Store, conflict_id: int, keep: str) -> SyncConflict:
    """Settle a conflict: ``keep="local"`` keeps this database's copy, ``"incoming"`` takes the
    copy from the bundle (with its version and origin). Either way it is marked settled."""
    if keep not in ("local", "incoming"):
        raise AppError(
            "Chọn giữ bản trong máy (local) hoặc bản trong gói (incoming).", "keep must be local or incoming"
        )
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise AppError(
                f"Không có xung đột số {conflict_id} đang chờ xử lý.", f"no open conflict {conflict_id}"
            )
        model = MODELS[conflict.table_name]
        if keep == "incoming":
            row = from_wire(model, conflict.incoming, 1)  # kept as JSON (jsonable): dates are ISO text
            write_received(session, model, [], [row])
        conflict.resolved_at, conflict.resolution = utcnow(), keep
        return conflict
