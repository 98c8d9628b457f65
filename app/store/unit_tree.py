"""The unit registry as a tree of ids: who is under whom — read once per import, export or
progress report (every unit, tombstones included, in one query)."""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Unit


@dataclass
class UnitTree:
    """The unit registry as ids: who is under whom. Tombstoned units are included (a bundle may
    still name them); children are in Vietnamese name order."""

    ids: dict[str, str]  # code -> id
    codes: dict[str, str]  # id -> code
    parent: dict[str, str | None]  # id -> parent id
    children: dict[str | None, list[str]]  # parent id -> child ids, in name order

    @classmethod
    def load(cls, session: Session) -> UnitTree:
        rows = session.execute(
            select(Unit.id, Unit.code, Unit.parent_id)
            .order_by(Unit.sort_key)
            .execution_options(include_deleted=True)
        ).all()
        children: dict[str | None, list[str]] = {}
        for unit_id, _, parent in rows:
            children.setdefault(parent, []).append(unit_id)
        return cls(
            {c: i for i, c, _ in rows}, {i: c for i, c, _ in rows}, {i: p for i, _, p in rows}, children
        )

    def subtree(self, unit_id: str) -> set[str]:
        """*unit_id* and every unit below it."""
        found, todo = {unit_id}, [unit_id]
        while todo:
            for child in self.children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def ancestors(self, unit_id: str) -> set[str]:
        found: set[str] = set()
        node = self.parent.get(unit_id)
        while node and node not in found:
            found.add(node)
            node = self.parent.get(node)
        return found

    def walk(
        self, unit_id: str, keep: Container[str] | None = None, depth: int = 0
    ) -> Iterator[tuple[str, int]]:
        """The units below *unit_id*, depth first in name order, with their depth (0 = directly
        under it); with *keep*, only those units and what is below them."""
        for child in self.children.get(unit_id, ()):
            if keep is None or child in keep:
                yield child, depth
                yield from self.walk(child, keep, depth + 1)
