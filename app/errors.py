"""Errors meant for the user: one clear sentence in Vietnamese, with the English beside it.

Services raise these; the CLI prints them on one line and exits 1, the window shows the
Vietnamese sentence in a message box. Nobody shows a traceback to an official.

An error nobody foresaw goes to the error log in the data folder — its type, where it happened
(file, line, function of each frame) and the command, **never values**: exception messages are
left out, because a database error carries the SQL parameters (people's records, private keys)
and other messages quote what was typed.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path


class AppError(Exception):
    """A failure the user can understand and act on; nothing was changed."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en

    def one_line(self) -> str:
        return f"Lỗi: {self.vi} (error: {self.en})"

    def details(self) -> list[str]:
        """Lines the CLI prints under the one line (the rows a file import refused); none by default."""
        return []


def error_name(exc: BaseException) -> str:
    """``module.Class`` of an exception — what a log or a message may say about it."""
    kind = type(exc)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _short_path(filename: str) -> str:
    """A frame's file from the package it belongs to (a full path may carry the user's name)."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "lib", "Lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    if "app" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("app") :])
    return Path(filename).name


def describe(exc: BaseException, command: str | None = None) -> str:
    """*exc* as the error log keeps it: the command, then for the exception and each one it was
    raised from, its type and the frames (file:line in function) — no message, no value."""
    lines = [f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC — lệnh / command: {command or '-'}"]
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = exc
    how = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, how))
        if current.__cause__ is not None:
            current, how = current.__cause__, "raised from"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, how = current.__context__, "while handling"
        else:
            current = None
    for error, how in reversed(chain):  # the first cause first, as Python prints them
        lines.append(f"{error_name(error)}" + (f"  ({how} the exception above)" if how else ""))
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def log_unexpected(exc: BaseException | None = None, command: str | None = None) -> Path:
    """Append *exc* (default: the exception being handled) to the error log in the data folder
    as :func:`describe` writes it, and return the log's path (for the one-line message the user
    sees)."""
    from app.paths import log_file

    exc = exc if exc is not None else sys.exc_info()[1]
    path = log_file()
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(describe(exc, command) if exc is not None else "(no exception)\n")
            handle.write("\n")
    except OSError:
        logging.getLogger(__name__).error("cannot write the error log %s", path)
    return path
