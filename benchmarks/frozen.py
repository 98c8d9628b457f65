"""The frozen one-folder app: its size, and its cold start to the interactive window with the data
open, each beside a bare PySide6 QMainWindow frozen by the same spec (``packaging/hoinghi.spec``
with ``HOINGHI_BARE_WINDOW``): same PyInstaller, same excluded modules and Qt plugins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.core import Figure, process_ms

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "frozen"


def _build(name: str, rebuild: bool) -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import executable

    folder = OUT / name
    if rebuild or not executable(folder, name).is_file():
        env = dict(os.environ)
        if name != "hoinghi":
            env["HOINGHI_BARE_WINDOW"] = str(ROOT / "benchmarks" / "bare_window.py")
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "build.py"),
                "--no-test",
                "--name",
                name,
                "--dist",
                str(OUT),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    return folder


def figures(db: Path, runs: int, rebuild: bool = True) -> list[Figure]:
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import executable, folder_mb

    app = _build("hoinghi", rebuild)
    bare = _build("bare-window", rebuild)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        HOINGHI_EXIT_WHEN_READY="1",
    )
    ready, floor = process_ms(
        [str(executable(app)), "--db", str(db)], [str(executable(bare, "bare-window"))], max(3, runs), env=env
    )
    return [
        Figure(
            "frozen-size",
            folder_mb(app),
            "MB",
            folder_mb(bare),
            None,
            "dist/hoinghi/ on disk vs a bare QMainWindow frozen by the same spec",
        ),
        Figure(
            "frozen-ready",
            ready,
            "ms",
            floor,
            3.0,
            "frozen hoinghi to the window with the database open and the first section painted, "
            "vs the frozen bare QMainWindow shown, whole process",
        ),
    ]
