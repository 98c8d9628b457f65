"""Open the app's database with its reference data in place — the entry point for CLI and UI."""

from __future__ import annotations

from app.services.catalogues import ensure_reference_data
from app.store.db import Store, open_store


def open_database(db: str | None = None, *, create: bool = True) -> Store:
    """Open, migrate and (on first use or after an update) load the shipped catalogues and plan."""
    store = open_store(db, create=create)
    with store.session() as session:
        ensure_reference_data(session)
    return store
