"""People and collectives: invitees, honorees (điển hình tiên tiến) and delegates sent up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.domain.vntext import collation_key, fold, full_name, name_sort_key
from app.store.base import Base, NFCString, NFCText, Record, SortKey


class Named:
    """A person (family+middle name and given name kept apart) or a collective / organisation.

    ``name`` is what is shown and printed; ``sort_key`` orders persons by given name, then middle
    name, then family name (Vietnamese collation); ``search_text`` is the accent-folded name.
    """

    DERIVED_FROM: ClassVar[tuple[str, ...]] = ("collective", "family_middle", "given", "name")
    if TYPE_CHECKING:
        __tablename__: str  # of the record class it is mixed into

    collective: Mapped[bool] = mapped_column(Boolean, default=False)
    family_middle: Mapped[str | None] = mapped_column(NFCString(120))
    given: Mapped[str | None] = mapped_column(NFCString(60))
    name: Mapped[str] = mapped_column(NFCString(300), default="")
    sort_key: Mapped[str] = mapped_column(SortKey, index=True, default="")
    search_text: Mapped[str] = mapped_column(String(300), default="")
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[str | None] = mapped_column(NFCText)
    workplace: Mapped[str | None] = mapped_column(NFCText)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index]:  # noqa: N805
        # Covering index for accent-insensitive search: a substring match scans this index only
        # (not the table), and its sort_key gives the matches' order in the same pass.
        return (Index(f"ix_{cls.__tablename__}_search", "search_text", "deleted", "sort_key", "id"),)

    @classmethod
    def derive(cls, values: dict[str, Any]) -> dict[str, Any]:
        family_middle = values.get("family_middle") or ""
        given = values.get("given") or ""
        if values.get("collective") or not (family_middle or given):
            name = values.get("name") or ""
            return {"name": name, "sort_key": collation_key(name), "search_text": fold(name)}
        name = full_name(family_middle, given)
        return {"name": name, "sort_key": name_sort_key(family_middle, given), "search_text": fold(name)}


class Invitee(Named, Record, Base):
    """Someone invited to the conference. Introductions and seating follow protocol order,
    computed from the attendee category (level) and the post text (block, rank; see
    ``app.services.protocol``); ``manual_order`` is the official's order among invitees of equal
    standing (a drag in the desk). ``protocol_rank`` is the old per-person number, no longer read."""

    __tablename__ = "invitees"

    conference_id: Mapped[str] = mapped_column(String(36), ForeignKey("conferences.id"), index=True)
    category: Mapped[str] = mapped_column(String(80))
    honorific: Mapped[str | None] = mapped_column(NFCString(20))
    protocol_rank: Mapped[int] = mapped_column(Integer, default=900)
    manual_order: Mapped[int | None] = mapped_column(Integer)
    seat: Mapped[str | None] = mapped_column(NFCString(40))
    invitation_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(NFCText)
    #: Copied from an earlier conference: the post may have changed, an official should look.
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)


class Honoree(Named, Record, Base):
    """An advanced collective or individual honoured at the conference.

    ``commendations`` lists titles and commendations 2020-2025 as
    ``{"title", "decision_no", "date", "body"}``; ``award_form`` is the commendation presented at
    this conference (it decides the honouring batches). Ethnicity and religion are sensitive
    personal data: optional, never required.
    """

    __tablename__ = "honorees"

    conference_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("conferences.id"), index=True)
    field: Mapped[str | None] = mapped_column(String(80))
    target_group: Mapped[str | None] = mapped_column(String(80))
    movements: Mapped[list[str]] = mapped_column(JSON, default=list)
    commendations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    award_form: Mapped[str | None] = mapped_column(String(80))
    achievement: Mapped[str | None] = mapped_column(NFCText)
    ethnicity: Mapped[str | None] = mapped_column(NFCString(60))
    religion: Mapped[str | None] = mapped_column(NFCString(60))
    notes: Mapped[str | None] = mapped_column(NFCText)
    #: Number in the unit's commendation register (sổ theo dõi khen thưởng), in sequence per unit
    #: and year, given when the unit's own decision is issued; printed on the certificate.
    register_no: Mapped[int | None] = mapped_column(Integer)
    register_year: Mapped[int | None] = mapped_column(Integer)


class Delegate(Named, Record, Base):
    """A person sent to the higher-level conference or congress."""

    __tablename__ = "delegates"

    conference_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("conferences.id"), index=True)
    honoree_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("honorees.id"), index=True)
    field: Mapped[str | None] = mapped_column(String(80))
    target_group: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    notes: Mapped[str | None] = mapped_column(NFCText)
    #: A delegate approved at this level from a lower unit's proposal: the proposal's id (no
    #: database constraint, but a reference all the same: the sync checks it like a foreign key).
    source_id: Mapped[str | None] = mapped_column(String(36), index=True, info={"references": "delegates"})
