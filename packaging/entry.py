"""The frozen app's entry point (PyInstaller): the same ``hoinghi`` command as ``python -m app``."""

import os
import sys

if sys.stdout is None or sys.stderr is None:  # the windowed hoinghi.exe on Windows has no console
    _sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 — lives as long as the process
    sys.stdout = sys.stdout or _sink
    sys.stderr = sys.stderr or _sink

from app.cli.main import run

run()
