"""Desk figures on a big database: first rows, accent-insensitive search, sort by name, memory,
and cold start to a shown main window.

The table figures run in a child process (``python -m benchmarks.desk DB``) so that its memory is
the desk's alone; each is measured beside its floor — bare ``sqlite3`` running the same queries
the table needs (the count and the first page) — in the same run, paired A B A B.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

from benchmarks.core import PY, Figure, paired_ms, process_ms

SEARCHES = ("nguyen van a", "duc", "tran thi")
PAGE = 200


def _floor(db: Path):
    """sqlite3 doing the table's own work: count the rows and read the first page in order; for a
    search, the same one pass over the search index, a sort, and the page read by id."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    columns = (
        "id, collective, name, given, birth_year, gender, position, workplace, field, target_group, "
        "award_form, achievement"
    )

    def first_page(order: str = "sort_key", like: str | None = None) -> None:
        if like is None:
            con.execute("select count(*) from honorees where deleted = 0").fetchone()
            con.execute(
                f"select {columns} from honorees where deleted = 0 order by {order}, id limit {PAGE}"
            ).fetchall()
            return
        keys = con.execute(
            "select sort_key, id from honorees where search_text like ? and deleted = 0", (f"%{like}%",)
        ).fetchall()
        keys.sort()
        ids = [k[1] for k in keys[:PAGE]]
        con.execute(
            f"select {columns} from honorees where id in ({','.join('?' * len(ids))})", ids
        ).fetchall()

    return first_page


def child(db: Path) -> dict[str, object]:
    """Run inside a fresh process: the real table panel of the desk over every honoree."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.domain.vntext import fold
    from app.services.database import open_database
    from app.services.records import SPECS, RecordSource
    from app.ui.table_model import RecordTableModel
    from app.ui.table_panel import TablePanel

    app = QApplication.instance() or QApplication([])
    store = open_database(str(db), create=False)
    floor = _floor(db)
    undo = QUndoStack()
    panels: list[TablePanel] = []
    runs = int(os.environ.get("BENCH_RUNS", "7"))

    def shown_panel() -> TablePanel:
        """A new table panel over all honorees, shown and painted with its first rows."""
        source = RecordSource(store, SPECS["honorees"], everything=True)
        panel = TablePanel(RecordTableModel(source, undo))
        panel.resize(1200, 700)
        panel.model.reload()
        panel.show()
        panel.view.repaint()
        app.processEvents()
        assert panel.model.rowCount() > 0
        panels.append(panel)
        return panel

    def dispose() -> None:
        while panels:
            panels.pop().deleteLater()
        app.processEvents()

    first = paired_ms(shown_panel, floor, runs, setup=dispose)
    panel = shown_panel()
    total = panel.model.total

    state = {"n": 0}

    def search() -> None:
        term = SEARCHES[state["n"] % len(SEARCHES)]
        state["n"] += 1
        panel.model.set_search(term)
        panel.view.repaint()
        assert panel.model.rowCount() > 0

    def search_floor() -> None:
        floor(like=fold(SEARCHES[state["n"] % len(SEARCHES)]))

    def clear() -> None:
        panel.model.set_search("")

    searched = paired_ms(search, search_floor, runs * len(SEARCHES), setup=clear)
    clear()

    from PySide6.QtCore import Qt

    column = [c.key for c in panel.model.source.spec.columns].index("name")
    order = {"desc": False}

    def sort() -> None:
        order["desc"] = not order["desc"]
        panel.view.sortByColumn(
            column, Qt.SortOrder.DescendingOrder if order["desc"] else Qt.SortOrder.AscendingOrder
        )
        panel.view.repaint()

    def sort_floor() -> None:
        floor("sort_key desc" if order["desc"] else "sort_key")

    sorted_ = paired_ms(sort, sort_floor, runs)
    # scroll far down, like an official paging through the list: pages load as the view asks
    for _ in range(25):
        panel.view.scrollToBottom()
        app.processEvents()
    loaded = panel.model.rowCount()
    rss = peak_rss_mb()
    store.close()
    return {
        "honorees": total,
        "first": first,
        "search": searched,
        "sort": sorted_,
        "loaded_after_scrolling": loaded,
        "peak_rss_mb": rss,
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image, unlike
    ru_maxrss, which on Linux carries the parent's peak across fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1 << 20 if sys.platform == "darwin" else 1024
    )


BARE_WINDOW = (
    "import sys, resource; from PySide6.QtCore import QTimer; "
    "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication(sys.argv[:1]); "
    "w = QMainWindow(); w.resize(1280, 800); w.show(); QTimer.singleShot(0, app.quit); app.exec()"
)


def figures(db: Path, runs: int) -> list[Figure]:
    env = dict(
        os.environ, BENCH_RUNS=str(runs), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    done = subprocess.run(
        [PY, "-m", "benchmarks.desk", str(db)], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"desk benchmark failed:\n{done.stderr}")
    r = json.loads(done.stdout.strip().splitlines()[-1])
    bare = subprocess.run(
        [PY, "-c", BARE_WINDOW + "; from benchmarks.desk import peak_rss_mb; print(peak_rss_mb())"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    bare_mb = float(bare.stdout.strip().splitlines()[-1])
    app = [PY, "-m", "app", "--db", str(db)]
    cold, cold_floor = process_ms(
        app, [PY, "-c", BARE_WINDOW], max(3, runs), env=dict(env, HOINGHI_EXIT_WHEN_SHOWN="1")
    )
    ready, ready_floor = process_ms(
        app, [PY, "-c", BARE_WINDOW], max(3, runs), env=dict(env, HOINGHI_EXIT_WHEN_READY="1")
    )
    n = f"{r['honorees']:,}"
    return [
        Figure(
            "desk-first-rows",
            r["first"][0],
            "ms",
            r["first"][1],
            None,
            f"table of all {n} honorees built, shown and painted vs sqlite3 count + first page",
            limit=300,
        ),
        Figure(
            "desk-search",
            r["search"][0],
            "ms",
            r["search"][1],
            None,
            f"accent-free search {SEARCHES} over {n} honorees vs sqlite3: one LIKE pass, sort, page by id",
            limit=100,
        ),
        Figure(
            "desk-sort-name",
            r["sort"][0],
            "ms",
            r["sort"][1],
            None,
            "click the name header (Vietnamese order, both ways) vs sqlite3 ORDER BY sort_key",
            limit=300,
        ),
        Figure(
            "desk-peak-memory",
            r["peak_rss_mb"],
            "MB",
            bare_mb,
            None,
            f"peak RSS after all of the above and {r['loaded_after_scrolling']:,} rows scrolled in, "
            "vs a bare QMainWindow process",
            limit=400,
        ),
        Figure(
            "desk-cold-start",
            cold,
            "ms",
            cold_floor,
            2.0,
            "`python -m app` to the shown main window vs a bare PySide6 QMainWindow, whole process",
        ),
        Figure(
            "desk-ready",
            ready,
            "ms",
            ready_floor,
            4.0,
            "`python -m app` to the window with the database open and the first section painted, "
            "vs the same bare window",
        ),
    ]


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(child(Path(sys.argv[1]))))
