"""The words a window shows: every label, button, placeholder, tab, title, header, list entry,
menu and toolbar action under a widget — and checks that they are in one language, data aside."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QToolBar,
    QWidget,
)

# Words of Qt's and our English interface; one of them inside the Vietnamese window is a leftover.
ENGLISH_UI_WORDS = frozenset(
    """
ok cancel close yes no save open apply look file files name type directory choose back forward parent folder
new detail details view list undo redo cut copy paste delete select all print next finish help reset discard show hide
computer recent places page pages printer properties options copies preview size date modified kind drive unknown float
zoom fit width landscape portrait first last previous rows row error errors warning warnings search find add remove
edit tools language unit conference agenda invitees honorees delegates reports progress notes settings abort retry
ignore restore defaults continue commit done go sidebar collate color grayscale reverse selection range current
""".split()
)
# Written the same in a Vietnamese office (abbreviations, key caps, formats, the language's own name).
NEUTRAL = frozenset(
    "usb pdf excel png xlsx csv txt hnk hnb docx ctrl shift alt del esc tab dd mm yyyy english qt".split()
)

# Texts deliberately the same in both languages: the language menu (found whichever language is
# shown; each language named in itself) and the product's name.
BILINGUAL = frozenset({"Ngôn ngữ / Language", "Tiếng Việt", "English"})
PRODUCT = "Hội nghị ĐHTT"

_TAGS = re.compile(r"<[^>]+>")
_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")


def clean(text: str) -> str:
    """What the official reads: no mnemonic '&', no HTML, no shortcut after a tab."""
    text = html.unescape(_TAGS.sub(" ", text.split("\t")[0]))
    return re.sub(r"&(?=\S)", "", text).strip()


def _actions(actions: list[QAction], where: str, out: list[tuple[str, str]]) -> None:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        for text in {action.text(), action.iconText(), action.toolTip()}:
            if text:
                out.append((where, text))
        if action.menu() is not None:
            menu = action.menu()
            out.append((where, menu.title()))
            _actions(menu.actions(), f"{where} › {clean(menu.title())}", out)


def _view_texts(view: QAbstractItemView, where: str, out: list[tuple[str, str]]) -> None:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    try:
        columns = model.columnCount()
    except TypeError:  # a list model (its columnCount is private): one column
        columns = 1
    if header is not None and not header().isHidden():
        for column in range(columns):
            label = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if label:
                out.append((f"{where} header", str(label)))
    for row in range(min(model.rowCount(), 60)):
        for column in range(min(columns, 20)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    out.append((f"{where} cell", value))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything *root* and the widgets shown in it say."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())] if root.windowTitle() else []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if widget.property("document_text"):
            continue  # words that print (documents are Vietnamese in either language)
        if widget.toolTip():
            out.append((f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel) and widget.text():
            out.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            out.append((where, widget.text()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            out.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            out += [
                (f"{where} item", widget.itemText(i)) for i in range(widget.count()) if widget.itemText(i)
            ]
        elif isinstance(widget, QGroupBox) and widget.title():
            out.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            out += [(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QDockWidget):
            out.append((where, widget.windowTitle()))
        elif isinstance(widget, QMenuBar | QToolBar | QMenu):
            _actions(widget.actions(), where, out)
        elif isinstance(widget, QAbstractItemView):
            _view_texts(widget, where, out)
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            _actions(widget.actions(), f"{where} right-click", out)
    return [(where, clean(text)) for where, text in out if clean(text)]


def data_strings(db: Path, *files: Path) -> list[str]:
    """Every text stored in *db* (names, titles, catalogue labels, the plan), in the shipped
    catalogues and plans, and in *files* (a sheet being imported): data, shown as it is in either
    language. Longest first, so that removing them leaves only the window's own words."""
    from app.paths import resources_dir

    found: set[str] = set()

    def take(value: object) -> None:
        if isinstance(value, str):
            if value[:1] in "[{":
                try:
                    take(json.loads(value))
                    return
                except ValueError:
                    pass
            found.add(value)
            found.update(part.strip() for part in value.split("\n"))
        elif isinstance(value, dict):
            for item in value.values():
                take(item)
        elif isinstance(value, list):
            for item in value:
                take(item)

    connection = sqlite3.connect(db)
    try:
        tables = [r[0] for r in connection.execute("select name from sqlite_master where type = 'table'")]
        for table in tables:
            for row in connection.execute(f'select * from "{table}"'):  # our own test database
                for value in row:
                    take(value)
    finally:
        connection.close()
    from app.services.database import open_database
    from app.services.plans import list_plans

    store = open_database(str(db), create=False)
    try:  # a plan's issuing document, cited as it prints ("Kế hoạch số 12/KH-UBND …")
        found.update(summary.document for summary in list_plans(store) if summary.document)
        from app.services.catalogues import commendation_labels
        from app.store.models import Unit

        with store.session() as session:  # the forms as this unit writes them ("… UBND thành phố")
            found.update(
                commendation_labels(
                    session, session.get(Unit, store.unit_id) if store.unit_id else None
                ).values()
            )
    finally:
        store.close()
    for path in [*resources_dir().glob("catalogues/*.json"), *resources_dir().glob("plans/*.json")]:
        take(json.loads(path.read_text(encoding="utf-8")))
    from vietnam_provinces import Province  # the official divisions the wizard lists

    found.update(province.name for province in Province.iter_all())
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            found.update(cell.strip() for cell in line.split(","))
    return sorted((s for s in found if len(s) >= 2 and is_vietnamese(s)), key=len, reverse=True)


def is_vietnamese(text: str) -> bool:
    """Whether *text* has a letter only Vietnamese writes (ă â đ ê ô ơ ư, or a tone mark)."""
    if _VIETNAMESE_LETTERS & set(text):
        return True
    return bool(_TONE_MARKS & set(unicodedata.normalize("NFD", text)))


def english_words(text: str) -> set[str]:
    text = re.sub(r"\{\w+\}", " ", text)  # a template's placeholders ({unit}, {period}) are syntax, not words
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {w for w in words if w in ENGLISH_UI_WORDS and w not in NEUTRAL}


def without_data(text: str, data: list[str]) -> str:
    if not is_vietnamese(text):
        return text
    for value in data:
        if value in text:
            text = text.replace(value, " ")
            if not is_vietnamese(text):
                break
    return text


def leftovers(texts: list[tuple[str, str]], language: str, data: list[str]) -> list[str]:
    """The texts not in *language*, data removed: English UI words in "vi", Vietnamese in "en"."""
    bad = []
    for where, text in texts:
        if text in BILINGUAL:
            continue
        rest = without_data(text.replace(PRODUCT, " "), data)
        if language == "vi" and english_words(rest):
            bad.append(f"{where}: {text!r} ({', '.join(sorted(english_words(rest)))})")
        elif language == "en" and is_vietnamese(rest):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))
