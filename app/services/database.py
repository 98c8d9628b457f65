"""Open the app's database with its reference data in place — the entry point for CLI and UI."""

from __future__ import annotations

from app.errors import AppError
from app.services.catalogues import ensure_reference_data
from app.store.backup import SECRET_META_KEYS
from app.store.db import Store, open_store


def open_database(db: str | None = None, *, create: bool = True) -> Store:
    """Open, migrate and (on first use or after an update) load the shipped catalogues and plan;
    move private keys that an older version kept in the database out of it."""
    store = open_store(db, create=create)
    with store.session() as session:
        ensure_reference_data(session)
    if store.get_meta(SECRET_META_KEYS[0]) is not None:
        from app.sync.keys import move_keys_out

        try:
            move_keys_out(store)
        except AppError:
            pass  # the key store cannot take them now: tried again on the next open or sync
    return store
