"""Finding plans, who may change them, and their summaries (``plan list``, ``plan show``); the plan a
new conference starts from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.plan import document_reference, period_key
from app.domain.text import Text
from app.errors import AppError
from app.store.db import Store
from app.store.models import Conference, Plan, Unit
from app.store.plan_documents import plan_document

KIND_NAMES = {
    "five-year": Text("Hội nghị điển hình tiên tiến 5 năm", "Five-year advanced-model conference"),
    "annual": Text("Tổng kết năm", "Annual review"),
    "thematic": Text("Chuyên đề", "Thematic"),
}
KIND_LABELS = {kind: name.vi for kind, name in KIND_NAMES.items()}
#: Who issued a plan that came with the app.
SHIPPED_ISSUER = Text("Kèm theo phần mềm", "Shipped with the software")


def find_plan(session: Session, ref: str) -> Plan:
    """A plan by its code (what ``plan list`` shows as ``id``) or its record id."""
    ref = (ref or "").strip()
    plan = session.scalars(select(Plan).where((Plan.code == ref) | (Plan.id == ref))).first()
    if plan is None:
        raise AppError(
            f"Không có kế hoạch “{ref}” (xem: hoinghi plan list).",
            f"no plan {ref!r} (see: hoinghi plan list)",
        )
    return plan


def issuer_of(session: Session, plan: Plan) -> Unit | None:
    return session.get(Unit, plan.owner_unit_id) if plan.owner_unit_id else None


def may_edit(session: Session, plan: Plan, unit_id: str | None) -> bool:
    """The unit that issued the plan may change it; a shipped plan (no owner) only the top unit of
    the registry (or an installation that belongs to no unit yet)."""
    if plan.owner_unit_id is not None:
        return plan.owner_unit_id == unit_id
    if unit_id is None:
        return True
    unit = session.get(Unit, unit_id)
    return unit is not None and unit.parent_id is None


def refusal(session: Session, plan: Plan) -> AppError:
    issuer = issuer_of(session, plan)
    who = f"{issuer.name} ({issuer.code})" if issuer else (plan.doc_body or "cấp trên")
    return AppError(
        f"Kế hoạch “{plan.name}” do {who} ban hành; đơn vị này chỉ được xem, không sửa được.",
        f"plan {plan.code} was issued by {issuer.code if issuer else 'a higher level'}; "
        "this unit may read it, not change it",
    )


def _require_editable(session: Session, plan: Plan, unit_id: str | None) -> None:
    if not may_edit(session, plan, unit_id):
        raise refusal(session, plan)


@dataclass(frozen=True)
class PlanSummary:
    id: str  # the plan's code: the same on every installation
    record_id: str
    name: str
    period: str
    kind: str
    issuer: str | None  # the issuing unit's code (None: shipped with the app)
    issuer_name: str
    document: str
    editable: bool
    template: bool
    conferences: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "period": self.period,
            "kind": self.kind,
            "issuer": self.issuer,
            "issuer_name": self.issuer_name,
            "document": self.document,
            "editable": self.editable,
            "template": self.template,
            "conferences": self.conferences,
        }

    def document_json(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """``plan show --json``: the plan's *document* (as in a plan file) with its id and whether
        this installation may change it."""
        return {**document, "id": self.id, "editable": self.editable}


def _summary(session: Session, plan: Plan, unit_id: str | None, conferences: int = 0) -> PlanSummary:
    issuer = issuer_of(session, plan)
    return PlanSummary(
        plan.code,
        plan.id,
        plan.name,
        period_key(plan.period_start, plan.period_end),
        plan.kind,
        issuer.code if issuer else None,
        issuer.name if issuer else (plan.doc_body or SHIPPED_ISSUER.vi),
        document_reference(plan.doc_number, plan.doc_date, plan.doc_body),
        may_edit(session, plan, unit_id),
        bool((plan.rules or {}).get("template")),
        conferences,
    )


def list_plans(store: Store) -> list[PlanSummary]:
    """Every plan, the newest period first."""
    from sqlalchemy import func

    with store.session() as session:
        used = (
            dict(
                session.execute(
                    select(Conference.plan_id, func.count())
                    .where(Conference.owner_unit_id == store.unit_id)
                    .group_by(Conference.plan_id)
                ).all()
            )
            if store.unit_id
            else {}
        )
        plans = session.scalars(
            select(Plan).order_by(Plan.period_end.desc(), Plan.period_start.desc(), Plan.name)
        )
        return [_summary(session, p, store.unit_id, used.get(p.id, 0)) for p in plans]


def plan_summary(store: Store, ref: str) -> tuple[PlanSummary, dict[str, Any]]:
    """One plan: its summary and its document."""
    with store.session() as session:
        plan = find_plan(session, ref)
        issuer = issuer_of(session, plan)
        return _summary(session, plan, store.unit_id), plan_document(plan, issuer)


def default_plan(session: Session, unit_id: str | None = None) -> Plan:
    """The plan a new conference starts from by default: the newest plan issued for this unit
    (by it, a unit above it, or shipped) that is not a template."""
    plans = list(session.scalars(select(Plan).order_by(Plan.period_end.desc(), Plan.created_at.desc())))
    if not plans:
        raise AppError("Cơ sở dữ liệu chưa có kế hoạch nào.", "no plan in the database")
    issued = [p for p in plans if not (p.rules or {}).get("template")]
    return (issued or plans)[0]
