"""Opening the database: where it is, SQLite settings, migrations, the installation's identity.

SQLite in the user's data folder is the default; ``--db`` or ``HOINGHI_DB`` take a path or any
SQLAlchemy URL (PostgreSQL for an office server). The schema is managed by Alembic: opening an
older database first copies it to the backups folder, then upgrades it; a database written by a
newer version of the app is refused untouched.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import AppError
from app.paths import backups_dir, database_target
from app.store import changes
from app.store.backup import backup_sqlite
from app.store.models import Meta

if TYPE_CHECKING:  # Alembic is imported only when a schema must change
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: How long a write waits for another program's write to finish before saying it is busy.
BUSY_TIMEOUT_MS = 10_000
#: The newest schema revision this code writes. Alembic (slow to import) is loaded only when a
#: database is at another revision; a test keeps this equal to the migrations' head.
SCHEMA_HEAD = "0011"


def resolve_url(db: str | None) -> str:
    """The database URL for ``--db`` / ``HOINGHI_DB`` / the default file."""
    target = database_target(db)
    return target if isinstance(target, str) else f"sqlite:///{target}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401
    # Let SQLAlchemy, not the driver, decide where transactions begin (documented recipe), so
    # that BEGIN covers the whole unit of work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:  # noqa: ANN401
    connection.exec_driver_sql("BEGIN")


# SQLite's primary result codes (https://sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def busy_error() -> AppError:
    return AppError(
        "Một chương trình khác đang dùng cơ sở dữ liệu — hãy đóng chương trình đó rồi thử lại. "
        "Chưa có gì thay đổi.",
        "another program is using the database — close it and try again",
    )


def read_only_error() -> AppError:
    return AppError(
        "Cơ sở dữ liệu nằm trên ổ đĩa chỉ đọc (hoặc không có quyền ghi) — hãy chép tệp sang ổ đĩa "
        "khác hoặc xin quyền ghi, rồi mở lại. Chưa có gì thay đổi.",
        "the database is on a read-only disk (or this user may not write it)",
    )


def database_error(exc: BaseException, path: Path | None = None) -> AppError | None:
    """The clear words for a database that is busy (another program writes it), on a read-only
    disk, on a full disk, gone, or damaged — each its own sentence, so that a locked file is never
    called damaged. ``None``: not one of these (the caller's own handling applies). Never quotes
    the driver's message (it may carry values)."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(original).lower()
    if primary in (_BUSY, _LOCKED) or "database is locked" in text or "table is locked" in text:
        return busy_error()
    if primary == _READONLY or "readonly database" in text:
        return read_only_error()
    if primary == _FULL or "disk is full" in text:
        return AppError(
            "Ổ đĩa chứa cơ sở dữ liệu đã đầy — hãy giải phóng chỗ trống rồi thử lại. Chưa có gì thay đổi.",
            "the disk holding the database is full",
        )
    if primary in (_CANTOPEN, _IOERR) or "unable to open" in text or "disk i/o error" in text:
        folder = path.parent if path is not None else None
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            return read_only_error()
        return AppError(
            "Không đọc hoặc ghi được tệp cơ sở dữ liệu (USB đã bị rút ra, ổ đĩa lỗi hoặc không có quyền?). "
            "Chưa có gì thay đổi.",
            "cannot read or write the database file (removed disk, disk error, or no permission?)",
        )
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        name = path.name if path is not None else "cơ sở dữ liệu"
        return AppError(
            f"Tệp {name} không phải cơ sở dữ liệu của Hội nghị ĐHTT hoặc đã hỏng.",
            f"{name} is not a readable database (damaged?)",
        )
    return None


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise AppError(
            f"{path} là một thư mục, không phải tệp cơ sở dữ liệu.",
            f"{path} is a folder, not a database file",
        )
    if not path.exists():
        if not create:
            raise AppError(f"Không tìm thấy cơ sở dữ liệu {path}.", f"database not found: {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AppError(
                f"Không tạo được thư mục {path.parent}.",
                f"cannot create folder {path.parent}: {exc.strerror}",
            ) from exc
        return
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
        finally:
            probe.close()
    except sqlite3.Error as exc:
        error = database_error(exc, path)
        if error is not None and "hỏng" not in error.vi:
            raise error from exc  # busy or unreadable: not "damaged"
        raise AppError(
            f"Tệp {path} không phải cơ sở dữ liệu của Hội nghị ĐHTT hoặc đã hỏng.",
            f"{path} is not a readable database (damaged?)",
        ) from exc


class Store:
    """An open database: the engine, a session factory with change tracking, and the
    installation's identity (``installation_id`` and this installation's unit)."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.path = sqlite_path(url)
        self._factory = sessionmaker(engine, expire_on_commit=False)
        changes.install(self._factory)
        self.installation_id = ""
        self.unit_id: str | None = None
        #: While set, what every session writes is added here too — ``(table, id) → seq``
        #: (``app.services.changes.recording``: an operation made of several service calls).
        self.recording: dict[tuple[str, str], int] | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        info: dict[str, Any] = {"installation_id": self.installation_id, "unit_id": self.unit_id}
        if self.recording is not None:
            info[changes.WRITTEN] = self.recording
        session = self._factory(info=info)
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            error = database_error(exc, self.path)  # busy, read-only, full: clear words, not a crash
            if error is None:
                raise
            raise error from exc
        finally:
            session.close()

    def get_meta(self, key: str) -> str | None:
        with self.session() as session:
            meta = session.get(Meta, key)
            return meta.value if meta is not None else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.session() as session:
            session.merge(Meta(key=key, value=value))
        if key == "unit_id":
            self.unit_id = value

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return _current_revision(connection)

    def close(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    try:
        # hide_parameters: a database error never carries people's records or keys into a
        # message, the error log or stderr.
        engine = create_engine(url, hide_parameters=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise AppError(
            f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url}", f"invalid database URL {url}: {exc}"
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def open_store(db: str | None = None, *, create: bool = True, upgrade: bool = True) -> Store:
    """Open (and if needed create or upgrade) the database named by *db*.

    Raises :class:`AppError` — with nothing changed — when the file is not a database, belongs
    to another program, or was written by a newer version of the app.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    engine = make_engine(url)
    try:
        store = Store(engine, url)
        _migrate(store, upgrade)
        if store.path is not None:
            _enable_wal(store.engine)
        _bootstrap(store)
    except AppError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        error = database_error(exc, path)
        if error is not None:
            raise error from exc
        raise AppError(
            "Không mở được cơ sở dữ liệu (tệp hỏng, bị khóa hoặc không có quyền truy cập).",
            f"cannot open database: {exc.__class__.__name__}",
        ) from exc
    return store


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision: str | None = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision


def _migrate(store: Store, upgrade: bool) -> None:
    with store.engine.connect() as connection:
        current = _current_revision(connection)
        if current == SCHEMA_HEAD:
            return
        tables = set(inspect(connection).get_table_names())
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as exc:
            raise AppError(
                "Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra; hãy cập nhật phần mềm.",
                f"database schema {current} is newer than this app knows (head {head}); update the app",
            ) from exc
    elif tables - {"alembic_version"}:
        raise AppError(
            "Tệp này là cơ sở dữ liệu của một chương trình khác, không phải của Hội nghị ĐHTT.",
            "this database belongs to another program (no Hội nghị ĐHTT schema revision)",
        )
    if current == head or not upgrade:
        return
    if current is not None and store.path is not None:
        # An official's data is about to change shape: keep a copy first.
        backup_sqlite(store.path, backups_dir(), label=f"truoc-nang-cap-{current}")
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def sqlite_connection(connection: Connection) -> sqlite3.Connection:
    """The ``sqlite3`` connection under *connection* (a SQLite file's: ``Store.path`` is set),
    for the statements SQLAlchemy does not run itself (journal mode, VACUUM, checkpoints)."""
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError("not a SQLite connection")
    return raw


def _enable_wal(engine: Engine) -> None:
    """Write-ahead logging: readers never block the writer, a crash never corrupts. Set only
    once the database has been accepted, so a refused file is left byte for byte as it was."""
    with engine.connect() as connection:
        raw = sqlite_connection(connection)
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            raw.execute("PRAGMA journal_mode=WAL")


def _bootstrap(store: Store) -> None:
    """Give a new installation its identity; read this installation's unit."""
    with store.session() as session:
        meta = {m.key: m.value for m in session.scalars(select(Meta))}
        if not meta.get("installation_id"):
            meta["installation_id"] = str(uuid.uuid4())
            session.add(Meta(key="installation_id", value=meta["installation_id"]))
    store.installation_id = meta["installation_id"] or ""
    store.unit_id = meta.get("unit_id")
