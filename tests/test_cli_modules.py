"""The command line as one module per command: each ``app/cli/cmd_<name>.py`` has its arguments
(``add_parser``) and its terminal side (``run``), says which database it needs (``STORE``), and
answers ``--help``; only the command being run is imported; one context manager closes the
database whatever the command does."""

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import app.cli
from app.cli.common import CREATE, EXISTING, NO_STORE
from app.cli.main import COMMANDS, build_parser, command_module, main

CLI = Path(app.cli.__file__).parent


def _subcommands(name: str) -> list[str]:
    """The sub-commands of a command group (``units import``, ``units list`` …), [] for a plain command."""
    sub = build_parser([name])._subparsers._group_actions[0].choices[name]
    groups = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
    return list(groups[0].choices) if groups else []


def test_every_command_is_a_module_and_every_module_a_command():
    modules = sorted(p.stem.removeprefix("cmd_") for p in CLI.glob("cmd_*.py"))
    assert modules == sorted(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_module_has_its_parser_its_run_and_its_store(name):
    module = command_module(name)
    assert list(inspect.signature(module.add_parser).parameters) == ["sub"]
    assert list(inspect.signature(module.run).parameters) == ["args", "store"]
    if hasattr(module, "prepare"):
        assert list(inspect.signature(module.prepare).parameters) == ["args"]
    uses = module.STORE.values() if isinstance(module.STORE, dict) else [module.STORE]
    assert set(uses) <= {CREATE, EXISTING, NO_STORE}
    if isinstance(module.STORE, dict):
        assert sorted(module.STORE) == sorted(_subcommands(name)), "a store use for every sub-command"
    assert len((CLI / f"cmd_{name}.py").read_text(encoding="utf-8").splitlines()) <= 400


@pytest.mark.parametrize("name", COMMANDS)
def test_help_of_every_command_and_sub_command(capsys, name):
    for words in [[name], *([name, s] for s in _subcommands(name))]:
        with pytest.raises(SystemExit) as done:
            main([*words, "--help"])
        assert done.value.code == 0, words
        out = capsys.readouterr().out
        assert out.startswith(f"usage: hoinghi {' '.join(words)}"), out[:200]


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    listed = out.split("{", 1)[1].split("}", 1)[0].split(",")
    assert listed == list(COMMANDS)


def _modules_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code + "\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def test_the_window_imports_no_command_module_and_a_command_only_its_own():
    parse = (
        "from app.cli.main import build_parser, _commands_needed\nargv = {!r}\n"
        "build_parser(_commands_needed(argv)).parse_args(argv)"
    )
    desk = _modules_after(parse.format(["--db", "info"]))  # "info" is --db's value here: the window
    assert not {m for m in desk if m.startswith("app.cli.cmd_")}
    info = _modules_after(parse.format(["--db", "x.sqlite", "info", "--json"]))
    assert {m for m in info if m.startswith("app.cli.cmd_")} == {"app.cli.cmd_info"}


def test_command_modules_are_light_at_import():
    """Services, the store and Qt are imported when a command runs, not when its parser is built."""
    loaded = _modules_after("from app.cli.main import build_parser\nbuild_parser()")
    heavy = sorted(
        m
        for m in loaded
        if m.split(".")[0] in ("sqlalchemy", "PySide6", "openpyxl", "reportlab")
        or m.startswith(("app.services", "app.store", "app.sync", "app.ui"))
    )
    assert heavy == []


def test_the_database_is_closed_when_a_command_fails(capsys, demo_db, monkeypatch):
    from app.store.db import Store

    closed = []
    real_close = Store.close
    monkeypatch.setattr(Store, "close", lambda self: closed.append(self) or real_close(self))
    assert main(["--db", str(demo_db), "conference", "new", "--plan", "no-such-plan"]) == 1
    assert capsys.readouterr().err.startswith("Lỗi:")
    assert len(closed) == 1
    assert main(["--db", str(demo_db), "info", "--json"]) == 0
    assert len(closed) == 2


def test_bad_options_are_refused_before_a_database_is_created(capsys, tmp_path):
    """``prepare`` runs before the store opens: a wrong request leaves no new file behind."""
    for argv in (
        ["units", "import", "x.csv", "--official", "68"],
        ["units", "import", "/no/such.csv"],
        ["print", "programme"],
        ["print", "programme", "--out", "x.pdf", "--date", "31/02/2025"],
    ):
        path = tmp_path / "new.sqlite"
        assert main(["--db", str(path), *argv]) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1, err
        assert not path.exists(), argv


def test_the_frozen_build_carries_every_command_module():
    """PyInstaller cannot see an import by name: the spec must collect the command modules."""
    spec = (CLI.parents[1] / "packaging" / "hoinghi.spec").read_text(encoding="utf-8")
    hidden = spec.split("hiddenimports=", 1)[1].split("excludes=", 1)[0]
    assert 'collect_submodules("app.cli")' in hidden


def test_print_preview_opens_after_the_database_was_let_go(capsys, demo_db, monkeypatch):
    from app.store.db import Store

    closed, shown = [], []
    real_close = Store.close
    monkeypatch.setattr(Store, "close", lambda self: closed.append(self) or real_close(self))
    monkeypatch.setattr(
        "app.ui.print_preview.show_preview",
        lambda path, title, name: shown.append((path, title, name, len(closed))),
    )
    assert main(["--db", str(demo_db), "print", "programme", "--preview"]) == 0
    [(path, _, name, closed_before)] = shown
    assert path.is_file() and path.read_bytes().startswith(b"%PDF") and name.endswith(".pdf")
    assert closed_before == 1, "the preview may stay open for long: the database is closed first"
    assert capsys.readouterr().out.strip() == str(path)
