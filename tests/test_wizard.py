"""The first-run wizard's messages: a search that finds no unit says so in the list, with what to
do; Hủy asks before quitting and says what quitting leaves; the recovery file is named once saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWizard

from app.services.database import open_database
from app.ui.wizard import ConferencePage, FirstRunWizard, KeysPage, UnitPage


@pytest.fixture
def wizard(qtbot, tmp_path):
    store = open_database(str(tmp_path / "new.sqlite"))
    wizard = FirstRunWizard(store)  # not qtbot.addWidget: closing it would ask "Thoát phần thiết lập?"
    wizard.show()
    yield wizard
    wizard.hide()
    wizard.deleteLater()
    store.close()


def test_a_search_that_finds_no_unit_says_so_in_the_list(wizard):
    page = wizard.currentPage()
    assert isinstance(page, UnitPage) and page.no_unit_found()
    assert page.empty.isVisible() and "Danh mục đơn vị còn trống" in page.empty.text()
    page.province.setCurrentIndex(page.province.findData("68"))
    page.load_official()
    assert not page.no_unit_found() and page.units.isVisible() and page.units.count() > 100

    page.filter.setText("xa khong co that")
    assert page.units.count() == 0 and page.no_unit_found() and page.empty.isVisible()
    assert "Không tìm thấy đơn vị nào khớp với “xa khong co that”" in page.empty.text()
    assert "mã đơn vị" in page.empty.text() and "Nạp danh mục hành chính" in page.empty.text()
    assert not page.isComplete()
    page.filter.setText("xuan huong")
    assert page.units.isVisible() and page.units.count() == 1 and not page.no_unit_found()


def test_cancel_asks_first_and_says_what_quitting_leaves(qtbot, wizard, tmp_path, monkeypatch):
    asked: list[str] = []
    answer = {"value": QMessageBox.StandardButton.No}

    def question(_parent, _title, text, *args):
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert len(asked) == 1 and wizard.isVisible()  # "No": the wizard stays, nothing lost
    assert "chưa tạo hội nghị" in asked[0] and "hỏi lại từ đầu" in asked[0] and "Thoát" in asked[0]
    QTest.keyClick(wizard, Qt.Key.Key_Escape)  # Esc is Hủy too
    assert len(asked) == 2 and wizard.isVisible()

    page = wizard.currentPage()
    page.province.setCurrentIndex(page.province.findData("68"))
    page.load_official()
    page.filter.setText("xuan huong")
    page.units.setCurrentRow(0)
    wizard.next()
    keys_page = wizard.currentPage()
    assert isinstance(keys_page, KeysPage)
    keys_page.password.setText("mật khẩu dài")
    keys_page.again.setText("mật khẩu dài")
    keys_page.path.setText(str(tmp_path / "khoi-phuc.hnk"))
    wizard.next()
    conference_page = wizard.currentPage()
    assert isinstance(conference_page, ConferencePage)
    assert (
        conference_page.saved.isVisible() and str(tmp_path / "khoi-phuc.hnk") in conference_page.saved.text()
    )

    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert len(asked) == 3 and "Xuân Hương" in asked[2] and "đã lưu" in asked[2]
    assert "tiếp tục từ bước thông tin hội nghị" in asked[2] and wizard.isVisible()
    answer["value"] = QMessageBox.StandardButton.Yes
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.conference_id is None


def test_a_new_conference_from_the_desk_cancels_without_asking(qtbot, tmp_path):
    from app.cli.main import main

    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    store = open_database(str(db))
    try:
        wizard = FirstRunWizard(store)  # the unit has a conference: "Hội nghị mới" from the desk
        wizard.show()
        assert not wizard.first_run
        wizard.button(QWizard.WizardButton.CancelButton).click()  # a message box would fail the test
        assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Rejected
        wizard.deleteLater()
    finally:
        store.close()


def test_the_demo_button_on_an_empty_database_loads_the_demo_and_finishes(qtbot, wizard):
    """ "Nạp dữ liệu mẫu" — the first button a new user presses — crashed the program (exit 139):
    finishing the wizard validated the unit page, which read the first selected unit of an empty
    list, and the IndexError inside Qt's call was a segmentation fault. The demo now loads behind
    the progress dialog (off the window's thread) and the wizard finishes on its conference."""
    from PySide6.QtWidgets import QPushButton

    from app.services.conference import unit_conference
    from app.store.models import Honoree

    page = wizard.currentPage()
    assert isinstance(page, UnitPage) and not page.units.selectedItems()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Nạp dữ liệu mẫu")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    store = wizard.store
    assert store.unit_id is not None and wizard.unit_id == store.unit_id
    conference = unit_conference(store, store.unit_id)
    assert conference is not None and wizard.conference_id == conference.id
    with store.session() as session:
        assert session.query(Honoree).count() > 0


def test_the_unit_page_with_nothing_chosen_is_not_valid(wizard):
    page = wizard.currentPage()
    assert isinstance(page, UnitPage) and not page.units.selectedItems()
    assert page.validatePage() is False  # not an IndexError inside Qt's call (a crash)
    wizard.accept()  # what the demo button did: QWizard validates the page first
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
