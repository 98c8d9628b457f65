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
        raise AppError(
            f"Tệp dữ liệu {path.name} của phần mềm bị hỏng.", f"broken resource file {path}: {exc}"
        ) from exc


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
                session.add(
                    CatalogueItem(
                        catalogue=catalogue,
                        code=value["code"],
                        label=value["label"],
                        label_en=value.get("label_en"),
                        position=value.get("position", position),
                        data=value.get("data", {}),
                        shipped=True,
                    )
                )
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
    return list(
        session.scalars(
            select(CatalogueItem).where(CatalogueItem.catalogue == name).order_by(CatalogueItem.position)
        )
    )


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


def commendation_labels(session: Session, unit: Any = None) -> dict[str, str]:  # noqa: ANN401 — a Unit
    """code → label of the commendation forms as *unit* writes them: a form whose label ends with
    a word of the unit's kind ("Giấy khen của Chủ tịch UBND xã") reads with the word the unit's own
    name begins with ("… UBND phường" for Phường Phú Thủy, "… UBND thành phố" for Thành phố Phan
    Thiết). The words are catalogue data (``unit_word``), not code."""
    labels = {item.code: item.label for item in catalogue(session, "commendation")}
    if unit is None:
        return labels
    words = [
        item.label
        for item in catalogue(session, "unit_word")
        if (item.data or {}).get("unit_kind") == unit.kind
    ]
    name = (unit.name or "").casefold()
    own = max((w for w in words if name.startswith(w.casefold() + " ")), key=len, default=None)
    if own is None:
        return labels
    for code, label in labels.items():
        word = max((w for w in words if label.casefold().endswith(" " + w.casefold())), key=len, default=None)
        if word is not None:
            labels[code] = label[: len(label) - len(word)] + own
    return labels
