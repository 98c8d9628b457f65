"""Plans as records: list, show, author, copy to a new period, export and import them, and the
words of a conference's period.

A plan belongs to the unit that issued it. The top unit of the registry (or any unit, for its own
internal conferences) writes plans; the units below receive them in bundles and only read them.
A plan shipped with the app (no owner) is adopted by the top unit the first time it edits it.
Every plan, whatever door it comes through, passes :func:`app.domain.plan.plan_problems`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.plan import (
    CHECKS,
    PLAN_KINDS,
    PlanRules,
    PlanWording,
    document_reference,
    parse_period,
    period_key,
    shifted_plan,
)
from app.domain.text import Text
from app.errors import AppError
from app.store.db import Store
from app.store.models import Conference, Plan, Unit
from app.store.plan_documents import check_document, plan_document

KIND_NAMES = {"five-year": Text("Hội nghị điển hình tiên tiến 5 năm", "Five-year advanced-model conference"),
              "annual": Text("Tổng kết năm", "Annual review"), "thematic": Text("Chuyên đề", "Thematic")}
KIND_LABELS = {kind: name.vi for kind, name in KIND_NAMES.items()}
#: Who issued a plan that came with the app.
SHIPPED_ISSUER = Text("Kèm theo phần mềm", "Shipped with the software")
MAX_FILE = 2_000_000


# -- a plan as a document -----------------------------------------------------------------------
def normalise(data: Any) -> Any:  # noqa: ANN401
    """A plan document as read from a file: the older shipped shape (``period_start``,
    ``period_end``, no kind) is read as the five-year plan it was."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if "period" not in out and isinstance(out.get("period_start"), int) and isinstance(out.get("period_end"), int):
        out["period"] = period_key(out.pop("period_start"), out.pop("period_end"))
    out.setdefault("kind", "five-year")
    out.setdefault("document", {})
    return out


def canonical(data: Mapping[str, Any]) -> dict[str, Any]:
    """A valid plan document with its dates written one way (ISO), as it is stored and exported."""
    from app.domain.formats import parse_date

    out = json.loads(json.dumps(dict(data), ensure_ascii=False))
    document = out.setdefault("document", {}) or {}
    out["document"] = {"number": document.get("number"), "body": document.get("body"),
                       "date": parse_date(str(document["date"])).isoformat() if document.get("date") else None}
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


# -- finding plans, and who may change them -----------------------------------------------------
def find_plan(session: Session, ref: str) -> Plan:
    """A plan by its code (what ``plan list`` shows as ``id``) or its record id."""
    ref = (ref or "").strip()
    plan = session.scalars(select(Plan).where((Plan.code == ref) | (Plan.id == ref))).first()
    if plan is None:
        raise AppError(f"Không có kế hoạch “{ref}” (xem: hoinghi plan list).", f"no plan {ref!r} (see: hoinghi plan list)")
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
    return AppError(f"Kế hoạch “{plan.name}” do {who} ban hành; đơn vị này chỉ được xem, không sửa được.",
                    f"plan {plan.code} was issued by {issuer.code if issuer else 'a higher level'}; "
                    "this unit may read it, not change it")


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
        return {"id": self.id, "name": self.name, "period": self.period, "kind": self.kind, "issuer": self.issuer,
                "issuer_name": self.issuer_name, "document": self.document, "editable": self.editable,
                "template": self.template, "conferences": self.conferences}

    def document_json(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """``plan show --json``: the plan's *document* (as in a plan file) with its id and whether
        this installation may change it."""
        return {**document, "id": self.id, "editable": self.editable}


def _summary(session: Session, plan: Plan, unit_id: str | None, conferences: int = 0) -> PlanSummary:
    issuer = issuer_of(session, plan)
    return PlanSummary(
        plan.code, plan.id, plan.name, period_key(plan.period_start, plan.period_end), plan.kind,
        issuer.code if issuer else None, issuer.name if issuer else (plan.doc_body or SHIPPED_ISSUER.vi),
        document_reference(plan.doc_number, plan.doc_date, plan.doc_body), may_edit(session, plan, unit_id),
        bool((plan.rules or {}).get("template")), conferences)


def list_plans(store: Store) -> list[PlanSummary]:
    """Every plan, the newest period first."""
    from sqlalchemy import func

    with store.session() as session:
        used = dict(session.execute(select(Conference.plan_id, func.count()).where(Conference.owner_unit_id == store.unit_id)
                                    .group_by(Conference.plan_id)).all()) if store.unit_id else {}
        plans = session.scalars(select(Plan).order_by(Plan.period_end.desc(), Plan.period_start.desc(), Plan.name))
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


# -- the words of a conference's period ---------------------------------------------------------
def plan_of(session: Session, conference: Conference) -> Plan:
    """The plan a conference follows (an older conference without one: the default plan)."""
    plan = session.get(Plan, conference.plan_id) if conference.plan_id else None
    return plan if plan is not None else default_plan(session, conference.owner_unit_id)


def rules_of(plan: Plan) -> PlanRules:
    return PlanRules.from_dict(plan.rules or {})


def wording_of(plan: Plan) -> PlanWording:
    return PlanWording.of(plan.kind, plan.period_start, plan.period_end, rules_of(plan), plan.name,
                          document_reference(plan.doc_number, plan.doc_date, plan.doc_body))


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


# -- authoring ----------------------------------------------------------------------------------
def _code_for(session: Session, unit: Unit | None, kind: str, period: str) -> str:
    base = re.sub(r"[^a-z0-9._-]+", "-", f"{unit.code if unit else 'local'}-{kind}-{period}".lower()).strip("-")[:36]
    taken = set(session.scalars(select(Plan.code).where(Plan.code.like(f"{base}%"))
                                .execution_options(include_deleted=True)))
    code, number = base, 1
    while code in taken:
        number += 1
        code = f"{base}-{number}"
    return code


def new_plan_from(store: Store, ref: str, period: str | None = None, kind: str | None = None) -> Plan:
    """A new plan, issued by this unit, copied from the plan *ref* with every date moved to the
    period *period* (default: the next one) — ready to edit and issue."""
    if kind is not None and kind not in PLAN_KINDS:
        raise AppError(f"Loại kế hoạch “{kind}” không có; chọn: {', '.join(PLAN_KINDS)}.",
                       f"unknown plan kind {kind!r}; choose {', '.join(PLAN_KINDS)}")
    if period is not None:
        try:
            parse_period(period)
        except ValueError as exc:
            raise AppError(f"Giai đoạn “{period}” phải có dạng 2026 hoặc 2036-2040.",
                           f"bad period {period!r}: use 2026 or 2036-2040") from exc
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


# -- files --------------------------------------------------------------------------------------
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
        raise AppError(f"Tệp {path.name} lồng quá sâu, không phải một kế hoạch.", f"{path} is nested too deep for a plan") from exc
    except UnicodeDecodeError as exc:
        raise AppError(f"Không đọc được tệp {path.name} (không phải văn bản UTF-8?).", f"cannot read {path}: {exc}") from exc
    except ValueError as exc:
        raise AppError(f"Tệp {path.name} không phải JSON hợp lệ (dòng {getattr(exc, 'lineno', '?')}).",
                       f"{path} is not valid JSON: {exc}") from exc
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
        out = [f"Kế hoạch {self.data['code']}: {self.data['name']} ({self.data['period']}, "
               f"{KIND_LABELS.get(self.data['kind'], self.data['kind'])})"]
        if self.new:
            out.append("  Kế hoạch mới" + (f", do đơn vị {self.owner_code} ban hành" if self.owner_code else "") + ".")
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
    return [(key, old.get(key), new.get(key)) for key in list(old) + [k for k in new if k not in old]
            if old.get(key) != new.get(key)]


def import_plan(store: Store, path: Path, apply: bool = False) -> PlanImport:
    """Check the plan file *path* and show what it changes; with *apply*, store it. A plan that
    exists here must be one this unit may change. A new plan belongs to the unit named as its
    issuer when that is this unit or a unit above it (a higher level's plan handed over on a stick),
    otherwise to this unit."""
    data = read_plan_file(path)
    with store.session() as session:
        check_document(session, data, f"Tệp {path.name}")
        data = canonical(data)
        plan = session.scalars(select(Plan).where(Plan.code == data["code"]).execution_options(include_deleted=True)).first()
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


# -- shipped plans ------------------------------------------------------------------------------
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


def checks_labels() -> dict[str, str]:
    return {code: vi for code, (vi, _en) in CHECKS.items()}


def set_plan_withdrawn(store: Store, ref: str, withdrawn: bool) -> None:
    """Withdraw a plan this unit made (the undo of making it) or bring it back. A plan that a
    conference follows is never withdrawn."""
    with store.session() as session:
        plan = session.scalars(select(Plan).where((Plan.code == ref) | (Plan.id == ref))
                               .execution_options(include_deleted=True)).first()
        if plan is None:
            raise AppError(f"Không có kế hoạch “{ref}”.", f"no plan {ref!r}")
        _require_editable(session, plan, store.unit_id)
        if withdrawn and session.scalars(select(Conference.id).where(Conference.plan_id == plan.id)).first():
            raise AppError(f"Đã có hội nghị theo kế hoạch “{plan.name}”; không bỏ được.",
                           f"a conference follows plan {plan.code}; it cannot be withdrawn")
        plan.deleted = withdrawn


def catalogue_choices(store: Store) -> dict[str, dict[str, str]]:
    """code → label of the catalogues a plan names (for the editor's choices)."""
    from app.services.catalogues import catalogue

    with store.session() as session:
        return {name: {i.code: i.label for i in catalogue(session, name)}
                for name in ("conference_form", "field", "target_group")}


# -- a plan as the official reads it ------------------------------------------------------------
def plan_lines(store: Store, ref: str) -> list[str]:
    """The plan *ref* as the lines ``hoinghi plan show`` prints: the placeholders of its texts
    written out with the plan's own period ("{period}" → "năm 2025"), catalogue codes as their
    names, each deadline said once."""
    from collections.abc import Iterable

    from app.domain.formats import fmt_date, fmt_minutes
    from app.services.catalogues import catalogue

    with store.session() as session:
        plan = find_plan(session, ref)
        summary = _summary(session, plan, store.unit_id)
        wording = wording_of(plan)
        rules = rules_of(plan)
        names = {name: {i.code: i.label for i in catalogue(session, name)}
                 for name in ("conference_form", "field", "target_group")}

    def named(catalogue_name: str, codes: Iterable[str]) -> str:
        return ", ".join(names[catalogue_name].get(code, code) for code in codes) or "—"

    def deadline(group: Any) -> str:  # noqa: ANN401 — a GroupRules
        when = fmt_date(group.deadline) if group.deadline else ""
        label = " ".join(wording.fill(group.deadline_label or "").split())
        if label and when and when not in label:
            return f"{when} ({label})"
        return label or when or "—"

    lines = [summary.name,
             f"  Mã: {summary.id}   Giai đoạn: {summary.period}   Loại: {KIND_LABELS.get(summary.kind, summary.kind)}",
             f"  Ban hành: {summary.document or summary.issuer_name}" + (f" — đơn vị {summary.issuer}" if summary.issuer else "")
             + ("" if summary.editable else " (chỉ xem)")]
    for code, group in rules.groups.items():
        label = wording.fill(group.label) if group.label and group.label != code else ""
        lines.append(f"  Nhóm {code}{' — ' + label if label else ''}: hạn {deadline(group)}; "
                     f"hình thức: {named('conference_form', group.forms)}")
    lines.append(f"  Chương trình chuẩn (tối đa {fmt_minutes(rules.max_minutes)}):")
    for number, item in enumerate(rules.agenda, start=1):
        lines.append(f"    {number}. {wording.fill(item.title)} ({fmt_minutes(item.minutes)})"
                     + (" — bắt buộc" if item.required else ""))
    if rules.movements:
        lines.append(f"  Phong trào thi đua: {len(rules.movements)}")
    if rules.required_fields:
        lines.append(f"  Lĩnh vực tham luận cần có: {named('field', rules.required_fields)}")
    if rules.target_groups:
        lines.append(f"  Đối tượng cần có: {named('target_group', rules.target_groups)}")
    return lines
