"""The ``hoinghi`` command: JSON shapes, exit codes, and every error path leaving data as it was."""

import json
import sqlite3
import subprocess
import sys

import pytest

from app.cli.main import main
from app.store.db import SCHEMA_HEAD
from tests.conftest import dump

COUNT_KEYS = {
    "units",
    "conferences",
    "agenda_items",
    "invitees",
    "honorees",
    "speeches",
    "delegates",
    "award_tallies",
}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_json_shape_on_demo(capsys, demo_db):
    code, out, err = run(capsys, "--db", str(demo_db), "info", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"unit", "schema", "counts"}
    assert data["unit"] == "60" and data["schema"] == SCHEMA_HEAD
    assert set(data["counts"]) == COUNT_KEYS
    assert data["counts"]["units"] == 173 and data["counts"]["honorees"] > 10000


def test_units_list_json_shape(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "units", "list", "--json")
    assert code == 0
    units = json.loads(out)
    assert all(set(u) == {"code", "name", "kind", "group", "parent"} for u in units)
    by_code = {u["code"]: u for u in units}
    assert by_code["60"]["parent"] is None
    assert by_code["22915"] == {
        "code": "22915",
        "name": "Phường Phú Thủy",
        "kind": "xa",
        "group": "A",
        "parent": "593",
    }


def test_init_demo_and_repeat_demo(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "units", "import", "--official", "68")
    assert code == 0 and "125" in out
    code, out, _ = run(capsys, "--db", str(db_path), "init", "--unit", "24781")
    assert code == 0 and "Xuân Hương" in out
    code, out, _ = run(capsys, "--db", str(db_path), "info", "--json")
    assert json.loads(out)["unit"] == "24781"
    # Re-initialising to another unit is refused
    code, _, err = run(capsys, "--db", str(db_path), "init", "--unit", "68")
    assert code == 1 and err.startswith("Lỗi:")


def test_demo_twice_is_harmless(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "demo", "--as-unit", "22978")[0] == 0
    before = dump(db_path)
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--as-unit", "22978")
    assert code == 0 and "đã có sẵn" in out
    assert dump(db_path) == before


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_check_reports_plan_findings(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--all", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["integrity"] == ["ok"]
    assert len(data["conferences"]) == 173
    codes = {f["code"] for c in data["conferences"] for f in c["findings"]}
    assert {"late", "too-long", "no-delegates"} <= codes


def test_backup_writes_a_complete_copy(capsys, demo_db, tmp_path):
    code, out, _ = run(capsys, "--db", str(demo_db), "backup", "--to", str(tmp_path / "bk"))
    assert code == 0
    copy = out.strip()
    con = sqlite3.connect(copy)
    assert con.execute("select count(*) from honorees").fetchone()[0] > 10000
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()
    assert not list((tmp_path / "bk").glob("*.partial"))


def _newer(path):
    con = sqlite3.connect(path)
    con.execute("update alembic_version set version_num='9999'")
    con.commit()
    con.close()


ERROR_CASES = {
    "missing input file": ["units", "import", "/no/such/file.csv"],
    "wrong unit code": ["init", "--unit", "NOPE"],
    "unknown province": ["units", "import", "--official", "Atlantis"],
    "file and official together": ["units", "import", "x.csv", "--official", "68"],
    "demo for unknown unit": ["demo", "--as-unit", "NOPE"],
    "demo with other parameters": ["demo", "--scale", "2"],
    "bad scale": ["demo", "--scale", "0"],
    "usage error": ["frobnicate"],
    "backup to a file path": ["backup", "--to", "/dev/null/x"],
}


@pytest.mark.parametrize("case", sorted(ERROR_CASES))
def test_error_paths_exit_1_with_one_line_and_change_nothing(capsys, demo_db, case):
    before = dump(demo_db)
    with pytest.raises(SystemExit) if case == "usage error" else _no_raise() as raised:
        code, out, err = run(capsys, "--db", str(demo_db), *ERROR_CASES[case])
    if case == "usage error":
        assert raised.value.code == 1
        err = capsys.readouterr().err
    else:
        assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[0].startswith("Lỗi:") and "error:" in lines[0]
    assert "Traceback" not in err
    assert dump(demo_db) == before


def test_bad_rows_listed_and_database_unchanged(capsys, demo_db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,kind,parent\nQ1,Tên,xa,60\nQ2,,xa,60\nQ3,Tên,lạ,60\n", encoding="utf-8")
    before = dump(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "units", "import", str(bad))
    assert code == 1
    assert err.splitlines()[0].startswith("Lỗi:") and "dòng 3" in err and "dòng 4" in err
    assert dump(demo_db) == before


@pytest.mark.parametrize("kind", ["garbage", "newer", "missing", "folder"])
def test_unusable_database_exit_1(capsys, tmp_path, kind):
    path = tmp_path / "db.sqlite"
    if kind == "garbage":
        path.write_bytes(b"\x00garbage" * 1000)
    elif kind == "newer":
        assert main(["--db", str(path), "units", "import", "--official", "68"]) == 0
        _newer(path)
    elif kind == "folder":
        path.mkdir()
    capsys.readouterr()
    before = path.read_bytes() if path.is_file() else None
    code, _, err = run(capsys, "--db", str(path), "info")
    assert code == 1 and err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1
    if before is not None:
        assert path.read_bytes() == before
    if kind == "missing":
        assert not path.exists()


def test_python_dash_m_app_is_the_same_command(demo_db):
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(demo_db), "info", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unit"] == "60"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(demo_db), "init", "--unit", "x"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_hoinghi_db_environment_variable(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("HOINGHI_DB", str(demo_db))
    code, out, _ = run(capsys, "info", "--json")
    assert code == 0 and json.loads(out)["counts"]["units"] == 173


class _no_raise:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
