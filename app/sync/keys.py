"""This installation's keys, kept in its database (made at ``hoinghi init``, or on first use)."""

from __future__ import annotations

from app.errors import AppError
from app.store.db import Store
from app.store.models import Meta
from app.sync.crypto import Identity

IDENTITY_KEY = "sync_identity"


def installation_identity(store: Store) -> Identity:
    """The installation's private keys; made and stored the first time they are asked for."""
    with store.session() as session:
        row = session.get(Meta, IDENTITY_KEY)
        if row is not None and row.value:
            try:
                return Identity.from_text(row.value)
            except (ValueError, KeyError, TypeError) as exc:
                raise AppError("Khoá của máy này bị hỏng; hãy khôi phục từ tệp khoá dự phòng.",
                               "this installation's keys are damaged; restore them from the recovery file") from exc
        identity = Identity.generate()
        session.merge(Meta(key=IDENTITY_KEY, value=identity.to_text()))
    return identity
