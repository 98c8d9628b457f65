"""Declarative base, portable column types and the one mixin every synced record carries.

Nothing here is SQLite-specific: the same mapping runs on PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import update_wrapper
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    FromClause,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.vntext import nfc

# Stable constraint names, so that Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class NFCText(TypeDecorator[str]):
    """Text normalised to NFC on the way in — for every insert and update, ORM or Core."""

    impl: type[TypeEngine[Any]] | TypeEngine[Any] = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:  # noqa: ANN401
        return nfc(value) if isinstance(value, str) else value


class NFCString(NFCText):
    """Bounded NFC text (indexable on every database)."""

    impl = String
    cache_ok = True


class SortKey(TypeDecorator[str]):
    """An ASCII collation key compared byte by byte ("C" collation on PostgreSQL)."""

    impl = String(400)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(String(400, collation="C"))
        return dialect.type_descriptor(String(400))


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp (stored the same on SQLite and PostgreSQL)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


class Record:
    """Mixin for every record that is owned, tracked and synced.

    * ``id`` — a UUID, the same on every installation that holds a copy;
    * ``owner_unit_id`` — the one unit whose installations may change it (``None``: reference data
      shipped with the app);
    * ``created_at`` / ``updated_at`` — UTC;
    * ``seq`` — change sequence number, from a counter that only grows (set in ``app.store.changes``);
    * ``version`` / ``origin`` — how many times it changed, and the installation that changed it
      last (conflict detection between two PCs of the same unit);
    * ``deleted`` — tombstone: a deleted record stays, so that its deletion can travel.

    Subclasses with stored columns computed from others name their sources in ``DERIVED_FROM``
    and compute them in :meth:`derive`.
    """

    DERIVED_FROM: ClassVar[tuple[str, ...]] = ()
    if TYPE_CHECKING:  # what the declarative base gives every mapped subclass
        __tablename__: str
        __table__: ClassVar[FromClause]

        def __init__(self, **values: Any) -> None: ...  # noqa: ANN401

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seq: Mapped[int] = mapped_column(BigInteger, index=True, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    origin: Mapped[str | None] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @declared_attr
    def owner_unit_id(cls) -> Mapped[str | None]:  # noqa: N805
        return mapped_column(String(36), ForeignKey("units.id"), index=True)

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Stored columns computed from *values* (a column → value mapping).

        The one place derived columns are computed: the ORM flush hook and bulk inserts both
        call it, so a sort key can never disagree with the name it was made from.
        """
        return {}


def table_of(model: type[Record]) -> Table:
    """The table *model* is mapped to (the declarative base types it as any ``FromClause``; every
    model of this app is mapped to a :class:`~sqlalchemy.Table`, with its columns)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


M = TypeVar("M")
T = TypeVar("T")


def per_model(compute: Callable[[type[M]], T]) -> Callable[[type[M]], T]:
    """*compute* cached per model class — ``functools.cache`` for functions of a model, which a
    type checker accepts for a class held in a variable (mypy does not see one as hashable)."""
    cache: dict[type[M], T] = {}

    def cached(model: type[M]) -> T:
        try:
            return cache[model]
        except KeyError:
            found = cache[model] = compute(model)
            return found

    update_wrapper(cached, compute)
    return cached
