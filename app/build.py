"""Build steps: the shipped files become package data, the translations are compiled.

    python -m app.build [--force]      compile resources/i18n/*.ts → .qm in a checkout

The top-level ``resources/`` and ``forms/`` folders are the sources. Building a wheel
(``pip install .``, ``pip wheel .``) runs :class:`BuildPy`, named in ``pyproject.toml`` as the
``build_py`` command: it copies both folders into the package as ``app/resources`` and
``app/forms`` and compiles every Qt Linguist ``.ts`` into a ``.qm`` there (``PySide6`` is a
build requirement for its ``lrelease``), so an installed app never writes into its own,
possibly read-only, folder. The frozen build (``packaging/build.py``) calls
:func:`stage_package_data` for the same result. In a checkout (and an editable install) the
app reads the top-level folders themselves; the ``.qm`` files are then built here, on demand.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

#: The top-level folders shipped inside the package, under the same names.
SHIPPED = ("resources", "forms")
#: Translation sources are compiled, not shipped.
_NOT_SHIPPED = (".ts", ".qm", ".pyc")


def _lrelease() -> list[str] | None:
    """PySide6's ``lrelease`` (a binary inside the PySide6 package), else one on the PATH."""
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / exe).is_file():
            return [str(Path(folder) / exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(
    source_dir: Path | None = None, target_dir: Path | None = None, force: bool = False
) -> list[Path]:
    """Compile every ``.ts`` of *source_dir* (default: the shipped ``i18n`` folder) whose ``.qm``
    in *target_dir* (default: beside it) is missing or stale; return the ``.qm`` files written."""
    if source_dir is None:
        from app.paths import resources_dir

        source_dir = resources_dir() / "i18n"
    target_dir = target_dir or source_dir
    written = []
    tool = _lrelease()
    for source in sorted(source_dir.glob("*.ts")):
        target = target_dir / source.with_suffix(".qm").name
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if tool is None:
            raise RuntimeError("lrelease not found (it ships with PySide6)")
        target_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([*tool, "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def stage_package_data(root: Path, package: Path) -> list[Path]:
    """Copy ``resources/`` and ``forms/`` of the repository *root* into the package folder
    *package* (``…/app``) and compile the translations there; return the files written."""
    written: list[Path] = []
    for name in SHIPPED:
        source = root / name
        if not source.is_dir():
            raise RuntimeError(f"{source} is missing: build from the repository (or an sdist of it)")
        for path in sorted(source.rglob("*")):
            if path.is_dir() or path.suffix in _NOT_SHIPPED or "__pycache__" in path.parts:
                continue
            target = package / name / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            written.append(target)
    written += compile_translations(root / "resources" / "i18n", package / "resources" / "i18n", force=True)
    if not list((package / "resources" / "i18n").glob("*.qm")):
        raise RuntimeError("no translation was compiled")
    return written


def _build_py_class() -> type:
    from setuptools.command.build_py import build_py

    class BuildPy(build_py):
        """setuptools' ``build_py`` that also ships ``resources/`` and ``forms/`` in the package."""

        def run(self) -> None:
            # setuptools never empties build/lib: a module renamed or removed in the sources (a
            # migration renumbered, say) would still ship beside its new name. Start clean.
            if not getattr(self, "editable_mode", False):
                shutil.rmtree(Path(self.build_lib) / "app", ignore_errors=True)
            super().run()
            root = Path(__file__).resolve().parent.parent
            if getattr(self, "editable_mode", False):
                compile_translations(root / "resources" / "i18n")  # the checkout is what runs
                return
            for path in stage_package_data(root, Path(self.build_lib) / "app"):
                self.announce(f"package data {path}", level=2)

    return BuildPy


def __getattr__(name: str) -> Any:  # noqa: ANN401 — setuptools' cmdclass, made only when a build asks
    if name == "BuildPy":
        return _build_py_class()
    raise AttributeError(name)


if __name__ == "__main__":
    for written_path in compile_translations(force="--force" in sys.argv):
        print(written_path)
