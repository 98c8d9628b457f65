"""What is in the database: the ``info`` figures."""

from __future__ import annotations

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


def info(store: Store) -> dict[str, Any]:
    """``{"unit", "schema", "counts"}``; tombstoned records are not counted."""
    unit = installation_unit(store)
    with store.session() as session:
        counts = count_records(session)
    return {"unit": unit.code if unit else None, "schema": store.revision(), "counts": counts}
