"""The desk's tables as data: which columns each list shows, and paged, sorted, searched access
to the records — sorting and filtering run in the database on indexed columns.

No Qt here: the window's one generic table model (``app.ui.table_model``) is configured by a
:class:`TableSpec` and talks to a :class:`RecordSource`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, func, select

from app.domain.fields import COUNT, MINUTES, RANK, YEAR, FieldKind, InvalidValue, parse_value, show_value
from app.domain.plan import agenda_times
from app.domain.vntext import fold, split_full_name
from app.errors import AppError
from app.services.catalogues import catalogue
from app.store.base import Record
from app.store.changes import tombstone
from app.store.db import Store
from app.store.models import AgendaItem, AwardTally, Conference, Delegate, Honoree, Invitee, Speech
from app.store.values import check_name, value_kinds

TEXT = FieldKind("text")
REQUIRED = FieldKind("text", required=True)
BOOL = FieldKind("bool")


class Bilingual(str):
    """A text the list computes (why an invitee sits where it does), in Vietnamese — what it
    equals and prints — with its English beside it for the English window (as a column carries
    ``vi`` and ``en``); :meth:`RecordSource.display` shows the one the window speaks."""

    en: str

    def __new__(cls, vi: str, en: str) -> Bilingual:
        text = super().__new__(cls, vi)
        text.en = en
        return text


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    kind: FieldKind = TEXT
    catalogue: str | None = None
    editable: bool = True
    sort_by: str | None = None  # the indexed column behind ORDER BY; "" → not sortable
    width: int = 120
    computed: bool = False  # not a stored column (shown from the list's computed order)

    @property
    def order_column(self) -> str | None:
        return self.key if self.sort_by is None else (self.sort_by or None)


@dataclass(frozen=True)
class TableSpec:
    name: str
    vi: str
    en: str
    model: type[Record]
    columns: tuple[Column, ...]
    order: str  # default ORDER BY column
    scope: str = "conference"  # "unit", or "owners" (consolidated: the records of the units below)
    reorderable: bool = False
    defaults: tuple[tuple[str, Any], ...] = ()
    read_only: bool = False  # records of other units: shown, never edited here (ownership)
    computed_order: str | None = None  # "protocol": the default order is computed (invitees), not a column

    @property
    def movable(self) -> bool:
        """Rows the official moves up and down (positions, or a manual order within ties)."""
        return (self.reorderable or self.computed_order is not None) and not self.read_only

    def __post_init__(self) -> None:
        # Each text column takes its longest length from the one table of limits (the mapping),
        # which the bundle reader checks too: what this desk accepts, the district accepts.
        kinds = value_kinds(self.model)
        columns = tuple(replace(c, kind=replace(c.kind, limit=kinds[c.key].limit))
                        if c.kind.name in ("text", "catalogue") and c.key in kinds else c for c in self.columns)
        object.__setattr__(self, "columns", columns)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def searchable(self) -> bool:
        return hasattr(self.model, "search_text")


NAME = Column("name", "Họ và tên / Tên tập thể", "Name", REQUIRED, sort_by="sort_key", width=200)
GIVEN = Column("given", "Tên", "Given name", TEXT, width=70)
POSITION = Column("position", "Chức vụ", "Position", width=170)
WORKPLACE = Column("workplace", "Đơn vị công tác", "Workplace", width=170)
FIELD = Column("field", "Lĩnh vực", "Field", FieldKind("catalogue"), "field", width=120)
TARGET = Column("target_group", "Đối tượng", "Target group", FieldKind("catalogue"), "target_group", width=120)
GENDER = Column("gender", "Giới tính", "Gender", FieldKind("catalogue"), "gender", width=70)

SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("agenda_items", "Chương trình", "Agenda", AgendaItem, (
            Column("time", "Thời gian", "Time", editable=False, sort_by="", width=110),
            Column("title", "Nội dung", "Item", REQUIRED, width=380),
            Column("minutes", "Số phút", "Minutes", MINUTES, width=70),
            Column("presenter", "Người thực hiện", "Presenter", width=160),
            Column("kind", "Mục chuẩn", "Standard item", FieldKind("catalogue"), "agenda", width=140),
            Column("notes", "Ghi chú", "Notes", width=120),
        ), order="position", reorderable=True, defaults=(("kind", "custom"), ("minutes", 10))),
        TableSpec("invitees", "Thành phần / Khách mời", "Invitees", Invitee, (
            Column("order", "Thứ tự", "Order", editable=False, sort_by="protocol", width=55, computed=True),
            NAME, GIVEN, POSITION, WORKPLACE,
            Column("category", "Thành phần", "Category", FieldKind("catalogue", required=True), "attendee_category", width=160),
            Column("standing", "Xếp theo: cấp, khối", "Placed by: level, block", editable=False, sort_by="", width=150,
                   computed=True),
            Column("ranked_post", "Xếp theo: chức vụ", "Placed by: post", editable=False, sort_by="", width=190,
                   computed=True),
            Column("manual_order", "Thứ tự trong nhóm", "Order within the group", RANK, width=80),
            Column("honorific", "Xưng hô", "Honorific", width=80),
            Column("invitation_sent", "Đã gửi giấy mời", "Invitation sent", BOOL, width=90),
            Column("attended", "Có mặt", "Attended", BOOL, width=70),
            Column("needs_review", "Cần xem lại", "To review", BOOL, width=80),
        ), order="sort_key", defaults=(("category", "khach-moi"),), computed_order="protocol"),
        TableSpec("honorees", "Điển hình tiên tiến", "Honorees", Honoree, (
            Column("collective", "Tập thể", "Collective", BOOL, width=60),
            NAME, GIVEN,
            Column("birth_year", "Năm sinh", "Born", YEAR, width=70),
            GENDER, POSITION, WORKPLACE, FIELD, TARGET,
            Column("award_form", "Hình thức khen thưởng", "Award", FieldKind("catalogue"), "commendation", width=180),
            Column("achievement", "Tóm tắt thành tích", "Achievement", width=260),
        ), order="sort_key"),
        TableSpec("speeches", "Tham luận", "Model reports", Speech, (
            Column("presenter", "Người trình bày", "Presenter", REQUIRED, width=200),
            Column("title", "Chủ đề", "Title", REQUIRED, width=320),
            FIELD,
            Column("minutes", "Số phút", "Minutes", MINUTES, width=70),
            Column("media", "Minh họa (video, ảnh)", "Media", width=160),
        ), order="position", reorderable=True, defaults=(("minutes", 10),)),
        TableSpec("delegates", "Đại biểu dự cấp trên", "Delegates", Delegate, (
            NAME, GIVEN,
            Column("birth_year", "Năm sinh", "Born", YEAR, width=70),
            GENDER, POSITION, WORKPLACE, FIELD, TARGET,
            Column("status", "Trạng thái", "Status", FieldKind("catalogue", required=True), "delegate_status", width=100),
        ), order="sort_key", defaults=(("status", "proposed"),)),
        TableSpec("award_tallies", "Kết quả khen thưởng", "Award figures", AwardTally, (
            Column("period", "Giai đoạn", "Period", REQUIRED, editable=False, width=90),
            Column("form", "Hình thức khen thưởng", "Form", FieldKind("catalogue", required=True), "commendation", width=260),
            Column("collectives", "Tập thể", "Collectives", COUNT, width=80),
            Column("individuals", "Cá nhân", "Individuals", COUNT, width=80),
            Column("workers", "Công nhân", "Workers", COUNT, width=90),
            Column("farmers", "Nông dân", "Farmers", COUNT, width=90),
            Column("direct_labourers", "Lao động trực tiếp", "Direct labourers", COUNT, width=110),
        ), order="form", scope="unit"),
    )
}

OWNER = Column("owner_unit_id", "Đơn vị", "Unit", FieldKind("catalogue"), "unit", editable=False, width=190)


def consolidated(name: str) -> TableSpec:
    """The list *name* of every unit below this one, read-only, with the owning unit shown."""
    base = SPECS[name]
    return TableSpec(f"all_{name}", f"Tổng hợp: {base.vi.lower()}", f"All units: {base.en.lower()}", base.model,
                     (OWNER, *(c for c in base.columns if c.key != "time" and not c.computed)), base.order if not base.reorderable
                     else "owner_unit_id", scope="owners", read_only=True)


CONSOLIDATED = {spec.name: spec for spec in (consolidated("honorees"), consolidated("speeches"),
                                             consolidated("delegates"))}

# Small fixed choices that are not editable catalogues.
FIXED_CHOICES = {
    "gender": {"nam": "Nam", "nu": "Nữ"},
    "delegate_status": {"proposed": "Đề nghị", "approved": "Đã duyệt"},
}
# Their names in the English window (and the agenda's own item); the catalogues' labels are the
# office's data and show as written in either language.
ENGLISH_LABELS = {
    "gender": {"nam": "Male", "nu": "Female"},
    "delegate_status": {"proposed": "Proposed", "approved": "Approved"},
    "agenda": {"custom": "(custom item)"},
}


@dataclass
class RecordSource:
    """Paged, sorted, searched access to one table of one conference (or unit, or everything)."""

    store: Store
    spec: TableSpec
    conference_id: str | None = None
    unit_id: str | None = None
    everything: bool = False  # every record in the database
    owners: tuple[str, ...] | None = None  # scope "owners": the units whose records are listed
    search: str = ""
    sort_key: str | None = None
    descending: bool = False
    _choices: dict[str, dict[str, str]] = field(default_factory=dict)
    _found: tuple[tuple[Any, ...], list[str]] | None = None  # one-pass search: (for what, ids in order)
    _computed: tuple[list[str], dict[str, dict[str, Any]]] | None = None  # computed order: ids, shown values
    #: Figures kept per period (award tallies): those of the conference's plan period, written with it.
    period: str | None = None

    def __post_init__(self) -> None:
        if self.period is None and self.conference_id and hasattr(self.spec.model, "period"):
            from app.services.plans import wording_for

            self.period = wording_for(self.store, self.conference_id).period_key

    # -- reading --------------------------------------------------------------------------------
    def _scoped(self, query: Select, direct_search: bool = False) -> Select:
        """Only this list's live rows, matching the search. The search is a sub-query over the
        covering search index, or, with *direct_search*, a condition on *query* itself (when
        *query* reads only columns of that index)."""
        model = self.spec.model
        query = query.where(model.deleted.is_(False))
        if self.spec.scope == "owners" and not self.everything:
            query = query.where(model.owner_unit_id.in_(self.owners or ()))
        elif not self.everything:
            if self.spec.scope == "conference":
                query = query.where(model.conference_id == self.conference_id)
            else:
                query = query.where(model.owner_unit_id == self.unit_id)
        if self.period is not None and hasattr(model, "period"):
            query = query.where(model.period == self.period)
        if self.search and self.spec.searchable:
            pattern = "%" + fold(self.search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            match = model.search_text.like(pattern, escape="\\")
            query = query.where(match) if direct_search else query.where(model.id.in_(select(model.id).where(match)))
        return query

    def count(self) -> int:
        if self._computed_active():
            return len(self._computed_ids(fresh=True))
        if self._one_pass():
            return len(self._found_ids(fresh=True))
        with self.store.session() as session:
            return session.scalar(self._scoped(select(func.count()).select_from(self.spec.model))) or 0

    def _order_column(self) -> str:
        if self.sort_key:
            return self.spec.column(self.sort_key).order_column or self.spec.order
        return self.spec.order

    def _ordered(self, query: Select) -> Select:
        model = self.spec.model
        attribute = getattr(model, self._order_column())
        return query.order_by(attribute.desc() if self.descending else attribute, model.id)

    def _one_pass(self) -> bool:
        """A search in name order is answered by one pass over the covering search index
        (search_text, deleted, sort_key, id): the matches' keys give both the count and the
        order, and each page is then read by id — instead of matching twice (count, then page)."""
        return bool(self.search) and self.spec.searchable and self._order_column() == "sort_key"

    def _found_ids(self, fresh: bool = False) -> list[str]:
        wanted = (self.search, self.descending, self.conference_id, self.unit_id, self.everything, self.owners)
        if fresh or self._found is None or self._found[0] != wanted:
            model = self.spec.model
            with self.store.session() as session:
                keys = [tuple(k) for k in session.execute(
                    self._scoped(select(model.sort_key, model.id), direct_search=True))]
            if self.descending:  # ties on the key stay by id, ascending, as in ORDER BY key DESC, id
                keys.sort(key=itemgetter(1))
                keys.sort(key=itemgetter(0), reverse=True)
            else:
                keys.sort()
            self._found = (wanted, [k[1] for k in keys])
        return self._found[1]

    # -- computed order (invitees: protocol order) ------------------------------------------------
    def _computed_active(self) -> bool:
        """The list shows its computed order: no header sort chosen, or the "order" column's."""
        return self.spec.computed_order is not None and (
            self.sort_key is None or self.spec.column(self.sort_key).order_column == self.spec.computed_order)

    def _computed_ids(self, fresh: bool = False) -> list[str]:
        """Ids in protocol order (searched, when a search is on), with each row's order number and
        why it sits there; the whole conference is ordered (a few hundred invitees at most)."""
        if fresh or self._computed is None:
            from app.services.protocol import load_protocol

            model = self.spec.model
            with self.store.session() as session:
                protocol = load_protocol(session)
                records = session.scalars(select(model).where(model.conference_id == self.conference_id,
                                                              model.deleted.is_(False))).all()
                records = sorted(records, key=protocol.key)
                shown: dict[str, dict[str, Any]] = {}
                for number, record in enumerate(records, start=1):
                    place = protocol.place(record.position, record.category)
                    (standing, post), (standing_en, post_en) = protocol.why(place), protocol.why(place, english=True)
                    shown[record.id] = {"order": number, "standing": Bilingual(standing, standing_en),
                                        "ranked_post": Bilingual(post, post_en), "_group": place.key}
                ids = [r.id for r in records]
                if self.search and self.spec.searchable:
                    matching = set(session.scalars(self._scoped(select(model.id))))
                    ids = [i for i in ids if i in matching]
            if self.descending:
                ids.reverse()
            self._computed = (ids, shown)
        return self._computed[0]

    def move_refusal(self, record_id: str, to: int, english: bool = False) -> str | None:
        """Why the row *record_id* cannot move to row *to* (None: it can), in the window's language
        (*english*). In a computed order a row moves only among rows of equal standing (same
        level, block and post rank)."""
        if self.spec.computed_order is None:
            return None
        if not self._computed_active() or self.descending:
            return ("Click the “Order” column header to go back to protocol order, then move the row." if english
                    else "Hãy bấm tiêu đề cột “Thứ tự” để về thứ tự lễ tân rồi mới đổi chỗ.")
        ids = self._computed_ids()
        if not 0 <= to < len(ids):
            return None
        shown = self._computed[1] if self._computed else {}
        if shown[ids[to]]["_group"] != shown[record_id]["_group"]:
            mine, theirs = ({key: self.display(self.spec.column(key), row[key], english) for key in ("standing", "ranked_post")}
                            for row in (shown[record_id], shown[ids[to]]))
            if english:
                return (f"Protocol order follows level, block and post: this row is placed by “{mine['ranked_post']}” "
                        f"({mine['standing']}), that one by “{theirs['ranked_post']}” ({theirs['standing']}). Rows swap "
                        "only among people of the same level, block and post; to change it, edit the post or the category.")
            return (f"Thứ tự lễ tân do cấp, khối và chức vụ quyết định: dòng này xếp theo “{mine['ranked_post']}” "
                    f"({mine['standing']}), dòng kia theo “{theirs['ranked_post']}” ({theirs['standing']}). Chỉ đổi chỗ "
                    "được giữa những người cùng cấp, cùng khối, cùng chức vụ; muốn khác thì sửa chức vụ hoặc thành phần.")
        return None

    def _move_manual(self, record_id: str, to: int) -> dict[str, int | None]:
        """Move among equals: the group's manual order is renumbered; return the old values."""
        ids = self._computed_ids(fresh=True)
        shown = self._computed[1] if self._computed else {}
        group = shown[record_id]["_group"]
        members = [i for i in ids if shown[i]["_group"] == group]
        first = ids.index(members[0])
        members.remove(record_id)
        members.insert(max(0, min(to - first, len(members))), record_id)
        model = self.spec.model
        with self.store.session() as session:
            records = {r.id: r for r in session.scalars(select(model).where(model.id.in_(members)))}
            old = {i: records[i].manual_order for i in members}
            for number, member in enumerate(members):
                if records[member].manual_order != number:
                    records[member].manual_order = number
        self._computed = None
        return old

    def unmove(self, record_id: str, token: Any) -> None:  # noqa: ANN401
        """Undo a :meth:`move` with what it returned."""
        if isinstance(token, dict):
            model = self.spec.model
            with self.store.session() as session:
                for record in session.scalars(select(model).where(model.id.in_(list(token)))):
                    if record.manual_order != token[record.id]:
                        record.manual_order = token[record.id]
            self._computed = None
        else:
            self.move(record_id, token)

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        """Rows ``offset`` … ``offset + limit`` in the current order, as column → stored value."""
        model = self.spec.model
        with self.store.session() as session:
            if self._computed_active():
                ids = self._computed_ids()[offset:offset + limit]
                found = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))} if ids else {}
                records = [found[i] for i in ids if i in found]
            elif self._one_pass():
                ids = self._found_ids()[offset:offset + limit]
                found = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))} if ids else {}
                records = [found[i] for i in ids if i in found]
            else:
                records = session.scalars(self._ordered(self._scoped(select(model))).offset(offset).limit(limit)).all()
            rows = [self._row(r) for r in records]
            if self.spec.name == "agenda_items" and rows:
                self._agenda_times(session, rows, offset)
        return rows

    def _row(self, record: Record) -> dict[str, Any]:
        row = {"id": record.id}
        for column in self.spec.columns:
            row[column.key] = getattr(record, column.key, None)
        if self.spec.computed_order is not None:
            if self._computed is None or record.id not in self._computed[1]:
                self._computed_ids(fresh=True)
            shown = self._computed[1].get(record.id, {}) if self._computed else {}
            row.update({k: v for k, v in shown.items() if not k.startswith("_")})
        if hasattr(record, "collective"):
            row["collective"] = record.collective
        return row

    def _agenda_times(self, session: Any, rows: list[dict[str, Any]], offset: int) -> None:  # noqa: ANN401
        conference = session.get(Conference, self.conference_id)
        before = session.scalars(
            select(AgendaItem.minutes).where(AgendaItem.conference_id == self.conference_id,
                                             AgendaItem.deleted.is_(False)).order_by(AgendaItem.position).limit(offset)
        ).all() if offset else []
        times = agenda_times(conference.start_time if conference else time(7, 30), [*before, *(r["minutes"] for r in rows)])
        for row, (start, end) in zip(rows, times[len(before):], strict=True):
            row["time"] = f"{start.hour:02d}h{start.minute:02d} - {end.hour:02d}h{end.minute:02d}"

    def get(self, record_id: str) -> dict[str, Any] | None:
        with self.store.session() as session:
            record = session.get(self.spec.model, record_id)
            if record is None or record.deleted:
                return None
            row = self._row(record)
        if self.spec.name == "agenda_items":
            for candidate in self.page(0, 1000):
                if candidate["id"] == record_id:
                    return candidate
        return row

    def choices(self, catalogue_name: str | None, english: bool = False) -> dict[str, str] | None:
        """Code → label of a catalogue (or fixed choice); *english*: as the English window names them."""
        if not catalogue_name:
            return None
        if english and catalogue_name in ENGLISH_LABELS:
            return {**(self.choices(catalogue_name) or {}), **ENGLISH_LABELS[catalogue_name]}
        if catalogue_name not in self._choices:
            if catalogue_name in FIXED_CHOICES:
                self._choices[catalogue_name] = FIXED_CHOICES[catalogue_name]
            elif catalogue_name == "unit":
                from app.store.models import Unit

                with self.store.session() as session:
                    self._choices[catalogue_name] = dict(session.execute(select(Unit.id, Unit.name)).all())
            elif catalogue_name == "agenda":
                from app.services.plans import conference_wording, default_plan, plan_of, wording_of

                with self.store.session() as session:
                    conference = session.get(Conference, self.conference_id) if self.conference_id else None
                    plan = plan_of(session, conference) if conference else default_plan(session, self.unit_id)
                    wording = conference_wording(session, conference) if conference else wording_of(plan)
                    rules = plan.rules or {}
                self._choices[catalogue_name] = {"custom": "(nội dung riêng)",
                                                 **{a["code"]: wording.fill(a["title"]) for a in rules.get("agenda", [])}}
            elif catalogue_name == "commendation":  # as this unit writes them ("… UBND phường")
                from app.services.catalogues import commendation_labels
                from app.store.models import Unit

                with self.store.session() as session:
                    unit = session.get(Unit, self.unit_id) if self.unit_id else None
                    self._choices[catalogue_name] = commendation_labels(session, unit)
            else:
                with self.store.session() as session:
                    self._choices[catalogue_name] = {i.code: i.label for i in catalogue(session, catalogue_name)}
        return self._choices[catalogue_name]

    def display(self, column: Column, value: Any, english: bool = False) -> str:  # noqa: ANN401
        if english and isinstance(value, Bilingual):
            return value.en
        return show_value(column.kind, value, self.choices(column.catalogue, english))

    # -- writing --------------------------------------------------------------------------------
    def parse(self, key: str, text: Any) -> Any:  # noqa: ANN401
        """The stored value for what was typed into column *key* (raises :class:`InvalidValue`)."""
        column = self.spec.column(key)
        if not column.editable:
            raise InvalidValue("Ô này được tính tự động, không sửa trực tiếp.", f"{key} is computed")
        if isinstance(text, str) and column.catalogue in ENGLISH_LABELS:  # "Female" typed in the English window
            text = next((code for code, label in ENGLISH_LABELS[column.catalogue].items() if fold(label) == fold(text)),
                        text)
        value = parse_value(self.kind(key), text, self.choices(column.catalogue))
        if key == "name" and value and hasattr(self.spec.model, "family_middle"):
            check_name(self.spec.model, value)
        return value

    def kind(self, key: str) -> FieldKind:
        """How column *key* is read: its kind, and required when its database column takes no
        empty value (a count, a rank) — an empty cell there is refused, never stored as 0."""
        kind = self.spec.column(key).kind
        stored = self.spec.model.__table__.columns.get(key)
        if stored is not None and not stored.nullable and not kind.required and kind.name != "bool":
            return replace(kind, required=True)
        return kind

    def update(self, record_id: str, key: str, value: Any) -> None:  # noqa: ANN401
        """Store *value* (already parsed) in column *key* of the record."""
        self._computed = None  # the computed order changes with the data
        with self.store.session() as session:
            record = session.get(self.spec.model, record_id)
            if record is None:
                raise AppError("Bản ghi không còn nữa (đã bị xóa?).", f"record {record_id} is gone")
            _assign(record, key, value)

    def insert(self, rows: list[dict[str, Any]], position: int | None = None) -> list[str]:
        """Add records (column → stored value); ordered tables insert at *position* (default: end)."""
        self._computed = None  # the computed order changes with the data
        model = self.spec.model
        ids: list[str] = []
        with self.store.session() as session:
            if self.spec.reorderable:
                siblings = self._siblings(session)
                at = len(siblings) if position is None else max(0, min(position, len(siblings)))
            for offset, values in enumerate(rows):
                record = model(**dict(self.spec.defaults))
                if self.spec.scope == "conference":
                    record.conference_id = self.conference_id
                if self.period is not None and hasattr(model, "period"):
                    record.period = self.period
                record.owner_unit_id = self.unit_id
                for key, value in values.items():
                    if key != "id":
                        _assign(record, key, value)
                if self.spec.reorderable:
                    record.position = at + offset
                session.add(record)
                session.flush()
                ids.append(record.id)
            if self.spec.reorderable:
                ordered = siblings[:at] + [session.get(model, i) for i in ids] + siblings[at:]
                _renumber(ordered)
        return ids

    def delete(self, ids: list[str]) -> None:
        self._computed = None  # the computed order changes with the data
        with self.store.session() as session:
            for record_id in ids:
                record = session.get(self.spec.model, record_id)
                if record is not None:
                    tombstone(record)
            if self.spec.reorderable:
                _renumber(self._siblings(session))

    def restore(self, ids: list[str], positions: list[int] | None = None) -> None:
        """Undo a delete: the tombstones come back (with new change numbers)."""
        self._computed = None  # the computed order changes with the data
        with self.store.session() as session:
            records = [session.get(self.spec.model, i, execution_options={"include_deleted": True}) for i in ids]
            for record in records:
                if record is not None:
                    record.deleted = False
            if self.spec.reorderable and positions is not None:
                siblings = [s for s in self._siblings(session) if s.id not in ids]
                for record, position in sorted(zip(records, positions, strict=True), key=lambda p: p[1]):
                    siblings.insert(min(position, len(siblings)), record)
                _renumber(siblings)

    def positions(self, ids: list[str]) -> list[int]:
        with self.store.session() as session:
            order = [s.id for s in self._siblings(session)]
        return [order.index(i) for i in ids]

    def move(self, record_id: str, new_position: int) -> Any:  # noqa: ANN401
        """Move a record of an ordered table to *new_position*; return what :meth:`unmove` needs
        (its old position; in a computed order, the old manual order of its equals)."""
        if self.spec.computed_order is not None:
            return self._move_manual(record_id, new_position)
        with self.store.session() as session:
            siblings = self._siblings(session)
            old = next(i for i, s in enumerate(siblings) if s.id == record_id)
            record = siblings.pop(old)
            siblings.insert(max(0, min(new_position, len(siblings))), record)
            _renumber(siblings)
        return old

    def _siblings(self, session: Any) -> list[Any]:  # noqa: ANN401
        model = self.spec.model
        return list(session.scalars(
            select(model).where(model.conference_id == self.conference_id, model.deleted.is_(False))
            .order_by(model.position, model.id)
        ))


def _renumber(records: list[Any]) -> None:
    for position, record in enumerate(records):
        if record.position != position:
            record.position = position


def _assign(record: Any, key: str, value: Any) -> None:  # noqa: ANN401
    """Set a column; the displayed name of a person is split into "họ và tên đệm" and "tên"."""
    if key == "name" and hasattr(record, "family_middle"):
        if record.collective or not value:
            record.name = value or ""
            record.family_middle, record.given = None, None
        else:
            record.family_middle, record.given = split_full_name(value)
        return
    if key == "given" and hasattr(record, "family_middle"):
        full = record.name or ""
        if value and full.endswith(" " + value):
            record.family_middle = full[: -len(value)].strip()
        record.given = value
        return
    if key == "collective" and hasattr(record, "family_middle"):
        name = record.name
        record.collective = bool(value)
        _assign(record, "name", name)
        return
    setattr(record, key, value)
