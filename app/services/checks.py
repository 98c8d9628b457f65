"""``check``: the database's integrity, and each conference against the plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.domain.checks import Finding, check_conference
from app.domain.formats import fmt_date
from app.domain.plan import PlanRules
from app.services.catalogues import labels
from app.services.plans import plan_of, rules_of, wording_of
from app.services.protocol import Protocol, load_protocol, unique_post_clashes
from app.store.db import Store
from app.store.models import (
    AgendaItem,
    AwardTally,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Speech,
    Unit,
    UnitProfile,
)
from app.store.values import bad_values


@dataclass(frozen=True)
class ConferenceReport:
    unit_code: str
    unit_name: str
    conference_id: str
    findings: list[Finding]
    conference_title: str = ""
    conference_date: date | None = None

    @property
    def heading(self) -> str:
        """What the report of one conference is headed with: the unit and the conference — its
        title and day — so two conferences of one unit are never told apart by nothing
        ("22915 — Phường Phú Thủy — Hội nghị … (20/03/2025)")."""
        when = fmt_date(self.conference_date) if self.conference_date else "chưa định ngày"
        title = " ".join(self.conference_title.split()) or "Hội nghị chưa có tên"
        return f"{self.unit_code} — {self.unit_name} — {title} ({when})"

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit_code,
            "conference": self.conference_id,
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity,
                    "message": f.vi,
                    "table": f.table,
                    "ids": list(f.ids),
                }
                for f in self.findings
            ],
        }


@dataclass(frozen=True)
class CheckResult:
    """What ``check`` found: SQLite's integrity problems, then each conference against its plan."""

    problems: list[str]
    reports: list[ConferenceReport]

    def as_json(self) -> dict[str, Any]:
        """``{"integrity": [...] or ["ok"], "conferences": [{"unit", "conference", "findings"}]}``."""
        return {"integrity": self.problems or ["ok"], "conferences": [r.as_json() for r in self.reports]}


def check_database(store: Store, every_unit: bool = False) -> CheckResult:
    """The file's integrity, then this installation's conference(s) — or every conference."""
    return CheckResult(integrity_problems(store), plan_reports(store, every_unit=every_unit))


def integrity_problems(store: Store) -> list[str]:
    """What SQLite's own checks find wrong (empty list: the file is sound)."""
    if store.path is None:
        return []
    problems: list[str] = []
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid}: missing {parent} record")
    return problems


def conference_findings(
    session: object,
    conference: Conference,
    unit: Unit,
    rules: PlanRules | None = None,
    names: dict[str, str] | None = None,
    protocol: Protocol | None = None,
) -> list[Finding]:
    """Findings of one conference against its own plan (the desk's live panel calls this too)."""
    plan = plan_of(session, conference)  # type: ignore[arg-type]
    rules = rules or rules_of(plan)
    names = names if names is not None else labels(session)  # type: ignore[arg-type]
    agenda = session.scalars(select(AgendaItem).where(AgendaItem.conference_id == conference.id)).all()  # type: ignore[attr-defined]
    speeches = session.scalars(select(Speech).where(Speech.conference_id == conference.id)).all()  # type: ignore[attr-defined]
    honorees = session.execute(  # type: ignore[attr-defined]
        select(
            Honoree.id,
            Honoree.field,
            Honoree.commendations,
            Honoree.achievement,
            Honoree.target_group,
            Honoree.collective,
        ).where(Honoree.conference_id == conference.id)
    ).all()
    delegates = session.scalar(  # type: ignore[attr-defined]
        select(func.count())
        .select_from(Delegate)
        .where(Delegate.conference_id == conference.id, Delegate.deleted.is_(False))
    )
    to_review = session.scalars(
        select(Invitee.id).where(  # type: ignore[attr-defined]
            Invitee.conference_id == conference.id, Invitee.needs_review.is_(True), Invitee.deleted.is_(False)
        )
    ).all()
    found = check_conference(
        rules,
        unit.unit_group,
        conference,
        agenda,
        speeches,
        honorees,
        delegates or 0,
        names,
        to_review,
        wording_of(plan).fill,
    )
    invitees = session.execute(  # type: ignore[attr-defined]
        select(Invitee.id, Invitee.name, Invitee.position, Invitee.category, Invitee.workplace).where(
            Invitee.conference_id == conference.id
        )
    ).all()
    return found + post_findings(protocol or load_protocol(session), invitees)  # type: ignore[arg-type]


def post_findings(protocol: Protocol, invitees: list) -> list[Finding]:
    """Post texts the post catalogue does not know (their holders sit at the end of their
    category's block: never guessed silently), and unique posts held by two people."""
    found: list[Finding] = []
    unknown: dict[str, list[str]] = {}
    for invitee in invitees:
        for text in protocol.place(invitee.position, invitee.category).unknown:
            unknown.setdefault(text, []).append(invitee.id)
    if unknown:
        texts = sorted(unknown)
        shown = ", ".join(f"“{t}”" for t in texts[:5]) + (
            f" và {len(texts) - 5} chức vụ khác" if len(texts) > 5 else ""
        )
        found.append(
            Finding(
                "unknown-post",
                "warning",
                f"Chức vụ chưa có trong danh mục chức vụ (chưa xếp được thứ tự lễ tân, đang để cuối khối): {shown}. "
                "Hãy sửa cách viết hoặc bổ sung danh mục.",
                f"Post texts the post catalogue does not know (placed last in their block): {', '.join(texts[:5])}.",
                table="invitees",
                ids=tuple(i for t in texts for i in unknown[t]),
            )
        )
    for label, people in unique_post_clashes(protocol, invitees):
        names = ", ".join(p.name for p in people)
        found.append(
            Finding(
                "post-held-twice",
                "warning",
                f"Chức vụ “{label}” chỉ có một người giữ nhưng danh sách khách mời ghi {len(people)} người: {names}.",
                f"The post {label!r} has one holder, but {len(people)} invitees hold it: {names}.",
                table="invitees",
                ids=tuple(p.id for p in people),
            )
        )
    return found


#: What the lists are called in a finding (the desk's section names).
LIST_LABELS = {
    "conferences": "Hội nghị",
    "agenda_items": "Chương trình",
    "invitees": "Khách mời",
    "honorees": "Điển hình tiên tiến",
    "speeches": "Tham luận",
    "delegates": "Đại biểu dự cấp trên",
    "award_tallies": "Kết quả khen thưởng",
    "unit_profiles": "Thông tin văn bản",
}


def value_findings(session: object, conference: Conference, unit: Unit) -> list[Finding]:
    """Stored values of the conference (and of its unit's figures and document settings) that the
    doors refuse or clean today — written by an older version or arrived before a rule existed: a
    control character, a name longer than the district accepts, a negative duration. One finding
    per list, column and reason, naming the records; the next edit of a record cleans its text."""
    found: list[Finding] = []
    scopes = (
        (Conference, Conference.id == conference.id),
        (AgendaItem, AgendaItem.conference_id == conference.id),
        (Invitee, Invitee.conference_id == conference.id),
        (Honoree, Honoree.conference_id == conference.id),
        (Speech, Speech.conference_id == conference.id),
        (Delegate, Delegate.conference_id == conference.id),
        (AwardTally, AwardTally.owner_unit_id == unit.id),
        (UnitProfile, UnitProfile.owner_unit_id == unit.id),
    )
    for model, where in scopes:
        grouped: dict[tuple[str, str], list[str]] = {}
        for record_id, column, reason in bad_values(session, model, (where,)):  # type: ignore[arg-type]
            grouped.setdefault((column, reason), []).append(record_id)
        table = model.__tablename__
        for (column, reason), ids in grouped.items():
            label = LIST_LABELS.get(table, table)
            found.append(
                Finding(
                    "bad_value",
                    "error",
                    f"{label}: {len(ids)} bản ghi có cột “{column}” không hợp lệ — {reason}",
                    f"{table}: {len(ids)} records with a bad value in column {column}",
                    table,
                    tuple(ids),
                )
            )
    return found


def plan_reports(store: Store, every_unit: bool = False) -> list[ConferenceReport]:
    """Findings for this installation's conference(s), or for every conference held in the database,
    each against its own plan."""
    reports: list[ConferenceReport] = []
    with store.session() as session:
        query = (
            select(Conference, Unit)
            .join(Unit, Unit.id == Conference.owner_unit_id)
            .order_by(Unit.code, Conference.date, Conference.id)
        )
        if store.unit_id and not every_unit:
            query = query.where(Conference.owner_unit_id == store.unit_id)
        names = labels(session)
        protocol = load_protocol(session)
        rules: dict[str | None, object] = {}
        for conference, unit in session.execute(query).all():
            if conference.plan_id not in rules:
                rules[conference.plan_id] = rules_of(plan_of(session, conference))
            findings = conference_findings(
                session,
                conference,
                unit,
                rules[conference.plan_id],
                names,  # type: ignore[arg-type]
                protocol,
            )
            reports.append(
                ConferenceReport(
                    unit.code,
                    unit.name,
                    conference.id,
                    findings + value_findings(session, conference, unit),
                    conference.title or "",
                    conference.date,
                )
            )
    return reports


def findings(store: Store, conference_id: str) -> list[Finding]:
    """The plan checks of one conference (the desk's live list)."""
    with store.session() as session:
        conference = session.get(Conference, conference_id)
        if conference is None:
            return []
        unit = session.get(Unit, conference.owner_unit_id)
        return conference_findings(session, conference, unit)
