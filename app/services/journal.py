"""The record of exports: what left this installation, when, where to and how many rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.store.db import Store
from app.store.models import ExportRecord


def record_export(store: Store, kind: str, target: Path, rows: int, recipient: str | None = None) -> None:
    with store.session() as session:
        session.add(ExportRecord(kind=kind, target=str(target), rows=rows, recipient=recipient))


@dataclass(frozen=True)
class ExportEntry:
    """One line of the record of exports (``hoinghi exports``)."""

    at: datetime
    kind: str
    target: str
    rows: int
    recipient: str | None

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "kind": self.kind, "target": self.target,
                "rows": self.rows, "recipient": self.recipient}


def exports(store: Store) -> list[ExportEntry]:
    """Everything recorded, oldest first."""
    with store.session() as session:
        return [ExportEntry(r.at, r.kind, r.target, r.rows, r.recipient)
                for r in session.scalars(select(ExportRecord).order_by(ExportRecord.at, ExportRecord.id))]
