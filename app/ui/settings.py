"""Window settings (last folders, layout, language) in one INI file in the data folder, so tests
that set ``HOINGHI_HOME`` never touch a real user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.paths import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def last_folder(key: str) -> Path:
    """The folder last used for *key* (e.g. ``"excel/last_dir"``), else the user's Documents."""
    value = app_settings().value(key)
    if value:
        return Path(str(value))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(key: str, folder: Path) -> None:
    app_settings().setValue(key, str(folder))


def ask_save_path(
    parent: QWidget, title: str, key: str, suggested: str, filters: str, suffix: str
) -> Path | None:
    """A save dialog opening in the folder last used for *key*; the answer ends in *suffix*.
    The caller remembers the folder (:func:`remember_folder`) once the file is written."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder(key) / suggested), filters)
    if not name:
        return None
    return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
