"""What planning an import produces: the :class:`Preview` an official reads (and the ledger keeps),
and the :class:`Writes` that applying it performs. Both are filled by the import plan
(:mod:`app.sync.planning`) without writing anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.store.base import Record
from app.store.models import SyncConflict
from app.store.unit_tree import UnitTree
from app.sync.keys import KeyStatus


@dataclass
class TableCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0

    def as_json(self) -> dict[str, int]:
        return {
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
        }


@dataclass
class Preview:
    """What importing one bundle does (or did), for the official to read before applying."""

    file: Path
    status: str  # ready, imported, already, refused, cancelled
    reason: AppError | None = None
    bundle_id: str = ""
    sender: str = ""
    sender_name: str = ""
    direction: str = ""
    number: int = 0
    created_at: str = ""
    seq_from: int = 0
    seq_to: int = 0
    key: KeyStatus | None = None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backup: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "reason": self.reason.en if self.reason else None,
            "reason_vi": self.reason.vi if self.reason else None,
            "bundle": self.bundle_id,
            "sender": self.sender,
            "sender_name": self.sender_name,
            "direction": self.direction,
            "number": self.number,
            "created_at": self.created_at,
            "seq_from": self.seq_from,
            "seq_to": self.seq_to,
            "key": None
            if self.key is None
            else {
                "state": self.key.state,
                "fingerprint": self.key.fingerprint,
                "previous": self.key.previous,
            },
            "tables": {t: c.as_json() for t, c in self.tables.items()},
            "conflicts": self.conflicts,
            "warnings": self.warnings,
            "backup": self.backup,
        }


#: A checked record of a bundle with its line number (1-based), as the import plan reads it.
Numbered = tuple[int, dict[str, Any]]


@dataclass
class Writes:
    """What applying a bundle writes: rows per model, reference objects, conflicts — planned
    against *tree*, the unit registry read once for the whole import."""

    tree: UnitTree
    new: dict[type[Record], list[dict[str, Any]]] = field(default_factory=dict)
    changed: dict[type[Record], list[dict[str, Any]]] = field(default_factory=dict)
    reference: list[tuple[type[Record], dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[dict[str, Any], tuple[str, ...]]] = field(default_factory=list)
    conflicts: list[SyncConflict] = field(default_factory=list)
