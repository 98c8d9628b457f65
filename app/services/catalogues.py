"""Catalogues and plans shipped in ``resources/``, loaded into the database as editable data
(plans through ``app.services.plans.load_shipped``).

A new release adds the values it ships that the database lacks; it never overwrites a value
the user has changed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.plan import PlanRules
from app.errors import AppError
from app.paths import resources_dir
from app.services.plans import default_plan, load_shipped
from app.store.db import Store
from app.store.models import CatalogueItem, Meta, Plan

RESOURCES_STAMP = "resources_digest"


def _files() -> list[Path]:
    root = resources_dir()
    return sorted((root / "catalogues").glob("*.json")) + sorted((root / "plans").glob("*.json"))


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _read(path: Path) -> Any:  # noqa: ANN401
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AppError(f"Tệp dữ liệu {path.name} của phần mềm bị hỏng.", f"broken resource file {path}: {exc}") from exc


def ensure_reference_data(session: Session) -> bool:
    """Load shipped catalogues and plans the database does not have yet; True if anything ran."""
    files = _files()
    digest = _digest(files)
    stamp = session.get(Meta, RESOURCES_STAMP)
    if stamp is not None and stamp.value == digest:
        return False
    existing = {
        (c, k)
        for c, k in session.execute(
            select(CatalogueItem.catalogue, CatalogueItem.code).execution_options(include_deleted=True)
        )
    }
    root = resources_dir()
    plans = []
    for path in files:
        content = _read(path)
        if path.parent == root / "plans":
            plans.append(content)
            continue
        for catalogue, values in content.items():
            if catalogue.startswith("_"):
                continue
            for position, value in enumerate(values):
                if (catalogue, value["code"]) in existing:
                    continue
                session.add(CatalogueItem(
                    catalogue=catalogue, code=value["code"], label=value["label"],
                    label_en=value.get("label_en"), position=value.get("position", position),
                    data=value.get("data", {}), shipped=True,
                ))
    session.flush()  # the forms a plan names are in place before the plans are checked
    load_shipped(session, plans, session.info.get("unit_id"))
    session.merge(Meta(key=RESOURCES_STAMP, value=digest))
    return True


def labels(session: Session, catalogue: str | None = None) -> dict[str, str]:
    """code → Vietnamese label (of one catalogue, or of all)."""
    query = select(CatalogueItem.code, CatalogueItem.label)
    if catalogue:
        query = query.where(CatalogueItem.catalogue == catalogue)
    return {code: label for code, label in session.execute(query)}


def catalogue(session: Session, name: str) -> list[CatalogueItem]:
    return list(session.scalars(
        select(CatalogueItem).where(CatalogueItem.catalogue == name).order_by(CatalogueItem.position)
    ))


def choices(store: Store, name: str) -> dict[str, str]:
    """code → label of the catalogue *name*, in its order (the window's lists and filters)."""
    with store.session() as session:
        return {item.code: item.label for item in catalogue(session, name)}


def active_plan(session: Session) -> Plan:
    """The plan a new conference follows by default: the newest issued plan (not a template).
    A conference's own plan is :func:`app.services.plans.plan_of`."""
    return default_plan(session, session.info.get("unit_id"))


def plan_rules(plan: Plan) -> PlanRules:
    return PlanRules.from_dict(plan.rules)
