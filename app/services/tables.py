"""Tabular files: reading CSV (UTF-8 with or without BOM) and XLSX into rows of cells, and the
one way a value is written into a cell of every workbook the app makes.

Reading is shared by every importer so that encodings, blank rows, numbers typed as text, broken
files and hostile ones are handled once. It is bounded: only the cells that hold something are
visited (a formatted empty cell at AX20000 costs nothing), and a sheet with more data than
:data:`MAX_ROWS` rows or :data:`MAX_CELLS` cells (rows × columns) is refused with one line.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.formats import fmt_int
from app.domain.vntext import fold, nfc, scrub
from app.errors import AppError

#: A file larger than this is no list an office keeps (and is refused before it is read).
MAX_FILE = 64 << 20
#: The sheet's XML, uncompressed (a few KB of zip can hold gigabytes of empty cells).
MAX_SHEET_XML = 256 << 20
#: Rows holding data, and rows × columns holding data, that one import takes.
MAX_ROWS = 100_000
MAX_CELLS = 2_000_000


@dataclass
class Cell:
    text: str
    font: str | None = None
    formula_without_value: bool = False


def cell_text(value: object) -> str:
    """A cell as text: NFC, trimmed; 12.0 → "12"; a date → dd/MM/yyyy; empty → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.strftime("%d/%m/%Y")
    return nfc(str(value)) or ""


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(row number as the user sees it, cells)`` for every non-blank row of the file."""
    for line, cells in read_sheet(path):
        yield line, [c.text for c in cells]


def read_sheet(path: Path) -> list[tuple[int, list[Cell]]]:
    """Every non-blank row of the file (XLSX: its first sheet) with its cells — merged cells
    filled in, fonts kept (legacy Vietnamese encodings are told by the font) — bounded in time
    and memory by the size of what the sheet really holds."""
    if not path.exists():
        raise AppError(f"Không tìm thấy tệp {path}.", f"file not found: {path}")
    if not path.is_file():
        raise AppError(f"{path} không phải là một tệp.", f"not a file: {path}")
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".txt"):
        raise AppError(
            f"Không đọc được tệp {path.name}: chỉ nhận tệp .xlsx hoặc .csv.",
            f"unsupported file type {path.suffix!r}: use .xlsx or .csv",
        )
    if path.stat().st_size > MAX_FILE:
        raise AppError(
            f"Tệp {path.name} quá lớn ({path.stat().st_size >> 20} MB; tối đa {MAX_FILE >> 20} MB).",
            f"{path.name} is too large (over {MAX_FILE >> 20} MB)",
        )
    if suffix == ".xlsx":
        return _read_xlsx(path)
    rows = [(line, [Cell(c) for c in cells]) for line, cells in _read_csv(path)]
    width = max((len(c) for _, c in rows), default=0)
    _check_size(path, len(rows), width)
    return [(line, cells + [Cell("") for _ in range(width - len(cells))]) for line, cells in rows]


def _check_size(path: Path, rows: int, columns: int) -> None:
    if rows > MAX_ROWS or rows * columns > MAX_CELLS:
        raise AppError(
            f"Bảng tính {path.name} quá lớn ({fmt_int(rows)} dòng × {columns} cột có dữ liệu; tối đa "
            f"{fmt_int(MAX_ROWS)} dòng và {fmt_int(MAX_CELLS)} ô). Hãy tách thành nhiều tệp.",
            f"{path.name} is too large ({rows} rows x {columns} columns of data; at most {MAX_ROWS} rows "
            f"and {MAX_CELLS} cells)",
        )


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AppError(
            f"Tệp {path.name} không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”.",
            f"{path.name} is not UTF-8 text; save it as CSV UTF-8",
        ) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    for number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        cells = [cell_text(c) for c in row]
        if any(cells):
            yield number, cells


def _broken(path: Path) -> AppError:
    return AppError(
        f"Tệp {path.name} bị hỏng hoặc không phải tệp Excel (.xlsx).",
        f"{path.name} is broken or not an .xlsx workbook",
    )


def _read_xlsx(path: Path) -> list[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _broken(path) from exc
    try:
        sheet = workbook.worksheets[0]
        try:
            xml_size = workbook._archive.getinfo(sheet._worksheet_path).file_size
        except (AttributeError, KeyError) as exc:
            raise _broken(path) from exc
        if xml_size > MAX_SHEET_XML:
            raise AppError(
                f"Bảng tính {path.name} quá lớn (hơn {MAX_SHEET_XML >> 20} MB khi giải nén). "
                "Hãy tách thành nhiều tệp.",
                f"{path.name}: the sheet is over {MAX_SHEET_XML >> 20} MB unpacked",
            )
        try:
            values, formulas, merged = _sheet_cells(path, workbook, sheet)
        except AppError:
            raise
        except (
            zipfile.BadZipFile,
            OSError,
            KeyError,
            ValueError,
            TypeError,
            AttributeError,
            IndexError,
            SyntaxError,
        ) as exc:  # SyntaxError: broken XML (ElementTree's ParseError)
            raise _broken(path) from exc
    finally:
        workbook.close()
    if not values:
        return []
    last_row = max(r for r, _ in values)
    last_column = max(c for _, c in values)
    # Merged cells repeat their top-left value — only over the area that holds data (a merge of
    # A1:XFD1048576 costs no more than the data under it).
    for first_row, first_col, end_row, end_col in merged:
        top_left = values.get((first_row, first_col))
        if top_left is None:
            continue
        for r in range(first_row, min(end_row, last_row) + 1):
            for c in range(first_col, min(end_col, last_column) + 1):
                values.setdefault((r, c), top_left)
    by_row: dict[int, dict[int, Cell]] = {}
    for (r, c), cell in values.items():
        by_row.setdefault(r, {})[c] = cell
    for r, c in formulas:
        if (r, c) not in values:
            by_row.setdefault(r, {})[c] = Cell("", None, True)
    rows: list[tuple[int, list[Cell]]] = []
    for r in sorted(by_row):
        cells = by_row[r]
        if not any(cell.text for cell in cells.values()):
            continue
        rows.append((r, [cells.get(c) or Cell("") for c in range(1, last_column + 1)]))
    return rows


_MERGE = re.compile(r"^([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})$")


def _sheet_cells(
    path: Path,
    workbook: Any,  # noqa: ANN401
    sheet: Any,  # noqa: ANN401
) -> tuple[
    dict[tuple[int, int], Cell],
    set[tuple[int, int]],
    list[tuple[int, int, int, int]],
]:
    """One pass over the sheet's XML, visiting only the cells written in it: the cells holding a
    value (with their font), the formulas without a computed value, and the merged ranges."""
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.utils import column_index_from_string
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:  # noqa: ANN401
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["data_type"] = "f"  # a formula Excel never computed (no cached value)
            return cell

    values: dict[tuple[int, int], Cell] = {}
    formulas: set[tuple[int, int]] = set()
    data_rows: set[int] = set()
    fonts: dict[Any, str | None] = {}  # style → font name
    widest = 0
    with sheet._get_source() as source:
        parser = Parser(
            source,
            workbook.shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for _, row in parser.parse():
            for cell in row:
                value = cell["value"]
                if value is None:
                    if cell["data_type"] == "f":
                        formulas.add((cell["row"], cell["column"]))
                    continue
                text = cell_text(value)
                if not text:
                    continue
                r, c = cell["row"], cell["column"]
                style = cell["style_id"]
                if style not in fonts:
                    font = ReadOnlyCell(sheet, r, c, value, cell["data_type"], style).font
                    fonts[style] = font.name if font is not None else None
                values[(r, c)] = Cell(text, fonts[style])
                data_rows.add(r)
                widest = max(widest, c)
                if len(data_rows) > MAX_ROWS or len(values) > MAX_CELLS:
                    _check_size(path, len(data_rows), widest)
        _check_size(path, len(data_rows), widest)
        merged: list[tuple[int, int, int, int]] = []
        for ref in parser.merged_cells.mergeCell if parser.merged_cells else ():
            match = _MERGE.match(str(ref.ref or ""))
            if match:
                a, b, c, d = match.groups()
                merged.append((int(b), column_index_from_string(a), int(d), column_index_from_string(c)))
    return values, formulas, merged


def sheet_value(sheet: Any, value: Any, **style: Any) -> Any:  # noqa: ANN401
    """*value* as it is written into a cell of *sheet* (a write-only openpyxl sheet) — the one
    helper of every workbook the app writes (*style*: font, fill, … of the cell).

    Text is data, never a formula: a text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return is stored as a text cell marked "quote prefix", so Excel and LibreOffice show
    exactly the text and never evaluate it, and our importer reads the same string back.
    Characters a workbook cannot hold (control characters, NUL — in data stored by older
    versions) are dropped. Numbers and dates stay real cells."""
    formula = False
    if type(value) is str and value:
        value = scrub(value)
        formula = value[:1] in _FORMULA_STARTS
    if not style and not formula:
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if formula:
        cell.data_type = "s"
        cell.quotePrefix = True
    for key, setting in style.items():
        setattr(cell, key, setting)
    return cell


def sheet_row(sheet: Any, values: Iterable[Any]) -> list[Any]:  # noqa: ANN401
    """A row of values through :func:`sheet_value` (cheap for the numbers, dates and plain text
    that make up nearly every row)."""
    return [sheet_value(sheet, v) if type(v) is str else v for v in values]


_FORMULA_STARTS = frozenset("=+-@\t\r")


def header_index(header: list[str], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Map field names to column positions, matching headers without accents or case."""
    folded = [fold(h).replace("_", " ") for h in header]
    found: dict[str, int] = {}
    for name, names in aliases.items():
        for alias in names:
            if alias in folded:
                found[name] = folded.index(alias)
                break
    return found
