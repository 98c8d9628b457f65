"""What a higher unit does with its lower units' records without editing them (they stay the
lower unit's): review notes that travel down and come back resolved, and the delegate roll-up —
proposals from below approved for this level's conference become this unit's own proposals upward.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.list_names import TABLE_LABELS
from app.errors import AppError
from app.services import registry
from app.services.changes import Changes, written_in
from app.services.conference import unit_conference
from app.store.base import utcnow
from app.store.changes import tombstone
from app.store.db import Store
from app.store.models import Delegate, ReviewNote, Unit
from app.store.synced import MODELS

NOTE_TABLES = (
    "conferences",
    "agenda_items",
    "invitees",
    "honorees",
    "speeches",
    "delegates",
    "award_tallies",
)


def units_below(store: Store) -> set[str]:
    """Ids of every unit below this installation's unit (not the unit itself)."""
    with store.session() as session:
        return registry.units_below(session, store.unit_id or "")


def add_note(store: Store, table: str, record_id: str, text: str) -> ReviewNote:
    """Write a review note on a record of a unit below this one; it travels down in the next bundle."""
    [note_id], _changes = add_notes(store, table, [record_id], text)
    with store.session() as session:
        return session.get(ReviewNote, note_id)


def add_notes(store: Store, table: str, record_ids: list[str], text: str) -> tuple[list[str], Changes]:
    """One note with *text* on each record (of units below) of *table*, in one transaction; the
    notes' ids and what changed."""
    text = (text or "").strip()
    if not text:
        raise AppError("Hãy viết nội dung góp ý.", "the note is empty")
    if table not in NOTE_TABLES:
        raise AppError("Không góp ý được trên loại dữ liệu này.", f"notes are not written on {table}")
    below = units_below(store)
    notes = []
    with store.session() as session:
        for record_id in record_ids:
            record = session.get(MODELS[table], record_id)
            if record is None:
                raise AppError("Không thấy bản ghi cần góp ý.", "the record to comment on is gone")
            if record.owner_unit_id not in below:
                raise AppError(
                    "Chỉ góp ý được trên dữ liệu của đơn vị cấp dưới.", "notes are for records of lower units"
                )
            note = ReviewNote(
                target_table=table,
                target_id=record_id,
                target_unit_id=record.owner_unit_id,
                text=text,
                status="open",
                owner_unit_id=store.unit_id,
            )
            session.add(note)
            notes.append(note)
        session.flush()
        ids = [n.id for n in notes]
    return ids, written_in(session)


def withdraw_notes(store: Store, note_ids: list[str], back: bool = False) -> Changes:
    """Take back notes written here (their deletion travels down), or with *back* bring them back."""
    with store.session() as session:
        for note_id in note_ids:
            note = session.get(ReviewNote, note_id, execution_options={"include_deleted": True})
            if note is not None and note.owner_unit_id == store.unit_id:
                if back:
                    note.deleted = False
                else:
                    tombstone(note)
    return written_in(session)


def notes_for_this_unit(store: Store, open_only: bool = False) -> list[ReviewNote]:
    """Notes from above about this unit's own records, newest first."""
    with store.session() as session:
        query = select(ReviewNote).where(ReviewNote.target_unit_id == store.unit_id)
        if open_only:
            query = query.where(ReviewNote.status == "open")
        return list(session.scalars(query.order_by(ReviewNote.created_at.desc())))


def notes_written_here(store: Store) -> list[ReviewNote]:
    with store.session() as session:
        return list(
            session.scalars(
                select(ReviewNote)
                .where(ReviewNote.owner_unit_id == store.unit_id)
                .order_by(ReviewNote.created_at.desc())
            )
        )


def resolve_note(store: Store, note_id: str, resolution: str) -> Changes:
    """Mark a note about this unit's records resolved, with what was done; the resolution goes up
    in the next bundle to the parent."""
    with store.session() as session:
        note = session.get(ReviewNote, note_id)
        if note is None or note.target_unit_id != store.unit_id:
            raise AppError("Không có góp ý này cho đơn vị.", f"no note {note_id} for this unit")
        note.status, note.resolution, note.resolved_at = (
            "resolved",
            (resolution or "").strip() or None,
            utcnow(),
        )
    return written_in(session)


def note_target_label(store: Store, note: ReviewNote) -> str:
    """What a note is about, in words: "Điển hình: Nguyễn Văn An"."""
    model = MODELS.get(note.target_table)
    with store.session() as session:
        record = session.get(model, note.target_id) if model else None
        name = (
            (
                getattr(record, "name", None)
                or getattr(record, "title", None)
                or getattr(record, "presenter", None)
                or ""
            )
            if record
            else ""
        )
    return f"{TABLE_LABELS.get(note.target_table, note.target_table)}: {name}".rstrip(": ")


# -- delegate roll-up ---------------------------------------------------------------------------
def rolled_up(store: Store) -> dict[str, str]:
    """Proposal id from below → this unit's delegate made from it (approved for this level)."""
    with store.session() as session:
        rows = session.execute(
            select(Delegate.source_id, Delegate.id).where(
                Delegate.owner_unit_id == store.unit_id, Delegate.source_id.is_not(None)
            )
        ).all()
    return dict(rows)


def approve_delegates(store: Store, proposal_ids: list[str]) -> int:
    """Approve lower units' delegate proposals for this level's conference: each becomes a delegate
    proposal of this unit (sent up in the next bundle). Approving twice changes nothing."""
    below = units_below(store)
    conference = unit_conference(store, store.unit_id) if store.unit_id else None
    done = rolled_up(store)
    made = 0
    with store.session() as session:
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        for proposal_id in proposal_ids:
            if proposal_id in done:
                continue
            source = session.get(Delegate, proposal_id)
            if source is None or source.owner_unit_id not in below:
                raise AppError(
                    "Chỉ duyệt được đại biểu do đơn vị cấp dưới đề nghị.", "only lower units' proposals"
                )
            session.add(
                Delegate(
                    conference_id=conference.id if conference else None,
                    owner_unit_id=store.unit_id,
                    honoree_id=source.honoree_id,
                    collective=source.collective,
                    family_middle=source.family_middle,
                    given=source.given,
                    name=source.name,
                    gender=source.gender,
                    birth_year=source.birth_year,
                    position=source.position,
                    workplace=source.workplace,
                    field=source.field,
                    target_group=source.target_group,
                    status="proposed",
                    source_id=source.id,
                    notes=f"Do {names.get(source.owner_unit_id, '')} đề nghị".strip(),
                )
            )
            made += 1
    return made


def withdraw_delegates(store: Store, proposal_ids: list[str]) -> int:
    """Undo an approval: this unit's delegates made from these proposals are deleted (the deletion
    travels up)."""
    done = rolled_up(store)
    removed = 0
    with store.session() as session:
        for proposal_id in proposal_ids:
            if proposal_id in done:
                tombstone(session.get(Delegate, done[proposal_id]))
                removed += 1
    return removed
