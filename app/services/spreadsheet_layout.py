"""The office layout of every workbook written: a write-only sheet with a title, a subtitle, a
styled header row, frozen panes and column widths, dates as dd/MM/yyyy (:class:`_Sheet`), the
output checked (:func:`_check_target`) and saved atomically (:func:`_save`). Used by
:mod:`app.services.spreadsheet_export`, :mod:`app.services.spreadsheet_report` and the
commendation register (:mod:`app.services.awards`). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.formats import fmt_date
from app.errors import AppError
from app.files import replacing
from app.services.tables import sheet_row, sheet_value
from app.store.db import Store
from app.store.models import Unit

DATE_FORMAT = "dd/mm/yyyy"
HEADER_ROW = 3


class _Sheet:
    """A write-only sheet with the office layout: title, subtitle, styled header, frozen panes."""

    def __init__(
        self,
        workbook: Any,  # noqa: ANN401
        name: str,
        title: str,
        subtitle: str,
        headers: list[tuple[str, float]],
        freeze_columns: int = 1,
    ) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter

        # Excel forbids []:*?/\ in sheet names and allows 31 characters.
        self.sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]+", "-", name).strip()[:31] or "Sheet")
        self.workbook = workbook
        for number, (_, width) in enumerate(headers, start=1):
            self.sheet.column_dimensions[get_column_letter(number)].width = width
        self.sheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{HEADER_ROW + 1}"
        thin = Side(style="thin", color="808080")
        self.styles = {
            "title": Font(name="Times New Roman", bold=True, size=13),
            "header": Font(name="Times New Roman", bold=True, size=11),
            "body": Font(name="Times New Roman", size=11),
        }

        def cell(value: Any, **style: Any) -> Any:  # noqa: ANN401
            return sheet_value(self.sheet, value, **style)

        self.cell = cell
        self.sheet.append([cell(title, font=self.styles["title"])])
        self.sheet.append([cell(subtitle, font=Font(name="Times New Roman", italic=True, size=11))])
        fill = PatternFill("solid", fgColor="DCE6F1")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.sheet.append(
            [
                cell(text, font=self.styles["header"], fill=fill, border=border, alignment=wrap)
                for text, _ in headers
            ]
        )

    def append(self, row: Iterable[Any]) -> None:
        """One row; every value goes through :func:`app.services.tables.sheet_value` (text is
        data, never a formula)."""
        self.sheet.append(sheet_row(self.sheet, row))

    def rows(self, rows: Iterable[list[Any]]) -> int:
        count = 0
        append, sheet = self.sheet.append, self.sheet
        for row in rows:
            append(sheet_row(sheet, row))
            count += 1
        return count

    def dated(self, values: list[Any]) -> list[Any]:
        """Dates as real dates shown dd/MM/yyyy (Excel can still sort and filter them)."""
        return [self.cell(v, number_format=DATE_FORMAT) if isinstance(v, date) else v for v in values]

    def total(self, values: list[Any]) -> None:
        self.sheet.append([self.cell(v, font=self.styles["header"]) for v in values])


def _save(workbook: Any, out: Path) -> Path:  # noqa: ANN401
    """Save under a temporary name, then rename: a full disk leaves no half-written workbook."""
    with replacing(out, "ổ đĩa đầy, không có quyền, hoặc tệp đang mở trong Excel?") as partial:
        workbook.save(partial)
    return out


def _check_target(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise AppError("Tệp kết quả phải có đuôi .xlsx.", "the output file must end in .xlsx")
    if not out.parent.is_dir():
        raise AppError(f"Không có thư mục {out.parent}.", f"folder not found: {out.parent}")


def _subtitle(store: Store) -> str:
    with store.session() as session:
        unit = session.get(Unit, store.unit_id) if store.unit_id else None
    return f"{unit.name if unit else ''} — xuất ngày {fmt_date(date.today())}".strip(" —")
