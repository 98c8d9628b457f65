"""A unit's conference, its agenda and its model reports (tham luận)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, NFCString, NFCText, Record


class Conference(Record, Base):
    """The conference a unit holds; the unit is its owner (``owner_unit_id``)."""

    __tablename__ = "conferences"

    plan_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("plans.id"), index=True)
    form: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(NFCText)
    date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(NFCText)
    chair: Mapped[str | None] = mapped_column(NFCText)
    co_host: Mapped[str | None] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    expected_attendance: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(NFCText)


class AgendaItem(Record, Base):
    """One item of the programme; start times are derived (conference start + durations)."""

    __tablename__ = "agenda_items"

    conference_id: Mapped[str] = mapped_column(String(36), ForeignKey("conferences.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40), default="custom")
    title: Mapped[str] = mapped_column(NFCText)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    presenter: Mapped[str | None] = mapped_column(NFCText)
    notes: Mapped[str | None] = mapped_column(NFCText)


class Speech(Record, Base):
    """A model report (tham luận): by an honoree or a guest."""

    __tablename__ = "speeches"

    conference_id: Mapped[str] = mapped_column(String(36), ForeignKey("conferences.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    honoree_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("honorees.id"), index=True)
    presenter: Mapped[str] = mapped_column(NFCString(200))
    title: Mapped[str] = mapped_column(NFCText)
    field: Mapped[str | None] = mapped_column(String(80))
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    media: Mapped[str | None] = mapped_column(NFCText)
