"""What is in the database: the ``info`` figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.installation import installation_unit
from app.store.db import Store
from app.store.models import (
    AgendaItem,
    AwardTally,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Speech,
    Unit,
)

COUNTED = {
    "units": Unit,
    "conferences": Conference,
    "agenda_items": AgendaItem,
    "invitees": Invitee,
    "honorees": Honoree,
    "speeches": Speech,
    "delegates": Delegate,
    "award_tallies": AwardTally,
}


def count_records(session: Session) -> dict[str, int]:
    """The ``counts`` of ``info`` (and of a backup's preview): live records per list."""
    return {
        name: session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0
        for name, model in COUNTED.items()
    }


@dataclass(frozen=True)
class DatabaseInfo:
    """This installation's unit (its code, ``None`` before ``init``), the schema revision and the
    live records per list."""

    unit: str | None
    schema: str | None
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        """``{"unit", "schema", "counts"}`` — the ``info --json`` contract."""
        return {"unit": self.unit, "schema": self.schema, "counts": self.counts}


def info(store: Store) -> DatabaseInfo:
    """What ``info`` shows; tombstoned records are not counted."""
    unit = installation_unit(store)
    with store.session() as session:
        counts = count_records(session)
    return DatabaseInfo(unit.code if unit else None, store.revision(), counts)
