"""Stage — merging review notes. A note is written by a higher unit (its owner) and resolved by
the unit it is about: the owner's fields travel down, the resolution travels back up, merged field
by field, so neither side overwrites the other's part. (Who may send which note is the reference
rule's: :func:`app.sync.trust.check_references`.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.store.models import ReviewNote
from app.store.synced import STAMPS, wire_columns
from app.store.unit_tree import UnitTree
from app.sync.preview import Numbered, TableCounts, Writes

#: The fields the note's writer owns (travel down) and those the unit it is about fills (travel up).
NOTE_OWNER_FIELDS = ("target_table", "target_id", "text", "deleted")
NOTE_TARGET_FIELDS = ("status", "resolution", "resolved_at")


def plan_notes(
    session: Session,
    rows: list[Numbered],
    direction: str,
    tree: UnitTree,
    counts: TableCounts,
    writes: Writes,
) -> None:
    """Downward: notes by the sender or a unit above it, about this unit's subtree — new ones are
    added, the owner's fields updated. Upward: the resolution of notes this unit (or one above it)
    wrote about the sender's subtree."""
    for _, row in rows:
        row["owner_unit_id"], row["target_unit_id"] = (
            tree.ids[row["owner_unit_id"]],
            tree.ids[row["target_unit_id"]],
        )
        local = session.get(ReviewNote, row["id"], execution_options={"include_deleted": True})
        fields = NOTE_OWNER_FIELDS if direction == "down" else NOTE_TARGET_FIELDS
        if local is None:
            if direction == "up":
                counts.unchanged += 1  # a note this installation never had: nothing to resolve
                continue
            counts.new += 1
        elif all(getattr(local, f) == row.get(f) for f in fields):
            counts.unchanged += 1
            continue
        elif row.get("deleted") and not local.deleted:
            counts.deleted += 1
        else:
            counts.changed += 1
        writes.notes.append((row, fields))


def write_note(session: Session, row: dict[str, Any], fields: tuple[str, ...]) -> None:
    local = session.get(ReviewNote, row["id"], execution_options={"include_deleted": True})
    if local is None:
        values = {c.name: row.get(c.name) for c in wire_columns(ReviewNote) if c.name not in STAMPS}
        session.add(ReviewNote(id=row["id"], owner_unit_id=row["owner_unit_id"], **values))
    else:
        for name in fields:
            setattr(local, name, row.get(name))
    session.flush()
