"""Where the app keeps its files. ``HOINGHI_HOME`` overrides the user's data folder (tests use it,
so they never touch a real official's data)."""

from __future__ import annotations

import os
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


def resources_dir() -> Path:
    """The shipped data files (catalogues, plans, demo names, fonts, translations)."""
    override = os.environ.get("HOINGHI_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


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
