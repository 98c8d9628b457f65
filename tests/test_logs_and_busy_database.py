"""Nothing secret or personal in logs or on stderr — the failing paths are run with planted
values and everything written is searched for them — and clear words (Vietnamese first) for a
database that another program is using or that sits on a read-only disk, never "damaged"."""

from __future__ import annotations

import base64
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import db as store_db
from app.store.changes import bulk_insert
from tests.conftest import dump
from tests.conftest import run_cli as run
from tests.syncing import opened

SECRET_NAME = "Nguyễn Bí Mật Tuyệt Đối"
SECRET_ACHIEVEMENT = "Số CCCD 079123456789, nhà số 17 hẻm 4"
BUSY = "Một chương trình khác đang dùng cơ sở dữ liệu"
READ_ONLY = "ổ đĩa chỉ đọc"


def written_everywhere(err: str) -> str:
    """stderr plus every log file in the data folder."""
    home = Path(os.environ["HOINGHI_HOME"])
    logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in home.rglob("*.log"))
    return err + logs


def people_file(tmp_path: Path, rows: int = 1) -> Path:
    path = tmp_path / "ds.csv"
    lines = ["Họ và tên,Năm sinh,Thành tích"] + [
        f"{SECRET_NAME} {n},1980,{SECRET_ACHIEVEMENT}" for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_engine_hides_sql_parameters(commune_db):
    with opened(commune_db) as store:
        assert store.engine.hide_parameters


def test_a_database_error_with_parameters_logs_type_place_and_command_only(
    commune_db, tmp_path, capsys, monkeypatch
):
    """A constraint the checks missed (here: the same record written twice) is an unexpected
    error: one line on stderr, the log has its type, where, and the command — not the names."""
    from app.services import spreadsheet_import

    def twice(session, model, rows):
        rows = [{**row, "id": "00000000-0000-4000-8000-000000000001"} for row in rows]
        bulk_insert(session, model, rows)
        return bulk_insert(session, model, rows)

    monkeypatch.setattr(spreadsheet_import, "bulk_insert", twice)
    before = dump(commune_db)
    code, _, err = run(capsys, "--db", commune_db, "xlsx", "import", "honorees", people_file(tmp_path))
    assert code == 1 and err.count("\n") == 1 and "IntegrityError" in err
    everything = written_everywhere(err)
    assert SECRET_NAME not in everything and "079123456789" not in everything
    log = (Path(os.environ["HOINGHI_HOME"]) / "hoinghi-errors.log").read_text(encoding="utf-8")
    assert "sqlalchemy.exc.IntegrityError" in log and "sqlite3.IntegrityError" in log
    assert re.search(r"app/services/spreadsheet_import\.py:\d+ in apply_import", log)
    assert "hoinghi xlsx import honorees" in log
    assert dump(commune_db) == before


def test_a_full_disk_says_so_without_the_records(commune_db, tmp_path, capsys, monkeypatch):
    """SQLite's own "database or disk is full", made real by capping the file's pages."""
    pages = sqlite3.connect(commune_db).execute("PRAGMA page_count").fetchone()[0]
    real = store_db._sqlite_pragmas

    def capped(connection, record):
        real(connection, record)
        connection.execute(f"PRAGMA max_page_count={pages + 2}")

    monkeypatch.setattr(store_db, "_sqlite_pragmas", capped)
    before = dump(commune_db)
    code, _, err = run(capsys, "--db", commune_db, "xlsx", "import", "honorees", people_file(tmp_path, 3000))
    assert code == 1 and err.count("\n") == 1 and "đầy" in err and "full" in err
    everything = written_everywhere(err)
    assert SECRET_NAME not in everything and "079123456789" not in everything
    assert dump(commune_db) == before


def test_keys_restore_on_a_busy_database_never_shows_the_private_key(
    commune_db, tmp_path, capsys, monkeypatch
):
    from app.sync.keys import installation_identity

    password = tmp_path / "mk.txt"
    password.write_text("một mật khẩu thật dài 2025\n", encoding="utf-8")
    recovery = tmp_path / "du-phong.hnk"
    code, _, err = run(
        capsys,
        "--db",
        commune_db,
        "keys",
        "export",
        "--recovery",
        "--out",
        recovery,
        "--password-file",
        password,
    )
    assert code == 0, err
    with opened(commune_db) as store:
        secret_text = installation_identity(store).to_text()
    secrets = [s for s in re.findall(r"[A-Za-z0-9+/=_-]{24,}", secret_text)]
    secrets += [base64.b64decode(s + "==", validate=False).hex() for s in secrets if len(s) % 4 in (0, 2, 3)]
    assert secrets

    fresh = tmp_path / "may-moi.sqlite"
    shutil.copy(commune_db, fresh)
    with sqlite3.connect(fresh) as con:  # no keys known to the database: the restore must write it
        con.execute("delete from meta where key like '%identity%' or key like '%key%' or key = 'sync_public'")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(fresh, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        code, out, err = run(capsys, "--db", fresh, "keys", "restore", recovery, "--password-file", password)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and err.count("\n") == 1 and err.startswith(f"Lỗi: {BUSY}")
    everything = written_everywhere(out + err)
    assert not [s for s in secrets if s in everything]


# -- a busy or read-only database: its own words, distinct from "damaged" ----------------------
def test_a_write_while_another_program_holds_the_write_lock_says_busy(
    commune_db, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    before = dump(commune_db)
    holder = sqlite3.connect(commune_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run(
            capsys,
            "--db",
            commune_db,
            "print",
            "programme",
            "--out",
            tmp_path / "ct.pdf",
            "--signer",
            "Lê Văn Ký",
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and err.startswith(f"Lỗi: {BUSY}") and "close it and try again" in err
    assert "hỏng" not in err and "damaged" not in err
    assert dump(commune_db) == before


def test_opening_a_database_another_program_locked_says_busy_not_damaged(commune_db, capsys, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(commune_db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # an old-style lock: readers are shut out too
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "--db", commune_db, "info")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and err.startswith(f"Lỗi: {BUSY}") and "hỏng" not in err


def test_a_write_refused_as_read_only_by_sqlite_says_read_only(commune_db, capsys, monkeypatch):
    """SQLite's own "attempt to write a readonly database" (here from ``PRAGMA query_only``; the
    chmod tests below make it real where the platform lets them)."""
    real = store_db._sqlite_pragmas

    def read_only(connection, record):
        real(connection, record)
        connection.execute("PRAGMA query_only=1")

    monkeypatch.setattr(store_db, "_sqlite_pragmas", read_only)
    before = dump(commune_db)
    code, _, err = run(
        capsys,
        "--db",
        commune_db,
        "print",
        "programme",
        "--out",
        commune_db.parent / "ct.pdf",
        "--signer",
        "Lê Văn Ký",
    )
    assert code == 1 and READ_ONLY in err and "read-only disk" in err and "hỏng" not in err
    assert dump(commune_db) == before


def _without_root_powers() -> list[str] | None:
    """The prefix that runs a command without root's power to write read-only files (tests run
    as root in containers), or None when that cannot be had."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run(
        [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "true"], capture_output=True
    )
    return (
        [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]
        if probe.returncode == 0
        else None
    )


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_database_on_a_read_only_disk_says_read_only(commune_db, tmp_path, what):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: chmod cannot make a file read-only here")
    before = dump(commune_db)
    os.chmod(commune_db if what == "file" else commune_db.parent, 0o444 if what == "file" else 0o555)
    try:
        result = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "app",
                "--db",
                str(commune_db),
                "print",
                "programme",
                "--out",
                str(tmp_path.parent / f"ct-{what}.pdf"),
                "--signer",
                "Lê Văn Ký",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=Path(__file__).resolve().parent.parent,
        )
    finally:
        os.chmod(commune_db.parent, 0o755)
        os.chmod(commune_db, 0o644)
    assert result.returncode == 1, result.stderr
    assert READ_ONLY in result.stderr and "read-only disk" in result.stderr and "hỏng" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert dump(commune_db) == before


def test_a_damaged_file_is_still_called_damaged(tmp_path, capsys):
    path = tmp_path / "hong.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    code, _, err = run(capsys, "--db", path, "info")
    assert code == 1 and "hỏng" in err and BUSY not in err
