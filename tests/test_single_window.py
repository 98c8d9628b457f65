"""One window per database file: a second start brings the first window up and opens nothing; a
window that does not answer gets one sentence; a lock left by a crashed window is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.cli.main import main
from app.ui.single_window import WindowGuard, guard_for, instance_key

HOLD_THE_LOCK = """
import sys, time
from PySide6.QtCore import QCoreApplication
from app.ui.single_window import WindowGuard
app = QCoreApplication([])
guard = WindowGuard(sys.argv[1])
assert guard.acquire()
guard.listen()
print("holding", flush=True)
time.sleep(60)
"""


def second_start(db: Path, tmp_path: Path) -> subprocess.Popen:
    """``python -m app --db DB`` in its own process, as the official's second double-click."""
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db)],
        env=child_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen, qtbot) -> int:
    """Wait (serving this process's events meanwhile) for *process* to end; never leave it running."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode


def child_env(tmp_path: Path) -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOINGHI_HOME=str(tmp_path / "home2"),
        PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    )


def test_the_key_is_the_same_for_every_spelling_of_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert instance_key(Path("a.sqlite")) == instance_key(tmp_path / "sub" / ".." / "a.sqlite")
    assert instance_key(tmp_path / "a.sqlite") != instance_key(tmp_path / "b.sqlite")
    assert guard_for(str(tmp_path / "a.sqlite")).key == guard_for(f"sqlite:///{tmp_path}/a.sqlite").key
    assert guard_for("postgresql+psycopg://hoinghi@server/hoinghi") is None  # office mode: several windows


def test_a_second_start_brings_the_first_window_to_the_front_and_opens_nothing(qtbot, tmp_path):
    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    before = db.stat().st_mtime_ns
    guard = WindowGuard(db)
    assert guard.acquire()
    guard.listen()
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.showMinimized()
        guard.window = window
        shown: list[bool] = []
        guard.shown.connect(lambda: shown.append(True))
        started = time.monotonic()
        second = second_start(db, tmp_path)
        assert finished(second, qtbot) == 0, second.stderr.read()
        took = time.monotonic() - started
        assert shown, "the first window was not asked to come to the front"
        assert not window.isMinimized()
        assert took < 10, f"the second start took {took:.1f} s"
        assert db.stat().st_mtime_ns == before  # the second start never opened the file
        # command-line work on the same file is not blocked (SQLite's locking keeps it safe)
        assert main(["--db", str(db), "info"]) == 0
    finally:
        guard.release()


def test_a_window_that_does_not_answer_gets_one_sentence(qtbot, tmp_path, monkeypatch, capsys):
    from app.ui import desk, single_window

    db = tmp_path / "xa.sqlite"
    holder = WindowGuard(db)
    assert holder.lock.tryLock(0)  # a live window holding the file, but hung: it never answers
    monkeypatch.setattr(single_window, "ANSWER_WAIT_MS", 600)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_desk installs its own
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    made: list[object] = []
    monkeypatch.setattr(desk.DeskWindow, "__init__", lambda self: made.append(self))
    try:
        assert main(["--db", str(db)]) == 1
    finally:
        holder.lock.unlock()
    assert len(shown) == 1 and "đang mở trong một cửa sổ" in shown[0] and shown[0].count(".") == 1
    err = capsys.readouterr().err
    assert "already open in another" in err and "đang mở" in err
    assert not made and not db.exists()  # no window, and the file was not even created


def test_a_lock_left_by_a_crashed_window_is_taken_over(qtbot, tmp_path):
    db = tmp_path / "xa.sqlite"
    crashed = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db)],
        env=child_env(tmp_path),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert crashed.stdout.readline().strip() == "holding"
        alive = WindowGuard(db)
        assert not alive.acquire()  # held by a live process
    finally:
        crashed.kill()  # like a power cut: no clean-up
        crashed.wait()
    assert Path(alive.lock.fileName()).exists()  # the dead window's lock is still there
    guard = WindowGuard(db)
    try:
        assert guard.acquire()
        guard.listen()
        assert guard.server.isListening()
        window = QMainWindow()
        qtbot.addWidget(window)
        guard.window = window
        shown: list[bool] = []
        guard.shown.connect(lambda: shown.append(True))
        second = second_start(db, tmp_path)  # a later start finds the new holder
        assert finished(second, qtbot) == 0, second.stderr.read()
        assert shown
    finally:
        guard.release()
    assert not Path(guard.lock.fileName()).exists()


def test_a_bundle_double_clicked_while_the_window_is_open_goes_to_that_window(qtbot, tmp_path):
    db = tmp_path / "huyen.sqlite"
    bundle = tmp_path / "USB" / "23083_20250301_1.hnb"
    bundle.parent.mkdir()
    bundle.write_bytes(b"PK")
    guard = WindowGuard(db)
    assert guard.acquire()
    guard.listen()
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        guard.window = window
        received: list[str] = []
        guard.bundle_received.connect(received.append)
        second = subprocess.Popen(
            [sys.executable, "-m", "app", "--db", str(db), str(bundle)],
            env=child_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        code = finished(second, qtbot)
        assert code == 0, second.stderr.read()
        assert received == [str(bundle.resolve())]
    finally:
        guard.release()


def test_a_window_reopened_after_a_restore_is_the_one_brought_up(qtbot, tmp_path):
    from app.ui.desk import DeskWindow, reopen

    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    guard = WindowGuard(db)
    assert guard.acquire()
    try:
        from app.ui.desk import _hand_over

        window = DeskWindow()
        qtbot.addWidget(window)
        _hand_over(guard, window)
        fresh = reopen(window, str(db))
        qtbot.addWidget(fresh)
        assert guard.window is fresh and fresh.guard is guard
        fresh.store.close()
    finally:
        guard.release()


def test_the_window_holds_the_lock_while_open_and_releases_it_when_it_closes(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QApplication

    from app.ui import desk, desk_start

    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    windows: list[desk.DeskWindow] = []
    original = desk.DeskWindow.attach
    seen: dict[str, bool] = {}

    def look() -> None:
        """Once the data is shown: the file is taken, and a later start can reach the window."""
        held = WindowGuard(db)
        seen["taken"] = not held.acquire()
        if not seen["taken"]:
            held.release()
        probe = QLocalSocket()
        probe.connectToServer(held.key)
        seen["listening"] = probe.waitForConnected(2000)
        probe.abort()
        shiboken6.delete(probe)  # now: a socket notifier left behind would shadow a later server's
        QApplication.instance().quit()

    def attach(self, store, conference_id):
        windows.append(self)
        original(self, store, conference_id)
        QTimer.singleShot(desk_start.LISTEN_AFTER_MS + 300, look)

    monkeypatch.setattr(desk.DeskWindow, "attach", attach)
    assert desk.run_desk(str(db)) == 0
    assert seen == {"taken": True, "listening": True}
    windows[0].store.close()
    windows[0].close()
    again = WindowGuard(db)
    assert again.acquire()  # and free once it closed
    again.release()
