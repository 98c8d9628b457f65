"""What an operation changed: the one value every write the window asks for returns.

A service call that writes returns :class:`Changes` — the tables and records it wrote, and the
change number (``seq``) each record got — and the window announces it once
(``app.ui.operations``): every open list, form and panel decides for itself whether to refresh,
and the undo history learns which version of each record its steps expect to find.

The change number is the version an undo step checks: every write of a record — an edit here, a
bundle or spreadsheet import, another officer on an office server — gives it a new one
(``app.store.changes``), so a step that finds another number than the one this window's own last
write left knows that somebody else changed the record since, and is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.changes import WRITTEN
from app.store.db import Store

#: A record, as the undo history names it: (table, id).
Ref = tuple[str, str]


@dataclass(frozen=True)
class Changes:
    """The tables and records an operation wrote. ``versions`` maps each written record to its
    change number after the write; ``everything`` says that any list may have changed (a restore,
    another conference opened) — every screen reads its data again."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    versions: Mapping[Ref, int] = field(default_factory=dict)
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.ids | other.ids,
            {**self.versions, **other.versions},
            self.everything or other.everything,
        )

    def touches(self, *tables: str) -> bool:
        """Whether a screen showing *tables* must look again."""
        return self.everything or not self.tables.isdisjoint(tables)

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """Any records of *tables* (an import: which ones is not listed)."""
        return cls(frozenset(tables))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)


NOTHING = Changes()


def written_in(session: Session) -> Changes:
    """What *session*'s flushes wrote (read after its transaction: the change numbers are final)."""
    written: dict[Ref, int] = session.info.get(WRITTEN, {})
    return Changes(frozenset(t for t, _ in written), frozenset(i for _, i in written), dict(written))


class Recorded:
    """What a :func:`recording` block wrote (filled when the block ends)."""

    changes: Changes = Changes()


@contextmanager
def recording(store: Store) -> Iterator[Recorded]:
    """Collect what every write of *store* inside the block changed — for an operation made of
    service calls that do not return their ``Changes`` themselves (a plan saved, a plan file
    imported)."""
    outer = store.recording
    store.recording = {}
    found = Recorded()
    try:
        yield found
    finally:
        written, store.recording = store.recording, outer
        if outer is not None:
            outer.update(written)
        found.changes = Changes(
            frozenset(t for t, _ in written), frozenset(i for _, i in written), dict(written)
        )


def current_versions(store: Store, refs: Iterable[Ref]) -> dict[Ref, int | None]:
    """The change number each record carries now (None: not in the database), tombstones included."""
    from app.store.synced import MODELS as models

    by_table: dict[str, list[str]] = {}
    for table, record_id in refs:
        by_table.setdefault(table, []).append(record_id)
    found: dict[Ref, int | None] = {}
    with store.session() as session:
        for table, ids in by_table.items():
            model: Any = models[table]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = session.execute(
                    select(model.id, model.seq)
                    .where(model.id.in_(chunk))
                    .execution_options(include_deleted=True)
                )
                seen = {record_id: seq for record_id, seq in rows}
                found.update({(table, i): seen.get(i) for i in chunk})
    return found


def received(result: Any) -> Changes:  # noqa: ANN401 — an ``exchange.BatchResult``
    """What importing bundles changed: the tables that got new, changed or deleted records (which
    records is not listed: a bundle may carry thousands)."""
    tables: set[str] = set()
    for preview in result.previews:
        if preview.status == "imported":
            tables |= {
                name
                for name, counts in preview.tables.items()
                if counts.new or counts.changed or counts.deleted
            }
            tables.add("review_notes")  # notes and their answers travel beside the records
    return Changes.of_tables(tables)
