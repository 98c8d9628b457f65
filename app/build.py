"""Build step: compile the Qt Linguist translations (``resources/i18n/*.ts`` → ``.qm``).

    python -m app.build

The ``.qm`` files are build output (not committed). The app also runs this step by itself the
first time a language is chosen whose ``.qm`` is missing or older than its ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import resources_dir


def _lrelease() -> list[str] | None:
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    beside = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    return [str(beside)] if beside.exists() else None


def compile_translations(force: bool = False) -> list[Path]:
    """Compile every ``.ts`` whose ``.qm`` is missing or stale; return the ``.qm`` files written."""
    written = []
    tool = _lrelease()
    for source in sorted((resources_dir() / "i18n").glob("*.ts")):
        target = source.with_suffix(".qm")
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if tool is None:
            raise RuntimeError("pyside6-lrelease not found (it ships with PySide6)")
        subprocess.run([*tool, "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_translations(force="--force" in sys.argv):
        print(path)
