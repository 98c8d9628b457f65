"""Progress and cancellation of long work, without Qt.

A service that may run for seconds takes ``progress: Progress | None`` and calls it now and
then with (done, total, text); ``total == 0`` means "unknown". The caller's callback may raise
:class:`Cancelled` to stop the work: the service lets it through, cleans up what it started
(partial files, open transactions) and so leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import AppError

Progress = Callable[[int, int, str], None]


class Cancelled(AppError):
    """The user pressed Cancel; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu; không có gì thay đổi.", "cancelled; nothing was changed")


def report(progress: Progress | None, done: int, total: int, text: str = "") -> None:
    """Call *progress* if there is one (the one place services go through)."""
    if progress is not None:
        progress(done, total, text)
