"""Which columns each list of the desk has: keys, kinds, choices, order — data, not presentation
(the window's headers and widths are its own: ``app.ui.columns``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.domain.fields import COUNT, MINUTES, RANK, YEAR, FieldKind
from app.domain.text import Text
from app.store.base import Record
from app.store.models import AgendaItem, AwardTally, Delegate, Honoree, Invitee, Speech
from app.store.values import value_kinds

TEXT = FieldKind("text")
REQUIRED = FieldKind("text", required=True)
BOOL = FieldKind("bool")
CATALOGUE = FieldKind("catalogue")


@dataclass(frozen=True)
class Column:
    key: str
    kind: FieldKind = TEXT
    catalogue: str | None = None
    editable: bool = True
    sort_by: str | None = None  # the indexed column behind ORDER BY; "" → not sortable
    computed: bool = False  # not a stored column (shown from the list's computed order)

    @property
    def order_column(self) -> str | None:
        return self.key if self.sort_by is None else (self.sort_by or None)


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[Record]
    columns: tuple[Column, ...]
    order: str  # default ORDER BY column
    scope: str = "conference"  # "unit", or "owners" (consolidated: the records of the units below)
    reorderable: bool = False
    defaults: tuple[tuple[str, Any], ...] = ()
    read_only: bool = False  # records of other units: shown, never edited here (ownership)
    computed_order: str | None = None  # "protocol": the default order is computed (invitees), not a column
    #: The list the records belong to (a consolidated list: the list of the units below it shows).
    table: str = ""

    @property
    def movable(self) -> bool:
        """Rows the official moves up and down (positions, or a manual order within ties)."""
        return (self.reorderable or self.computed_order is not None) and not self.read_only

    def __post_init__(self) -> None:
        # Each text column takes its longest length from the one table of limits (the mapping),
        # which the bundle reader checks too: what this desk accepts, the district accepts.
        kinds = value_kinds(self.model)
        columns = tuple(
            replace(c, kind=replace(c.kind, limit=kinds[c.key].limit))
            if c.kind.name in ("text", "catalogue") and c.key in kinds
            else c
            for c in self.columns
        )
        object.__setattr__(self, "columns", columns)
        if not self.table:
            object.__setattr__(self, "table", self.model.__tablename__)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def searchable(self) -> bool:
        return hasattr(self.model, "search_text")


NAME = Column("name", REQUIRED, sort_by="sort_key")
GIVEN = Column("given")
POSITION = Column("position")
WORKPLACE = Column("workplace")
FIELD = Column("field", CATALOGUE, "field")
TARGET = Column("target_group", CATALOGUE, "target_group")
GENDER = Column("gender", CATALOGUE, "gender")

SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "agenda_items",
            AgendaItem,
            (
                Column("time", editable=False, sort_by=""),
                Column("title", REQUIRED),
                Column("minutes", MINUTES),
                Column("presenter"),
                Column("kind", CATALOGUE, "agenda"),
                Column("notes"),
            ),
            order="position",
            reorderable=True,
            defaults=(("kind", "custom"), ("minutes", 10)),
        ),
        TableSpec(
            "invitees",
            Invitee,
            (
                Column("order", editable=False, sort_by="protocol", computed=True),
                NAME,
                GIVEN,
                POSITION,
                WORKPLACE,
                Column("category", FieldKind("catalogue", required=True), "attendee_category"),
                Column("standing", editable=False, sort_by="", computed=True),
                Column("ranked_post", editable=False, sort_by="", computed=True),
                Column("manual_order", RANK),
                Column("honorific"),
                Column("invitation_sent", BOOL),
                Column("attended", BOOL),
                Column("needs_review", BOOL),
            ),
            order="sort_key",
            defaults=(("category", "khach-moi"),),
            computed_order="protocol",
        ),
        TableSpec(
            "honorees",
            Honoree,
            (
                Column("collective", BOOL),
                NAME,
                GIVEN,
                Column("birth_year", YEAR),
                GENDER,
                POSITION,
                WORKPLACE,
                FIELD,
                TARGET,
                Column("award_form", CATALOGUE, "commendation"),
                Column("achievement"),
            ),
            order="sort_key",
        ),
        TableSpec(
            "speeches",
            Speech,
            (
                Column("presenter", REQUIRED),
                Column("title", REQUIRED),
                FIELD,
                Column("minutes", MINUTES),
                Column("media"),
            ),
            order="position",
            reorderable=True,
            defaults=(("minutes", 10),),
        ),
        TableSpec(
            "delegates",
            Delegate,
            (
                NAME,
                GIVEN,
                Column("birth_year", YEAR),
                GENDER,
                POSITION,
                WORKPLACE,
                FIELD,
                TARGET,
                Column("status", FieldKind("catalogue", required=True), "delegate_status"),
            ),
            order="sort_key",
            defaults=(("status", "proposed"),),
        ),
        TableSpec(
            "award_tallies",
            AwardTally,
            (
                Column("period", REQUIRED, editable=False),
                Column("form", FieldKind("catalogue", required=True), "commendation"),
                Column("collectives", COUNT),
                Column("individuals", COUNT),
                Column("workers", COUNT),
                Column("farmers", COUNT),
                Column("direct_labourers", COUNT),
            ),
            order="form",
            scope="unit",
        ),
    )
}

OWNER = Column("owner_unit_id", CATALOGUE, "unit", editable=False)


def consolidated(name: str) -> TableSpec:
    """The list *name* of every unit below this one, read-only, with the owning unit shown."""
    base = SPECS[name]
    return TableSpec(
        f"all_{name}",
        base.model,
        (OWNER, *(c for c in base.columns if c.key != "time" and not c.computed)),
        base.order if not base.reorderable else "owner_unit_id",
        scope="owners",
        read_only=True,
    )


CONSOLIDATED = {
    spec.name: spec
    for spec in (consolidated("honorees"), consolidated("speeches"), consolidated("delegates"))
}

#: Small fixed choices that are not editable catalogues, in both languages. (The catalogues'
#: labels are the office's data and show as written in either language.)
CHOICE_TEXTS: dict[str, dict[str, Text]] = {
    "gender": {"nam": Text("Nam", "Male"), "nu": Text("Nữ", "Female")},
    "delegate_status": {"proposed": Text("Đề nghị", "Proposed"), "approved": Text("Đã duyệt", "Approved")},
}
FIXED_CHOICES = {
    name: {code: text.vi for code, text in texts.items()} for name, texts in CHOICE_TEXTS.items()
}
#: The agenda's own item (not one of the plan's standard items).
CUSTOM_ITEM = Text("(nội dung riêng)", "(custom item)")
