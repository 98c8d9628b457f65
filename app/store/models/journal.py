"""What left this installation: every bundle and spreadsheet written with people's data, kept
locally (never synced) — the record of exports that personal-data rules ask an office to keep."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow


class ExportRecord(Base):
    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(40))  # bundle, xlsx:honorees, report, …
    target: Mapped[str] = mapped_column(Text)  # the file written
    recipient: Mapped[str | None] = mapped_column(String(32))  # a bundle's recipient unit
    rows: Mapped[int] = mapped_column(Integer, default=0)

    def as_json(self) -> dict[str, Any]:
        """One entry of ``hoinghi exports --json``."""
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "target": self.target,
            "rows": self.rows,
            "recipient": self.recipient,
        }
