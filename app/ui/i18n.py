"""Languages of the window: Vietnamese (the source text) and English (Qt Linguist translation)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import is_checkout, resources_dir

LANGUAGE_KEY = "ui/language"
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the running application to *language* ("vi" or "en"); True if a translation loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "vi":
        return True
    if is_checkout():  # installed and frozen apps carry the .qm built at build time
        from app.build import compile_translations

        try:
            compile_translations()
        except (RuntimeError, OSError):
            logging.getLogger(__name__).exception("cannot build translations")
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"hoinghi_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
