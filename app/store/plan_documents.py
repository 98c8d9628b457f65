"""A plan as a document — the JSON shape of plan files (``docs/plan-format.md``) — and the one
check every plan passes, whatever door it comes through: the editor, a plan file, the shipped
plans and a bundle (:func:`check_document`: :func:`app.domain.plan.plan_problems` and the
store's limits of the plan's text columns)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.fields import InvalidValue
from app.domain.plan import Problem, period_key, plan_problems
from app.errors import AppError
from app.store.models import CatalogueItem, Plan, Unit
from app.store.values import check_value

FORMAT = "hoinghi-plan/1"


def plan_document(plan: Plan, issuer: Unit | None = None) -> dict[str, Any]:
    """The plan in the JSON shape of files (``docs/plan-format.md``)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "code": plan.code,
        "name": plan.name,
        "kind": plan.kind,
        "period": period_key(plan.period_start, plan.period_end),
        "document": {
            "number": plan.doc_number,
            "date": plan.doc_date.isoformat() if plan.doc_date else None,
            "body": plan.doc_body,
        },
        "rules": json.loads(json.dumps(plan.rules or {})),
    }
    if issuer is not None:
        data["issuer"] = {"code": issuer.code, "name": issuer.name}
    return data


def known_codes(session: Session) -> dict[str, set[str]]:
    """Catalogue codes a plan may name."""
    out: dict[str, set[str]] = {"conference_form": set(), "field": set(), "target_group": set()}
    for catalogue, code in session.execute(
        select(CatalogueItem.catalogue, CatalogueItem.code).where(CatalogueItem.catalogue.in_(out))
    ):
        out[catalogue].add(code)
    return out


class PlanRefused(AppError):
    """A plan that cannot be stored: every problem, the first one in the sentence."""

    def __init__(self, problems: list[Problem], what: str = "Kế hoạch") -> None:
        first = problems[0]
        more = f" (và {len(problems) - 1} lỗi khác)" if len(problems) > 1 else ""
        super().__init__(f"{what} không hợp lệ: {first.vi}{more}", f"invalid plan: {first.en}")
        self.problems = problems


def check_document(session: Session | None, data: Any, what: str = "Kế hoạch") -> None:  # noqa: ANN401
    """Raise :class:`PlanRefused` unless *data* is a valid plan (catalogue codes checked when a
    session is given)."""
    problems = plan_problems(data, known_codes(session) if session is not None else None)
    if isinstance(data, Mapping):  # the limits every door (and the bundle reader) uses
        document = data.get("document")
        if not isinstance(document, Mapping):
            document = {}
        for where, key, value in (
            ("name", "name", data.get("name")),
            ("document.number", "doc_number", document.get("number")),
            ("document.body", "doc_body", document.get("body")),
        ):
            try:
                check_value(Plan, key, value if isinstance(value, str) else None)
            except InvalidValue as exc:
                problems.append(Problem(where, f"{where}: {exc.vi}", f"{where}: {exc}"))
    if problems:
        raise PlanRefused(problems, what)
