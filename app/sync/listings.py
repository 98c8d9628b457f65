"""What the sync side shows, read only: this PC's keys, a bundle's cover, the bundles imported,
the conflicts waiting, a batch's outcome — each a value with ``as_json()``, the JSON contracts of
``keys show``, ``bundle inspect|log|conflicts|import --json`` (README), so that no caller queries
the ledger or shapes these itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.store.db import Store
from app.store.models import SyncLedger
from app.sync.bundle import read_bundle
from app.sync.crypto import CryptoRefused, PublicKeys
from app.sync.exchange import TABLE_LABELS, BatchResult, open_conflicts
from app.sync.keys import installation_public, own_unit


@dataclass(frozen=True)
class OwnKeys:
    """This installation's unit and public keys (known even where its private keys are not)."""

    unit: str
    name: str
    public: PublicKeys

    def as_json(self) -> dict[str, str]:
        return {"unit": self.unit, "fingerprint": self.public.fingerprint, **self.public.as_json()}


def own_keys(store: Store) -> OwnKeys:
    unit = own_unit(store)
    return OwnKeys(unit.code, unit.name, installation_public(store))


@dataclass(frozen=True)
class BundleCover:
    """A bundle's manifest (nothing decrypted) and the fingerprint of the sender key it names
    (``None`` when it names none or a malformed one)."""

    file: Path
    manifest: dict[str, Any]
    sender_fingerprint: str | None

    def as_json(self) -> dict[str, Any]:
        return {**self.manifest, "sender_fingerprint": self.sender_fingerprint}


def bundle_cover(path: Path) -> BundleCover:
    manifest = dict(read_bundle(path).manifest)
    keys = manifest.get("sender_keys")
    try:
        fingerprint = PublicKeys.from_json(keys).fingerprint if keys else None
    except CryptoRefused:
        fingerprint = None
    return BundleCover(path, manifest, fingerprint)


@dataclass(frozen=True)
class ImportedBundle:
    """One line of the import log (the ledger)."""

    bundle: str
    sender: str
    direction: str
    number: int
    file: str
    imported_at: datetime
    seq_from: int
    seq_to: int
    summary: dict[str, Any]

    @property
    def changes(self) -> int:
        """New, changed and deleted records over every list."""
        return sum(c["new"] + c["changed"] + c["deleted"] for c in self.summary.get("tables", {}).values())

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle": self.bundle,
            "sender": self.sender,
            "direction": self.direction,
            "number": self.number,
            "file": self.file,
            "imported_at": self.imported_at.isoformat(timespec="seconds"),
            "seq_from": self.seq_from,
            "seq_to": self.seq_to,
            "summary": self.summary,
        }


def imported_bundles(store: Store) -> list[ImportedBundle]:
    """The bundles imported into this database, oldest first."""
    with store.session() as session:
        return [
            ImportedBundle(
                r.bundle_id,
                r.sender,
                r.direction,
                r.number,
                r.file_name,
                r.imported_at,
                r.seq_from,
                r.seq_to,
                r.summary,
            )
            for r in session.scalars(select(SyncLedger).order_by(SyncLedger.imported_at))
        ]


@dataclass(frozen=True)
class WaitingConflict:
    """A record two PCs of one unit both changed, waiting for an official; ``name``: what the
    record is called (its name or title, else its id), ``label``: what its list is called."""

    id: int
    table: str
    record: str
    unit: str
    local_version: int
    incoming_version: int
    name: str
    label: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "record": self.record,
            "unit": self.unit,
            "local_version": self.local_version,
            "incoming_version": self.incoming_version,
            "name": self.name,
        }


def waiting_conflicts(store: Store) -> list[WaitingConflict]:
    """The conflicts no official has settled yet, oldest first."""
    return [
        WaitingConflict(
            c.id,
            c.table_name,
            c.record_id,
            c.unit_code,
            c.local_version,
            c.incoming_version,
            c.incoming.get("name") or c.incoming.get("title") or c.record_id,
            TABLE_LABELS.get(c.table_name, c.table_name),
        )
        for c in open_conflicts(store)
    ]


def batch_as_json(result: BatchResult) -> dict[str, Any]:
    """``bundle import --json``: each bundle's preview and how many were refused."""
    return {"previews": [p.as_json() for p in result.previews], "refused": len(result.refused)}
