"""Long work off the GUI thread, behind a progress dialog that can be cancelled.

``run_job(parent, title, work)`` runs ``work(progress)`` in a worker thread and waits for it in a
local event loop, so the window keeps painting while the caller reads like ordinary code::

    pdf = run_job(self, "Đang in…", lambda progress: render_document(..., progress=progress))

The services know nothing of Qt: they call *progress* (see :mod:`app.long_work`); when the user
presses Cancel the next call raises :class:`~app.long_work.Cancelled` inside the worker, the service
cleans up after itself, and ``run_job`` raises ``Cancelled`` in the caller. Any other exception is
raised again in the caller, on the GUI thread, where it can be shown as one message —
:func:`run_long` does that: it returns None after a cancel (*cancelled* is told) or a failure (shown
as one sentence, :func:`app.ui.failures.show_failure`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.long_work import Cancelled, Progress

T = TypeVar("T")

SHOW_AFTER_MS = 400  # quick work finishes before any dialog flashes up


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def progress(self, done: int, total: int, text: str) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total, text)

    @Slot()
    def run(self) -> None:
        try:
            # cancelled after the last report: the work is complete and its result stands
            self.result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 — handed to the GUI thread, raised there
            self.error = exc
        finally:
            self.done.emit()


class Job(QObject):
    """One piece of long work: the thread, the worker and the dialog (kept for tests). A QObject
    living in the GUI thread, so the worker's signals reach it queued, on the GUI thread."""

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.worker = _Worker(work)
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, QCoreApplication.translate("Job", "Hủy"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.request_cancel)
        self.worker.progressed.connect(self._progressed)
        self.loop = QEventLoop()
        self.worker.done.connect(self.loop.quit)
        self.thread.started.connect(self.worker.run)
        self.title = title

    def request_cancel(self) -> None:
        self.worker.cancel.set()
        self.dialog.setLabelText(self.title + "\n" + QCoreApplication.translate("Job", "Đang dừng…"))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.worker.cancel.is_set():
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(f"{self.title}\n{text}")

    def run(self) -> Any:  # noqa: ANN401 — whatever the work returns
        self.dialog.setValue(0)
        self.thread.start()
        self.loop.exec()
        self.thread.quit()
        self.thread.wait()
        self.dialog.canceled.disconnect(self.request_cancel)  # closing a progress dialog "cancels" it
        self.dialog.close()
        self.dialog.deleteLater()
        if self.worker.error is not None:
            raise self.worker.error
        return self.worker.result


def run_job(parent: QWidget | None, title: str, work: Callable[[Progress], T]) -> T:
    """Run ``work(progress)`` off the GUI thread behind a cancellable progress dialog; return its
    result, or raise what it raised (``Cancelled`` when the user cancelled)."""
    return Job(parent, title, work).run()


def run_long(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], T],
    cancelled: Callable[[], None] | None = None,
) -> T | None:
    """:func:`run_job`, with any failure shown as one message (titled *title*) and None returned
    — then nothing was changed; after a cancel *cancelled* is called and None returned."""
    from app.ui.failures import show_failure

    try:
        return run_job(parent, title, work)
    except Cancelled:
        if cancelled is not None:
            cancelled()
    except Exception as exc:  # noqa: BLE001 — an AppError's sentence, or logged and one sentence
        show_failure(parent, title, exc, nothing_changed=True)
    return None
