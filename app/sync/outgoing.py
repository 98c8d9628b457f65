"""Stage 2 — what the next bundle carries, and writing it.

* **Upward** (a unit to its parent): every record owned by the unit or a unit below it whose local
  change number is above what the parent acknowledged; the unit's own plans; the resolution of
  review notes from above about this subtree.
* **Downward** (a parent to a child): the unit registry, the plans issued above the child (and
  the shipped ones), the catalogues, and the review notes on records of the child's subtree,
  changed after what the child acknowledged.

Every bundle's manifest acknowledges what the sender holds of the recipient's changes, so the
next bundle the other way starts after it. Bundles are cumulative since the last
acknowledgement: a lost stick is replaced by the next bundle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app import __version__
from app.errors import AppError
from app.long_work import Progress, report
from app.store.base import table_of, utcnow
from app.store.changes import current_seq
from app.store.db import Store
from app.store.export_journal import record_export
from app.store.models import Counter, Plan, ReviewNote, SyncPeer, SyncReceived, Unit
from app.store.synced import DOWN_MODELS, UP_MODELS
from app.store.unit_tree import UnitTree
from app.sync.bundle import bundle_name, make_bundle, write_bundle
from app.sync.keys import installation_identity, own_unit, peer_keys
from app.sync.wire import plan_codes, to_wire

#: The counter of bundles this installation wrote (their number in the file name and manifest).
BUNDLES_SENT = "bundles_sent"


@dataclass
class Exported:
    path: Path
    recipient: str
    direction: str
    counts: dict[str, int]
    seq_from: int
    seq_to: int


def partner(session: Session, tree: UnitTree, me: Unit, code: str | None) -> tuple[Unit, str]:
    """The recipient (default: the parent) and the direction; only the parent or a child."""
    if code is None:
        if not me.parent_id:
            raise AppError(
                "Đơn vị này không có cấp trên; hãy chọn đơn vị cấp dưới nhận gói (--for MÃ).",
                "this unit has no parent; name the child to send to (--for CODE)",
            )
        code = tree.codes[me.parent_id]
    unit = session.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is None:
        raise AppError(f"Không có đơn vị mã “{code}” trong danh mục.", f"no unit {code!r} in the registry")
    if unit.id == me.parent_id:
        return unit, "up"
    if unit.parent_id == me.id:
        return unit, "down"
    raise AppError(
        f"Đơn vị {code} không phải cấp trên trực tiếp hay cấp dưới trực tiếp của {me.code}.",
        f"unit {code} is neither the parent nor a child of {me.code}",
    )


def records(
    session: Session, direction: str, tree: UnitTree, me: Unit, peer_unit: Unit, after: int
) -> Iterator[dict[str, Any]]:
    """The bundle lines (``{"t": table, "r": record}``) for *peer_unit*, changed after *after*."""
    plans = plan_codes(session)
    connection = session.connection()
    if direction == "up":
        owners = tree.subtree(me.id)
        yield from _plan_lines(connection, after, tree, plans, lambda owner: owner in owners)
        for model in UP_MODELS:
            table = table_of(model)
            for row in connection.execute(
                select(table).where(table.c.seq > after).order_by(table.c.seq)
            ).mappings():
                if row["owner_unit_id"] in owners:
                    yield {"t": table.name, "r": to_wire(model, row, tree.codes, plans)}
        # Notes from above about this subtree, changed here (resolved): their resolution goes up.
        above = tree.ancestors(me.id)
        table = table_of(ReviewNote)
        for row in connection.execute(
            select(table).where(table.c.seq > after).order_by(table.c.seq)
        ).mappings():
            if row["owner_unit_id"] in above and row["target_unit_id"] in owners:
                yield {"t": table.name, "r": to_wire(ReviewNote, row, tree.codes, plans)}
        return
    targets = tree.subtree(peer_unit.id)
    above = tree.ancestors(peer_unit.id)
    for model in DOWN_MODELS:
        if model is Plan:  # a plan goes down to the units below its issuer; each unit's own plans stay
            yield from _plan_lines(
                connection, after, tree, plans, lambda owner: owner is None or owner in above
            )
            continue
        table = table_of(model)
        query = select(table).where(table.c.seq > after).order_by(table.c.seq)
        for row in connection.execute(query).mappings():
            if model is ReviewNote and row["target_unit_id"] not in targets:
                continue
            yield {"t": table.name, "r": to_wire(model, row, tree.codes, plans)}


def _plan_lines(
    connection: Connection,
    after: int,
    tree: UnitTree,
    plans: dict[str, str],
    keep: Callable[[str | None], bool],
) -> Iterator[dict[str, Any]]:
    table = table_of(Plan)
    for row in connection.execute(select(table).where(table.c.seq > after).order_by(table.c.seq)).mappings():
        if keep(row["owner_unit_id"]):
            yield {"t": table.name, "r": to_wire(Plan, row, tree.codes, plans)}


def export_bundle(
    store: Store, folder: Path, recipient: str | None = None, progress: Progress | None = None
) -> Exported:
    """Write the next bundle for *recipient* (default: the parent) into *folder*; return its path.

    The bundle holds every change since the recipient's last acknowledgement. The file appears
    under its final name only once written, flushed and read back."""
    if not folder.is_dir():
        raise AppError(f"Không thấy thư mục {folder} (USB đã được cắm chưa?).", f"folder not found: {folder}")
    me = own_unit(store)
    identity = installation_identity(store)
    report(progress, 0, 3, "Đang chọn dữ liệu…")
    with store.session() as session:
        tree = UnitTree.load(session)
        unit, direction = partner(session, tree, me, recipient)
        keys = peer_keys(session, unit.code)
        if keys is None:
            raise AppError(
                f"Chưa có khóa của đơn vị {unit.code} ({unit.name}); hãy nhập tệp đăng ký khóa của đơn vị đó "
                "trước (hoinghi keys import).",
                f"no keys known for unit {unit.code}; import its registration file first (hoinghi keys import)",
            )
        peer = session.get(SyncPeer, unit.code)
        after = peer.acked_seq if peer else 0
        upto = current_seq(session.connection())
        lines = list(records(session, direction, tree, me, unit, after))
        acks = [
            {"installation": r.installation, "seq": r.seq}
            for r in session.scalars(select(SyncReceived).where(SyncReceived.unit_code == unit.code))
        ]
        counter = session.get(Counter, BUNDLES_SENT)
        number = (counter.value if counter else 0) + 1
        day = date.today().strftime("%Y%m%d")
        while (folder / bundle_name(me.code, day, number)).exists():
            number += 1  # never replace a bundle already on the stick (another PC of this unit wrote it)
        report(progress, 1, 3, "Đang mã hóa…")
        extra: dict[str, Any] = {
            "number": number,
            "installation": store.installation_id,
            "sender_keys": identity.public().as_json(),
            "acks": acks,
            "created_at": utcnow().isoformat(timespec="seconds"),
        }
        extra["software"] = f"hoinghi {__version__}"  # which app wrote it (support questions)
        bundle = make_bundle(identity, me.code, keys, unit.code, direction, lines, after + 1, upto, extra)
        report(progress, 2, 3, "Đang ghi ra USB…")
        path = write_bundle(bundle, folder / bundle_name(me.code, day, number))
        if counter is None:
            session.add(Counter(name=BUNDLES_SENT, value=number))
        else:
            counter.value = number
        if peer is not None:
            peer.last_sent_at = utcnow()
    counts: dict[str, int] = bundle.manifest["counts"]
    record_export(store, f"bundle-{direction}", path, sum(counts.values()), unit.code)
    report(progress, 3, 3, "Xong")
    return Exported(path, unit.code, direction, counts, after + 1, upto)
