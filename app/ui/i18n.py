"""Languages of the window: Vietnamese (the source text) and English.

Two sources, one rule each: the widgets' own words go through Qt's ``tr`` (Qt Linguist, the
``.ts`` catalogue); every word the core gives — a ``Text``, an ``AppError``, a finding — carries
both languages and is shown with :func:`say`. Either way the window's language decides, errors
included."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from app.domain.text import Bilingual
from app.paths import is_checkout, resources_dir

LANGUAGE_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = ["vi"]


def current_language() -> str:
    """The language the window speaks now ("vi" or "en")."""
    return _current[0]


def say(text: Bilingual) -> str:
    """*text* (a ``Text``, an ``AppError``, an ``InvalidValue``, a finding) in the window's language."""
    return text.en if _current[0] == "en" else text.vi


#: The catalogues loaded for each language: the app's own texts are written in Vietnamese (English
#: comes from ``hoinghi_en``); Qt's own texts (standard buttons, file and print dialogs, context
#: menus) are English, and Qt ships no Vietnamese for them, so ``qtbase_vi`` is ours.
CATALOGUES = {"vi": ("qtbase_vi",), "en": ("hoinghi_en",)}


def _qm(name: str) -> Path:
    """The compiled catalogue *name*, built from its ``.ts`` first if missing or older."""
    source = resources_dir() / "i18n" / f"{name}.ts"
    target = source.with_suffix(".qm")
    try:
        stale = not target.exists() or target.stat().st_mtime < source.stat().st_mtime
    except OSError:
        stale = False
    # An installed or frozen app carries the .qm built at build time (and its folder may be
    # read-only); only a source checkout builds it here.
    if stale and is_checkout():  # (rare: the first start, or after an update; the imports wait until then)
        import subprocess

        from app.build import compile_translations

        try:
            compile_translations()
        except (RuntimeError, OSError, subprocess.CalledProcessError):
            logging.getLogger(__name__).exception("cannot build translations")
    return target


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the running application to *language* ("vi" or "en"); True if its catalogues loaded.
    Widgets follow through ``LanguageChange``; dates and numbers Qt draws (the calendar) follow the
    default locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in CATALOGUES else "vi"
    _current[0] = language
    if sys.platform != "win32":
        # Qt draws the file dialogs, in the window's language from our catalogue; on Windows the
        # system's own dialog is kept: it speaks the language of Windows and knows its places
        # (USB sticks, network folders) as the official is used to.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        if language == "vi"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    loaded = True
    for name in CATALOGUES[language]:
        translator = QTranslator(app)
        if translator.load(str(_qm(name))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            loaded = False
    return loaded


class InheritedTexts:
    """Mixin for a widget class that others extend: ``self.tr`` finds a text under whichever class
    of the object wrote it (lupdate files it there). PySide's own ``tr`` tries the object's class
    first and stops there when a count is given — the untranslated "%n dòng" comes back with the
    number filled in, which it takes for a translation — so a subclass's "9 dòng" stayed
    Vietnamese."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        plain = text.replace("%n", str(n)) if n >= 0 else text
        for klass in type(self).__mro__:
            if klass.__module__.startswith(("PySide6", "builtins")):
                break
            found = QCoreApplication.translate(klass.__name__, text, disambiguation, n)
            if found != plain:
                return found
        return plain
