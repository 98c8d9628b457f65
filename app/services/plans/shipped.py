"""The plans shipped with the app: added when the database lacks them, completed by a newer release."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.plans.lookup import default_plan
from app.services.plans.stored import _write, normalise
from app.store.models import Conference, Plan
from app.store.plan_documents import check_document


def load_shipped(session: Session, contents: list[dict[str, Any]], unit_id: str | None = None) -> None:
    """Add the shipped plans the database lacks; to a shipped plan nobody adopted (no owner), add
    the parts a newer release ships that it lacks (never overwriting a value); give this unit's
    conferences without a plan (a database from before plans were records) the default plan.
    Other units' conferences are theirs to change: they read the default plan until they do."""
    existing = {p.code: p for p in session.scalars(select(Plan).execution_options(include_deleted=True))}
    for content in contents:
        data = normalise(content)
        check_document(None, data, "Kế hoạch kèm phần mềm")
        plan = existing.get(data["code"])
        if plan is None:
            plan = Plan(owner_unit_id=None)
            _write(plan, data)
            session.add(plan)
        elif plan.owner_unit_id is None:
            rules = dict(plan.rules or {})
            missing = {k: v for k, v in data["rules"].items() if k not in rules}
            if missing:
                plan.rules = {**rules, **missing}
            if plan.doc_body is None and (data.get("document") or {}).get("body"):
                plan.doc_body = data["document"]["body"]
    session.flush()
    query = select(Conference).where(Conference.plan_id.is_(None))
    if unit_id is not None:
        query = query.where(Conference.owner_unit_id == unit_id)
    orphans = list(session.scalars(query))
    if orphans:
        plan_id = default_plan(session).id
        for conference in orphans:
            conference.plan_id = plan_id
