"""The import contract: which part of ``app`` may import which (docs/architecture.md, "Layers").

    domain  ←  store  ←  sync  ←  services  ←  ui  ←  cli  ←  app.__main__

Every package may import itself and the packages to its left, never one to its right; the base
modules (``app``, ``app.errors``, ``app.paths``, ``app.files``, ``app.long_work``, ``app.build``) sit
under all of them but the domain, which imports nothing of ours but the domain; ``app.selftest``
is part of the CLI (``hoinghi --self-test``). The window does not query the store's models
itself: it asks the services (the exceptions it still has are listed below, each to be removed
by issue #17c). Imports are read with :mod:`ast` from every module of ``app`` —
module-level ones, imports inside functions and ``TYPE_CHECKING`` blocks alike.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"

BASE = ("app", "app.errors", "app.paths", "app.files", "app.long_work", "app.build")
#: Each layer, bottom to top, with what it may import besides itself.
ALLOWED: dict[str, tuple[str, ...]] = {
    "domain": (),
    "base": ("base",),
    "store": ("base", "domain"),
    "sync": ("base", "domain", "store"),
    "services": ("base", "domain", "store", "sync"),
    "ui": ("base", "domain", "store", "sync", "services"),
    "cli": ("base", "domain", "store", "sync", "services", "ui"),
    "entry": ("base", "domain", "store", "sync", "services", "ui", "cli"),
}
#: Window modules that still query the store's models themselves — known exceptions to "nothing
#: from ui into store models", each removed by issue #17c (operations through services). A module
#: that no longer does it must leave this list (the test says so).
UI_MODEL_EXCEPTIONS: dict[str, str] = {}  # none left: the window asks the services (#17)


def layer(module: str) -> str:
    if module in BASE:
        return "base"
    if module == "app.selftest":  # the body of ``hoinghi --self-test``
        return "cli"
    if module == "app.__main__":
        return "entry"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in ALLOWED:
        return parts[1]
    raise AssertionError(f"{module}: no layer; add it to tests/test_layering.py and docs/architecture.md")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every module of ``app`` that *path* imports, with the line: ``import a.b``, ``from a import
    b`` (``a.b`` when it is a module, else ``a``), relative imports resolved; anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                name = f"{base}.{alias.name}"
                found.append((node.lineno, name if _is_module(name) else base))
    return [(line, name) for line, name in found if name == "app" or name.startswith("app.")]


def modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "migrations" not in p.parts)


def broken_rules() -> tuple[list[str], set[str]]:
    """The imports that break the contract, and the listed UI exceptions seen in use."""
    broken: list[str] = []
    seen_exceptions: set[str] = set()
    for path in modules():
        source = module_name(path)
        here = layer(source)
        for line, target in imports_of(path):
            there = layer(target)
            where = f"{path.relative_to(ROOT)}:{line}: {source} ({here}) imports {target} ({there})"
            if there != here and there not in ALLOWED[here]:
                broken.append(where + " — upward, or across the layers")
            if here == "ui" and (target == "app.store.models" or target.startswith("app.store.models.")):
                if source in UI_MODEL_EXCEPTIONS:
                    seen_exceptions.add(source)
                else:
                    broken.append(where + " — the window asks the services, not the store's models")
    return broken, seen_exceptions


def test_every_import_follows_the_layers():
    broken, _ = broken_rules()
    assert not broken, "imports against the layers (docs/architecture.md):\n" + "\n".join(broken)


def test_the_known_ui_exceptions_are_still_needed():
    _, seen = broken_rules()
    gone = sorted(set(UI_MODEL_EXCEPTIONS) - seen)
    assert not gone, (
        f"these modules no longer import the store's models: remove them from UI_MODEL_EXCEPTIONS: {gone}"
    )


def test_the_reader_sees_imports_inside_functions_and_submodules_imported_from_a_package():
    """The parser itself: ``from app.sync import exchange`` names the module, ``from app import
    __version__`` the package, and an import inside a function counts like one at the top."""
    assert "app.sync.exchange" in {name for _, name in imports_of(APP / "ui" / "sync_dialog.py")}
    assert "app" in {name for _, name in imports_of(APP / "sync" / "outgoing.py")}
    assert "app.paths" in {name for _, name in imports_of(APP / "store" / "backup.py")}  # only in functions
    assert layer("app.sync.exchange") == "sync" and layer("app.errors") == "base"
    assert "sync" not in ALLOWED["store"] and "services" not in ALLOWED["sync"]


def test_domain_store_and_services_do_not_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import app.domain, app.store, app.sync, app.services, app.cli.main\n"
        "for pkg in (app.domain, app.store, app.sync, app.services):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name:\n"
        "            importlib.import_module(m.name)\n"
        "import app.store.models\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"Qt imported by non-UI layers: {result.stdout} {result.stderr}"


def test_qt_calls_keep_none_alive():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each call of a void method; a
    long session then dies with "deallocating None". The pinned version must not do that."""
    import sys

    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QWidget

    QApplication.instance() or QApplication([])
    item, widget = QStandardItem("x"), QWidget()
    before = sys.getrefcount(None)
    for _ in range(200):
        item.setData("id", 256)
        widget.update()
    assert sys.getrefcount(None) - before > -50
