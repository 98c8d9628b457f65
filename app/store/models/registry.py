"""Reference data: the unit tree, plans, catalogues, and the installation's own settings."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.vntext import collation_key, fold
from app.store.base import Base, NFCString, NFCText, Record, SortKey


class Meta(Base):
    """Installation-wide values: change counter, installation id, this installation's unit."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class Unit(Record, Base):
    """A unit of any level (province, district, commune, department, enterprise, …); any depth."""

    __tablename__ = "units"
    DERIVED_FROM = ("name",)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(NFCString(200))
    kind: Mapped[str] = mapped_column(String(40))
    unit_group: Mapped[str | None] = mapped_column(String(8))
    parent_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True, default="")
    search_text: Mapped[str] = mapped_column(String(200), default="")

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        name = values.get("name") or ""
        return {"sort_key": collation_key(name), "search_text": fold(name)}


class Plan(Record, Base):
    """A plan: its period and kind, the issuing document, and ``rules`` — deadlines and forms per
    unit group, the standard agenda, movements, fields and target groups, the checks that apply
    (see ``docs/plan-format.md``), so that the next cycle or another province needs no code change.

    The owner is the unit that issued it (``None``: shipped with the app, adopted by the top unit
    when it first edits it); units below receive it in bundles and cannot change it.
    """

    __tablename__ = "plans"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(NFCString(300))
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    #: five-year, annual or thematic; a plan from an app that knew only one kind is five-year.
    kind: Mapped[str] = mapped_column(String(20), default="five-year")
    doc_number: Mapped[str | None] = mapped_column(NFCString(60))
    doc_date: Mapped[date | None] = mapped_column(Date)
    doc_body: Mapped[str | None] = mapped_column(NFCString(200))
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CatalogueItem(Record, Base):
    """One value of a catalogue (conference forms, fields, titles, attendee categories, …)."""

    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("catalogue", "code"),)

    catalogue: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(NFCString(300))
    label_en: Mapped[str | None] = mapped_column(NFCText)
    position: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    shipped: Mapped[bool] = mapped_column(default=True)


class Counter(Base):
    """Named counters that only grow; ``change_seq`` numbers every change of every record."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
