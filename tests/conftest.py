"""Every test runs on temporary databases and data folders, headless."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Private keys go to a key file in the test's data folder, never to the OS credential store of the
# machine running the tests (tests of the credential store path install their own backend).
os.environ["HOINGHI_KEYSTORE"] = "file"
# A safety net for fixtures that run outside a test's own home: never the user's real data folder.
if not os.environ.get("HOINGHI_HOME"):
    import tempfile

    os.environ["HOINGHI_HOME"] = tempfile.mkdtemp(prefix="hoinghi-tests-")

#: Modules whose every test is slow by nature: printed copies converted by an office suite,
#: random text through every door, the hostile-bundle matrix, every document rendered to PDF and
#: Word (printing, awards, the longest values), the wheel built and installed.
SLOW_MODULES = {
    "test_office_copies",
    "test_random_unicode",
    "test_packaging",
    "test_screen_sizes",
    "test_sync_trust",
    "test_printing",
    "test_awards",
    "test_input_doors",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The fast set a developer runs while iterating (``pytest -m "not slow"``): the domain, the
    store, the services, sync and the command line. A test is ``slow`` when it opens real windows
    (it asks for ``qtbot``), sits in :data:`SLOW_MODULES`, or is marked ``slow`` itself. CI runs all."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if getattr(item, "module", None) else ""
        if "qtbot" in getattr(item, "fixturenames", ()) or module in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOINGHI_HOME", str(home))
    monkeypatch.setenv("HOINGHI_KEYSTORE", "file")
    monkeypatch.delenv("HOINGHI_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def store(db_path: Path):
    from app.services.database import open_database

    s = open_database(str(db_path))
    yield s
    s.close()


def installed_copy(template: Path, target: Path, home: Path) -> Path:
    """*template* (a database made in its own data folder) copied to *target*, its private keys
    into the data folder *home*: the installation a test uses as its own. Returns *target*."""
    from tests.syncing import copy_keys

    shutil.copy(template, target)
    copy_keys(template.parent, home)
    return target


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The province demo, built once per test session; tests get their own copy."""
    from tests.syncing import data_home

    home = tmp_path_factory.mktemp("demo-home")
    with data_home(home):
        from app.services.database import open_database
        from app.services.demo import run_demo

        path = home / "demo.sqlite"
        s = open_database(str(path))
        run_demo(s)
        with s.engine.connect() as c:
            c.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        s.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path, _isolated_home: Path) -> Path:
    """This test's copy of the demo database, with its private keys in the test's data folder."""
    return installed_copy(demo_template, tmp_path / "demo.sqlite", _isolated_home)


@pytest.fixture(scope="session")
def _unit_demo_templates(tmp_path_factory: pytest.TempPathFactory):
    """``hoinghi demo --as-unit CODE`` made once per session and unit, in its own data folder."""
    from app.cli.main import main
    from tests.syncing import data_home

    made: dict[str, Path] = {}

    def template(code: str) -> Path:
        if code not in made:
            home = tmp_path_factory.mktemp(f"demo-{code}")
            with data_home(home):
                path = home / "demo.sqlite"
                assert main(["--db", str(path), "demo", "--as-unit", code]) == 0
                with sqlite3.connect(path) as connection:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.close()
            made[code] = path
        return made[code]

    return template


@pytest.fixture
def unit_demo(_unit_demo_templates, _isolated_home: Path):
    """``unit_demo(code, path)``: at *path*, this test's own copy of the demo database installed as
    unit *code* (what ``hoinghi --db PATH demo --as-unit CODE`` leaves), its keys in the test's data
    folder; returns *path*. The demo is built once per session and unit."""

    def copy(code: str, path: Path) -> Path:
        return installed_copy(_unit_demo_templates(code), path, _isolated_home)

    return copy


@pytest.fixture
def demo_desk(qtbot, tmp_path: Path, unit_demo):
    """``demo_desk(code, file="commune.sqlite")``: the desk, shown, on this test's own copy of the
    demo installed as unit *code*; closed with its database after the test."""
    from app.services.conference import unit_conference
    from app.services.database import open_database
    from app.ui.desk import DeskWindow

    opened: list = []

    def make(code: str, file: str = "commune.sqlite"):
        store = open_database(str(unit_demo(code, tmp_path / file)))
        window = DeskWindow(store, unit_conference(store, store.unit_id).id)
        qtbot.addWidget(window)
        opened.append((window, store))
        window.show()
        return window

    yield make
    for window, store in opened:
        window.close()
        store.close()


@pytest.fixture
def commune_db(tmp_path: Path, unit_demo) -> Path:
    """This test's copy of the demo installed as the commune of the sync tests (22915)."""
    from tests.syncing import COMMUNE

    return unit_demo(COMMUNE, tmp_path / "xa.sqlite")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """``hoinghi ARGV`` in process: (exit code, stdout, stderr)."""
    from app.cli.main import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_store(demo_db: Path):
    from app.services.database import open_database

    s = open_database(str(demo_db))
    yield s
    s.close()


def dump(path: Path) -> str:
    """Everything in a SQLite file, as SQL text (for "the database is unchanged" checks)."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


class UnexpectedDialog(AssertionError):
    """A modal message box opened during a test (headless, it would wait for ever)."""


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail, instead of hanging, when code under test opens a message box nobody expected.
    A test that expects one replaces the method itself."""
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # pragma: no cover - the GUI extra is always installed in CI
        return

    def refuse(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise UnexpectedDialog(f"message box opened: {texts}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(scope="session")
def trio_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune, its district and the province with demo data and each other's keys (built once)."""
    from tests.syncing import build_trio

    return build_trio(tmp_path_factory.mktemp("trio"))


@pytest.fixture
def trio(trio_template: Path, tmp_path: Path, _isolated_home: Path):
    """This test's own copy of the three installations (their private keys in the test's data
    folder, as on the PCs they stand for), and a USB folder."""
    from tests.syncing import NAMES, Trio, copy_keys

    for name in NAMES.values():
        shutil.copy(trio_template / f"{name}.sqlite", tmp_path / f"{name}.sqlite")
    copy_keys(trio_template / "home", _isolated_home)
    return Trio(tmp_path)
