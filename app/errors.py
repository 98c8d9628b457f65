"""Errors meant for the user: one clear sentence in Vietnamese, with the English beside it.

Services raise these; the CLI prints them on one line and exits 1, the window shows the
Vietnamese sentence in a message box. Nobody shows a traceback to an official.
"""

from __future__ import annotations


class AppError(Exception):
    """A failure the user can understand and act on; nothing was changed."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en

    def one_line(self) -> str:
        return f"Lỗi: {self.vi} (error: {self.en})"
