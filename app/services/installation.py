"""Which unit this installation belongs to."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import AppError
from app.store.db import Store
from app.store.models import Unit


def find_unit(store: Store, code: str) -> Unit:
    with store.session() as session:
        unit = session.scalars(select(Unit).where(Unit.code == code.strip())).first()
    if unit is None:
        raise AppError(
            f"Không có đơn vị mã “{code}” trong danh mục đơn vị; hãy nhập danh mục trước (hoinghi units import).",
            f"no unit with code {code!r} in the registry; import the registry first",
        )
    return unit


def init_unit(store: Store, code: str) -> Unit:
    """Make this installation belong to the unit *code* (it must be in the registry)."""
    unit = find_unit(store, code)
    current = store.unit_id
    if current and current != unit.id:
        with store.session() as session:
            other = session.get(Unit, current)
        raise AppError(
            f"Máy này đã thuộc đơn vị {other.code if other else current}; không đổi sang đơn vị khác được.",
            f"this installation already belongs to unit {other.code if other else current}",
        )
    store.set_meta("unit_id", unit.id)
    return unit


def installation_unit(store: Store) -> Unit | None:
    if not store.unit_id:
        return None
    with store.session() as session:
        return session.get(Unit, store.unit_id)
