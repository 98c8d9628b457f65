"""Errors meant for the user: one clear sentence in Vietnamese, with the English beside it.

Services raise these; the CLI prints them on one line and exits 1, the window shows the
Vietnamese sentence in a message box. Nobody shows a traceback to an official.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path


class AppError(Exception):
    """A failure the user can understand and act on; nothing was changed."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en

    def one_line(self) -> str:
        return f"Lỗi: {self.vi} (error: {self.en})"


def log_unexpected(exc: BaseException | None = None) -> Path:
    """Append *exc* (default: the exception being handled), with its traceback, to the error log
    in the data folder and return the log's path (for the one-line message the user sees)."""
    from app.paths import log_file

    path = log_file()
    try:
        with path.open("a", encoding="utf-8") as handle:
            text = "".join(traceback.format_exception(exc)) if exc is not None else traceback.format_exc()
            handle.write(text + "\n")
    except OSError:
        logging.getLogger(__name__).exception("cannot write the error log")
    return path
