"""Reading tabular files (CSV in UTF-8 with or without BOM, XLSX) into rows of text.

Shared by every importer so that encodings, blank rows, numbers typed as text and broken files
are handled once.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from app.domain.vntext import fold, nfc
from app.errors import AppError


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
    if not path.exists():
        raise AppError(f"Không tìm thấy tệp {path}.", f"file not found: {path}")
    if not path.is_file():
        raise AppError(f"{path} không phải là một tệp.", f"not a file: {path}")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        yield from _read_csv(path)
    else:
        raise AppError(
            f"Không đọc được tệp {path.name}: chỉ nhận tệp .xlsx hoặc .csv.",
            f"unsupported file type {path.suffix!r}: use .xlsx or .csv",
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


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise AppError(
            f"Tệp {path.name} bị hỏng hoặc không phải tệp Excel (.xlsx).",
            f"{path.name} is broken or not an .xlsx workbook",
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(c) for c in row]
            if any(cells):
                yield number, cells
    finally:
        workbook.close()


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
