"""Sync bookkeeping of one installation: known peers and their keys, what each side has
acknowledged, the ledger of imported bundles, and conflicts waiting for an official.

These tables are local to an installation: they never travel in a bundle.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow


class SyncPeer(Base):
    """A unit this installation exchanges bundles with (its parent, or a child), by unit code.

    ``acked_seq`` is the highest of *our* change numbers the peer has confirmed holding (our next
    bundle to it starts after that); ``ack_stamp`` / ``ack_installation`` name the peer's bundle
    that carried that confirmation (its change number and installation), so an older bundle
    imported late cannot move it back.
    """

    __tablename__ = "sync_peers"

    unit_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    sign_key: Mapped[str] = mapped_column(String(64))
    box_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    accepted_how: Mapped[str] = mapped_column(String(16), default="registration")
    previous_fingerprint: Mapped[str | None] = mapped_column(String(64))
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    ack_stamp: Mapped[int] = mapped_column(BigInteger, default=0)
    ack_installation: Mapped[str | None] = mapped_column(String(36))
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_received_number: Mapped[int | None] = mapped_column(Integer)


class SyncReceived(Base):
    """How far we hold a peer installation's changes, without a gap (what we acknowledge)."""

    __tablename__ = "sync_received"

    unit_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    installation: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncLedger(Base):
    """One imported bundle: "already imported" is answered from here; ``summary`` is the import
    summary the official saw (the import log)."""

    __tablename__ = "sync_ledger"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender: Mapped[str] = mapped_column(String(32), index=True)
    direction: Mapped[str] = mapped_column(String(4))
    number: Mapped[int] = mapped_column(Integer, default=0)
    seq_from: Mapped[int] = mapped_column(BigInteger)
    seq_to: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """Two installations of the same unit changed the same record: kept for an official to settle."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_code: Mapped[str] = mapped_column(String(32))
    local_version: Mapped[int] = mapped_column(Integer)
    local_origin: Mapped[str | None] = mapped_column(String(36))
    incoming_version: Mapped[int] = mapped_column(Integer)
    incoming_origin: Mapped[str | None] = mapped_column(String(36))
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    bundle_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))
