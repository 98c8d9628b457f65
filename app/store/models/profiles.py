"""What a unit's printed documents remember: who signs, the numbers, the place name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, NFCString, NFCText, Record


class UnitProfile(Record, Base):
    """Document settings of one unit (its owner). Empty values fall back to defaults derived
    from the unit and its conference (see ``app.services.printing.context``)."""

    __tablename__ = "unit_profiles"

    parent_body: Mapped[str | None] = mapped_column(NFCString(200))
    issuing_body: Mapped[str | None] = mapped_column(NFCString(200))
    place_name: Mapped[str | None] = mapped_column(NFCString(100))
    signer_name: Mapped[str | None] = mapped_column(NFCString(120))
    signer_title: Mapped[str | None] = mapped_column(NFCString(120))
    authority: Mapped[str | None] = mapped_column(NFCString(120))
    mc_name: Mapped[str | None] = mapped_column(NFCString(120))
    reader_name: Mapped[str | None] = mapped_column(NFCString(120))
    decision: Mapped[str | None] = mapped_column(NFCText)
    batch_size: Mapped[int] = mapped_column(Integer, default=10)
    numbers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
