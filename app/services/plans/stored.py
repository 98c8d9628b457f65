"""A plan document as it is read, stored and exported: the older shipped shape read as the plan it
was, dates written one way, the document written into its record."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.domain.plan import parse_period, period_key
from app.store.models import Plan


def normalise(data: Any) -> Any:  # noqa: ANN401
    """A plan document as read from a file: the older shipped shape (``period_start``,
    ``period_end``, no kind) is read as the five-year plan it was."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if (
        "period" not in out
        and isinstance(out.get("period_start"), int)
        and isinstance(out.get("period_end"), int)
    ):
        out["period"] = period_key(out.pop("period_start"), out.pop("period_end"))
    out.setdefault("kind", "five-year")
    out.setdefault("document", {})
    return out


def canonical(data: Mapping[str, Any]) -> dict[str, Any]:
    """A valid plan document with its dates written one way (ISO), as it is stored and exported."""
    from app.domain.formats import parse_date

    out = json.loads(json.dumps(dict(data), ensure_ascii=False))
    document = out.setdefault("document", {}) or {}
    out["document"] = {
        "number": document.get("number"),
        "body": document.get("body"),
        "date": parse_date(str(document["date"])).isoformat() if document.get("date") else None,
    }
    for group in out["rules"].get("groups", {}).values():
        if group.get("deadline"):
            group["deadline"] = parse_date(str(group["deadline"])).isoformat()
    return out


def _write(plan: Plan, data: Mapping[str, Any]) -> None:
    from app.domain.formats import parse_date

    start, end = parse_period(str(data["period"]))
    document = data.get("document") or {}
    plan.code, plan.name, plan.kind = data["code"], data["name"].strip(), data["kind"]
    plan.period_start, plan.period_end = start, end
    plan.doc_number = (document.get("number") or "").strip() or None
    plan.doc_date = parse_date(str(document["date"])) if document.get("date") else None
    plan.doc_body = (document.get("body") or "").strip() or None
    plan.rules = json.loads(json.dumps(data["rules"]))
