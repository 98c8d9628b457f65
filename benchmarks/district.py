"""District figures on the province demo (~170 units, ≥ 200,000 honorees):

* exporting every honoree of the units below to .xlsx — ours (query, codes → labels, styled
  write-only workbook, atomic save) vs bare openpyxl writing the same rows in a write-only workbook;
* opening the progress view — ours (grouped queries, the tree model, the charts, shown) vs bare
  sqlite3 running the same grouped queries; goal < 500 ms.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.core import Figure, paired_ms


def export_figure(db: Path, runs: int) -> Figure:
    from openpyxl import Workbook

    from app.services.database import open_database
    from app.services.spreadsheet_export import export_list

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-xlsx-"))
    store = open_database(str(db), create=False)
    out = tmp / "ours.xlsx"
    count = export_list(store, "honorees", out, consolidated=True)
    # The floor writes exactly the rows our file holds (read back once, not timed).
    from openpyxl import load_workbook

    rows = list(load_workbook(out, read_only=True).active.iter_rows(min_row=4, values_only=True))
    header = list(
        next(load_workbook(out, read_only=True).active.iter_rows(min_row=3, max_row=3, values_only=True))
    )

    def ours() -> None:
        export_list(store, "honorees", out, consolidated=True)

    def floor() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("honorees")
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        workbook.save(tmp / "floor.xlsx")

    value, base = paired_ms(ours, floor, runs)
    store.close()
    return Figure(
        f"xlsx-export-{count}",
        value,
        "ms",
        base,
        1.2,
        f"export_list of {count:,} honorees of every unit below vs bare openpyxl write-only of the same rows",
    )


def progress_figure(db: Path, runs: int) -> Figure:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services.database import open_database
    from app.ui.units_below_view import ProgressPanel

    app = QApplication.instance() or QApplication([])
    store = open_database(str(db), create=False)
    with store.session() as session:
        from app.services.units_below import progress_plan

        plan_id = progress_plan(session, store, store.unit_id).id
    panels: list[ProgressPanel] = []

    def ours() -> None:
        panel = ProgressPanel(store, store.unit_id)
        panel.resize(1400, 800)
        panel.show()
        app.processEvents()
        panels.append(panel)

    def floor() -> None:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        con.execute(
            "select id, code, name, kind, parent_id, unit_group from units order by sort_key"
        ).fetchall()
        # The conferences of one plan, and the honorees and delegates grouped by conference.
        con.execute(
            "select id, owner_unit_id, form, date, status from conferences where plan_id = ? "
            "or plan_id is null order by created_at",
            (plan_id,),
        ).fetchall()
        con.execute(
            "select conference_id, collective, field, target_group, count(*) from honorees where deleted = 0 "
            "group by conference_id, collective, field, target_group"
        ).fetchall()
        con.execute(
            "select conference_id, status, count(*) from delegates where deleted = 0 "
            "group by conference_id, status"
        ).fetchall()
        con.execute(
            "select target_unit_id, count(*) from review_notes where deleted = 0 and status = 'open' "
            "group by target_unit_id"
        ).fetchall()
        con.close()

    def dispose() -> None:
        while panels:
            panels.pop().deleteLater()
        app.processEvents()

    value, base = paired_ms(ours, floor, runs, setup=dispose)
    dispose()
    store.close()
    return Figure(
        "progress-view-open",
        value,
        "ms",
        base,
        None,
        "ProgressPanel built and shown over the province demo vs sqlite3 running the same grouped queries",
        limit=500,
    )


def figures(db: Path, runs: int) -> list[Figure]:
    return [progress_figure(db, runs), export_figure(db, max(3, runs // 2))]
