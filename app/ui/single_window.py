"""One window per database file on this PC.

Two windows on one file disagree silently: each keeps its own picture of the data, and printing
from one uses what the other changed. So the first window on a file takes a lock named after the
file (``QLockFile`` in the temporary folder) and listens on a local socket of the same name; a
second start on that file asks the first window to come to the front and opens nothing. A lock
left by a crashed window is recognised (its process is gone) and taken over.

Only file databases are guarded: an office server (PostgreSQL) serves several windows with its
own locking. Command-line commands are never blocked — SQLite's own locking keeps their writes
safe.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QCryptographicHash, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

SHOW = b"show\n"
SHOWN = b"shown\n"
OPEN = b"open "  # + a bundle's path (UTF-8) + newline: a .hnb double-clicked while the window is open
#: How long a second start waits for the first window to answer (it may be busy opening the file).
ANSWER_WAIT_MS = 4000

log = logging.getLogger(__name__)


def instance_key(db_file: Path) -> str:
    """The lock and socket name of *db_file*: the same for every spelling of the same file."""
    text = os.path.normcase(str(Path(db_file).resolve()))
    digest = QCryptographicHash.hash(text.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return (
        "hoinghi-" + bytes(digest.toHex()).decode()[:24]
    )  # Qt's hash: hashlib would load OpenSSL at start-up


def guard_for(db: str | None) -> WindowGuard | None:
    """The guard of the database named by ``--db`` / ``HOINGHI_DB`` / the default; None for a
    database server or an in-memory database, which allow several windows."""
    from app.paths import database_target

    target = database_target(db)
    if isinstance(target, str):  # a URL: only a SQLite file is guarded
        from sqlalchemy.exc import ArgumentError

        from app.store.db import sqlite_path

        try:
            target = sqlite_path(target)
        except ArgumentError:  # not a URL at all: opening the database says so, in one sentence
            return None
    return WindowGuard(target) if target is not None else None


def bring_to_front(window: QWidget) -> None:
    """Un-minimise *window*, raise it and give it the keyboard — and the dialog open over it, if any."""
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()


def _allow_foreground() -> None:
    """Windows lets only the foreground process hand the foreground on: the second start (which
    the official just launched) allows the first window to take it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


class WindowGuard(QObject):
    """The lock of one database file. :meth:`acquire` and :meth:`listen` in the first window; in
    a second start, :meth:`ask_first_to_show`."""

    shown = Signal()  # a later start on the same file brought the window to the front
    bundle_received = Signal(str)  # ... and passed on the bundle it was started with

    def __init__(self, db_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_file = Path(db_file)
        self.key = instance_key(self.db_file)
        self.lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server = None
        self.window: QWidget | None = None

    def acquire(self) -> bool:
        """True when this process may open the window: it now holds the file's lock (taking over
        a lock whose process has died); :meth:`listen` next, once the window is shown. False when
        a live window holds it."""
        if self.lock.tryLock(0):
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # The temporary folder cannot hold a lock (no permission, disk full): a window without
        # the guard is better than no window at all.
        log.warning("no single-window lock for %s: %s", self.db_file.name, self.lock.error())
        return True

    def listen(self) -> None:
        """Answer later starts on the same file (a second start that comes before this retries)."""
        from PySide6.QtNetwork import QLocalServer  # after the window shows: QtNetwork costs ~10 ms

        QLocalServer.removeServer(self.key)  # a socket left behind by a crashed window (Unix)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.key):
            log.warning("cannot listen for a second start: %s", self.server.errorString())

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            # a bound method, not a lambda holding the socket: with deleteLater that crashed at exit
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            self._answer(socket)

    def _ready(self) -> None:
        self._answer(self.sender())

    def _answer(self, socket) -> None:  # noqa: ANN001 — a QLocalSocket
        while socket is not None and socket.canReadLine():
            line = bytes(socket.readLine())
            if line == SHOW:
                if self.window is not None:
                    bring_to_front(self.window)
                socket.write(SHOWN)
                socket.flush()
                self.shown.emit()
            elif line.startswith(OPEN) and line.endswith(b"\n"):
                self.bundle_received.emit(line[len(OPEN) : -1].decode("utf-8", errors="replace"))

    def ask_first_to_show(self, wait_ms: int | None = None, bundle: Path | None = None) -> bool:
        """From a second start: ask the window holding the lock to come to the front (and to open
        *bundle*); True once it answered. False when it did not answer in time (hung, or still
        opening a big file)."""
        from PySide6.QtNetwork import QLocalSocket

        _allow_foreground()
        deadline = time.monotonic() + (ANSWER_WAIT_MS if wait_ms is None else wait_ms) / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.key)
            if socket.waitForConnected(250):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)  # the first window is still starting: it listens right after its lock
        message = OPEN + str(Path(bundle).resolve()).encode("utf-8") + b"\n" if bundle is not None else b""
        socket.write(message + SHOW)  # the bundle first: the answer to "show" ends the exchange
        socket.waitForBytesWritten(500)
        answer = b""
        while time.monotonic() < deadline and SHOWN not in answer:
            if socket.waitForReadyRead(100):
                answer += bytes(socket.readAll())
            elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                break
        socket.abort()
        return SHOWN in answer

    def release(self) -> None:
        """Stop answering and free the file. Answered sockets are closed now: after the event loop
        has ended their deferred delete never runs, and a socket notifier left on a descriptor
        would shadow the next server that gets the same one."""
        if self.server is not None:
            from PySide6.QtNetwork import QLocalSocket

            for socket in self.server.findChildren(QLocalSocket):
                socket.abort()
            self.server.close()
            self.server = None
        self.lock.unlock()


def refusal() -> tuple[str, str]:
    """The one sentence a second start says when the first window cannot be brought up."""
    return (
        QCoreApplication.translate(
            "WindowGuard",
            "Tệp dữ liệu này đang mở trong một cửa sổ Hội nghị ĐHTT khác "
            "trên máy; hãy dùng cửa sổ đó (hoặc đóng nó rồi mở lại).",
        ),
        "this database file is already open in another Hội nghị ĐHTT window on this PC; "
        "use that window (or close it and start again)",
    )
