"""Backups a person can rely on: the list of the rotating folder, what a backup holds, and a
restore that keeps the database it replaces.

A restore never guesses: :func:`describe` reads the backup first (schema revision, unit, counts
per list) without changing anything — that is the preview. A backup made by a newer version of
the app is refused before anything is touched; one from an older version is migrated after it
is put in place (the migration makes its own backup first, as every upgrade does).

The rotating folder is shared by every database of the data folder; each backup's file name
carries its database's name (``r1-20251126-123142.sqlite`` is a backup of ``r1.sqlite``), so a
database lists its own backups (:func:`backups` with *db*). A backup of another unit is refused
over a database that has a unit (:func:`for_target`) — it would make a commune's PC a district's
without a word; restoring it on purpose is restoring into a new file (``--db``). A backup with no
unit, or no records, is restored only after the preview has said so (:attr:`BackupSummary.warnings`).
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field, replace
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
    #: Why it cannot be restored (newer schema, not a database of this app; another unit's over
    #: this database: :func:`for_target`), else None.
    problem: AppError | None = None
    #: The database it is a backup of (the name its file name carries), None for another file.
    database: str | None = None

    @property
    def unit(self) -> str:
        """``23083 — Xã Hàm Chính``; empty when the backup has no unit."""
        return f"{self.unit_code} — {self.unit_name}" if self.unit_code else ""

    def warnings(self, english: bool = False) -> list[str]:
        """What the preview must say before such a backup replaces the data: it has no unit, or
        holds no records (a fresh database's backup)."""
        found = []
        if self.problem is None and not self.unit_code:
            found.append(
                "the backup belongs to no unit: after the restore this PC has to be set up again"
                if english
                else "Bản sao lưu chưa gắn với đơn vị nào: khôi phục xong, máy phải thiết lập lại từ đầu."
            )
        if (
            self.problem is None
            and self.counts
            and not any(n for name, n in self.counts.items() if name != "units")
        ):
            found.append(
                "the backup holds no records (no conference, no list): restoring it empties this database"
                if english
                else "Bản sao lưu không có dữ liệu nào (không có hội nghị, danh sách nào): khôi phục "
                "sẽ làm trống cơ sở dữ liệu đang dùng."
            )
        return found

    def as_json(self) -> dict[str, Any]:
        """The ``hoinghi backups --json`` row: path, time, reason, size, counts."""
        return {
            "path": str(self.path),
            "time": self.at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "counts": self.counts,
        }

    def _reason(self, english: bool) -> str:
        named = parse_name(self.path)
        return named.reason_text(english) if named else self.reason_text

    def lines(self, english: bool = False) -> list[str]:
        """The preview as text lines (CLI and window). What stands in the way of the restore, or must
        be known first, comes right under the unit (seen without scrolling)."""
        from app.domain.formats import fmt_datetime
        from app.services.info import COUNTED

        labels = LIST_LABELS_EN if english else LIST_LABELS
        unit = self.unit or ("(none)" if english else "(chưa gắn đơn vị)")
        lines = [
            f"{'Backup' if english else 'Bản sao lưu'}: {self.path}",
            f"{'Made' if english else 'Lập lúc'}: {fmt_datetime(self.at)} — {self._reason(english)}",
            f"{'Unit' if english else 'Đơn vị'}: {unit}",
        ]
        if self.problem is not None:
            lines.append(
                ("Cannot be restored: " + self.problem.en)
                if english
                else ("Không khôi phục được: " + self.problem.vi)
            )
        lines += [("Note: " if english else "Lưu ý: ") + warning for warning in self.warnings(english)]
        lines += [
            f"{'Schema' if english else 'Phiên bản lược đồ'}: {self.schema or '?'} "
            f"({'this app' if english else 'phần mềm này'}: {SCHEMA_HEAD})",
            f"{'Size' if english else 'Dung lượng'}: {self.size / 1e6:.1f} MB",
        ]
        lines += [
            f"  {labels.get(name, name):<28} {self.counts[name]:>8}"
            for name in COUNTED
            if name in self.counts
        ]
        return lines


LIST_LABELS = {
    "units": "Đơn vị",
    "conferences": "Hội nghị",
    "agenda_items": "Mục chương trình",
    "invitees": "Thành phần / khách mời",
    "honorees": "Điển hình tiên tiến",
    "speeches": "Tham luận",
    "delegates": "Đại biểu dự cấp trên",
    "award_tallies": "Kết quả khen thưởng",
}
LIST_LABELS_EN = {
    "units": "Units",
    "conferences": "Conferences",
    "agenda_items": "Agenda items",
    "invitees": "Invitees",
    "honorees": "Honorees",
    "speeches": "Model reports",
    "delegates": "Delegates",
    "award_tallies": "Award figures",
}


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
    summary = BackupSummary(
        path=path,
        at=at,
        reason=named.reason if named else "",
        reason_text=named.reason_text() if named else "",
        size=path.stat().st_size,
        database=named.stem if named else None,
    )
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "meta", "units"} <= tables:
                summary.problem = AppError(
                    "Tệp này không phải bản sao lưu của Hội nghị ĐHTT.",
                    "not a backup of a Hội nghị ĐHTT database",
                )
                return summary
            summary.schema = probe.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise AppError(
            f"Tệp {path.name} không phải cơ sở dữ liệu đọc được (hỏng?).",
            f"{path} is not a readable database: {exc}",
        ) from exc
    if summary.schema not in (known if known is not None else _known_revisions()):
        summary.problem = AppError(
            f"Bản sao lưu do phiên bản mới hơn của phần mềm tạo ra (lược đồ {summary.schema}); hãy cập nhật phần mềm trước.",
            f"the backup was made by a newer version of the app (schema {summary.schema}); update the app first",
        )
        return summary
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            from app.services.info import count_records

            try:
                summary.counts = count_records(session)
            except Exception:  # noqa: BLE001 — an older schema may lack a list: counted as far as it goes
                summary.counts = {}
            unit = _unit_in(session.connection().connection.driver_connection)
            if unit:
                summary.unit_code, summary.unit_name = unit
    finally:
        engine.dispose()
    return summary


def _unit_in(connection: sqlite3.Connection) -> tuple[str, str] | None:
    """(code, name) of the unit a database belongs to (its ``meta`` row ``unit_id``), or None."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'unit_id'").fetchone()
    if not row or not row[0]:
        return None
    unit = connection.execute("SELECT code, name FROM units WHERE id = ?", (row[0],)).fetchone()
    return (unit[0], unit[1]) if unit else None


def database_name(db: str | None) -> str | None:
    """The name the backups of the SQLite database *db* carry (its file name without ``.sqlite``);
    None for a database server."""
    target = sqlite_path(resolve_url(db))
    return target.stem if target is not None else None


def current_unit(db: str | None) -> tuple[str, str] | None:
    """(code, name) of the unit the database *db* belongs to, read without changing it; None when it
    has none, does not exist, or cannot be read (a damaged database may be why it is restored)."""
    target = sqlite_path(resolve_url(db))
    if target is None or not target.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return _unit_in(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def for_target(
    db: str | None, summary: BackupSummary, current: tuple[str, str] | None = None
) -> BackupSummary:
    """*summary* as a restore into *db* sees it: when *db* belongs to a unit and the backup to
    another, its ``problem`` says so and how to restore it on purpose (into a new file). *current*:
    the unit of *db* when already read (:func:`current_unit`)."""
    if summary.problem is not None or not summary.unit_code:
        return summary
    current = current if current is not None else current_unit(db)
    if current is None or current[0] == summary.unit_code:
        return summary
    mine = f"{current[0]} — {current[1]}"
    return replace(
        summary,
        problem=AppError(
            f"Bản sao lưu này là của {summary.unit}, không phải của {mine} (cơ sở dữ liệu đang dùng); không khôi phục đè "
            f"lên. Muốn dùng dữ liệu đó thì khôi phục vào một tệp mới: hoinghi --db <tệp mới>.sqlite restore "
            f'"{summary.path}" --yes',
            f"the backup belongs to {summary.unit}, not to {mine} (this database); not restored over it. To use that "
            f'data on purpose, restore it into a new file: hoinghi --db <new file>.sqlite restore "{summary.path}" --yes',
        ),
    )


def backups(folder: Path | None = None, db: str | None = None) -> list[BackupSummary]:
    """The backups of the rotating folder (or *folder*), newest first, with what each holds: of
    the database *db* only (the name each backup's file name carries), each as a restore into
    *db* sees it (:func:`for_target`); without *db*, of every database."""
    known = _known_revisions()
    name = database_name(db) if db is not None else None
    current = current_unit(db) if db is not None else None
    found = []
    for entry in list_backups(folder or backups_dir(), name):
        try:
            summary = describe(entry.path, known)
        except AppError:
            continue  # a damaged file is not offered as a backup
        found.append(for_target(db, summary, current) if current is not None else summary)
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
    an older schema migrated. A backup of another unit than *db*'s is refused (:func:`for_target`)."""
    summary = for_target(db, describe(backup))
    if summary.problem is not None:
        raise summary.problem
    url = resolve_url(db)
    target = sqlite_path(url)
    if target is None:
        raise AppError(
            "Khôi phục chỉ dành cho cơ sở dữ liệu dạng tệp (SQLite); với PostgreSQL hãy dùng pg_restore.",
            "restore works on SQLite files; use pg_restore for PostgreSQL",
        )
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
        raise AppError(
            "Không giữ lại được cơ sở dữ liệu đang dùng; chưa khôi phục gì.",
            f"cannot keep the current database before the restore: {exc}",
        ) from exc
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
        raise AppError(
            "Không khôi phục được (cơ sở dữ liệu đang bị chương trình khác khóa?); không có gì thay đổi.",
            f"restore failed, nothing changed: {exc}",
        ) from exc
