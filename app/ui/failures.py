"""What the window does with an error: one sentence in a message box — never a traceback, never a
crash.

* :func:`show_failure` — a failure of something the official asked for (a job, a button): an
  :class:`~app.errors.AppError` shows its Vietnamese sentence; anything else is written to the
  error log (:func:`app.errors.log_unexpected`) and the sentence says where.
* :func:`guarded` — the decorator on **every** Python override of a Qt virtual method in
  ``app/ui`` (``validatePage``, ``data``, ``setData``, ``paintEvent``, ``changeEvent``,
  ``eventFilter``, ``QUndoCommand.redo`` …). PySide6 6.11 turns an exception escaping such an
  override — a call made by Qt's C++ code — into a segmentation fault: the program vanishes with
  the official's unsaved dialog. The decorator catches it, returns a harmless value to Qt
  (``False`` for "not valid", ``None`` for "no data"), and reports the error a moment later,
  outside Qt's call (a message box inside ``paintEvent`` or ``data()`` would be asked for again on
  every repaint). ``tests/test_failures.py`` checks that no override goes without it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import AppError, log_unexpected

F = TypeVar("F", bound=Callable[..., Any])

PRODUCT = "Hội nghị ĐHTT"
# Unexpected errors already written to the log, by where and what (a failing ``data()`` is called
# for every cell on every repaint: logged once, not thousands of times).
_logged: set[tuple[str, str]] = set()
# The message box a guarded failure shows (one at a time; none while it is open).
_box: QMessageBox | None = None


def failure_sentence(exc: BaseException, nothing_changed: bool = False, where: str | None = None) -> str:
    """What the official reads about *exc*: an AppError's own sentence; for anything else, that
    it was unexpected and where the details are (the error log, written here)."""
    if isinstance(exc, AppError):
        return exc.vi
    key = (where or "", type(exc).__qualname__)
    if where is None or key not in _logged:
        _logged.add(key)
        log = log_unexpected(exc)
    else:
        from app.paths import log_file

        log = log_file()
    if nothing_changed:
        text = QCoreApplication.translate(
            "Failures", "Sự cố không mong đợi; không có gì thay đổi. Chi tiết ghi ở %1."
        )
    else:
        text = QCoreApplication.translate("Failures", "Sự cố không mong đợi; chi tiết ghi ở %1.")
    return text.replace("%1", str(log))


def show_failure(
    parent: QWidget | None, title: str, exc: BaseException, nothing_changed: bool = False
) -> None:
    """Show *exc* at once as one sentence (a warning for an AppError, an error box otherwise)."""
    text = failure_sentence(exc, nothing_changed)
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.critical(parent, title, text)


def _show_later(owner: object, text: str, expected: bool) -> None:
    def show() -> None:
        global _box
        if _box is not None and shiboken6.isValid(_box) and _box.isVisible():
            return  # one at a time: the official reads it, closes it; a repeat adds nothing
        parent = QApplication.activeWindow()
        if parent is None and isinstance(owner, QWidget):
            parent = owner.window()
        icon = QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical
        _box = QMessageBox(icon, PRODUCT, text, QMessageBox.StandardButton.Ok, parent)
        _box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Failures", "Đóng"))
        _box.finished.connect(_box.deleteLater)
        _box.open()  # not exec(): no event loop of its own inside whatever Qt was doing

    QTimer.singleShot(0, show)


def report_later(owner: object, exc: BaseException, where: str | None = None) -> str:
    """Log *exc* (when unexpected) and show its sentence once control is back in the event loop;
    return the sentence."""
    text = failure_sentence(exc, where=where)
    _show_later(owner, text, isinstance(exc, AppError))
    return text


def guarded(fallback: Any = None, *, failed: Callable[[Any], None] | None = None) -> Callable[[F], F]:  # noqa: ANN401
    """For a Python override of a Qt virtual method: an exception raised in it is reported
    (:func:`report_later`) and *fallback* returned to Qt instead; *failed(self)* then puts the
    object right (an undo command that failed marks itself obsolete, so the stack drops it)."""

    def wrap(method: F) -> F:
        where = method.__qualname__

        @functools.wraps(method)
        def safe(self: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:  # noqa: BLE001 — reported; an exception must not reach Qt
                report_later(self, exc, where)
                if failed is not None:
                    try:
                        failed(self)
                    except Exception:  # noqa: BLE001, S110 — the first error is the one reported
                        pass
                return fallback

        safe.__guarded__ = True  # type: ignore[attr-defined]
        return safe  # type: ignore[return-value]

    return wrap


def obsolete(command: Any) -> None:  # noqa: ANN401 — a QUndoCommand
    """An undo command whose redo or undo failed: the stack removes it (nothing to undo or redo)."""
    command.setObsolete(True)
