"""Figures for the five-year report, and review notes from higher units."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, NFCText, Record


class AwardTally(Record, Base):
    """Commendations of one form over a period, with the breakdown the summary report needs.

    ``period`` is the period of the plan the figures were entered for (``2020-2025``, ``2026``)."""

    __tablename__ = "award_tallies"

    period: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(80))
    collectives: Mapped[int] = mapped_column(Integer, default=0)
    individuals: Mapped[int] = mapped_column(Integer, default=0)
    workers: Mapped[int] = mapped_column(Integer, default=0)
    farmers: Mapped[int] = mapped_column(Integer, default=0)
    direct_labourers: Mapped[int] = mapped_column(Integer, default=0)


class ReviewNote(Record, Base):
    """A comment by a higher unit (the owner) on a record of a lower unit."""

    __tablename__ = "review_notes"

    target_table: Mapped[str] = mapped_column(String(40))
    #: The record the note is about, in the table ``target_table`` names (checked by the sync
    #: like a foreign key).
    target_id: Mapped[str] = mapped_column(
        String(36), index=True, info={"references_table_in": "target_table"}
    )
    target_unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), index=True)
    text: Mapped[str] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolution: Mapped[str | None] = mapped_column(NFCText)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
