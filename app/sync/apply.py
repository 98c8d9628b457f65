"""Stage 4 — applying a planned import in the caller's transaction: reference data (parents
first), the records (kept with the version, origin and time stamps they carry, a fresh local
change number each: :func:`app.store.changes.write_received`), merged review notes, recorded
conflicts; then the exchange's bookkeeping — a sender key the official accepted, how far this
installation has received the sender's changes, the sender's acknowledgement of ours, and the
ledger row that makes importing the same bundle again a no-op."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from app.store.base import utcnow
from app.store.changes import write_received
from app.store.db import Store
from app.store.models import SyncLedger, SyncPeer, SyncReceived
from app.store.synced import DOWN_OWNED, UP_MODELS
from app.sync.bundle import Bundle
from app.sync.crypto import PublicKeys
from app.sync.keys import accept_keys
from app.sync.merge_notes import write_note
from app.sync.merge_reference import parents_first, write_reference
from app.sync.preview import Preview, Writes


def received_from(session: Session, bundle: Bundle) -> SyncReceived | None:
    """How far this installation has the changes of the bundle's sending installation."""
    return session.get(SyncReceived, (bundle.sender, str(bundle.manifest.get("installation", ""))))


def apply_bundle(
    session: Session,
    store: Store,
    bundle: Bundle,
    writes: Writes,
    preview: Preview,
    tick: Callable[[float, str], None] | None = None,
) -> None:
    """Write what :func:`app.sync.planning.prepare` planned; *tick* is told the fraction written."""
    tree = writes.tree
    for model, row in parents_first(writes.reference):  # units and plans before the records naming them
        write_reference(session, model, row, tree)
    models = UP_MODELS + DOWN_OWNED
    total = max(1, sum(len(writes.new.get(m, [])) + len(writes.changed.get(m, [])) for m in models))
    done = 0
    for model in models:

        def written(count: int, before: int = done) -> None:
            if tick is not None:
                tick(
                    (before + count) / total,
                    f"Đang ghi {before + count:,} / {total:,} bản ghi…".replace(",", "."),
                )

        done += write_received(
            session, model, writes.new.get(model, []), writes.changed.get(model, []), written=written
        )
    for row, fields in writes.notes:
        write_note(session, row, fields)
    for conflict in writes.conflicts:
        session.add(conflict)
    m = bundle.manifest
    if preview.key is not None and preview.key.state != "same":
        keys = PublicKeys.from_json(m["sender_keys"])
        accept_keys(session, bundle.sender, keys, "first-bundle" if preview.key.state == "new" else "bundle")
    installation = str(m.get("installation", ""))
    received = received_from(session, bundle)
    if received is None:
        received = SyncReceived(unit_code=bundle.sender, installation=installation, seq=0)
        session.add(received)
    if m["seq_from"] <= received.seq + 1:
        received.seq = max(received.seq, m["seq_to"])
    peer = session.get(SyncPeer, bundle.sender)
    if peer is not None:
        for ack in m.get("acks", []):
            newer = peer.ack_installation != installation or m["seq_to"] > peer.ack_stamp
            if ack["installation"] == store.installation_id and newer:
                peer.acked_seq, peer.ack_stamp, peer.ack_installation = ack["seq"], m["seq_to"], installation
        peer.last_received_at = utcnow()
        peer.last_received_number = preview.number
    preview.status = "imported"
    session.add(
        SyncLedger(
            bundle_id=m["id"],
            sender=bundle.sender,
            direction=m["direction"],
            number=preview.number,
            seq_from=m["seq_from"],
            seq_to=m["seq_to"],
            file_name=preview.file.name,
            summary=preview.as_json(),
        )
    )
