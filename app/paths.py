"""Where the app keeps its files. ``HOINGHI_HOME`` overrides the user's data folder (tests use it,
so they never touch a real official's data).

The files the app ships (``resources/`` and ``forms/`` at the top of the repository) are found by
:func:`shipped_dir`, the one place that knows the three ways the app runs: installed from a
wheel or frozen by PyInstaller they are package data inside ``app/`` (the build maps them there,
see ``app/build.py``); from a source checkout they are the top-level folders themselves.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "HoiNghiDHTT"
DEFAULT_DB_FILE = "hoinghi.sqlite"


def data_dir() -> Path:
    """The user's data folder for this app (created on demand)."""
    override = os.environ.get("HOINGHI_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The log of unexpected errors (with their tracebacks), in the data folder."""
    return data_dir() / "hoinghi-errors.log"


def package_dir() -> Path:
    """The folder of the ``app`` package (inside site-packages, a frozen folder or a checkout)."""
    return Path(str(files("app")))


def shipped_dir(name: str) -> Path:
    """The shipped folder *name* (``"resources"`` or ``"forms"``): package data when installed or
    frozen, the top-level source folder in a checkout."""
    packaged = package_dir() / name
    if packaged.is_dir():
        return packaged
    return package_dir().parent / name


def is_checkout() -> bool:
    """True when the shipped files are the sources of a checkout (writable, .qm built on demand)."""
    return not getattr(sys, "frozen", False) and not (package_dir() / "resources").is_dir()


def resources_dir() -> Path:
    """The shipped data files (catalogues, plans, demo names, templates, fonts, translations)."""
    override = os.environ.get("HOINGHI_RESOURCES")
    if override:
        return Path(override)
    return shipped_dir("resources")


def forms_dir() -> Path:
    """The Qt Designer forms (``.ui``) loaded at run time."""
    return shipped_dir("forms")


def database_target(db: str | None) -> str | Path:
    """What ``--db`` / ``HOINGHI_DB`` / the default name: the resolved file for a plain path (or
    the default file), else the URL as given. Cheap — no SQLAlchemy — so that the window can
    check it before anything else loads."""
    value = db or os.environ.get("HOINGHI_DB")
    if not value:
        return data_dir() / DEFAULT_DB_FILE
    if "://" in value:
        return value
    return Path(value).expanduser().resolve()
