"""Importing honorees, invitees and delegates from the spreadsheets offices already have.

* the header row is found below titles (the row matching the most known headers), merged cells
  are filled in, a "Nam" / "Nữ" pair of columns under "Năm sinh" gives both gender and year;
* the usual Vietnamese headers are recognised with or without accents and in any case; other
  columns are mapped by the user (``--map "Cột X=field"``), and the mapping is remembered;
* text is NFC; TCVN3 and VNI cells are detected (font name first, then the characters of the
  column) and converted, each conversion shown before → after;
* section rows ("I. TẬP THỂ", "II. CÁ NHÂN") switch between collectives and individuals;
* a value outside a catalogue (a field written the office's own way) is kept and flagged;
* every row is reported — imported, converted, refused with its reason (a value quoted only in
  part: a line never echoes a whole cell) — before anything is written, and the import is all or
  nothing: a row holding data but no name (an empty name cell, a name formula Excel never
  calculated) is refused, never skipped, so nothing is silently lost; only blank rows are skipped.

Which column is which field (headers, mappings, legacy encodings) is
:mod:`app.services.spreadsheet_columns`; the plan and its row-by-row report (:class:`ImportPlan`,
:class:`RowReport`, importable from here too) are :mod:`app.services.spreadsheet_plan`. No Qt here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from app.domain.fields import YEAR, InvalidValue, parse_value, short
from app.domain.legacy import UNICODE_VIETNAMESE, convert, font_encoding, foreign_letters
from app.domain.vntext import fold, nfc, split_full_name
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.conference import unit_conference
from app.services.spreadsheet_columns import (
    FONTS,
    MAPPINGS_KEY,
    column_encodings,
    find_header,
    header_field,
    parse_mappings,
    remembered_mappings,
)
from app.services.spreadsheet_plan import ImportPlan, RowReport
from app.services.tables import Cell, read_sheet
from app.store.backup import automatic_backup
from app.store.changes import bulk_insert
from app.store.db import Store
from app.store.models import Delegate, Honoree, Invitee, Meta
from app.store.values import check_name, check_value

TABLES = {"honorees": Honoree, "invitees": Invitee, "delegates": Delegate}
#: Fields each list takes (beyond the name, year and gender every list has).
FIELDS = {
    "honorees": (
        "position",
        "workplace",
        "field",
        "achievement",
        "target_group",
        "award_form",
        "ethnicity",
        "religion",
        "notes",
        "collective",
    ),
    "invitees": ("position", "workplace", "category", "honorific", "notes"),
    "delegates": ("position", "workplace", "field", "target_group", "notes"),
}
CATALOGUE_OF = {
    "field": "field",
    "target_group": "target_group",
    "award_form": "commendation",
    "category": "attendee_category",
}
COLLECTIVE_WORDS = (
    "tap the",
    "phong ",
    "to ",
    "truong ",
    "ban ",
    "hoi ",
    "cong ty",
    "htx",
    "hop tac xa",
    "doi ",
    "chi bo",
    "chi hoi",
    "khoa ",
    "trung tam",
    "tram ",
    "cong doan",
    "doan ",
    "thon ",
    "ap ",
    "khu pho",
    "xi nghiep",
    "nha may",
    "benh vien",
    "uy ban",
    "ubnd",
    "so ",
    "phuong ",
    "xa ",
)


# -- planning -----------------------------------------------------------------------------------
def plan_import(store: Store, table: str, path: Path, maps: list[str] | None = None) -> ImportPlan:
    """Read *path* and say, row by row, what importing it into *table* would do. Writes nothing."""
    if table not in TABLES:
        raise AppError(f"Không nhập được danh sách “{table}”.", f"cannot import {table}")
    mapping = {**remembered_mappings(store), **parse_mappings(maps or [])}
    rows = read_sheet(path)
    if not rows:
        raise AppError(f"Tệp {path.name} không có dữ liệu.", f"{path.name} is empty")
    at = find_header(rows, mapping)
    header_line, header_cells = rows[at]
    headers = [c.text for c in header_cells]
    columns: dict[int, str] = {}
    for i, text in enumerate(headers):
        found = header_field(text, mapping) if text else None
        if found is not None:
            columns[i] = found
    body = rows[at + 1 :]
    # A second header row right below (e.g. "Nam" | "Nữ" under a merged "Năm sinh"): take its names.
    if body:
        sub = {"male", "female", "given", "family_middle"}
        below = {
            i: header_field(c.text, mapping)
            for i, c in enumerate(body[0][1])
            if c.text and (i >= len(headers) or c.text != headers[i])
        }  # merged cells repeat the header
        if below and all(v in sub for v in below.values()):
            for i, found in below.items():
                columns[i] = found
            body = body[1:]
    wanted = set(FIELDS[table]) | {
        "-",
        "name",
        "family_middle",
        "given",
        "birth_year",
        "birth_date",
        "gender",
        "male",
        "female",
    }
    columns = {i: f for i, f in columns.items() if f in wanted}
    if not ({"name", "given"} & set(columns.values())):
        raise AppError(
            "Không thấy cột “Họ và tên” (hoặc “Họ và tên đệm” + “Tên”); ghép cột bằng --map.",
            "no name column (Họ và tên, or Họ và tên đệm + Tên); map one with --map",
        )
    unmapped = [h for i, h in enumerate(headers) if h and i not in columns]
    encodings = column_encodings(body, columns)
    plan = ImportPlan(table, path, header_line, columns, headers, unmapped, [])
    choices = _choices(store, table)
    collective_section: bool | None = None
    for line, cells in body:
        texts = [c.text for c in cells]
        filled = [t for t in texts if t]
        if len(filled) == 1 and not any(
            texts[i] for i, f in columns.items() if f in ("birth_year", "male", "female")
        ):
            folded = fold(filled[0])
            if "tap the" in folded:
                collective_section = True
                plan.rows.append(RowReport(line, "skipped", notes=["dòng mục: tập thể"]))
                continue
            if "ca nhan" in folded:
                collective_section = False
                plan.rows.append(RowReport(line, "skipped", notes=["dòng mục: cá nhân"]))
                continue
        plan.rows.append(_plan_row(line, cells, columns, encodings, choices, collective_section, table, plan))
    return plan


def _choices(store: Store, table: str) -> dict[str, dict[str, str]]:
    from app.services.catalogues import commendation_labels
    from app.store.models import Unit

    with store.session() as session:
        out = {}
        for name, cat in CATALOGUE_OF.items():
            items = catalogue(session, cat)
            mapping = {fold(i.label): i.code for i in items}
            mapping.update({fold(i.code): i.code for i in items})
            if cat == "commendation" and store.unit_id:  # "… UBND phường", as the unit writes its forms
                mapping.update(
                    {
                        fold(label): code
                        for code, label in commendation_labels(
                            session, session.get(Unit, store.unit_id)
                        ).items()
                    }
                )
            out[name] = mapping
    return out


def _plan_row(
    line: int,
    cells: list[Cell],
    columns: dict[int, str],
    encodings: dict[int, str | None],
    choices: dict[str, dict[str, str]],
    collective_section: bool | None,
    table: str,
    plan: ImportPlan,
) -> RowReport:
    row = RowReport(line, "import")
    raw: dict[str, str] = {}
    for i, name in columns.items():
        if name == "-" or i >= len(cells):
            continue
        cell = cells[i]
        if cell.formula_without_value:
            row.notes.append(f"ô “{plan.headers[i]}” là công thức chưa tính, coi như trống")
        text = cell.text
        encoding = encodings.get(i)
        if encoding == FONTS:
            encoding = font_encoding(cell.font)
        elif encoding and not foreign_letters(text):
            encoding = None  # no telltale letter: a cell typed in Unicode among legacy ones stays as it is
        if UNICODE_VIETNAMESE.search(text):
            encoding = None  # already Unicode (whatever font the cell still carries)
        if text and encoding:
            converted = convert(text, encoding)
            if converted != text:
                plan.conversions.append((line, text, converted))
                row.status = "converted"
                text = converted
        raw[name] = nfc(text) or ""
    values: dict[str, Any] = {}
    problems: list[str] = []
    # Name: "Họ và tên" or "Họ và tên đệm" + "Tên".
    family, given = raw.get("family_middle", ""), raw.get("given", "")
    full = raw.get("name", "") or " ".join(p for p in (family, given) if p)
    if not full:
        return _nameless(line, cells, columns, plan)
    collective = _collective(raw.get("collective", ""), full, collective_section, bool(family or given))
    values["collective"] = collective
    if collective:
        values["name"] = full
    else:
        values["family_middle"], values["given"] = (
            (family, given) if (family and given) else split_full_name(full)
        )
        values["name"] = full
    # Year of birth, from "Năm sinh", "Ngày sinh" or the "Nam" / "Nữ" columns.
    year_text = raw.get("birth_year") or raw.get("birth_date") or raw.get("male") or raw.get("female") or ""
    if raw.get("male") and raw.get("female"):
        problems.append("có năm sinh ở cả cột Nam và cột Nữ")
    if year_text and not collective:
        try:
            values["birth_year"] = _year(year_text)
        except InvalidValue as exc:
            problems.append(f"năm sinh: {exc.vi}")
    gender = _gender(raw)
    if gender == "?":
        problems.append(f"giới tính “{short(raw.get('gender'))}” không rõ (Nam/Nữ)")
    elif gender and not collective:
        values["gender"] = gender
    for name in FIELDS[table]:
        if name in ("collective",) or not raw.get(name):
            continue
        value = raw[name]
        if name in CATALOGUE_OF:
            code = choices[name].get(fold(value))
            if code is None:
                row.notes.append(f"“{short(value)}” ngoài danh mục — giữ nguyên, cần xem lại")
            value = code or value
        values[name] = value
    model = TABLES[table]
    for key, value in list(values.items()):  # the limits every door checks (the district's too)
        try:
            values[key] = check_value(model, key, value)
            if key == "name":
                check_name(model, values[key])
        except InvalidValue as exc:
            header = next((plan.headers[i] for i, f in columns.items() if f == key), None) or "Họ và tên"
            problems.append(f"“{header}”: {exc.vi}")
    row.values = values
    if problems:
        row.status, row.notes = "refused", problems + row.notes
    return row


def _collective(flag: str, name: str, section: bool | None, split_name: bool) -> bool:
    if flag:
        folded = fold(flag)
        return folded in ("x", "tap the", "co", "1", "tt")
    if section is not None:
        return section
    if split_name:
        return False
    folded = fold(name) + " "
    return any(folded.startswith(w) for w in COLLECTIVE_WORDS)


def _year(text: str) -> int:
    """A year of birth from "1980" or a date "12/05/1980", by the one rule of birth years
    (:data:`app.domain.fields.YEAR`); :class:`InvalidValue` naming the range otherwise."""
    text = text.strip()
    match = re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{4})", text)
    return int(parse_value(YEAR, match.group(1) if match else text))  # type: ignore[arg-type]


def _nameless(line: int, cells: list[Cell], columns: dict[int, str], plan: ImportPlan) -> RowReport:
    """A row without a name: skipped when it holds nothing to import (only a number in "STT"),
    refused when it does — the row is named, so its data is never silently lost."""
    named = [i for i, f in columns.items() if f in ("name", "family_middle", "given") and i < len(cells)]
    uncalculated = [plan.headers[i] for i in named if cells[i].formula_without_value]
    if uncalculated:
        return RowReport(
            line,
            "refused",
            notes=[
                f"ô “{short(uncalculated[0])}” là công thức chưa được tính (không có giá trị đã lưu): mở tệp bằng Excel, "
                "lưu lại rồi nhập lại"
            ],
        )
    holding = [
        plan.headers[i]
        for i, f in columns.items()
        if f != "-" and i < len(cells) and (cells[i].text or cells[i].formula_without_value)
    ]
    if holding:
        shown = ", ".join(f"“{short(h)}”" for h in holding[:3]) + (" …" if len(holding) > 3 else "")
        return RowReport(line, "refused", notes=[f"dòng có dữ liệu ({shown}) nhưng không có tên"])
    return RowReport(line, "skipped", notes=["dòng không có tên"])


def _gender(raw: dict[str, str]) -> str | None:
    if raw.get("male"):
        return "nam"
    if raw.get("female"):
        return "nu"
    text = fold(raw.get("gender", ""))
    if not text:
        return None
    return {"nam": "nam", "nu": "nu", "m": "nam", "f": "nu", "male": "nam", "female": "nu"}.get(text, "?")


# -- applying -----------------------------------------------------------------------------------
def apply_import(store: Store, plan: ImportPlan, maps: list[str] | None = None) -> int:
    """Write every row of *plan* in one transaction — or nothing, when any row is refused."""
    plan.check()
    conference = unit_conference(store, store.unit_id) if store.unit_id else None
    if conference is None:
        raise AppError(
            "Đơn vị chưa có hội nghị để nhập danh sách vào.", "this unit has no conference to import into"
        )
    model = TABLES[plan.table]
    defaults = {"invitees": {"category": "khach-moi"}, "delegates": {"status": "proposed"}}.get(
        plan.table, {}
    )
    rows = [
        {**defaults, **r.values, "conference_id": conference.id, "owner_unit_id": store.unit_id}
        for r in plan.to_import
    ]
    automatic_backup(store.path, "truoc-nhap-excel")  # a copy of the lists as they were
    with store.session() as session:
        count = bulk_insert(session, model, rows)
        if maps:  # remember the user's column mapping for the next file
            merged = {**remembered_mappings(store), **parse_mappings(maps)}
            session.merge(Meta(key=MAPPINGS_KEY, value=json.dumps(merged, ensure_ascii=False)))
    return count
