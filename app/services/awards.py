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

from app.domain.fields import FieldKind, parse_value
from app.errors import AppError
from app.services.catalogues import catalogue
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
    values = {"UNIT": unit.name.upper(), "unit": in_sentence(unit.name), "HEAD": head.upper(),
              "head": head[:1].upper() + head[1:].lower(), "plan": plan_name or "Kế hoạch tổ chức Hội nghị điển hình tiên tiến"}
    return Issuer(
        grants=tuple(data.get("grants", ())), decider=_fill(data.get("decider", ""), values),
        of=_fill(data.get("of", ""), values), signer=_fill(data.get("signer", "THỦ TRƯỞNG"), values),
        basis=tuple(_fill(line, values) for line in data.get("basis", ())),
        proposal=_fill(data.get("proposal", ""), values), execution=_fill(data.get("execution", ""), values),
        fund=_fill(data.get("fund", ""), values), recipients=tuple(_fill(r, values) for r in data.get("recipients", ())),
    )


def load_rewards(session: Session, numbers: dict[str, Any]) -> Rewards:
    settings = {i.code: i.data or {} for i in catalogue(session, "reward_setting")}
    base = numbers.get(BASE_SALARY_KEY) or settings.get("base-salary", {}).get("amount") or DEFAULT_BASE_SALARY
    return Rewards(int(base), int(settings.get("rounding", {}).get("up_to", 10_000)),
                   {i.code: i.data or {} for i in catalogue(session, "award_rate")})


def plan_name(session: Session, conference: Conference) -> str:
    plan = session.get(Plan, conference.plan_id) if conference.plan_id else None
    return plan.name if plan else ""


def assign_register(session: Session, conference: Conference, form: str, year: int) -> int:
    """Give every honoree of *form* at *conference* that has none a register number: in sequence
    per unit and year (after the highest ever given, deleted records included, so a number is
    never reused), collectives first, then individuals, by name. Returns how many were given."""
    waiting = session.scalars(
        select(Honoree).where(Honoree.conference_id == conference.id, Honoree.award_form == form,
                              Honoree.register_no.is_(None))
        .order_by(Honoree.collective.desc(), Honoree.sort_key, Honoree.id)
    ).all()
    if not waiting:
        return 0
    highest = session.scalar(
        select(func.max(Honoree.register_no)).where(Honoree.owner_unit_id == conference.owner_unit_id,
                                                    Honoree.register_year == year)
        .execution_options(include_deleted=True)
    ) or 0
    for offset, honoree in enumerate(waiting, start=1):
        honoree.register_no = highest + offset
        honoree.register_year = year
    return len(waiting)


def issue(store: Store, conference_ref: str | None, number: str | None = None, issued: date | None = None,
          form: str | None = None, base_salary: str | None = None, basis: list[str] | None = None) -> list[str]:
    """Before printing the decision or the certificates: remember what the official gave (number,
    date, base salary, căn cứ lines — each checked like any typed value), then give register
    numbers to the honorees of every decision that has a number. Returns the forms concerned."""
    from app.services.printing.context import find_conference

    with store.session() as session:
        conference = find_conference(session, store.unit_id, conference_ref)
        unit = session.get(Unit, conference.owner_unit_id)
        profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit.id)).first()
        if profile is None:
            profile = UnitProfile(owner_unit_id=unit.id, numbers={})
            session.add(profile)
        numbers = dict(profile.numbers or {})
        own = own_forms(session, unit, conference)
        if (number or issued) and form is None:
            if len(own) != 1:
                raise AppError(
                    "Đơn vị cấp nhiều hình thức khen thưởng; hãy chọn một bằng --form MÃ-HÌNH-THỨC"
                    f" ({', '.join(own) or 'chưa có'}).",
                    f"several (or no) forms of the unit's own: choose one with --form ({', '.join(own)})")
            form = own[0]
        if form is not None and form not in own:
            raise AppError(f"“{form}” không phải hình thức khen thưởng đơn vị tự quyết định cho hội nghị này.",
                           f"{form!r} is not a form this unit grants at this conference")
        if number:
            numbers[number_key(conference.id, form)] = str(parse_value(FieldKind("text", required=True), number))
        if issued and form:
            numbers[date_key(conference.id, form)] = issued.isoformat()
        if base_salary is not None:
            from app.domain.fields import InvalidValue

            try:
                numbers[BASE_SALARY_KEY] = parse_value(BASE_SALARY, base_salary)
            except InvalidValue as exc:
                raise AppError(f"Mức lương cơ sở: {exc.vi}", f"base salary: {exc}") from exc
        if basis is not None:
            lines = [str(parse_value(BASIS_LINE, line)) for line in basis if line and line.strip()]
            if not lines:
                raise AppError("Tệp căn cứ không có dòng nào.", "the basis file has no lines")
            numbers[BASIS_KEY] = lines
        if numbers != (profile.numbers or {}):
            profile.numbers = numbers
        for code in own:
            if numbers.get(number_key(conference.id, code)):
                year = date.fromisoformat(numbers[date_key(conference.id, code)]).year \
                    if numbers.get(date_key(conference.id, code)) \
                    else (issued or date.today()).year
                assign_register(session, conference, code, year)
    return own


def own_forms(session: Session, unit: Unit, conference: Conference) -> list[str]:
    """The forms this unit grants itself that its honorees receive at *conference*, highest first."""
    from app.services.printing.context import _unit_and_profile

    profile = _unit_and_profile(session, conference)[2]
    issuer = load_issuer(session, unit, profile.signer_title, "")
    grants = set(issuer.grants) if issuer else set()
    present = set(session.scalars(select(Honoree.award_form).where(Honoree.conference_id == conference.id).distinct()))
    ranks = {i.code: int((i.data or {}).get("rank", 99)) for i in catalogue(session, "commendation")}
    return sorted(grants & present, key=lambda code: (ranks.get(code, 99), code))


REGISTER_HEADERS = [("Số vào sổ", 10.0), ("Năm", 7.0), ("Tên tập thể / Họ và tên", 30.0), ("Năm sinh", 9.0),
                    ("Chức vụ, đơn vị", 34.0), ("Hình thức khen thưởng", 30.0), ("Quyết định số", 16.0),
                    ("Ngày quyết định", 13.0), ("Tóm tắt thành tích", 50.0), ("Tiền thưởng (đồng)", 14.0)]


def export_register(store: Store, out: Any) -> int:  # noqa: ANN401 — a Path
    """The unit's commendation register (sổ theo dõi khen thưởng) as a workbook: every honoree
    given a register number, by year and number. Returns the number of rows."""
    from openpyxl import Workbook

    from app.domain.formats import document_number
    from app.services.journal import record_export
    from app.services.printing.context import Person, _unit_and_profile
    from app.services.spreadsheet_export import _check_target, _save, _Sheet, _subtitle

    _check_target(out)
    if not store.unit_id:
        raise AppError("Máy này chưa gắn với đơn vị nào (hoinghi init --unit MÃ).", "this installation has no unit")
    with store.session() as session:
        unit = session.get(Unit, store.unit_id)
        conference = session.scalars(select(Conference).where(Conference.owner_unit_id == unit.id)).first()
        profile = _unit_and_profile(session, conference)[2] if conference else None
        numbers = profile.numbers if profile else {}
        rewards = load_rewards(session, numbers)
        labels = {i.code: i.label for i in catalogue(session, "commendation")}
        honorees = session.scalars(
            select(Honoree).where(Honoree.owner_unit_id == unit.id, Honoree.register_no.is_not(None))
            .order_by(Honoree.register_year, Honoree.register_no)
        ).all()
        rows = []
        for h in honorees:
            person = Person(h.id, h.name, h.sort_key, h.collective, position=h.position or "", workplace=h.workplace or "")
            form = h.award_form or ""
            number = numbers.get(number_key(h.conference_id, form))
            issued = numbers.get(date_key(h.conference_id, form))
            rows.append([
                h.register_no, h.register_year, h.name, None if h.collective else h.birth_year,
                person.workplace if h.collective else person.post_and_unit, labels.get(form, form),
                document_number(number, "QĐ", profile.issuer if profile else "").removeprefix("Số: ") if number else "",
                date.fromisoformat(issued) if issued else None, h.achievement or "",
                rewards.amount(form, h.collective) or None,
            ])
    if not rows:
        raise AppError("Sổ khen thưởng còn trống: chưa quyết định khen thưởng nào có số (hoinghi print decision --number N).",
                       "the register is empty: no decision has a number yet")
    workbook = Workbook(write_only=True)
    sheet = _Sheet(workbook, "Sổ khen thưởng", f"SỔ THEO DÕI KHEN THƯỞNG — {unit.name.upper()}", _subtitle(store),
                   REGISTER_HEADERS, freeze_columns=3)
    count = sheet.rows(sheet.dated(row) for row in rows)
    _save(workbook, out)
    record_export(store, "xlsx-register", out, count)
    return count
