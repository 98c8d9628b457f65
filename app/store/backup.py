"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app.errors import AppError
from app.progress import Progress, report

#: Rows of the ``meta`` table that never leave the database file in a copy: where versions before
#: schema 0009 kept the installation's private keys (now in app.sync.keystore, outside the file).
SECRET_META_KEYS = ("sync_identity",)


def drop_secrets(connection: sqlite3.Connection) -> bool:
    """Remove :data:`SECRET_META_KEYS` rows from an open SQLite copy, overwriting their bytes
    (``secure_delete``) and rebuilding the file (``VACUUM``) so no freed page keeps them. True when
    there was something to remove."""
    connection.execute("PRAGMA secure_delete=ON")
    marks = ",".join("?" * len(SECRET_META_KEYS))
    try:
        removed = connection.execute(f"DELETE FROM meta WHERE key IN ({marks})", SECRET_META_KEYS).rowcount
    except sqlite3.OperationalError:  # no meta table: not one of our databases
        return False
    connection.commit()
    if removed:
        connection.execute("VACUUM")
    return bool(removed)


def drop_secrets_from(path: Path) -> bool:
    """:func:`drop_secrets` on the SQLite file at *path* (an older backup); False when it cannot
    be opened or holds nothing secret."""
    try:
        connection = sqlite3.connect(path)
        try:
            if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").fetchone()[0] == 0:
                return False
            return drop_secrets(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def backup_sqlite(source: Path, target_dir: Path, label: str = "", progress: Progress | None = None) -> Path:
    """Copy the database at *source* into *target_dir* and return the new file's path.

    The copy is written under a temporary name and renamed only when complete, so a full disk
    never leaves a half-written backup under a backup's name. It never holds private keys
    (:func:`drop_secrets`, for a database from before they left the file).
    """
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppError(f"Không tạo được thư mục sao lưu {target_dir}.", f"cannot create backup folder {target_dir}: {exc.strerror}") from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    final = target_dir / f"{source.stem}-{stamp}{suffix}.sqlite"
    counter = 1
    while final.exists():
        counter += 1
        final = target_dir / f"{source.stem}-{stamp}{suffix}-{counter}.sqlite"
    partial = final.with_name(final.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:  # in steps, so that the user sees it move and can cancel
                    src.backup(dst, pages=1024, progress=lambda _status, remaining, total: report(
                        progress, total - remaining, total, "Đang sao lưu…"))
                drop_secrets(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except BaseException as exc:
        partial.unlink(missing_ok=True)  # cancelled or failed: no half-written backup is left
        if not isinstance(exc, sqlite3.Error | OSError):
            raise
        raise AppError(
            f"Không sao lưu được cơ sở dữ liệu vào {target_dir} (ổ đĩa đầy hoặc không ghi được?).",
            f"backup to {target_dir} failed: {exc}",
        ) from exc
    return final
