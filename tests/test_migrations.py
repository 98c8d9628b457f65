"""Alembic migrations: from the first revision to head with data intact; refusals leave files alone."""

import sqlite3

import pytest
from alembic import command

from app.errors import AppError
from app.store.db import alembic_config, head_revision, make_engine, open_store


def _build_at(path, revision):
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def test_first_revision_upgrades_to_head_with_data_intact(tmp_path, _isolated_home):
    path = tmp_path / "old.sqlite"
    _build_at(path, "0001")
    stamp = "2025-01-01 00:00:00"
    con = sqlite3.connect(path)
    con.execute(
        "insert into units (id, code, name, kind, unit_group, sort_key, search_text, created_at, updated_at, seq, version, deleted)"
        " values ('u1', '22915', 'Xã Hàm Chính', 'xa', 'A', 'k', 'xa ham chinh', ?, ?, 1, 1, 0)",
        (stamp, stamp),
    )
    con.execute(
        "insert into honorees (id, owner_unit_id, collective, name, family_middle, given, sort_key, search_text, movements,"
        " commendations, created_at, updated_at, seq, version, deleted)"
        " values ('h1', 'u1', 0, 'Nguyễn Văn Đức', 'Nguyễn Văn', 'Đức', 'k', 'nguyen van duc', '[]', '[]', ?, ?, 2, 1, 0)",
        (stamp, stamp),
    )
    con.execute("insert into counters (name, value) values ('change_seq', 2)")
    con.commit()
    con.close()
    # the columns of revision 0001 keep their values (later revisions add columns beside them)
    con = sqlite3.connect(path)
    columns_0001 = {t: [r[1] for r in con.execute(f"pragma table_info({t})")] for t in ("honorees", "units")}
    before = [
        con.execute(f"select {', '.join(columns_0001[t])} from {t}").fetchall() for t in ("honorees", "units")
    ]
    con.close()

    store = open_store(str(path))
    try:
        assert store.revision() == head_revision() != "0001"
        con = sqlite3.connect(path)
        after = [
            con.execute(f"select {', '.join(columns_0001[t])} from {t}").fetchall()
            for t in ("honorees", "units")
        ]
        con.close()
        assert before == after and before[0]
        with store.engine.connect() as c:
            tables = {r[0] for r in c.exec_driver_sql("select name from sqlite_master where type='table'")}
        assert {"award_tallies", "review_notes"} <= tables
    finally:
        store.close()
    backups = list((_isolated_home / "backups").glob("old-*.sqlite"))
    assert len(backups) == 1, "an older database is copied before it is upgraded"
    con = sqlite3.connect(backups[0])
    assert con.execute("select version_num from alembic_version").fetchone()[0] == "0001"
    assert con.execute("select name from honorees").fetchone()[0] == "Nguyễn Văn Đức"
    con.close()


def test_each_revision_upgrades_an_empty_database(tmp_path):
    # Every step on its own: 0001, then head.
    path = tmp_path / "steps.sqlite"
    _build_at(path, "0001")
    _build_at(path, "head")
    con = sqlite3.connect(path)
    assert con.execute("select version_num from alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_newer_schema_is_refused_and_file_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    store = open_store(str(path))
    store.close()
    con = sqlite3.connect(path)
    con.execute("update alembic_version set version_num = '9999_future'")
    con.commit()
    con.close()
    raw = path.read_bytes()
    with pytest.raises(AppError, match="newer"):
        open_store(str(path))
    assert path.read_bytes() == raw


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table customers (id integer primary key, name text)")
    con.commit()
    con.close()
    raw = path.read_bytes()
    with pytest.raises(AppError, match="another program"):
        open_store(str(path))
    assert path.read_bytes() == raw


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AppError, match="not a readable database"):
        open_store(str(path))
    assert path.read_bytes() == b"this is not a database" * 100


def test_schema_head_constant_is_the_migrations_head():
    from app.store.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_models_match_the_migrations(tmp_path):
    """No model change without a migration: autogenerate finds nothing to do at head."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.store.models import Base

    path = tmp_path / "head.sqlite"
    _build_at(path, "head")
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": False}), Base.metadata
        )
    engine.dispose()
    assert diff == []
