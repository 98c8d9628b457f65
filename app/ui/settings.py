"""Window settings (last folders, layout, language) in one INI file in the data folder, so tests
that set ``HOINGHI_HOME`` never touch a real user's settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
