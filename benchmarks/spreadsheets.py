"""Spreadsheet import figures: reading and planning a 2,000 × 50 sheet of real data (the whole
importer: header search, legacy-encoding detection, the doors' checks row by row) vs bare
openpyxl reading the same sheet (read-only, values only); and a 5 KB file with one formatted
empty cell at AX20000 (Excel's max_row × max_column: a million cells), which must cost nothing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.core import Figure, median_ms, paired_ms


def _sheets(folder: Path, rows: int, columns: int) -> tuple[Path, Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.append(
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác", "Thành tích"]
        + [f"Cột {n}" for n in range(columns - 6)]
    )
    for number in range(rows):
        ws.append(
            [
                number + 1,
                f"Nguyễn Văn {number}",
                1960 + number % 45,
                "Cán bộ",
                f"Thôn {number % 9 + 1}",
                "Hoàn thành xuất sắc nhiệm vụ",
            ]
            + [f"giá trị {number}-{n}" for n in range(columns - 6)]
        )
    real = folder / "real.xlsx"
    wb.save(real)
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh", "Chức vụ"])
    ws.append(["Nguyễn Văn An", 1980, "Cán bộ"])
    ws["AX20000"].font = Font(bold=True)
    sparse = folder / "sparse.xlsx"
    wb.save(sparse)
    return real, sparse


def figures(runs: int, rows: int = 2000, columns: int = 50) -> list[Figure]:
    from openpyxl import load_workbook

    from app.services.database import open_database
    from app.services.demo import run_demo
    from app.services.spreadsheet_import import plan_import

    folder = Path(tempfile.mkdtemp(prefix="hoinghi-bench-xlsx-import-"))
    os.environ["HOINGHI_HOME"] = str(folder / "home")
    real, sparse = _sheets(folder, rows, columns)
    store = open_database(str(folder / "commune.sqlite"))
    run_demo(store, as_unit="23083")

    def ours() -> None:
        plan = plan_import(store, "honorees", real)
        assert len(plan.to_import) == rows

    def floor() -> None:
        workbook = load_workbook(real, read_only=True, data_only=True)
        count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
        assert count == rows + 1

    value, base = paired_ms(ours, floor, runs)
    far = median_ms(lambda: plan_import(store, "honorees", sparse), runs)
    store.close()
    return [
        Figure(
            f"xlsx-import-{rows}x{columns}",
            value,
            "ms",
            base,
            2.5,
            f"plan_import of a {rows:,} × {columns} sheet vs bare openpyxl read-only values of it",
        ),
        Figure(
            "xlsx-import-far-cell",
            far,
            "ms",
            None,
            None,
            f"plan_import of a {sparse.stat().st_size // 1024} KB sheet with one formatted empty cell at AX20000",
            limit=1000,
        ),
    ]
