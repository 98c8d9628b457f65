"""Consistent copies of a SQLite database through SQLite's online backup API, and the rotating
folder of automatic backups.

Every backup is one file named ``<database>-<yyyymmdd>-<hhmmss>[-<reason>][_<n>].sqlite``: the
name alone says which database, when and why, so the folder needs no index that could disagree
with it. Backups written into the app's own folder (:func:`app.paths.backups_dir`) rotate: after
each one, only the newest N of that database are kept (``[backups] keep`` in ``settings.ini`` of
the data folder, default 30). A backup written elsewhere (``hoinghi backup --to E:\\``) is never
pruned.
"""

from __future__ import annotations

import configparser
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import AppError
from app.long_work import Progress, report

#: Rows of the ``meta`` table that never leave the database file in a copy: where versions before
#: schema 0009 kept the installation's private keys (now in app.sync.keystore, outside the file).
SECRET_META_KEYS = ("sync_identity",)
DEFAULT_KEEP = 30
#: Why a backup was made: the code in its file name → (Vietnamese, English).
REASONS = {
    "": ("sao lưu theo yêu cầu", "on request"),
    "hang-ngay": ("tự động, lần mở đầu tiên trong ngày", "daily, first start of the day"),
    "truoc-nhap-goi": ("tự động, trước khi nhập gói dữ liệu", "before a bundle import"),
    "truoc-nhap-excel": ("tự động, trước khi nhập bảng tính", "before a spreadsheet import"),
    "truoc-nang-cap": ("tự động, trước khi nâng cấp cơ sở dữ liệu", "before a schema upgrade"),
    "truoc-khoi-phuc": (
        "tự động, bản đang dùng trước khi khôi phục",
        "the replaced database, before a restore",
    ),
}
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<label>[a-z0-9-]+))?(?:_(?P<n>\d+))?\.sqlite$"
)


@dataclass(frozen=True)
class BackupFile:
    """A backup file of the rotating folder, as its name describes it."""

    path: Path
    stem: str
    at: datetime
    label: str
    #: The second, third … backup of the same second.
    number: int = 1

    @property
    def reason(self) -> str:
        """The reason's code: ``hang-ngay``, ``truoc-nhap-goi``, … (``truoc-nang-cap`` without its revision)."""
        return "truoc-nang-cap" if self.label.startswith("truoc-nang-cap") else self.label

    def reason_text(self, english: bool = False) -> str:
        vi, en = REASONS.get(self.reason, (self.label, self.label))
        revision = self.label.removeprefix("truoc-nang-cap").lstrip("-")
        suffix = f" ({revision})" if self.reason == "truoc-nang-cap" and revision else ""
        return (en if english else vi) + suffix

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def parse_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, match["stem"], at, match["label"] or "", int(match["n"] or 1))


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The backups in *folder* (of the database named *stem*, or all), newest first."""
    found = [b for b in map(parse_name, folder.glob("*.sqlite")) if b is not None]
    if stem is not None:
        found = [b for b in found if b.stem == stem]
    return sorted(found, key=lambda b: (b.at, b.number), reverse=True)


# -- the setting ------------------------------------------------------------------------------------
def _settings() -> tuple[configparser.RawConfigParser, Path]:
    from app.paths import data_dir

    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case (QSettings shares the file)
    path = data_dir() / "settings.ini"
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError):
        pass
    return parser, path


def keep_count() -> int:
    """How many automatic backups of each database the rotating folder keeps."""
    parser, _ = _settings()
    try:
        return max(1, int(parser.get("backups", "keep", fallback=str(DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


def set_keep_count(keep: int) -> None:
    if keep < 1:
        raise AppError("Số bản sao lưu giữ lại phải từ 1 trở lên.", "keep at least 1 backup")
    parser, path = _settings()
    if not parser.has_section("backups"):
        parser.add_section("backups")
    parser.set("backups", "keep", str(keep))
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


def prune(folder: Path, stem: str, keep: int | None = None) -> list[Path]:
    """Delete all but the newest *keep* backups of database *stem* in *folder*; return the deleted."""
    keep = keep_count() if keep is None else keep
    deleted = []
    for old in list_backups(folder, stem)[keep:]:
        try:
            old.path.unlink()
            deleted.append(old.path)
        except OSError:
            pass  # open elsewhere (Windows) or read-only: tried again after the next backup
    return deleted


# -- writing -----------------------------------------------------------------------------------------
def _is_rotating(folder: Path) -> bool:
    from app.paths import backups_dir

    try:
        return folder.resolve() == backups_dir().resolve()
    except OSError:
        return False


def drop_secrets(connection: sqlite3.Connection) -> bool:
    """Remove :data:`SECRET_META_KEYS` rows from an open SQLite copy, overwriting their bytes
    (``secure_delete``) and rebuilding the file (``VACUUM``) so no freed page keeps them. True when
    there was something to remove."""
    connection.execute("PRAGMA secure_delete=ON")
    marks = ",".join("?" * len(SECRET_META_KEYS))
    try:
        removed = connection.execute(
            f"DELETE FROM meta WHERE key IN ({marks})",  # noqa: S608 — "?" marks only
            SECRET_META_KEYS,
        ).rowcount
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
            if (
                connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
                == 0
            ):
                return False
            return drop_secrets(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def backup_sqlite(source: Path, target_dir: Path, label: str = "", progress: Progress | None = None) -> Path:
    """Copy the database at *source* into *target_dir* and return the new file's path.

    The copy is one consistent snapshot, even while another connection writes (SQLite's backup
    API restarts when the source changes under it). It is written under a temporary name and
    renamed only when complete, so a full disk never leaves a half-written backup under a
    backup's name. It never holds private keys (:func:`drop_secrets`, for a database from before
    they left the file). In the app's backups folder the oldest backups of the database are then
    pruned (:func:`prune`).
    """
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppError(
            f"Không tạo được thư mục sao lưu {target_dir}.",
            f"cannot create backup folder {target_dir}: {exc.strerror}",
        ) from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    final = target_dir / f"{source.stem}-{stamp}{suffix}.sqlite"
    counter = 1
    while final.exists():
        counter += 1
        final = target_dir / f"{source.stem}-{stamp}{suffix}_{counter}.sqlite"
    partial = final.with_name(final.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            # One read transaction for the whole copy: every step reads the same snapshot, so the
            # copy is consistent and finishes even while another program keeps writing (WAL).
            src.isolation_level = None
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:  # in steps, so that the user sees it move and can cancel
                    src.backup(
                        dst,
                        pages=1024,
                        progress=lambda _status, remaining, total: report(
                            progress, total - remaining, total, "Đang sao lưu…"
                        ),
                    )
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
                drop_secrets(dst)
            finally:
                dst.close()
        finally:
            src.close()  # ends the read transaction
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
    if _is_rotating(target_dir):
        prune(target_dir, source.stem)
    return final


def automatic_backup(source: Path | None, reason: str, progress: Progress | None = None) -> Path | None:
    """A backup into the rotating folder before risky work (*reason*: a code of :data:`REASONS`);
    None for a database that is not a SQLite file (a server has its own backups)."""
    if source is None or not source.exists():
        return None
    from app.paths import backups_dir

    return backup_sqlite(source, backups_dir(), label=reason, progress=progress)


def daily_backup(source: Path | None, today: date | None = None) -> Path | None:
    """The first start of each day: a backup, unless the database already has one from today."""
    if source is None or not source.exists():
        return None
    from app.paths import backups_dir

    today = today or date.today()
    if any(b.at.date() == today for b in list_backups(backups_dir(), source.stem)):
        return None
    return automatic_backup(source, "hang-ngay")
