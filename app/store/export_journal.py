"""The record of exports: what left this installation, when, where to and how many rows.

Written by every door that lets people's data out — spreadsheets, award sheets, USB bundles —
and read by ``hoinghi exports``; the table itself is ``export_log`` (never synced)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.store.db import Store
from app.store.models import ExportRecord


def record_export(store: Store, kind: str, target: Path, rows: int, recipient: str | None = None) -> None:
    with store.session() as session:
        session.add(ExportRecord(kind=kind, target=str(target), rows=rows, recipient=recipient))


def exports(store: Store) -> list[ExportRecord]:
    with store.session() as session:
        return list(session.scalars(select(ExportRecord).order_by(ExportRecord.at, ExportRecord.id)))
