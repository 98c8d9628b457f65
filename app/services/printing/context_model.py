"""What a print context holds: the people, the agenda, the unit's header and signature, its
commendation decisions and the :class:`PrintContext` that carries them all (plain values, read
once from the database by :mod:`app.services.printing.context`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from app.domain.ceremony import Place
from app.domain.plan import PlanWording
from app.store.models import Conference, Unit


@dataclass
class Person:
    id: str
    name: str
    sort_key: str
    collective: bool = False
    honorific: str | None = None
    gender: str | None = None
    birth_year: int | None = None
    position: str = ""
    workplace: str = ""
    category: str = ""
    place: Place | None = None  # invitees: protocol place (level, block, post)
    heading: str = ""  # invitees: the introductions' group ("lãnh đạo Đảng ủy", …)
    presents: bool = False  # invitees: a leader who presents awards
    field: str = ""
    target_group: str = ""
    award: str = ""
    titles: str = ""
    achievement: str = ""
    status: str = ""
    register_no: int | None = None  # honorees: number in the unit's commendation register
    register_year: int | None = None

    @property
    def register(self) -> str:
        """ "012/2025" — the register number as printed (empty: not yet in the register)."""
        return (
            f"{self.register_no:03d}/{self.register_year}" if self.register_no and self.register_year else ""
        )

    @property
    def named(self) -> bool:
        """Introduced by name (not greeted as part of a group)."""
        return self.place is not None and self.place.named

    @property
    def post_and_unit(self) -> str:
        """ "Phó Chủ tịch UBND, xã Hàm Chính" — the workplace only when the post does not name it."""
        if self.workplace and self.workplace.lower() in self.position.lower():
            return self.position
        return ", ".join(p for p in (self.position, self.workplace) if p)


@dataclass
class AgendaLine:
    start: time
    end: time
    kind: str
    title: str
    presenter: str
    notes: str


@dataclass
class Profile:
    parent_body: str
    issuing_body: str
    place: str
    signer_name: str
    signer_title: str
    authority: str
    mc_name: str
    reader_name: str
    decision: str
    batch_size: int
    numbers: dict[str, Any]
    issuer: str


@dataclass
class FormDecision:
    """The unit's decision for one form it grants: number, date, recipients, reward money."""

    form: str
    label: str  # "Giấy khen của Chủ tịch UBND xã"
    number: str  # "" until the official gives it
    issued: date
    collectives: list[Person]
    individuals: list[Person]
    collective_amount: int  # reward money of one collective / individual (0: none)
    individual_amount: int

    @property
    def short(self) -> str:
        """ "Giấy khen" (the form without "của …")."""
        return self.label.split(" của ")[0]

    @property
    def total(self) -> int:
        return len(self.collectives) * self.collective_amount + len(self.individuals) * self.individual_amount

    def amount(self, person: Person) -> int:
        return self.collective_amount if person.collective else self.individual_amount


@dataclass
class Commendations:
    """The unit's own decisions (one per form it grants) and the higher forms only announced."""

    issuer: Any  # app.services.awards.Issuer | None
    base_salary: int
    basis: tuple[str, ...]
    decisions: list[FormDecision] = field(default_factory=list)
    announced: list[tuple[str, int, int]] = field(
        default_factory=list
    )  # (form label, collectives, individuals)


@dataclass
class PrintContext:
    unit: Unit
    parent: Unit | None
    conference: Conference
    profile: Profile
    issued: date
    agenda: list[AgendaLine] = field(default_factory=list)
    invitees: list[Person] = field(default_factory=list)  # protocol order
    honorees: list[Person] = field(default_factory=list)  # list order: collectives, then persons, by name
    delegates: list[Person] = field(default_factory=list)  # name order
    speeches: list[tuple[str, str, str, int]] = field(
        default_factory=list
    )  # presenter, title, field, minutes
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    award_rank: dict[str, int] = field(default_factory=dict)
    intro: dict[str, str] = field(default_factory=dict)  # attendee category → "Về phía …" wording
    wording: PlanWording | None = None  # the period and words of the conference's plan
    commendations: Commendations | None = None

    def label(self, catalogue_name: str, code: str | None) -> str:
        return self.labels.get(catalogue_name, {}).get(code or "", code or "")

    @property
    def when(self) -> str:
        """ "07h30, thứ Năm, ngày 20 tháng 3 năm …" (the conference's start, day and date)."""
        from app.domain.formats import fmt_time, official_date, weekday_vi

        conf = self.conference
        parts = []
        if conf.start_time:
            parts.append(fmt_time(conf.start_time))
        if conf.date:
            parts.append(f"{weekday_vi(conf.date)}, {official_date(conf.date)}")
        return ", ".join(parts) or "(chưa định ngày)"
