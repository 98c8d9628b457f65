"""Authoring plans: a new plan from an old one, saving the editor's document, withdrawing a plan
(the undo of making it), and the choices the editor offers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.plan import CHECKS, PLAN_KINDS, parse_period, shifted_plan
from app.errors import AppError
from app.services.plans.lookup import _require_editable, find_plan, plan_summary
from app.services.plans.stored import _write
from app.store.db import Store
from app.store.models import Conference, Plan, Unit
from app.store.plan_documents import check_document, plan_document


def _code_for(session: Session, unit: Unit | None, kind: str, period: str) -> str:
    base = re.sub(r"[^a-z0-9._-]+", "-", f"{unit.code if unit else 'local'}-{kind}-{period}".lower()).strip(
        "-"
    )[:36]
    taken = set(
        session.scalars(
            select(Plan.code).where(Plan.code.like(f"{base}%")).execution_options(include_deleted=True)
        )
    )
    code, number = base, 1
    while code in taken:
        number += 1
        code = f"{base}-{number}"
    return code


def new_plan_from(store: Store, ref: str, period: str | None = None, kind: str | None = None) -> Plan:
    """A new plan, issued by this unit, copied from the plan *ref* with every date moved to the
    period *period* (default: the next one) — ready to edit and issue."""
    if kind is not None and kind not in PLAN_KINDS:
        raise AppError(
            f"Loại kế hoạch “{kind}” không có; chọn: {', '.join(PLAN_KINDS)}.",
            f"unknown plan kind {kind!r}; choose {', '.join(PLAN_KINDS)}",
        )
    if period is not None:
        try:
            parse_period(period)
        except ValueError as exc:
            raise AppError(
                f"Giai đoạn “{period}” phải có dạng 2026 hoặc 2036-2040.",
                f"bad period {period!r}: use 2026 or 2036-2040",
            ) from exc
    with store.session() as session:
        source = find_plan(session, ref)
        data = shifted_plan(plan_document(source), period, kind)
        unit = session.get(Unit, store.unit_id) if store.unit_id else None
        data["code"] = _code_for(session, unit, data["kind"], data["period"])
        check_document(session, data, "Kế hoạch mới")
        plan = Plan(owner_unit_id=unit.id if unit else None)
        _write(plan, data)
        session.add(plan)
        session.flush()
        return plan


def save_plan(store: Store, ref: str, data: Mapping[str, Any]) -> Plan:
    """Store the edited document *data* over the plan *ref* — only by the unit that may edit it,
    only when valid. The code stays the plan's code. A shipped plan edited by the top unit
    becomes that unit's plan."""
    with store.session() as session:
        plan = find_plan(session, ref)
        _require_editable(session, plan, store.unit_id)
        data = {**data, "code": plan.code}
        check_document(session, data)
        _write(plan, data)
        if plan.owner_unit_id is None and store.unit_id:
            plan.owner_unit_id = store.unit_id
        return plan


def editable_document(store: Store, ref: str) -> tuple[dict[str, Any], bool, str]:
    """The plan's document, whether this unit may change it, and who issued it (for the editor)."""
    summary, data = plan_summary(store, ref)
    return data, summary.editable, summary.issuer_name


def checks_labels() -> dict[str, str]:
    return {code: vi for code, (vi, _en) in CHECKS.items()}


def set_plan_withdrawn(store: Store, ref: str, withdrawn: bool) -> None:
    """Withdraw a plan this unit made (the undo of making it) or bring it back. A plan that a
    conference follows is never withdrawn."""
    with store.session() as session:
        plan = session.scalars(
            select(Plan).where((Plan.code == ref) | (Plan.id == ref)).execution_options(include_deleted=True)
        ).first()
        if plan is None:
            raise AppError(f"Không có kế hoạch “{ref}”.", f"no plan {ref!r}")
        _require_editable(session, plan, store.unit_id)
        if withdrawn and session.scalars(select(Conference.id).where(Conference.plan_id == plan.id)).first():
            raise AppError(
                f"Đã có hội nghị theo kế hoạch “{plan.name}”; không bỏ được.",
                f"a conference follows plan {plan.code}; it cannot be withdrawn",
            )
        plan.deleted = withdrawn


def catalogue_choices(store: Store) -> dict[str, dict[str, str]]:
    """code → label of the catalogues a plan names (for the editor's choices)."""
    from app.services.catalogues import catalogue

    with store.session() as session:
        return {
            name: {i.code: i.label for i in catalogue(session, name)}
            for name in ("conference_form", "field", "target_group")
        }
