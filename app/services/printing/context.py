"""Everything a printed document needs, read once from the database into plain values."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.plan import agenda_times
from app.errors import AppError
from app.services.catalogues import catalogue, commendation_labels
from app.services.printing.context_model import (
    AgendaLine,
    Commendations,
    FormDecision,
    Person,
    PrintContext,
    Profile,
)
from app.services.protocol import load_protocol
from app.store.db import Store
from app.store.models import (
    AgendaItem,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Speech,
    Unit,
    UnitProfile,
)

__all__ = [  # the data classes live in context_model; importable from here as before
    "AgendaLine",
    "Commendations",
    "FormDecision",
    "Person",
    "PrintContext",
    "Profile",
    "body_name",
    "find_conference",
    "honoree_order",
    "in_sentence",
    "issuer_code",
    "load_context",
    "load_profile",
    "place_of",
    "short_body",
]

_GOVERNMENT_KINDS = ("xa", "huyen", "tinh")
_KIND_WORDS = ("Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Huyện ", "Tỉnh ", "Xã ", "Đặc khu ")


def place_of(unit: Unit) -> str:
    """ "Xã Hàm Chính" → "Hàm Chính" (the place in "Hàm Chính, ngày …")."""
    for word in _KIND_WORDS:
        if unit.name.startswith(word):
            return unit.name[len(word) :].split(" - ")[0]
    return ""


def body_name(unit: Unit) -> str:
    """The issuing body: "ỦY BAN NHÂN DÂN XÃ HÀM CHÍNH" for a government unit, else the name."""
    if unit.kind in _GOVERNMENT_KINDS:
        return f"ỦY BAN NHÂN DÂN\n{unit.name.upper()}"
    return unit.name.upper()


def short_body(unit: Unit) -> str:
    """As the parent body line: "UBND HUYỆN HÀM THUẬN BẮC"."""
    if unit.kind in _GOVERNMENT_KINDS:
        return f"UBND {unit.name.upper()}"
    return unit.name.upper()


def issuer_code(unit: Unit) -> str:
    """The issuer part of a document number: "UBND" for a People's Committee, else initials."""
    if unit.kind in _GOVERNMENT_KINDS:
        return "UBND"
    words = [w for w in unit.name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)[:8].upper()


def in_sentence(name: str) -> str:
    """ "Xã Hàm Chính" → "xã Hàm Chính" inside a sentence."""
    first, _, rest = name.partition(" ")
    if first in ("Xã", "Phường", "Huyện", "Tỉnh", "Thị", "Thành", "Đặc") and not rest.startswith(
        ("đoàn", "ủy")
    ):
        return f"{first.lower()} {rest}"
    return name


def find_conference(session: Session, unit_id: str | None, wanted: str | None) -> Conference:
    """The conference to print: by id, or by unit code (that unit's most recent); by default the
    one this installation's unit works on (the last chosen, else its most recent)."""
    from app.services.conference import current_in

    query = select(Conference)
    if wanted:
        unit = session.scalars(select(Unit).where(Unit.code == wanted)).first()
        query = query.where(
            or_(Conference.id == wanted, Conference.owner_unit_id == (unit.id if unit else None))
        )
    elif unit_id:
        query = query.where(Conference.owner_unit_id == unit_id)
    found = session.scalars(query.order_by(Conference.date.desc())).all()
    if not found:
        raise AppError(
            "Chưa có hội nghị nào để in"
            + (f" (mã “{wanted}”)." if wanted else "; hãy nhập thông tin hội nghị trước."),
            "no conference to print" + (f" for {wanted!r}" if wanted else ""),
        )
    owners = {c.owner_unit_id for c in found}
    if len(found) > 1 and len(owners) == 1:  # one unit's conferences: the one it works on
        return current_in(session, owners.pop()) or found[0]
    if len(found) > 1 and not wanted:
        raise AppError(
            f"Cơ sở dữ liệu có {len(found)} hội nghị; hãy chọn một bằng --conference MÃ-ĐƠN-VỊ hoặc MÃ-HỘI-NGHỊ.",
            f"the database holds {len(found)} conferences; choose one with --conference",
        )
    return found[0]


def _profile(session: Session, unit: Unit, parent: Unit | None, conference: Conference) -> Profile:
    saved = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit.id)).first()
    kinds = {item.code: item.data for item in catalogue(session, "unit_kind")}
    kind = kinds.get(unit.kind, {})
    chair = (conference.chair or "").split(",")[0].strip()
    place = place_of(unit) or (place_of(parent) if parent else "") or unit.name

    def pick(attribute: str, default: str) -> str:
        value = getattr(saved, attribute, None) if saved else None
        return value if value else default

    return Profile(
        parent_body=pick("parent_body", short_body(parent) if parent else ""),
        issuing_body=pick("issuing_body", body_name(unit)),
        place=pick("place_name", place),
        signer_name=pick("signer_name", chair),
        signer_title=pick("signer_title", kind.get("signer", "THỦ TRƯỞNG")),
        authority=pick("authority", kind.get("authority", "")),
        mc_name=pick("mc_name", ""),
        reader_name=pick("reader_name", ""),
        decision=pick("decision", ""),
        batch_size=(saved.batch_size if saved and saved.batch_size else 10),
        numbers=dict(saved.numbers) if saved and saved.numbers else {},
        issuer=str((saved.numbers or {}).get("issuer", "")) if saved else "",
    )


def _unit_and_profile(session: Session, conference: Conference) -> tuple[Unit, Unit | None, Profile]:
    unit = session.get(Unit, conference.owner_unit_id)
    if unit is None:
        raise AppError("Hội nghị không gắn với đơn vị nào.", "the conference has no unit")
    parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
    profile = _profile(session, unit, parent, conference)
    if not profile.issuer:
        profile.issuer = issuer_code(unit)
    return unit, parent, profile


def load_profile(store: Store, conference_id: str) -> Profile:
    """What the documents of *conference_id* print in their header and signature (saved or default)."""
    with store.session() as session:
        conference = find_conference(session, store.unit_id, conference_id)
        return _unit_and_profile(session, conference)[2]


def honoree_order() -> tuple[Any, ...]:
    """The order of a conference's honorees in every printed list and annex — collectives first,
    then by name, two of the same name by register number, then by record — and so the order
    register numbers are given in (:func:`app.services.awards.plan_register`): the annex's
    numbers run in sequence down its own rows."""
    return (Honoree.collective.desc(), Honoree.sort_key, Honoree.register_no.asc().nulls_last(), Honoree.id)


def load_context(
    store: Store,
    conference_ref: str | None = None,
    issued: date | None = None,
    pending: Any = None,  # noqa: ANN401
) -> PrintContext:
    """Everything a document prints. *pending* (:class:`app.services.awards.Pending`): the decision
    numbers and register numbers about to be stored, printed as if they were. *issued* is checked
    by the one date rule first (every door that prints a date the official gave)."""
    from app.services.awards import checked_issued

    issued = checked_issued(issued)
    with store.session() as session:
        conference = find_conference(session, store.unit_id, conference_ref)
        unit, parent, profile = _unit_and_profile(session, conference)
        register: dict[str, tuple[int, int]] = {}
        if pending is not None and pending.conference_id == conference.id:
            if pending.numbers is not None:
                profile.numbers = dict(pending.numbers)
            register = pending.register
        labels: dict[str, dict[str, str]] = {}
        award_rank: dict[str, int] = {}
        intro: dict[str, str] = {}
        for name in (
            "field",
            "target_group",
            "commendation",
            "attendee_category",
            "title",
            "conference_form",
        ):
            items = catalogue(session, name)
            labels[name] = {i.code: i.label for i in items}
            if name == "commendation":
                award_rank = {i.code: int(i.data.get("rank", 99)) for i in items}
            if name == "attendee_category":
                intro = {i.code: i.data.get("intro") or i.label for i in items}
        labels["commendation"] = commendation_labels(session, unit)  # "… UBND phường" for a phường

        items = session.scalars(
            select(AgendaItem).where(AgendaItem.conference_id == conference.id).order_by(AgendaItem.position)
        ).all()
        times = agenda_times(conference.start_time, [i.minutes for i in items])
        agenda = [
            AgendaLine(s, e, i.kind, i.title, i.presenter or "", i.notes or "")
            for i, (s, e) in zip(items, times, strict=True)
        ]

        protocol = load_protocol(session)
        invitees = []
        for i in sorted(
            session.scalars(select(Invitee).where(Invitee.conference_id == conference.id)), key=protocol.key
        ):
            place = protocol.place(i.position, i.category)
            invitees.append(
                Person(
                    i.id,
                    i.name,
                    i.sort_key,
                    i.collective,
                    i.honorific,
                    i.gender,
                    i.birth_year,
                    protocol.posts.highest_first(i.position),
                    i.workplace or "",
                    i.category,
                    place,
                    protocol.heading(place, unit.kind),
                    protocol.presents(place),
                )
            )

        honorees = []
        for h in session.scalars(
            select(Honoree).where(Honoree.conference_id == conference.id).order_by(*honoree_order())
        ):
            titles = "; ".join(
                " ".join(
                    x
                    for x in (
                        c.get("title", ""),
                        f"(QĐ số {c['decision_no']})" if c.get("decision_no") else "",
                    )
                    if x
                )
                for c in h.commendations or []
            )
            honorees.append(
                Person(
                    h.id,
                    h.name,
                    h.sort_key,
                    h.collective,
                    None,
                    h.gender,
                    h.birth_year,
                    h.position or "",
                    h.workplace or "",
                    field=h.field or "",
                    target_group=h.target_group or "",
                    award=h.award_form or "",
                    titles=titles,
                    achievement=h.achievement or "",
                    register_no=h.register_no or register.get(h.id, (None, None))[0],
                    register_year=h.register_year or register.get(h.id, (None, None))[1],
                )
            )
        delegates = [
            Person(
                d.id,
                d.name,
                d.sort_key,
                d.collective,
                None,
                d.gender,
                d.birth_year,
                d.position or "",
                d.workplace or "",
                field=d.field or "",
                target_group=d.target_group or "",
                status=d.status,
            )
            for d in session.scalars(
                select(Delegate).where(Delegate.conference_id == conference.id).order_by(Delegate.sort_key)
            )
        ]
        speeches = [
            (s.presenter, s.title, s.field or "", s.minutes)
            for s in session.scalars(
                select(Speech).where(Speech.conference_id == conference.id).order_by(Speech.position)
            )
        ]
        from app.services.plans import conference_wording

        wording = conference_wording(session, conference)
        commendations = _commendations(
            session,
            unit,
            conference,
            profile,
            honorees,
            labels["commendation"],
            award_rank,
            issued or date.today(),
        )
        session.expunge_all()
    return PrintContext(
        unit,
        parent,
        conference,
        profile,
        issued or date.today(),
        agenda,
        invitees,
        honorees,
        delegates,
        speeches,
        labels,
        award_rank,
        intro,
        wording,
        commendations,
    )


def _commendations(
    session: Session,
    unit: Unit,
    conference: Conference,
    profile: Profile,
    honorees: list[Person],
    labels: dict[str, str],
    award_rank: dict[str, int],
    issued: date,
) -> Commendations:
    from app.services import awards

    issuer = awards.load_issuer(session, unit, profile.signer_title, awards.plan_name(session, conference))
    rewards = awards.load_rewards(session, profile.numbers)
    basis = tuple(profile.numbers.get(awards.BASIS_KEY) or (issuer.basis if issuer else ()))
    result = Commendations(issuer, rewards.base_salary, basis)
    by_form: dict[str, list[Person]] = {}
    for person in honorees:
        if person.award:
            by_form.setdefault(person.award, []).append(person)
    grants = set(issuer.grants) if issuer else set()
    for form in sorted(by_form, key=lambda code: (award_rank.get(code, 99), code)):
        people = by_form[form]
        if form not in grants:
            result.announced.append(
                (
                    labels.get(form, form),
                    sum(p.collective for p in people),
                    sum(not p.collective for p in people),
                )
            )
            continue
        remembered = profile.numbers.get(awards.date_key(conference.id, form))
        result.decisions.append(
            FormDecision(
                form,
                labels.get(form, form),
                str(profile.numbers.get(awards.number_key(conference.id, form)) or ""),
                date.fromisoformat(remembered) if remembered else issued,
                [p for p in people if p.collective],
                [p for p in people if not p.collective],
                rewards.amount(form, True),
                rewards.amount(form, False),
            )
        )
    return result
