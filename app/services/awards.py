"""The unit's own commendations: one decision per form it grants (Quyết định khen thưởng), the
reward money, and the commendation register (sổ theo dõi khen thưởng).

What a unit grants, who decides, the căn cứ lines, the reward rates (multiples of the base
salary) and the base salary are catalogue data (``resources/catalogues/ceremony.json``); the
decision's number and date and the unit's own căn cứ lines are remembered in the unit's document
settings, like the numbers of the other documents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.document_kinds import own_suffix
from app.domain.fields import DATE, DOCUMENT_NUMBER, FieldKind, document_number_value, parse_value
from app.errors import AppError
from app.services.catalogues import catalogue, commendation_labels
from app.services.changes import NOTHING, Changes, written_in
from app.store.db import Store
from app.store.models import Conference, Honoree, Plan, Unit, UnitProfile

BASE_SALARY = FieldKind("int", required=True, minimum=100_000, maximum=1_000_000_000)
BASIS_LINE = FieldKind("text", required=True)
DEFAULT_BASE_SALARY = 2_340_000


def number_key(conference_id: str, form: str) -> str:
    """Where a decision's number is remembered (the unit profile's ``numbers``): one decision per
    form and conference (a unit holding a conference every year issues a decision every year)."""
    return f"decision:{conference_id}:{form}"


def date_key(conference_id: str, form: str) -> str:
    return f"decision-date:{conference_id}:{form}"


BASIS_KEY = "decision-basis"
BASE_SALARY_KEY = "base-salary"


@dataclass
class Issuer:
    """Who decides the unit's own commendations, with the unit's names filled in."""

    grants: tuple[str, ...]
    decider: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀM CHÍNH"
    of: str  # "Chủ tịch Ủy ban nhân dân xã Hàm Chính" (in "Kèm theo Quyết định số … của …")
    signer: str
    basis: tuple[str, ...]
    proposal: str
    execution: str
    fund: str
    recipients: tuple[str, ...]


@dataclass
class Rewards:
    base_salary: int
    round_up_to: int
    rates: dict[str, dict[str, float]] = field(default_factory=dict)  # form → {collective, individual}

    def amount(self, form: str, collective: bool) -> int:
        """The reward money of one recipient: multiple × base salary, rounded up (0: no rate)."""
        multiple = float(self.rates.get(form, {}).get("collective" if collective else "individual", 0) or 0)
        if multiple <= 0:
            return 0
        step = max(1, self.round_up_to)
        return math.ceil(round(multiple * self.base_salary, 6) / step) * step


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def load_issuer(session: Session, unit: Unit, signer_title: str, plan_name: str) -> Issuer | None:
    """The decision data of *unit*'s kind (None: the catalogue says nothing for this kind)."""
    from app.services.printing.context import in_sentence

    items = {i.code: i.data or {} for i in catalogue(session, "award_issuer")}
    data = items.get(unit.kind) or items.get("co-quan")
    if not data:
        return None
    head = signer_title.strip() or "THỦ TRƯỞNG"
    values = {
        "UNIT": unit.name.upper(),
        "unit": in_sentence(unit.name),
        "HEAD": head.upper(),
        "head": head[:1].upper() + head[1:].lower(),
        "plan": plan_name or "Kế hoạch tổ chức Hội nghị điển hình tiên tiến",
    }
    return Issuer(
        grants=tuple(data.get("grants", ())),
        decider=_fill(data.get("decider", ""), values),
        of=_fill(data.get("of", ""), values),
        signer=_fill(data.get("signer", "THỦ TRƯỞNG"), values),
        basis=tuple(_fill(line, values) for line in data.get("basis", ())),
        proposal=_fill(data.get("proposal", ""), values),
        execution=_fill(data.get("execution", ""), values),
        fund=_fill(data.get("fund", ""), values),
        recipients=tuple(_fill(r, values) for r in data.get("recipients", ())),
    )


def load_rewards(session: Session, numbers: dict[str, Any]) -> Rewards:
    settings = {i.code: i.data or {} for i in catalogue(session, "reward_setting")}
    base = (
        numbers.get(BASE_SALARY_KEY) or settings.get("base-salary", {}).get("amount") or DEFAULT_BASE_SALARY
    )
    return Rewards(
        int(base),
        int(settings.get("rounding", {}).get("up_to", 10_000)),
        {i.code: i.data or {} for i in catalogue(session, "award_rate")},
    )


def plan_name(session: Session, conference: Conference) -> str:
    plan = session.get(Plan, conference.plan_id) if conference.plan_id else None
    return plan.name if plan else ""


def plan_register(
    session: Session, conference: Conference, form: str, year: int
) -> list[tuple[str, int, int]]:
    """Register numbers for every honoree of *form* at *conference* that has none: in sequence per
    unit and year (after the highest ever given, deleted records included, so a number is never
    reused), in the order of the annex (:func:`app.services.printing.context.honoree_order`).
    ``[(honoree id, number, year)]``."""
    from app.services.printing.context import honoree_order

    waiting = session.scalars(
        select(Honoree.id)
        .where(
            Honoree.conference_id == conference.id, Honoree.award_form == form, Honoree.register_no.is_(None)
        )
        .order_by(*honoree_order())
    ).all()
    if not waiting:
        return []
    highest = (
        session.scalar(
            select(func.max(Honoree.register_no))
            .where(Honoree.owner_unit_id == conference.owner_unit_id, Honoree.register_year == year)
            .execution_options(include_deleted=True)
        )
        or 0
    )
    return [(honoree, highest + offset, year) for offset, honoree in enumerate(waiting, start=1)]


@dataclass
class Pending:
    """What printing the decision or the certificates will remember — computed, checked and shown
    in the document first (``load_context(…, pending=…)``), stored by :func:`commit` only once the
    document was written."""

    conference_id: str
    unit_id: str
    forms: list[str]
    numbers: dict[str, Any] | None = None  # the unit profile's new numbers (None: unchanged)
    registrations: list[tuple[str, int, int]] = field(default_factory=list)  # (honoree id, number, year)

    @property
    def register(self) -> dict[str, tuple[int, int]]:
        return {honoree: (number, year) for honoree, number, year in self.registrations}


def _checked(kind: FieldKind, value: object, what_vi: str, what_en: str, own: str | None = None) -> Any:  # noqa: ANN401
    """*value* read as a field of *kind* (a document number: with its document's own suffix
    *own*), or one :class:`AppError` naming what was given."""
    from app.domain.fields import InvalidValue

    try:
        return document_number_value(value, own) if kind is DOCUMENT_NUMBER else parse_value(kind, value)
    except InvalidValue as exc:
        raise AppError(f"{what_vi}: {exc.vi}", f"{what_en}: {exc}") from exc


def checked_issued(issued: date | None) -> date | None:
    """The issuing date of a document as given (CLI option, dialog), checked by the one date rule
    (1900–2100): an AppError otherwise — before anything is written or numbered."""
    return None if issued is None else _checked(DATE, issued, "Ngày ban hành", "issuing date")


def issue(
    store: Store,
    conference_ref: str | None,
    number: str | None = None,
    issued: date | None = None,
    form: str | None = None,
    base_salary: str | None = None,
    basis: list[str] | None = None,
) -> Pending:
    """Before printing the decision or the certificates: what the official gave (number, date,
    base salary, căn cứ lines — each checked like any typed value) and the register numbers of the
    honorees of every decision that has a number. Nothing is stored here (see :func:`commit`)."""
    from app.services.printing.context import _unit_and_profile, find_conference

    issued = checked_issued(issued)
    with store.session() as session:
        conference = find_conference(session, store.unit_id, conference_ref)
        unit = session.get(Unit, conference.owner_unit_id)
        profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit.id)).first()
        before = dict(profile.numbers or {}) if profile else {}
        numbers = dict(before)
        own = own_forms(session, unit, conference)
        if (number or issued) and form is None:
            if len(own) != 1:
                raise AppError(
                    "Đơn vị cấp nhiều hình thức khen thưởng; hãy chọn một bằng --form MÃ-HÌNH-THỨC"
                    f" ({', '.join(own) or 'chưa có'}).",
                    f"several (or no) forms of the unit's own: choose one with --form ({', '.join(own)})",
                )
            form = own[0]
        if form is not None and form not in own:
            raise AppError(
                f"“{form}” không phải hình thức khen thưởng đơn vị tự quyết định cho hội nghị này.",
                f"{form!r} is not a form this unit grants at this conference",
            )
        if number:
            suffix = own_suffix("decision", _unit_and_profile(session, conference)[2].issuer)
            numbers[number_key(conference.id, form)] = str(
                _checked(DOCUMENT_NUMBER, number, "Số quyết định", "decision number", suffix)
            )
        if issued and form:
            numbers[date_key(conference.id, form)] = issued.isoformat()
        if base_salary is not None:
            numbers[BASE_SALARY_KEY] = _checked(BASE_SALARY, base_salary, "Mức lương cơ sở", "base salary")
        if basis is not None:
            lines = [
                str(_checked(BASIS_LINE, line, "Dòng căn cứ", "basis line"))
                for line in basis
                if line and line.strip()
            ]
            if not lines:
                raise AppError("Tệp căn cứ không có dòng nào.", "the basis file has no lines")
            numbers[BASIS_KEY] = lines
        pending = Pending(conference.id, unit.id, own, numbers if numbers != before else None)
        for code in own:
            if numbers.get(number_key(conference.id, code)):
                remembered = numbers.get(date_key(conference.id, code))
                year = date.fromisoformat(remembered).year if remembered else (issued or date.today()).year
                pending.registrations += plan_register(session, conference, code, year)
    return pending


def commit(store: Store, pending: Pending) -> Changes:
    """Store what :func:`issue` computed (the document was written); return what changed."""
    if pending.numbers is None and not pending.registrations:
        return NOTHING
    with store.session() as session:
        if pending.numbers is not None:
            profile = session.scalars(
                select(UnitProfile).where(UnitProfile.owner_unit_id == pending.unit_id)
            ).first()
            if profile is None:
                profile = UnitProfile(owner_unit_id=pending.unit_id, numbers={})
                session.add(profile)
            profile.numbers = pending.numbers
        register = pending.register
        for honoree in (
            session.scalars(select(Honoree).where(Honoree.id.in_(list(register)))) if register else ()
        ):
            if honoree.register_no is None:  # given meanwhile by another window: keep that one
                honoree.register_no, honoree.register_year = register[honoree.id]
    return written_in(session)


def issue_now(store: Store, conference_ref: str | None, **given: Any) -> Changes:  # noqa: ANN401
    """:func:`issue` and :func:`commit` at once (the desk's decision dialog: the official pressed OK)."""
    return commit(store, issue(store, conference_ref, **given))


def base_salary(store: Store, numbers: dict[str, Any] | None = None) -> int:
    """The base salary the rewards are computed from (the unit's own, else the catalogue's)."""
    with store.session() as session:
        return load_rewards(session, numbers or {}).base_salary


def own_forms(session: Session, unit: Unit, conference: Conference) -> list[str]:
    """The forms this unit grants itself that its honorees receive at *conference*, highest first."""
    from app.services.printing.context import _unit_and_profile

    profile = _unit_and_profile(session, conference)[2]
    issuer = load_issuer(session, unit, profile.signer_title, "")
    grants = set(issuer.grants) if issuer else set()
    present = set(
        session.scalars(select(Honoree.award_form).where(Honoree.conference_id == conference.id).distinct())
    )
    ranks = {i.code: int((i.data or {}).get("rank", 99)) for i in catalogue(session, "commendation")}
    return sorted(grants & present, key=lambda code: (ranks.get(code, 99), code))


REGISTER_HEADERS = [
    ("Số vào sổ", 10.0),
    ("Năm", 7.0),
    ("Tên tập thể / Họ và tên", 30.0),
    ("Năm sinh", 9.0),
    ("Chức vụ, đơn vị", 34.0),
    ("Hình thức khen thưởng", 30.0),
    ("Quyết định số", 16.0),
    ("Ngày quyết định", 13.0),
    ("Tóm tắt thành tích", 50.0),
    ("Tiền thưởng (đồng)", 14.0),
]


def export_register(store: Store, out: Any) -> int:  # noqa: ANN401 — a Path
    """The unit's commendation register (sổ theo dõi khen thưởng) as a workbook: every honoree
    given a register number, by year and number. Returns the number of rows."""
    from openpyxl import Workbook

    from app.domain.formats import document_number
    from app.services.printing.context import Person, _unit_and_profile
    from app.services.spreadsheet_layout import _check_target, _save, _Sheet, _subtitle
    from app.store.export_journal import record_export

    _check_target(out)
    if not store.unit_id:
        raise AppError(
            "Máy này chưa gắn với đơn vị nào (hoinghi init --unit MÃ).", "this installation has no unit"
        )
    with store.session() as session:
        unit = session.get(Unit, store.unit_id)
        conference = session.scalars(select(Conference).where(Conference.owner_unit_id == unit.id)).first()
        profile = _unit_and_profile(session, conference)[2] if conference else None
        numbers = profile.numbers if profile else {}
        rewards = load_rewards(session, numbers)
        labels = commendation_labels(session, unit)
        honorees = session.scalars(
            select(Honoree)
            .where(Honoree.owner_unit_id == unit.id, Honoree.register_no.is_not(None))
            .order_by(Honoree.register_year, Honoree.register_no)
        ).all()
        rows = []
        for h in honorees:
            person = Person(
                h.id, h.name, h.sort_key, h.collective, position=h.position or "", workplace=h.workplace or ""
            )
            form = h.award_form or ""
            number = numbers.get(number_key(h.conference_id, form))
            issued = numbers.get(date_key(h.conference_id, form))
            rows.append(
                [
                    h.register_no,
                    h.register_year,
                    h.name,
                    None if h.collective else h.birth_year,
                    person.workplace if h.collective else person.post_and_unit,
                    labels.get(form, form),
                    document_number(number, "QĐ", profile.issuer if profile else "").removeprefix("Số: ")
                    if number
                    else "",
                    date.fromisoformat(issued) if issued else None,
                    h.achievement or "",
                    rewards.amount(form, h.collective) or None,
                ]
            )
    if not rows:
        raise AppError(
            "Sổ khen thưởng còn trống: chưa quyết định khen thưởng nào có số (hoinghi print decision --number N).",
            "the register is empty: no decision has a number yet",
        )
    workbook = Workbook(write_only=True)
    sheet = _Sheet(
        workbook,
        "Sổ khen thưởng",
        f"SỔ THEO DÕI KHEN THƯỞNG — {unit.name.upper()}",
        _subtitle(store),
        REGISTER_HEADERS,
        freeze_columns=3,
    )
    count = sheet.rows(sheet.dated(row) for row in rows)
    _save(workbook, out)
    record_export(store, "xlsx-register", out, count)
    return count
