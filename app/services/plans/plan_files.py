"""Plan files: reading one from outside defensively, exporting a plan (written whole, or not at
all), importing one with what it changes shown first."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.services.plans.lookup import KIND_LABELS, _require_editable, find_plan, issuer_of
from app.services.plans.stored import _write, canonical, normalise
from app.store.db import Store
from app.store.models import Plan, Unit
from app.store.plan_documents import check_document, plan_document

MAX_FILE = 2_000_000


def read_plan_file(path: Path) -> dict[str, Any]:
    """A plan file from outside, read defensively: bounded in size and nesting (a file nested
    100,000 deep is refused before parsing, never a crash), UTF-8 (with or without a BOM)."""
    from app.domain.jsonsafe import TooDeep, loads_bounded

    try:
        if path.stat().st_size > MAX_FILE:
            raise AppError(f"Tệp {path.name} quá lớn để là một kế hoạch.", f"{path} is too large for a plan")
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    except FileNotFoundError as exc:
        raise AppError(f"Không tìm thấy tệp {path}.", f"file not found: {path}") from exc
    except OSError as exc:
        raise AppError(f"Không đọc được tệp {path.name}.", f"cannot read {path}: {exc}") from exc
    try:
        data = loads_bounded(raw)
    except TooDeep as exc:
        raise AppError(
            f"Tệp {path.name} lồng quá sâu, không phải một kế hoạch.", f"{path} is nested too deep for a plan"
        ) from exc
    except UnicodeDecodeError as exc:
        raise AppError(
            f"Không đọc được tệp {path.name} (không phải văn bản UTF-8?).", f"cannot read {path}: {exc}"
        ) from exc
    except ValueError as exc:
        raise AppError(
            f"Tệp {path.name} không phải JSON hợp lệ (dòng {getattr(exc, 'lineno', '?')}).",
            f"{path} is not valid JSON: {exc}",
        ) from exc
    return normalise(data)


def export_plan(store: Store, ref: str, out: Path) -> Path:
    """Write the plan *ref* as a JSON file (written whole, or not at all)."""
    from app.files import replacing

    with store.session() as session:
        plan = find_plan(session, ref)
        text = json.dumps(plan_document(plan, issuer_of(session, plan)), ensure_ascii=False, indent=2) + "\n"
    if not out.parent.is_dir():
        raise AppError(f"Không có thư mục {out.parent}.", f"folder not found: {out.parent}")
    with replacing(out, "ổ đĩa đầy hoặc không có quyền ghi?") as partial:
        partial.write_text(text, encoding="utf-8")
    return out


@dataclass
class PlanImport:
    """What importing a plan file does: a new plan, or the changes to the plan with its code."""

    data: dict[str, Any]
    new: bool
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)  # where, before, after
    owner_code: str | None = None
    applied: bool = False

    def lines(self) -> list[str]:
        out = [
            f"Kế hoạch {self.data['code']}: {self.data['name']} ({self.data['period']}, "
            f"{KIND_LABELS.get(self.data['kind'], self.data['kind'])})"
        ]
        if self.new:
            out.append(
                "  Kế hoạch mới"
                + (f", do đơn vị {self.owner_code} ban hành" if self.owner_code else "")
                + "."
            )
        elif not self.changes:
            out.append("  Giống hệt kế hoạch đang có; không thay đổi gì.")
        for where, before, after in self.changes[:200]:
            out.append(f"  {where}: {_shown(before)} → {_shown(after)}")
        if len(self.changes) > 200:
            out.append(f"  … và {len(self.changes) - 200} thay đổi khác.")
        return out


def _shown(value: Any) -> str:  # noqa: ANN401
    if value is None:
        return "(trống)"
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"“{value}”"


def _leaves(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:  # noqa: ANN401
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        for number, item in enumerate(value, start=1):
            yield from _leaves(item, f"{prefix}.{number}")
    else:
        yield prefix, value


def plan_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """Field by field, what differs between two plan documents (``issuer``, ``format`` aside)."""
    skip = ("format", "issuer")
    old = dict(_leaves({k: v for k, v in before.items() if k not in skip}))
    new = dict(_leaves({k: v for k, v in after.items() if k not in skip}))
    return [
        (key, old.get(key), new.get(key))
        for key in list(old) + [k for k in new if k not in old]
        if old.get(key) != new.get(key)
    ]


def import_plan(store: Store, path: Path, apply: bool = False) -> PlanImport:
    """Check the plan file *path* and show what it changes; with *apply*, store it. A plan that
    exists here must be one this unit may change. A new plan belongs to the unit named as its
    issuer when that is this unit or a unit above it (a higher level's plan handed over on a stick),
    otherwise to this unit."""
    data = read_plan_file(path)
    with store.session() as session:
        check_document(session, data, f"Tệp {path.name}")
        data = canonical(data)
        plan = session.scalars(
            select(Plan).where(Plan.code == data["code"]).execution_options(include_deleted=True)
        ).first()
        if plan is not None:
            _require_editable(session, plan, store.unit_id)
            current = plan_document(plan)
            result = PlanImport(data, False, plan_changes(current, data))
        else:
            owner = _file_owner(session, data, store.unit_id)
            result = PlanImport(data, True, owner_code=owner.code if owner else None)
        if not apply or (not result.new and not result.changes):
            session.rollback()
            return result
        if plan is None:
            plan = Plan(owner_unit_id=owner.id if owner else None)
            session.add(plan)
        elif plan.owner_unit_id is None and store.unit_id:
            plan.owner_unit_id = store.unit_id
        plan.deleted = False
        _write(plan, data)
        result.applied = True
        return result


def _file_owner(session: Session, data: Mapping[str, Any], unit_id: str | None) -> Unit | None:
    me = session.get(Unit, unit_id) if unit_id else None
    issuer = data.get("issuer") if isinstance(data.get("issuer"), Mapping) else {}
    code = issuer.get("code") if isinstance(issuer, Mapping) else None
    if me is None or not isinstance(code, str):
        return me
    named = session.scalars(select(Unit).where(Unit.code == code)).first()
    node = me
    while named is not None and node is not None:
        if node.id == named.id:
            return named
        node = session.get(Unit, node.parent_id) if node.parent_id else None
    return me
