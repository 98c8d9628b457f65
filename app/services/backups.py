"""Backups a person can rely on: the list of the rotating folder, what a backup holds, and a
restore that keeps the database it replaces.

A restore never guesses: :func:`describe` reads the backup first (schema revision, unit, counts
per list) without changing anything — that is the preview. A backup made by a newer version of
the app is refused before anything is touched; one from an older version is migrated after it
is put in place (the migration makes its own backup first, as every upgrade does).
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.errors import AppError
from app.paths import backups_dir
from app.store.backup import automatic_backup, list_backups, parse_name
from app.store.db import SCHEMA_HEAD, resolve_url, sqlite_path


@dataclass
class BackupSummary:
    """What a backup file holds — the preview shown before a restore."""

    path: Path
    at: datetime
    reason: str
    reason_text: str
    size: int
    schema: str | None = None
    unit_code: str | None = None
    unit_name: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    #: Why it cannot be restored (newer schema, not a database of this app), else None.
    problem: AppError | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``hoinghi backups --json`` row: path, time, reason, size, counts."""
        return {"path": str(self.path), "time": self.at.isoformat(timespec="seconds"), "reason": self.reason,
                "size": self.size, "counts": self.counts}

    def _reason(self, english: bool) -> str:
        named = parse_name(self.path)
        return named.reason_text(english) if named else self.reason_text

    def lines(self, english: bool = False) -> list[str]:
        """The preview as text lines (CLI and window)."""
        from app.domain.formats import fmt_date
        from app.services.info import COUNTED

        labels = LIST_LABELS_EN if english else LIST_LABELS
        when = f"{fmt_date(self.at.date())} {self.at:%H:%M}"
        unit = f"{self.unit_code} — {self.unit_name}" if self.unit_code else ("(none)" if english else "(chưa gắn đơn vị)")
        lines = [
            f"{'Backup' if english else 'Bản sao lưu'}: {self.path}",
            f"{'Made' if english else 'Lập lúc'}: {when} — {self._reason(english)}",
            f"{'Unit' if english else 'Đơn vị'}: {unit}",
            f"{'Schema' if english else 'Phiên bản lược đồ'}: {self.schema or '?'} "
            f"({'this app' if english else 'phần mềm này'}: {SCHEMA_HEAD})",
            f"{'Size' if english else 'Dung lượng'}: {self.size / 1e6:.1f} MB",
        ]
        lines += [f"  {labels.get(name, name):<28} {self.counts[name]:>8}" for name in COUNTED if name in self.counts]
        if self.problem is not None:
            lines.append(("Cannot be restored: " + self.problem.en) if english else ("Không khôi phục được: " + self.problem.vi))
        return lines


LIST_LABELS = {"units": "Đơn vị", "conferences": "Hội nghị", "agenda_items": "Mục chương trình",
               "invitees": "Thành phần / khách mời", "honorees": "Điển hình tiên tiến", "speeches": "Tham luận",
               "delegates": "Đại biểu dự cấp trên", "award_tallies": "Kết quả khen thưởng"}
LIST_LABELS_EN = {"units": "Units", "conferences": "Conferences", "agenda_items": "Agenda items",
                  "invitees": "Invitees", "honorees": "Honorees", "speeches": "Model reports",
                  "delegates": "Delegates", "award_tallies": "Award figures"}


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from app.store.db import alembic_config

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def describe(path: Path, known: set[str] | None = None) -> BackupSummary:
    """Read the backup *path* without changing it. Raises :class:`AppError` when it is not a
    readable SQLite file; a database that cannot be restored (newer schema, another program's)
    is described with its ``problem`` set."""
    if not path.is_file():
        raise AppError(f"Không tìm thấy tệp sao lưu {path}.", f"backup file not found: {path}")
    named = parse_name(path)
    at = named.at if named else datetime.fromtimestamp(path.stat().st_mtime)
    summary = BackupSummary(path=path, at=at, reason=named.reason if named else "",
                            reason_text=named.reason_text() if named else "", size=path.stat().st_size)
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "meta", "units"} <= tables:
                summary.problem = AppError("Tệp này không phải bản sao lưu của Hội nghị ĐHTT.",
                                           "not a backup of a Hội nghị ĐHTT database")
                return summary
            summary.schema = probe.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise AppError(f"Tệp {path.name} không phải cơ sở dữ liệu đọc được (hỏng?).", f"{path} is not a readable database: {exc}") from exc
    if summary.schema not in (known if known is not None else _known_revisions()):
        summary.problem = AppError(
            f"Bản sao lưu do phiên bản mới hơn của phần mềm tạo ra (lược đồ {summary.schema}); hãy cập nhật phần mềm trước.",
            f"the backup was made by a newer version of the app (schema {summary.schema}); update the app first")
        return summary
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            from app.services.info import count_records

            try:
                summary.counts = count_records(session)
            except Exception:  # noqa: BLE001 — an older schema may lack a list: counted as far as it goes
                summary.counts = {}
            connection = session.connection().connection.driver_connection
            row = connection.execute("SELECT value FROM meta WHERE key = 'unit_id'").fetchone()
            if row and row[0]:
                unit = connection.execute("SELECT code, name FROM units WHERE id = ?", (row[0],)).fetchone()
                if unit:
                    summary.unit_code, summary.unit_name = unit
    finally:
        engine.dispose()
    return summary


def backups(folder: Path | None = None) -> list[BackupSummary]:
    """Every backup of the rotating folder (or *folder*), newest first, with what it holds."""
    known = _known_revisions()
    found = []
    for entry in list_backups(folder or backups_dir()):
        try:
            found.append(describe(entry.path, known))
        except AppError:
            continue  # a damaged file is not offered as a backup
    return found


@dataclass
class RestoreResult:
    summary: BackupSummary
    #: The backup of the database that was replaced (None when there was none).
    replaced: Path | None
    schema: str | None


def restore(db: str | None, backup: Path, apply: bool = False) -> RestoreResult:
    """Without *apply*: the preview, nothing changed. With it: the current database is backed
    up, the backup's content put in its place (SQLite's backup API, in one transaction), and
    an older schema migrated."""
    summary = describe(backup)
    if summary.problem is not None:
        raise summary.problem
    url = resolve_url(db)
    target = sqlite_path(url)
    if target is None:
        raise AppError("Khôi phục chỉ dành cho cơ sở dữ liệu dạng tệp (SQLite); với PostgreSQL hãy dùng pg_restore.",
                       "restore works on SQLite files; use pg_restore for PostgreSQL")
    if target.exists() and target.resolve() == backup.resolve():
        raise AppError("Không thể khôi phục một tệp vào chính nó.", "the backup is the database itself")
    if not apply:
        return RestoreResult(summary, None, summary.schema)
    replaced = _keep_current(target) if target.exists() else None
    _copy_into(backup, target)
    from app.services.database import open_database

    store = open_database(str(target))  # migrates an older backup (after its own backup)
    try:
        schema = store.revision()
    finally:
        store.close()
    return RestoreResult(summary, replaced, schema)


def _keep_current(target: Path) -> Path:
    """The database about to be replaced, kept as a backup — copied byte for byte when it is too
    damaged for SQLite to read (that may be why it is being restored)."""
    try:
        kept = automatic_backup(target, "truoc-khoi-phuc")
        if kept is not None:
            return kept
    except AppError:
        pass
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir() / f"{target.stem}-{stamp}-truoc-khoi-phuc_0.sqlite"
    try:
        shutil.copy2(target, kept)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    except OSError as exc:
        kept.unlink(missing_ok=True)
        raise AppError("Không giữ lại được cơ sở dữ liệu đang dùng; chưa khôi phục gì.",
                       f"cannot keep the current database before the restore: {exc}") from exc
    return kept


def _copy_into(backup: Path, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            destination = sqlite3.connect(target, timeout=10)
            try:
                source.backup(destination)  # one write transaction on the target: all of it or none
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise AppError("Không khôi phục được (cơ sở dữ liệu đang bị chương trình khác khóa?); không có gì thay đổi.",
                       f"restore failed, nothing changed: {exc}") from exc
