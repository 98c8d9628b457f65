"""Backups a person can rely on: consistent while written, rotating, previewed, restored with the
replaced database kept, and a newer schema refused with nothing touched."""

import json
import sqlite3
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import AppError
from app.services.backups import backups, describe, restore
from app.services.database import open_database
from app.store.backup import (
    automatic_backup,
    backup_sqlite,
    daily_backup,
    keep_count,
    list_backups,
    parse_name,
    prune,
    set_keep_count,
)
from app.store.db import SCHEMA_HEAD, alembic_config, make_engine
from tests.conftest import dump


def _count(path, table="honorees"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"select count(*) from {table} where deleted = 0").fetchone()[0]
    finally:
        con.close()


def _delete_honorees(path, how_many):
    con = sqlite3.connect(path)
    con.execute("delete from honorees where rowid in (select rowid from honorees limit ?)", (how_many,))
    con.commit()
    con.close()


def test_backup_of_a_database_being_written_is_consistent(tmp_path):
    path = tmp_path / "busy.sqlite"
    con = sqlite3.connect(path)
    con.execute("pragma journal_mode=wal")
    con.execute("create table filler (x blob)")
    con.execute("create table a (n integer primary key)")
    con.execute("create table b (n integer primary key)")
    con.executemany("insert into filler values (randomblob(4000))", [()] * 3000)  # ~12 MB: many backup steps
    con.commit()
    con.close()
    stop = threading.Event()
    written = []

    def writer():
        w = sqlite3.connect(path, timeout=30, isolation_level=None)
        n = 0
        while not stop.is_set():
            n += 1
            w.execute("begin immediate")
            w.execute("insert into a values (?)", (n,))
            w.execute("insert into b values (?)", (n,))  # a and b always change together
            w.execute("commit")
            written.append(n)
        w.close()

    thread = threading.Thread(target=writer)
    thread.start()
    steps = []
    try:
        while len(written) < 20:
            time.sleep(0.01)
        # Stepped (the window's progress dialog): each step is a chance for the writer to commit.
        copy = backup_sqlite(
            path, tmp_path / "bk", progress=lambda done, total, _t: (steps.append(done), time.sleep(0.005))
        )
        during = len(written)
    finally:
        stop.set()
        thread.join()
    assert len(steps) > 2, "the copy ran in several steps"
    assert during > 20, "the writer kept writing while the copy was made"
    con = sqlite3.connect(copy)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        a, b = (con.execute(f"select count(*), max(n) from {t}").fetchone() for t in ("a", "b"))
        assert a == b and a[0] >= 20, "the copy is one snapshot: every pair whole"
        assert con.execute("pragma journal_mode").fetchone()[0] == "delete", "a self-contained file"
    finally:
        con.close()
    assert not list((tmp_path / "bk").glob("*.partial"))


def test_restore_gets_that_moment_back_and_keeps_the_replaced_one(demo_db, _isolated_home):
    at_backup = _count(demo_db)
    copy = automatic_backup(demo_db, "")
    _delete_honorees(demo_db, 500)
    assert _count(demo_db) == at_backup - 500

    result = restore(str(demo_db), copy, apply=True)

    assert _count(demo_db) == at_backup
    assert result.schema == SCHEMA_HEAD
    assert parse_name(result.replaced).reason == "truoc-khoi-phuc"
    assert _count(result.replaced) == at_backup - 500, "the replaced database is kept as it was"
    assert copy.exists(), "the backup itself stays"
    store = open_database(str(demo_db))  # the app opens the restored file
    store.close()


def test_restore_preview_changes_nothing(capsys, demo_db, _isolated_home):
    copy = automatic_backup(demo_db, "")
    _delete_honorees(demo_db, 10)
    before = dump(demo_db)
    files = set((_isolated_home / "backups").iterdir())
    code = main(["--db", str(demo_db), "restore", str(copy)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Chưa thay đổi gì" in out and "Điển hình tiên tiến" in out and "60 — " in out
    assert dump(demo_db) == before
    assert set((_isolated_home / "backups").iterdir()) == files, "no backup made by a preview"


def test_newer_schema_backup_is_refused_with_the_database_untouched(
    capsys, demo_db, tmp_path, _isolated_home
):
    copy = backup_sqlite(demo_db, tmp_path / "elsewhere")
    con = sqlite3.connect(copy)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()
    raw = demo_db.read_bytes()
    with pytest.raises(AppError, match="newer"):
        restore(str(demo_db), copy, apply=True)
    code = main(["--db", str(demo_db), "restore", str(copy), "--yes"])
    _, err = capsys.readouterr()
    assert code == 1 and "phiên bản mới hơn" in err and len(err.strip().splitlines()) == 1
    assert demo_db.read_bytes() == raw
    assert not list_backups(_isolated_home / "backups"), "refused before anything was written"


def test_older_schema_backup_is_migrated_after_the_restore(tmp_path, _isolated_home):
    from alembic import command

    old = tmp_path / "old-2024.sqlite"
    engine = make_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    target = tmp_path / "hoinghi.sqlite"
    open_database(str(target)).close()
    result = restore(str(target), old, apply=True)
    assert result.summary.schema == "0001" and result.schema == SCHEMA_HEAD
    con = sqlite3.connect(target)
    assert con.execute("select version_num from alembic_version").fetchone()[0] == SCHEMA_HEAD
    con.close()


def test_pruning_keeps_exactly_n(tmp_path, _isolated_home):
    db = tmp_path / "hoinghi.sqlite"
    open_database(str(db)).close()
    folder = _isolated_home / "backups"
    folder.mkdir(exist_ok=True)
    for day in range(12):  # older backups of this database and of another one
        stamp = (date(2025, 1, 1) + timedelta(days=day)).strftime("%Y%m%d")
        (folder / f"hoinghi-{stamp}-080000-hang-ngay.sqlite").write_bytes(b"x")
        (folder / f"khac-{stamp}-080000-hang-ngay.sqlite").write_bytes(b"x")
    (folder / "ghi-chu.txt").write_text("not a backup")
    set_keep_count(5)
    assert keep_count() == 5
    newest = automatic_backup(db, "truoc-nhap-goi")
    mine = list_backups(folder, "hoinghi")
    assert len(mine) == 5 and mine[0].path == newest
    assert [b.at.day for b in mine[1:]] == [12, 11, 10, 9]
    assert len(list_backups(folder, "khac")) == 12, "another database's backups are its own"
    assert (folder / "ghi-chu.txt").exists()
    assert prune(folder, "khac", keep=3) and len(list_backups(folder, "khac")) == 3


def test_backups_elsewhere_are_never_pruned(tmp_path, _isolated_home):
    db = tmp_path / "hoinghi.sqlite"
    open_database(str(db)).close()
    set_keep_count(1)
    usb = tmp_path / "usb"
    for _ in range(3):
        backup_sqlite(db, usb)
    assert len(list_backups(usb)) == 3


def test_daily_backup_once_a_day(tmp_path, _isolated_home):
    db = tmp_path / "hoinghi.sqlite"
    open_database(str(db)).close()
    first = daily_backup(db)
    assert first is not None and parse_name(first).reason == "hang-ngay"
    assert daily_backup(db) is None
    assert daily_backup(db, today=date.today() + timedelta(days=1)) is not None
    assert daily_backup(tmp_path / "none.sqlite") is None


def test_backups_json_lists_path_time_reason_size_counts(capsys, demo_db, _isolated_home):
    automatic_backup(demo_db, "truoc-nhap-goi")
    code = main(["--db", str(demo_db), "backups", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [row] = json.loads(out)
    assert set(row) == {"path", "time", "reason", "size", "counts"}
    assert row["reason"] == "truoc-nhap-goi" and row["size"] == Path(row["path"]).stat().st_size
    assert row["counts"]["honorees"] == _count(demo_db)
    assert main(["backups", "--keep", "7"]) == 0 and keep_count() == 7
    capsys.readouterr()
    assert main(["backups", "--keep", "0"]) == 1


def test_data_folder_with_vietnamese_and_spaces(tmp_path, monkeypatch):
    home = tmp_path / "Dữ liệu của Tôi" / "Hội nghị 2025"
    monkeypatch.setenv("HOINGHI_HOME", str(home))
    db = home / "Cơ sở dữ liệu xã.sqlite"
    store = open_database(str(db))
    store.set_meta("ghi chú", "Đức")
    store.close()
    copy = automatic_backup(db, "")
    assert copy.parent == home / "backups" and copy.name.startswith("Cơ sở dữ liệu xã-")
    [summary] = backups()
    assert summary.path == copy and summary.problem is None
    store = open_database(str(db))
    store.set_meta("ghi chú", "Thủy")
    store.close()
    restore(str(db), copy, apply=True)
    store = open_database(str(db))
    assert store.get_meta("ghi chú") == "Đức"
    store.close()


def test_not_a_backup_is_refused(tmp_path, demo_db):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(AppError):
        restore(str(demo_db), junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("create table t (x)")
    con.close()
    assert describe(other).problem is not None
    with pytest.raises(AppError, match="not a backup"):
        restore(str(demo_db), other, apply=True)


def test_a_backup_comes_before_every_bundle_and_spreadsheet_import(trio, tmp_path, capsys, _isolated_home):
    from tests.syncing import COMMUNE, DISTRICT

    folder = _isolated_home / "backups"
    bundle = trio.export(COMMUNE)
    assert main(["--db", str(trio.db(DISTRICT)), "bundle", "import", str(bundle)]) == 0  # preview: no backup
    assert not list_backups(folder)
    assert main(["--db", str(trio.db(DISTRICT)), "bundle", "import", str(bundle), "--yes"]) == 0
    [before_bundle] = list_backups(folder)
    assert before_bundle.reason == "truoc-nhap-goi" and before_bundle.stem == trio.db(DISTRICT).stem

    sheet = tmp_path / "ds.xlsx"
    assert main(["--db", str(trio.db(COMMUNE)), "xlsx", "export", "invitees", "--out", str(sheet)]) == 0
    assert main(["--db", str(trio.db(COMMUNE)), "xlsx", "import", "invitees", str(sheet), "--dry-run"]) == 0
    assert len(list_backups(folder)) == 1, "a dry run writes nothing, not even a backup"
    count = _count(trio.db(COMMUNE), "invitees")
    assert main(["--db", str(trio.db(COMMUNE)), "xlsx", "import", "invitees", str(sheet)]) == 0
    before_sheet = list_backups(folder, trio.db(COMMUNE).stem)
    assert [b.reason for b in before_sheet] == ["truoc-nhap-excel"]
    assert _count(before_sheet[0].path, "invitees") == count, "the lists as they were before the import"
    capsys.readouterr()


def test_a_database_lists_its_own_backups_and_refuses_another_units(trio, tmp_path, capsys, _isolated_home):
    """`hoinghi --db r1.sqlite restore <district backup> --yes` made a commune's PC the district's,
    without a word; the window listed every database's backups together."""
    from tests.syncing import COMMUNE, DISTRICT

    commune, district = trio.db(COMMUNE), trio.db(DISTRICT)
    mine = automatic_backup(commune, "")
    theirs = automatic_backup(district, "hang-ngay")
    assert [s.path for s in backups(db=str(commune))] == [mine]
    assert [s.path for s in backups(db=str(district))] == [theirs]
    assert {s.path for s in backups()} == {mine, theirs}  # `hoinghi backups`: the whole folder, as before
    [own] = backups(db=str(commune))
    assert own.database == commune.stem and own.problem is None and own.unit_code == COMMUNE

    before, files = dump(commune), set((_isolated_home / "backups").iterdir())
    for apply in (False, True):  # the preview already says no
        with pytest.raises(AppError) as refused:
            restore(str(commune), theirs, apply=apply)
        assert DISTRICT in refused.value.vi and COMMUNE in refused.value.vi and "--db" in refused.value.vi
        assert "\n" not in refused.value.vi
    code = main(["--db", str(commune), "restore", str(theirs), "--yes"])  # the CLI calls the service
    _, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and "tệp mới" in err and "--db" in err
    assert dump(commune) == before and set((_isolated_home / "backups").iterdir()) == files

    # on purpose: into a new file, as the refusal says
    new = tmp_path / "xem-du-lieu-huyen.sqlite"
    assert main(["--db", str(new), "restore", str(theirs), "--yes"]) == 0
    assert _count(new) == _count(district)
    # the same unit's backup goes back over its database, of course
    assert restore(str(commune), mine, apply=True).summary.unit_code == COMMUNE


def test_the_preview_warns_of_a_backup_with_no_unit_or_no_records(capsys, demo_db, tmp_path, _isolated_home):
    empty = tmp_path / "moi.sqlite"
    open_database(str(empty)).close()
    blank = automatic_backup(empty, "")
    [summary] = backups(db=str(empty))
    assert summary.unit_code is None and summary.problem is None
    lines = "\n".join(describe(blank).lines())
    assert "Lưu ý: Bản sao lưu chưa gắn với đơn vị nào" in lines and "không có dữ liệu nào" in lines
    english = "\n".join(describe(blank).lines(english=True))
    assert "Note: the backup belongs to no unit" in english and "holds no records" in english
    code = main(["--db", str(demo_db), "restore", str(blank)])  # the CLI preview says it too
    out, _ = capsys.readouterr()
    assert code == 0 and "chưa gắn với đơn vị nào" in out and "Chưa thay đổi gì" in out
    full = automatic_backup(demo_db, "")
    assert not describe(full).warnings()
