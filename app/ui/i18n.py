"""Languages of the window: Vietnamese (the source text) and English (Qt Linguist translation)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import resources_dir

LANGUAGE_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = ["vi"]


def current_language() -> str:
    """The language the window speaks now ("vi" or "en")."""
    return _current[0]


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the running application to *language* ("vi" or "en"); True if a translation loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language if language in ("vi", "en") else "vi"
    if language == "vi":
        return True
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


class InheritedTexts:
    """Mixin for a widget class that others extend: ``self.tr`` looks a text up under the class
    that wrote it. (PySide looks ``tr`` up under the object's own class, so a text of a base
    class — "Thêm dòng" of every list — would stay Vietnamese in a subclass; lupdate files it
    under the class whose code holds it.)"""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        plain = text.replace("%n", str(n)) if n >= 0 else text
        for klass in type(self).__mro__:
            if klass.__module__.startswith(("PySide6", "builtins")):
                break
            found = QCoreApplication.translate(klass.__name__, text, disambiguation, n)
            if found != plain:
                return found
        return plain
