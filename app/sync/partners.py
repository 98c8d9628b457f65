"""Who this unit exchanges bundles with, as the USB window lists them: its parent and its children
(each with whether its registration file was received), and every unit whose registration file
was accepted here, with its identification code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.store.db import Store
from app.store.models import SyncPeer, Unit
from app.sync.keys import own_unit


@dataclass(frozen=True)
class Partner:
    code: str
    name: str
    above: bool  # the parent (else a child)
    registered: bool  # its registration file was received here


def partners(store: Store) -> list[Partner]:
    """The parent first, then the children in Vietnamese name order."""
    me = own_unit(store)
    with store.session() as session:
        known = set(session.scalars(select(SyncPeer.unit_code)))
        parent = session.get(Unit, me.parent_id) if me.parent_id else None
        children = session.scalars(select(Unit).where(Unit.parent_id == me.id).order_by(Unit.sort_key)).all()
        found = [Partner(parent.code, parent.name, True, parent.code in known)] if parent is not None else []
        return found + [Partner(c.code, c.name, False, c.code in known) for c in children]


@dataclass(frozen=True)
class KnownPeer:
    code: str
    name: str
    fingerprint: str


def known_peers(store: Store) -> list[KnownPeer]:
    """Every unit whose registration file was accepted here, by code."""
    with store.session() as session:
        names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
        return [
            KnownPeer(p.unit_code, names.get(p.unit_code, ""), p.fingerprint)
            for p in session.scalars(select(SyncPeer).order_by(SyncPeer.unit_code))
        ]
