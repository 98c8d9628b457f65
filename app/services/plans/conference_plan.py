"""The plan a conference follows, its rules, and the words of the conference's period: every printed
document, export and default title takes them from here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.plan import PlanRules, PlanWording, document_reference
from app.errors import AppError
from app.services.plans.lookup import default_plan
from app.store.db import Store
from app.store.models import Conference, Plan


def plan_of(session: Session, conference: Conference) -> Plan:
    """The plan a conference follows (an older conference without one: the default plan)."""
    plan = session.get(Plan, conference.plan_id) if conference.plan_id else None
    return plan if plan is not None else default_plan(session, conference.owner_unit_id)


def rules_of(plan: Plan) -> PlanRules:
    return PlanRules.from_dict(plan.rules or {})


def wording_of(plan: Plan) -> PlanWording:
    return PlanWording.of(
        plan.kind,
        plan.period_start,
        plan.period_end,
        rules_of(plan),
        plan.name,
        document_reference(plan.doc_number, plan.doc_date, plan.doc_body),
    )


def conference_wording(session: Session, conference: Conference | str) -> PlanWording:
    """The period and wording of a conference, from its plan: every printed document, export and
    default title takes them from here (never from code)."""
    if isinstance(conference, str):
        found = session.get(Conference, conference)
        if found is None:
            raise AppError("Hội nghị không còn nữa.", "the conference is gone")
        conference = found
    return wording_of(plan_of(session, conference))


def wording_for(store: Store, conference_id: str) -> PlanWording:
    with store.session() as session:
        return conference_wording(session, conference_id)
