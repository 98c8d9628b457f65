"""The unit registry: today's official divisions from ``vietnam-provinces``, or any tree from a file.

Imports are all or nothing: every bad row is reported with its row number and nothing is
written unless every row is good. Existing units (same code) are updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.fields import InvalidValue
from app.domain.vntext import fold
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.tables import header_index, read_rows
from app.store.db import Store
from app.store.models import Unit
from app.store.unit_tree import UnitTree
from app.store.values import check_value

COLUMNS = {
    "code": ("code", "ma", "ma don vi", "ma dv"),
    "name": ("name", "ten", "ten don vi"),
    "kind": ("kind", "loai", "loai don vi", "loai hinh"),
    "parent": ("parent", "parent code", "ma cap tren", "cap tren", "ma don vi cap tren"),
}


@dataclass(frozen=True)
class UnitRow:
    line: int
    code: str
    name: str
    kind: str
    parent: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    codes: list[str] = field(default_factory=list)


class RowsRejected(AppError):
    """Some rows are wrong; nothing was imported. ``problems`` has one line per bad row."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(
            f"{source}: {len(problems)} dòng có lỗi, chưa nhập gì.",
            f"{source}: {len(problems)} bad rows, nothing imported",
        )
        self.problems = problems

    def details(self) -> list[str]:
        return list(self.problems)


def read_unit_file(path: Path) -> list[UnitRow]:
    rows = iter(read_rows(path))
    try:
        _, header = next(rows)
    except StopIteration:
        raise AppError(f"Tệp {path.name} không có dữ liệu.", f"{path.name} is empty") from None
    index = header_index(header, COLUMNS)
    missing = [name for name in ("code", "name", "kind") if name not in index]
    if missing:
        raise AppError(
            f"Tệp {path.name} thiếu cột: {', '.join(missing)} (cần: code, name, kind, parent).",
            f"{path.name} lacks columns: {', '.join(missing)} (need code, name, kind, parent)",
        )

    def cell(cells: list[str], name: str) -> str:
        i = index.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    return [
        UnitRow(line, cell(c, "code"), cell(c, "name"), cell(c, "kind"), cell(c, "parent"))
        for line, c in rows
    ]


def official_rows(province: str) -> list[UnitRow]:
    """Today's province and its communes/wards from the ``vietnam-provinces`` package."""
    from vietnam_provinces import Province, VietNamDivisionType, Ward

    wanted = fold(province).removeprefix("tinh ").removeprefix("thanh pho ").strip()
    match = None
    for p in Province.iter_all():
        names = {fold(p.name), fold(p.name).removeprefix("thanh pho ").strip(), p.codename.replace("_", " ")}
        if wanted in names or (wanted.isdigit() and int(wanted) == int(p.code)):
            match = p
            break
    if match is None:
        raise AppError(
            f"Không có tỉnh, thành phố “{province}” trong danh mục hành chính hiện hành.",
            f"no province {province!r} in today's official divisions",
        )
    code = f"{int(match.code):02d}"
    name = match.name if match.division_type != VietNamDivisionType.TINH else f"Tỉnh {match.name}"
    rows = [UnitRow(0, code, name, "tinh", "")]
    for ward in sorted(Ward.iter_by_province(match.code), key=lambda w: int(w.code)):
        rows.append(UnitRow(0, f"{int(ward.code):05d}", ward.name, "xa", code))
    return rows


def import_units(store: Store, rows: list[UnitRow], source: str) -> ImportResult:
    """Validate every row, then write all of them in one transaction (or none)."""
    with store.session() as session:
        return import_units_in(session, rows, source, store.unit_id)


def import_units_in(session: Session, rows: list[UnitRow], source: str, owner_id: str | None) -> ImportResult:
    """:func:`import_units` inside the caller's transaction; *owner_id* is this installation's unit."""
    kinds = {item.code: item for item in catalogue(session, "unit_kind")}
    kind_by_label = {fold(item.label): item.code for item in kinds.values()}
    kind_by_label.update({fold(code): code for code in kinds})
    existing = {u.code: u for u in session.scalars(select(Unit))}

    problems: list[str] = []
    seen: dict[str, UnitRow] = {}
    resolved_kind: dict[str, str] = {}
    for row in rows:
        where = f"dòng {row.line}" if row.line else f"mã {row.code}"
        errors = []
        if not row.code:
            errors.append("thiếu mã đơn vị")
        elif row.code in seen:
            errors.append(f"mã {row.code} trùng với dòng {seen[row.code].line}")
        if not row.name:
            errors.append("thiếu tên đơn vị")
        kind = kind_by_label.get(fold(row.kind)) if row.kind else None
        if kind is None:
            errors.append(f"loại đơn vị “{row.kind}” không có trong danh mục")
        if row.parent and row.parent == row.code:
            errors.append("đơn vị không thể là cấp trên của chính nó")
        for key, value in (("code", row.code), ("name", row.name)):
            try:  # the limits every door (and the bundle reader) uses
                check_value(Unit, key, value)
            except InvalidValue as exc:
                errors.append(f"cột {key}: {exc.vi}")
        if errors:
            problems.append(f"{where}: " + "; ".join(errors))
        if row.code and row.code not in seen:
            seen[row.code] = row
            resolved_kind[row.code] = kind or ""
    for row in seen.values():
        if row.parent and row.parent not in seen and row.parent not in existing:
            problems.append(f"dòng {row.line}: mã cấp trên {row.parent} không có trong tệp hay danh mục")
    problems.extend(_cycles(seen, existing))
    if problems:
        raise RowsRejected(source, problems)

    result = ImportResult()
    code_by_id = {u.id: code for code, u in existing.items()}
    for row in _parents_first(seen):
        group = kinds[resolved_kind[row.code]].data.get("group")
        unit = existing.get(row.code)
        if unit is None:
            unit = Unit(code=row.code)
            session.add(unit)
            existing[row.code] = unit
            result.created += 1
        elif (unit.name, unit.kind, code_by_id.get(unit.parent_id)) == (
            row.name,
            resolved_kind[row.code],
            row.parent or None,
        ):
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        unit.name = row.name
        unit.kind = resolved_kind[row.code]
        unit.unit_group = group
        parent = existing.get(row.parent) if row.parent else None
        if parent is not None and parent.id is None:
            session.flush()
        unit.parent_id = parent.id if parent is not None else None
        session.flush()
        unit.owner_unit_id = owner_id or _root(unit, session).id
        result.codes.append(row.code)
    return result


def units_below(session: Session, unit_id: str) -> set[str]:
    """Ids of every unit below *unit_id* (not the unit itself)."""
    return UnitTree.load(session).subtree(unit_id) - {unit_id}


def _parents_first(rows: dict[str, UnitRow]) -> list[UnitRow]:
    ordered: list[UnitRow] = []
    placed: set[str] = set()

    def place(code: str) -> None:
        if code in placed or code not in rows:
            return
        placed.add(code)
        parent = rows[code].parent
        if parent:
            place(parent)
        ordered.append(rows[code])

    for code in rows:
        place(code)
    return ordered


def _cycles(rows: dict[str, UnitRow], existing: dict[str, Unit]) -> list[str]:
    by_id = {u.id: code for code, u in existing.items()}
    parent_of = {code: by_id.get(u.parent_id) for code, u in existing.items() if u.parent_id}
    parent_of.update({code: r.parent for code, r in rows.items() if r.parent})
    problems = []
    for code, row in rows.items():
        node, steps = code, 0
        while node in parent_of and steps <= len(parent_of):
            node = parent_of[node]
            steps += 1
            if node == code:
                problems.append(f"dòng {row.line}: mã {code} nằm trong một vòng cấp trên – cấp dưới")
                break
    return problems


def _root(unit: Unit, session: object) -> Unit:
    node = unit
    while node.parent_id:
        node = session.get(Unit, node.parent_id)  # type: ignore[attr-defined]
    return node


def import_unit_file(store: Store, path: Path) -> ImportResult:
    return import_units(store, read_unit_file(path), path.name)


def import_official(store: Store, province: str) -> ImportResult:
    return import_units(store, official_rows(province), f"vietnam-provinces {province}")


@dataclass(frozen=True)
class RegisteredUnit:
    """One unit of the registry as ``units list`` shows it (the parent by its code)."""

    code: str
    name: str
    kind: str
    group: str | None
    parent: str | None

    def as_json(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "group": self.group,
            "parent": self.parent,
        }


def registered_units(store: Store) -> list[RegisteredUnit]:
    """Every unit of the registry, by code."""
    with store.session() as session:
        units = session.scalars(select(Unit).order_by(Unit.code)).all()
        codes = {u.id: u.code for u in units}
        return [
            RegisteredUnit(
                u.code, u.name, u.kind, u.unit_group, codes.get(u.parent_id) if u.parent_id else None
            )
            for u in units
        ]
