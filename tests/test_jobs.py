"""Long work runs off the GUI thread, reports progress, can be cancelled and then changes nothing."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from app.errors import AppError
from app.long_work import Cancelled
from app.services.conference import unit_conference
from app.services.database import open_database
from app.services.demo import run_demo
from app.services.printing import render_document
from app.store.backup import backup_sqlite
from app.store.models import Unit
from app.ui.desk import DeskWindow
from app.ui.jobs import SHOW_AFTER_MS, Job, run_job
from tests.conftest import dump

COMMUNE = "23083"


def store_unit(store, code: str) -> str:
    with store.session() as session:
        return session.scalars(select(Unit.id).where(Unit.code == code)).one()


def cancel_at(calls: int):
    """A progress callback that lets *calls* reports through, then cancels."""
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))
        if len(seen) > calls:
            raise Cancelled()

    progress.seen = seen  # type: ignore[attr-defined]
    return progress


def test_work_runs_in_another_thread_and_reports_progress(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.get_ident()

    def work(progress):
        for step in range(5):
            progress(step, 5, f"bước {step}")
            time.sleep(0.01)
        return threading.get_ident()

    job = Job(parent, "Thử", work)
    seen: list[int] = []
    job.worker.progressed.connect(lambda done, total, text: seen.append(done))
    assert job.run() != gui
    assert seen == [0, 1, 2, 3, 4]
    assert job.dialog.maximum() == 5


def test_the_window_keeps_working_while_the_job_runs(qtbot):
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def work(progress):
        time.sleep(0.3)
        return "xong"

    assert run_job(None, "Thử", work) == "xong"
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread's event loop went on while the worker slept


def test_cancel_stops_the_work_and_raises_cancelled(qtbot):
    reached: list[int] = []

    def work(progress):
        for step in range(1000):
            progress(step, 1000, "")
            reached.append(step)
            time.sleep(0.005)
        return "xong"

    job = Job(None, "Thử", work)

    def press_cancel() -> None:
        assert job.dialog.isVisible()  # shown once the work outlasts SHOW_AFTER_MS
        job.dialog.findChild(QPushButton).click()

    QTimer.singleShot(SHOW_AFTER_MS + 300, press_cancel)
    with pytest.raises(Cancelled):
        job.run()
    assert 0 < len(reached) < 1000


def test_an_error_in_the_work_is_raised_on_the_gui_thread(qtbot):
    def work(progress):
        raise AppError("Ổ đĩa đầy.", "disk full")

    with pytest.raises(AppError, match="disk full"):
        run_job(None, "Thử", work)


def test_cancelled_printing_leaves_no_file(demo_store, tmp_path):
    out = tmp_path / "out" / "the.pdf"
    out.parent.mkdir()
    progress = cancel_at(1)
    with pytest.raises(Cancelled):
        render_document(demo_store, "invitations", out, COMMUNE, date(2025, 3, 5), progress=progress)
    assert len(progress.seen) == 2
    assert list(out.parent.iterdir()) == []


def test_cancelled_name_cards_leave_no_file(demo_store, tmp_path):
    out = tmp_path / "out" / "cards.pdf"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        render_document(demo_store, "namecards", out, COMMUNE, progress=cancel_at(1))
    assert list(out.parent.iterdir()) == []


def test_printing_reports_progress_to_the_end(demo_store, tmp_path):
    seen: list[tuple[int, int, str]] = []
    render_document(
        demo_store,
        "honorees",
        tmp_path / "list.pdf",
        COMMUNE,
        progress=lambda done, total, text: seen.append((done, total, text)),
    )
    assert seen[0][1] == 0  # reading the data: no total yet
    last = seen[-1]
    assert last[0] == last[1] > 0


def test_cancelled_backup_leaves_no_file(demo_db, tmp_path):
    target = tmp_path / "backups"
    with pytest.raises(Cancelled):
        backup_sqlite(demo_db, target, progress=cancel_at(0))
    assert list(target.iterdir()) == []


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_cancelled_demo_load_changes_nothing(db_path):
    store = open_database(str(db_path))
    try:
        before = dump(db_path)
        with pytest.raises(Cancelled):
            run_demo(store, progress=cancel_at(3))
    finally:
        store.close()
    assert dump(db_path) == before


def test_desk_shows_a_failed_job_as_one_message(qtbot, demo_db, monkeypatch):
    store = open_database(str(demo_db))
    try:
        unit = store_unit(store, COMMUNE)
        desk = DeskWindow(store, unit_conference(store, unit).id)
        qtbot.addWidget(desk)
        shown: list[str] = []
        monkeypatch.setattr(
            QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
        )

        def failing(progress):
            raise AppError("Không ghi được tệp.", "cannot write")

        assert desk.run_long("In", failing) is None
        assert shown == ["Không ghi được tệp."]

        def cancelled(progress):
            raise Cancelled()

        assert desk.run_long("In", cancelled) is None
        assert "hủy" in desk.statusBar().currentMessage()
        assert desk.run_long("In", lambda progress: 42) == 42
    finally:
        store.close()
