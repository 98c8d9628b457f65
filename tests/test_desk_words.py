"""Issue #18, point 6: one language all through. With Vietnamese chosen, no English word of Qt's
or ours shows in any window, dialog or menu the app opens (standard buttons, file, message, print
and input dialogs, context menus, the wizard, the calendar); with English chosen, no Vietnamese
shows except data (names, titles, catalogue labels as the office wrote them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QWidget,
)

from app.services.conference import unit_conference
from app.services.database import open_database
from app.ui.desk import SECTIONS, DeskWindow
from app.ui.i18n import install_language
from tests.ui_texts import data_strings, leftovers, visible_texts

DISTRICT = "593"  # every section, the units-below ones too
SHEET = "danh-sach.csv"  # a sheet to import (its words are data)


@pytest.fixture
def district(tmp_path, unit_demo) -> Path:
    db = tmp_path / "district.sqlite"
    unit_demo(DISTRICT, db)
    return db


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return widget


def windows(qtbot, db: Path, tmp_path: Path, language: str) -> Iterator[tuple[str, QWidget]]:
    """Every kind of window and dialog the desk opens, shown, one after the other."""
    from app.domain.document_kinds import KIND_NAMES
    from app.services.printing import render_document
    from app.ui.i18n import say
    from app.ui.print_preview import PrintPreview
    from app.ui.spreadsheet_dialog import ImportDialog
    from app.ui.sync_dialog import SyncDialog
    from app.ui.wizard import FirstRunWizard

    store = open_database(str(db))
    try:
        desk = _shown(qtbot, DeskWindow(store, unit_conference(store, store.unit_id).id))
        desk.retranslate(language)
        for number, (key, _name) in enumerate(SECTIONS):
            desk.nav.setCurrentRow(number)
            QApplication.processEvents()
            yield f"desk › {key}", desk
        yield "desk › menus", desk.menuBar()
        pdf = render_document(store, "programme", tmp_path / "programme.pdf", desk.conference_id)
        yield "print preview", _shown(qtbot, PrintPreview(pdf, say(KIND_NAMES["programme"]), "x.pdf", desk))
        from app.ui.conference_switcher import open_plans

        plans = _shown(qtbot, open_plans(desk, show=False))
        yield "plans dialog", plans
        plans.close()
        sync = _shown(qtbot, SyncDialog(store, desk, desk.run_long))
        for tab in range(sync.tabs.count()):
            sync.tabs.setCurrentIndex(tab)
            yield f"sync dialog › tab {tab}", sync
        sheet = tmp_path / SHEET
        yield "import dialog", _shown(qtbot, ImportDialog(store, "honorees", sheet, desk))
        empty = open_database(str(tmp_path / "empty.sqlite"))
        try:
            wizard = _shown(qtbot, FirstRunWizard(empty))
            yield "wizard", wizard
            for page in wizard.pageIds()[1:]:
                yield f"wizard › page {page}", wizard.page(page)
            wizard.hide()  # not close(): that is Hủy, which asks first (tests/test_wizard.py)
        finally:
            empty.close()
        for icon, buttons in (
            (QMessageBox.Icon.Question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No),
            (QMessageBox.Icon.Information, QMessageBox.StandardButton.Ok),
            (
                QMessageBox.Icon.Warning,
                QMessageBox.StandardButton.Close
                | QMessageBox.StandardButton.Cancel
                | QMessageBox.StandardButton.Save,
            ),
        ):
            box = QMessageBox(icon, "Hội nghị ĐHTT", desk.tr("Sao lưu"), buttons, desk)
            box.setDetailedText("…")
            yield f"message box {icon.name}", _shown(qtbot, box)
            box.close()
        for mode, accept in (
            (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
            (QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
            (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen),
        ):
            dialog = QFileDialog(
                desk, desk.tr("Lưu bảng tính"), str(tmp_path), desk.tr("Bảng tính Excel (*.xlsx)")
            )
            dialog.setFileMode(mode)
            dialog.setAcceptMode(accept)
            # drawn by Qt (in our catalogue's words), not by the system (Windows keeps its own)
            assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
            yield f"file dialog {mode.name}", _shown(qtbot, dialog)
            dialog.close()
        for editor in (QLineEdit("x", desk), QPlainTextEdit("x", desk)):
            menu = editor.createStandardContextMenu()
            yield f"{type(editor).__name__} context menu", menu
        dialog = QInputDialog(desk)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setLabelText(desk.tr("Sao lưu"))
        yield "input dialog", _shown(qtbot, dialog)
        yield (
            "progress",
            _shown(
                qtbot, QProgressDialog(desk.tr("Sao lưu"), QApplication.translate("Job", "Hủy"), 0, 0, desk)
            ),
        )
        printer = QPrinter()  # kept alive while its dialog is shown
        yield "print dialog", _shown(qtbot, QPrintDialog(printer, desk))
        date = desk.show_section("conference").widgets["date"]
        date.pick_date()
        popup = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.parent() is date)
        yield "calendar", popup
        popup.close()
        desk.close()
    finally:
        store.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_window_speaks_one_language(qtbot, district, tmp_path, language):
    install_language(QApplication.instance(), language)
    try:
        sheet = tmp_path / SHEET
        sheet.write_text("Họ và tên,Năm sinh,Giới tính\nNguyễn Văn Ân,1980,Nam\n", encoding="utf-8")
        data = data_strings(district, sheet)
        found: dict[str, list[str]] = {}
        names = []
        for name, widget in windows(qtbot, district, tmp_path, language):
            names.append(name)
            bad = leftovers(visible_texts(widget), language, data)
            if bad:
                found[name] = bad
        assert len(names) >= 25
        assert not found, "\n".join(f"{name}:\n  " + "\n  ".join(bad) for name, bad in found.items())
    finally:
        install_language(QApplication.instance(), "vi")


def test_english_findings_name_catalogue_entries_by_their_label_not_their_code(qtbot, district):
    """ "van-hoa-xa-hoi" showed raw in the English plan checks."""
    from app.services.catalogues import catalogue
    from app.store.models import Honoree, Speech

    install_language(QApplication.instance(), "en")
    store = open_database(str(district))
    try:
        conference_id = unit_conference(store, store.unit_id).id
        with store.session() as session:
            fields = {i.code: i.label for i in catalogue(session, "field")}
            covered = {s.field for s in session.query(Speech).filter(Speech.conference_id == conference_id)}
            uncovered = next(code for code in fields if code not in covered)
            honoree = session.query(Honoree).filter(Honoree.conference_id == conference_id).first()
            honoree.field = uncovered
        desk = _shown(qtbot, DeskWindow(store, conference_id))
        desk.retranslate("en")
        texts = [desk.checks.item(i).text() for i in range(desk.checks.count())]
        covering = next(t for t in texts if "model report covers" in t)
        assert fields[uncovered] in covering
        codes = {
            i.code
            for name in ("field", "conference_form", "target_group")
            for i in catalogue_items(store, name)
        }
        assert not [c for c in codes if "-" in c and any(c in t for t in texts)]
        assert not [t for t in texts if "{" in t]  # a plan text's {next_period} is written out
        desk.close()
    finally:
        store.close()
        install_language(QApplication.instance(), "vi")


def catalogue_items(store, name: str) -> list:
    from app.services.catalogues import catalogue

    with store.session() as session:
        return catalogue(session, name)


def test_english_invitee_list_says_why_each_row_sits_there_in_english(qtbot, district):
    """The invitee list's "Placed by" columns ("Khách cấp trên · Đảng", "Chủ nhà · Đảng") and the
    refusal of a move across posts stayed Vietnamese in the English window: they are the app's
    explanation (from the catalogues' English names), not the office's data, so no data is taken
    out before the check."""
    from PySide6.QtCore import Qt as QtNS

    from tests.ui_texts import is_vietnamese

    install_language(QApplication.instance(), "en")
    store = open_database(str(district))
    try:
        desk = _shown(qtbot, DeskWindow(store, unit_conference(store, store.unit_id).id))
        desk.retranslate("en")
        panel = desk.show_section("invitees")
        model = panel.model
        columns = [n for n, c in enumerate(model.source.spec.columns) if c.key in ("standing", "ranked_post")]
        assert len(columns) == 2 and model.rowCount() > 10
        texts = [model.headerData(c, QtNS.Orientation.Horizontal) for c in columns]
        texts += [model.index(r, c).data() for r in range(model.rowCount()) for c in columns]
        assert "Higher-level guest · Party" in texts and "Host unit · Party" in texts
        assert model.rows[0]["standing"].startswith("Khách cấp trên")  # stored and printed in Vietnamese
        messages: list[str] = []
        panel.message.connect(messages.append)
        last = model.rowCount() - 1
        assert model.rows[last]["standing"] != model.rows[0]["standing"]
        model.move_row(last, 0)  # across posts: refused, with the reason
        assert messages and panel.last_refusal == messages[-1] and "Protocol order follows" in messages[-1]
        texts.append(messages[-1])
        model.sort(next(n for n, c in enumerate(model.source.spec.columns) if c.key == "name"))
        model.move_row(1, 0)  # sorted by name: back to protocol order first
        texts.append(messages[-1])
        assert not [t for t in texts if is_vietnamese(t)], [t for t in texts if is_vietnamese(t)]
        desk.close()
    finally:
        store.close()
        install_language(QApplication.instance(), "vi")
