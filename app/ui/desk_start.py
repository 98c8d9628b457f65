"""Starting the desk: the window at once, then the database in it (the first-run wizard when it
holds no conference), one window per database file, a restore's fresh window, and the last line of
defence for an error nobody foresaw."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import AppError
from app.ui.desk import DeskWindow
from app.ui.failures import show_failure
from app.ui.i18n import LANGUAGE_KEY, install_language, say
from app.ui.settings import app_settings


def _show_unexpected(kind: type[BaseException], exc: BaseException, tb) -> None:  # noqa: ANN001
    """The desk's last line of defence: an error nobody foresaw is logged and shown as one
    sentence; the window stays open (every edit was already committed or refused whole)."""
    show_failure(QApplication.activeWindow(), "Hội nghị ĐHTT", exc.with_traceback(tb))


def reopen(window: DeskWindow, db: str) -> DeskWindow:
    """Show a new window on *db* in place of *window* (after a restore: every list is new)."""
    fresh = DeskWindow()
    fresh.setGeometry(window.geometry())
    fresh.show()
    guard = getattr(window, "guard", None)
    if guard is not None:  # a second start now brings up the new window
        _hand_over(guard, fresh)
    message = window.statusBar().currentMessage()
    window.close()
    window.deleteLater()
    _open_in(fresh, db)
    if message:
        fresh.statusBar().showMessage(message, 15000)
    return fresh


#: When the shown window starts answering later starts on its file (see :func:`_open_in`).
LISTEN_AFTER_MS = 200


def _hand_over(guard, window: DeskWindow | None) -> None:  # noqa: ANN001 — a WindowGuard
    """*window* becomes the one a later start on the same file brings up and hands its bundle to
    (None: none, as the program ends)."""
    old = guard.window
    if old is not None:
        guard.bundle_received.disconnect(old.receive_bundle)
        old.guard = None
    guard.window = window
    if window is not None:
        window.guard = guard
        guard.bundle_received.connect(window.receive_bundle)


def run_desk(db: str | None, bundle: Path | None = None) -> int:
    """``hoinghi`` without a sub-command: show the window at once, then open the database in it
    (importing the database layer and reading the first section take longer than showing a
    window; the official sees the window and "Đang mở cơ sở dữ liệu…" meanwhile)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Hội nghị ĐHTT")
    sys.excepthook = _show_unexpected
    install_language(app, str(app_settings().value(LANGUAGE_KEY) or "vi"))
    from app.ui.single_window import guard_for

    guard = guard_for(db)  # one window per database file (None: a database server allows several)
    if guard is not None and not guard.acquire():
        return _second_start(guard, bundle)
    window = DeskWindow()
    try:
        window.show()
        if guard is not None:
            _hand_over(guard, window)
        if os.environ.get("HOINGHI_EXIT_WHEN_SHOWN"):  # start-up benchmark: quit once the window is up
            QTimer.singleShot(0, app.quit)
            return app.exec()
        QTimer.singleShot(0, lambda: _open_in(window, db, guard, bundle))
        return app.exec()
    finally:
        if guard is not None:
            guard.release()
            _hand_over(guard, None)  # no cycle left between window and guard: both go now


def _second_start(guard, bundle: Path | None = None) -> int:  # noqa: ANN001 — a WindowGuard another window holds
    """A second start on a file already open: bring that window to the front (with *bundle*, a
    double-clicked ``.hnb``, opened there) and open nothing; when it does not answer, one
    sentence in a message box (and on stderr: :class:`AppError`)."""
    from app.ui.single_window import refusal

    if guard.ask_first_to_show(bundle=bundle):
        return 0
    vi, en = refusal()
    QMessageBox.warning(None, "Hội nghị ĐHTT", say(AppError(vi, en)))
    raise AppError(vi, en)


def _open_in(window: DeskWindow, db: str | None, guard=None, bundle: Path | None = None) -> None:  # noqa: ANN001
    """Open *db* in the shown *window*; the first-run wizard when it holds no conference yet.
    *guard* (a WindowGuard) starts answering later starts on the same file once the data is shown
    (its local server costs some 10–30 ms, kept off the way to a usable window; a start in
    between waits for it) — before the wizard, when there is one."""
    app = QApplication.instance()
    app.processEvents()  # paint the window before the slow part
    from app.services.conference import unit_conference
    from app.services.database import open_database

    try:
        store = open_database(db)
    except AppError as exc:
        QMessageBox.critical(window, "Hội nghị ĐHTT", say(exc))
        app.exit(1)
        return
    app_settings().setValue("desk/last_db", str(store.path or store.url))
    try:
        from app.store.backup import daily_backup

        daily_backup(store.path)  # the first start of each day keeps a copy
    except AppError as exc:
        window.statusBar().showMessage(say(exc), 15000)
    conference = unit_conference(store, store.unit_id) if store.unit_id else None
    if conference is None:
        from app.ui.wizard import FirstRunWizard

        if guard is not None:
            guard.listen()  # a second start during the wizard must find this window
        wizard = FirstRunWizard(store, window)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.conference_id is None:
            store.close()
            app.exit(0)
            return
        conference_id = wizard.conference_id
        recovery = wizard.recovery_file
    else:
        conference_id, recovery = conference.id, None
    window.attach(store, conference_id)
    if recovery is not None:
        from app.ui.wizard_pages import recovery_saved_text

        window.saved.show_saved(recovery, recovery_saved_text())
    if bundle is not None:  # a double-clicked .hnb: its import preview
        QTimer.singleShot(0, lambda: window.open_sync(bundle))
    if guard is not None and guard.server is None:
        QTimer.singleShot(LISTEN_AFTER_MS, guard.listen)
    if os.environ.get("HOINGHI_EXIT_WHEN_READY"):  # start-up benchmark: quit once the data is shown
        window.repaint()
        QTimer.singleShot(0, app.quit)
