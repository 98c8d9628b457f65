"""The record of exports, for the services and the CLI (kept in the store:
:mod:`app.store.export_journal`, where USB bundles record theirs too)."""

from app.store.export_journal import exports, record_export

__all__ = ["exports", "record_export"]
