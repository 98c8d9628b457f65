"""Bundles against the database — the front of :mod:`app.sync` that the window, the CLI, the
self-test and the benchmarks call: export, import (or preview), conflicts and the summary, with
the names they read (the model registry, the list names, the wire codec).

The work itself is done by the stages, each a module of its own (see :mod:`app.sync`):
:mod:`~app.sync.wire`, :mod:`~app.sync.outgoing`, :mod:`~app.sync.planning`,
:mod:`~app.sync.merge_notes`, :mod:`~app.sync.merge_reference`, :mod:`~app.sync.trust`,
:mod:`~app.sync.apply`, :mod:`~app.sync.batch`, :mod:`~app.sync.conflicts`,
:mod:`~app.sync.summary`.
"""

from __future__ import annotations

from app.domain.list_names import TABLE_LABELS
from app.store.synced import (
    DOWN_MODELS,
    MODELS,
    REFERENCE_KEYS,
    STAMPS,
    UNIT_REFS,
    UP_MODELS,
    Reference,
    WireColumn,
    references,
    wire_columns,
)
from app.sync.batch import BatchResult, import_bundles
from app.sync.conflicts import open_conflicts, settle_conflict
from app.sync.outgoing import BUNDLES_SENT, Exported, export_bundle
from app.sync.preview import Preview, TableCounts
from app.sync.summary import summary_text
from app.sync.trust import check_references
from app.sync.wire import MAX_VERSION, from_wire, to_wire

__all__ = [
    "BUNDLES_SENT",
    "DOWN_MODELS",
    "MAX_VERSION",
    "MODELS",
    "REFERENCE_KEYS",
    "STAMPS",
    "TABLE_LABELS",
    "UNIT_REFS",
    "UP_MODELS",
    "BatchResult",
    "Exported",
    "Preview",
    "Reference",
    "TableCounts",
    "WireColumn",
    "check_references",
    "export_bundle",
    "from_wire",
    "import_bundles",
    "open_conflicts",
    "references",
    "settle_conflict",
    "summary_text",
    "to_wire",
    "wire_columns",
]
