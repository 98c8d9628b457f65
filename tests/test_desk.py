"""The desk, driven offscreen like an official would: typing, undo/redo, reordering, plan checks,
search without accents, paste from Excel, English, the first-run wizard, screenshots."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar
from sqlalchemy import func, select

from app.cli.main import main
from app.domain.vntext import fold, name_sort_key
from app.services.conference import unit_conference
from app.services.database import open_database
from app.store.models import AgendaItem, Conference, Honoree
from app.ui.desk import DeskWindow
from app.ui.table_panel import TablePanel

COMMUNE = "23083"


@pytest.fixture
def desk(demo_desk):
    window = demo_desk(COMMUNE, "commune.sqlite")
    return window


def honoree_names(store) -> list[str]:
    with store.session() as s:
        return s.scalars(select(Honoree.name).order_by(Honoree.sort_key)).all()


def cell(panel: TablePanel, row: int, key: str) -> QModelIndex:
    column = [c.key for c in panel.model.source.spec.columns].index(key)
    return panel.model.index(row, column)


def type_into(qtbot, panel: TablePanel, index: QModelIndex, text: str) -> None:
    view = panel.view
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.wait(20)
    editor = QApplication.focusWidget()
    assert editor is not None
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    if text.isascii():
        QTest.keyClicks(editor, text)
    else:  # Vietnamese arrives from the keyboard (Unikey) as input-method commit strings
        from PySide6.QtGui import QInputMethodEvent

        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
        assert editor.text() == text
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)


def test_type_into_a_cell_then_undo_and_redo(qtbot, desk):
    panel = desk.show_section("honorees")
    first = panel.model.rows[0]
    type_into(qtbot, panel, cell(panel, 0, "name"), "Ông Thị Ơn")
    with desk.store.session() as s:
        record = s.get(Honoree, first["id"])
        assert (record.family_middle, record.given, record.name) == ("Ông Thị", "Ơn", "Ông Thị Ơn")
    desk.undo.undo()
    with desk.store.session() as s:
        assert s.get(Honoree, first["id"]).name == first["name"]
    desk.undo.redo()
    with desk.store.session() as s:
        assert s.get(Honoree, first["id"]).name == "Ông Thị Ơn"
    # the stored sort key follows the edit: by given name, then family and middle names
    with desk.store.session() as s:
        rows = s.execute(
            select(Honoree.family_middle, Honoree.given)
            .where(Honoree.collective.is_(False))
            .order_by(Honoree.sort_key)
        ).all()
    assert rows == sorted(rows, key=lambda r: name_sort_key(r.family_middle, r.given))
    assert any(r.given == "Ơn" for r in rows)


def test_invalid_input_is_refused_at_the_cell(qtbot, desk):
    panel = desk.show_section("honorees")
    row = next(i for i, r in enumerate(panel.model.rows) if not r["collective"])
    before = panel.model.rows[row]["birth_year"]
    with qtbot.waitSignal(panel.model.invalid) as blocker:
        assert not panel.model.setData(cell(panel, row, "birth_year"), "năm ngoái")
    assert "không phải là số" in blocker.args[1]
    assert not panel.model.setData(cell(panel, row, "birth_year"), "2999")
    with desk.store.session() as s:
        assert s.get(Honoree, panel.model.rows[row]["id"]).birth_year == before
    assert desk.undo.count() == 0


def test_reorder_the_agenda_and_see_the_times_change(qtbot, desk):
    panel = desk.show_section("agenda_items")
    model = panel.model
    titles = [r["title"] for r in model.rows]
    times = [r["time"] for r in model.rows]
    start = times[0].split(" - ")[0]
    model.move_row(0, 2)  # Chào cờ goes third
    assert [r["title"] for r in model.rows][:3] == [titles[1], titles[2], titles[0]]
    assert model.rows[0]["time"].startswith(start)
    assert model.rows[2]["time"] != times[2] or model.rows[0]["minutes"] == model.rows[2]["minutes"]
    # times follow the durations
    type_into(qtbot, panel, cell(panel, 0, "minutes"), "45")
    assert model.rows[0]["minutes"] == 45
    first_end = model.rows[0]["time"].split(" - ")[1]
    assert model.rows[1]["time"].startswith(first_end)
    # drag and drop is the same command
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.rows[0]["title"] == titles[0]
    desk.undo.undo()
    desk.undo.undo()
    desk.undo.undo()
    assert [r["title"] for r in model.rows] == titles and [r["time"] for r in model.rows] == times


def test_conference_start_time_moves_every_agenda_time(qtbot, desk):
    agenda = desk.show_section("agenda_items").model  # already on screen once: must follow live
    conference_panel = desk.show_section("conference")
    widget = conference_panel.widgets["start_time"]
    new = "14h15" if agenda.rows[0]["time"].startswith("13h30") else "13h30"  # any time but the current one
    widget.setText(new)
    widget.editingFinished.emit()
    assert agenda.rows[0]["time"].startswith(new)
    desk.undo.undo()
    assert not agenda.rows[0]["time"].startswith(new)


def test_break_a_plan_rule_and_see_the_check_come_and_go(qtbot, desk):
    codes = lambda: {f.code for f in desk.findings()}  # noqa: E731
    panel = desk.show_section("agenda_items")
    row = next(i for i, r in enumerate(panel.model.rows) if r["kind"] == "bieu-duong")
    assert "missing-item:bieu-duong" not in codes()
    panel.model.delete_rows([row])
    qtbot.waitUntil(
        lambda: any("Biểu dương" in desk.checks.item(i).text() for i in range(desk.checks.count())),
        timeout=3000,
    )
    desk.undo.undo()
    qtbot.waitUntil(
        lambda: not any("Biểu dương" in desk.checks.item(i).text() for i in range(desk.checks.count())),
        timeout=3000,
    )
    # a date after the group's deadline
    conference_panel = desk.show_section("conference")
    conference_panel.widgets["date"].setText("20/05/2025")
    conference_panel.widgets["date"].editingFinished.emit()
    qtbot.waitUntil(
        lambda: (
            "late" in codes()
            and any("sau thời hạn" in desk.checks.item(i).text() for i in range(desk.checks.count()))
        ),
        timeout=3000,
    )
    conference_panel.widgets["date"].setText("10/03/2025")
    conference_panel.widgets["date"].editingFinished.emit()
    qtbot.waitUntil(lambda: "late" not in codes(), timeout=3000)
    # clicking a finding jumps to its cause
    panel.model.delete_rows(
        [next(i for i, r in enumerate(panel.model.rows) if r["kind"] == "phat-dong")]
    ) if any(r["kind"] == "phat-dong" for r in panel.model.rows) else None
    desk.run_checks()
    item = next(
        desk.checks.item(i)
        for i in range(desk.checks.count())
        if desk.checks.item(i).data(Qt.ItemDataRole.UserRole) is not None
    )
    desk.checks.itemClicked.emit(item)
    assert desk.current_key() in ("agenda_items", "speeches", "conference", "delegates", "honorees")


def test_search_without_accents(qtbot, desk):
    panel = desk.show_section("honorees")
    with desk.store.session() as s:
        names = s.scalars(select(Honoree.name)).all()
    target = next(n for n in names if "Đ" in n or any(ord(ch) > 127 for ch in n))
    query = fold(target).split(" ")[-1]
    QTest.keySequence(desk, "Ctrl+F")
    assert panel.search.hasFocus()
    panel.model.set_search(query)
    expected = sorted(n for n in names if query in fold(n))
    assert sorted(r["name"] for r in panel.model.rows) == expected and target in expected
    panel.model.set_search("nguyen")
    assert panel.model.total == sum(1 for n in names if "nguyen" in fold(n))
    panel.model.set_search("")
    assert panel.model.total == len(names)


def test_paste_rows_from_excel(qtbot, desk):
    panel = desk.show_section("honorees")
    before = panel.model.total
    panel.view.setCurrentIndex(QModelIndex())
    column = [c.key for c in panel.model.source.spec.columns].index("name")
    panel.view.setCurrentIndex(panel.model.index(panel.model.rowCount() - 1, column))
    panel.view.clearSelection()
    panel.view.setCurrentIndex(QModelIndex())
    panel.paste("Trần Văn Ánh\tÁnh\t1980\nLê Thị Bé\tBé\t1990\n")
    assert panel.model.total == before + 2
    with desk.store.session() as s:
        born = s.scalars(select(Honoree.birth_year).where(Honoree.name == "Lê Thị Bé")).one()
    assert born == 1990
    desk.undo.undo()
    assert panel.model.total == before
    # one bad value cancels the whole paste
    from PySide6.QtWidgets import QMessageBox

    shown = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a: shown.append(a[2]))  # type: ignore[method-assign]
    try:
        panel.paste("Trần Văn Ánh\tÁnh\t1980\nLê Thị Bé\tBé\tabc\n")
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert shown and "Dòng 2" in shown[0] and panel.model.total == before


def test_switch_to_english(qtbot, desk):
    desk.show_section("agenda_items")  # built before the switch; honorees after it
    desk.set_language("en")
    desk.show_section("honorees")
    assert desk.models["agenda_items"].headerData(1, Qt.Orientation.Horizontal) == "Item"
    assert desk.nav.item(4).text() == "Honorees"
    assert desk.models["honorees"].headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert desk.menuBar().actions()[0].text() == "&File"
    desk.set_language("vi")
    assert desk.nav.item(4).text() == "Điển hình tiên tiến"
    assert desk.menuBar().actions()[0].text() == "&Tệp"


def test_lazy_loading_of_a_big_table(qtbot, demo_db):
    store = open_database(str(demo_db))
    try:
        from PySide6.QtGui import QUndoStack

        from app.services.records import SPECS, RecordSource
        from app.ui.table_model import RecordTableModel

        source = RecordSource(store, SPECS["honorees"], everything=True)
        model = RecordTableModel(source, QUndoStack())
        model.reload()
        with store.session() as s:
            total = s.scalar(select(func.count()).select_from(Honoree))
        assert model.total == total > 10000 and model.rowCount() == RecordTableModel.BATCH
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 2 * RecordTableModel.BATCH
        keys = [r["id"] for r in model.rows]
        assert len(set(keys)) == len(keys)
        model.sort(1, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == RecordTableModel.BATCH
    finally:
        store.close()


def test_first_run_wizard_on_an_empty_database(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.wizard import ConferencePage, FirstRunWizard, KeysPage, UnitPage

    store = open_database(str(tmp_path / "new.sqlite"))
    try:
        wizard = FirstRunWizard(store)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.currentPage()
        assert isinstance(page, UnitPage) and page.units.count() == 0 and not page.isComplete()
        page.province.setCurrentIndex(page.province.findData("68"))
        page.load_official()
        assert page.units.count() > 100
        page.filter.setText("xuan huong")
        assert page.units.count() == 1 and "Xuân Hương" in page.units.item(0).text()
        page.units.setCurrentRow(0)
        assert page.isComplete()
        wizard.next()
        keys_page = wizard.currentPage()
        assert isinstance(keys_page, KeysPage) and len(keys_page.fingerprint.text()) == 49
        keys_page.password.setText("mật khẩu dài")
        keys_page.again.setText("mật khẩu khác")
        refused: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: refused.append(a[2]))
        assert not keys_page.validatePage() and "không khớp" in refused[0]
        keys_page.again.setText("mật khẩu dài")
        keys_page.path.setText(str(tmp_path / "du-phong.hnk"))
        wizard.next()
        assert (
            json.loads((tmp_path / "du-phong.hnk").read_text())["fingerprint"] == keys_page.fingerprint.text()
        )
        conference_page = wizard.currentPage()
        assert isinstance(conference_page, ConferencePage)
        assert conference_page.form.count() == 3  # group A forms only
        wizard.accept() if conference_page.validatePage() else None
        assert wizard.conference_id is not None
        with store.session() as s:
            conference = s.get(Conference, wizard.conference_id)
            assert conference.date < date(2025, 3, 31)
            count = s.scalar(
                select(func.count()).select_from(AgendaItem).where(AgendaItem.conference_id == conference.id)
            )
        assert count == 9
    finally:
        store.close()


def test_screenshots_of_every_section(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", COMMUNE]) == 0
    out = Path(os.environ.get("HOINGHI_SCREENSHOTS") or tmp_path / "shots")
    capsys.readouterr()
    assert main(["--db", str(db), "screenshots", "--out", str(out)]) == 0
    files = capsys.readouterr().out.split()
    assert (
        len(files) == 13
    )  # a commune: 9 sections (none of the units-below ones), preview, wizard, 2 of sync
    from PIL import Image

    for name in files:
        image = Image.open(name).convert("L")
        assert image.size[0] >= 700
        assert sum(image.histogram()[:100]) > 500, f"{name} looks empty"


def test_hoinghi_opens_the_window_first_then_the_data(qtbot, tmp_path, monkeypatch):
    import sys

    from app.ui import desk as desk_module
    from app.ui.settings import app_settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_desk installs its own
    db = tmp_path / "commune.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", COMMUNE]) == 0
    opened: list[DeskWindow] = []
    original = desk_module.DeskWindow.attach

    def attach(self, store, conference_id):
        assert self.isVisible()  # the frame was on screen before the data
        assert not self.findChild(QToolBar, "main-toolbar").isEnabled()  # nothing to print before the data
        assert self.nav.item(self._section_number("progress")).isHidden()
        opened.append(self)
        original(self, store, conference_id)

    monkeypatch.setattr(desk_module.DeskWindow, "attach", attach)
    monkeypatch.setenv("HOINGHI_EXIT_WHEN_READY", "1")
    assert desk_module.run_desk(str(db)) == 0
    window = opened[0]
    assert window.unit.code == COMMUNE and window.menuBar().isEnabled()
    assert window.findChild(QToolBar, "main-toolbar").isEnabled()
    assert app_settings().value("desk/last_db") == str(db)
    window.store.close()
    window.close()


def test_a_broken_database_file_gets_one_message(qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from app.ui import desk as desk_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    assert desk_module.run_desk(str(broken)) == 1
    assert len(shown) == 1 and "cơ sở dữ liệu" in shown[0].lower()
    assert broken.read_bytes() == b"this is not a database" * 100


@pytest.mark.parametrize("field", ["venue", "expected_attendance"])
def test_ctrl_z_in_a_form_field_undoes_the_forms_last_edit(qtbot, desk, field):
    """The official changes a field of the conference, moves on to the next one and presses
    Ctrl+Z: the change is undone (a text field with nothing of its own to undo does not swallow
    the keys); Ctrl+Y brings it back. Keys go through Qt's shortcut handling, as typed."""
    panel = desk.show_section("conference")
    desk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk)
    widget = panel.widgets[field]
    before = widget.text()
    typed = "Nhà văn hóa khu phố 3" if field == "venue" else "120"
    widget.setFocus()
    widget.selectAll()
    widget.insert(typed)  # as typed (QTest.keyClicks takes Latin-1 only)
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # on to the next field: the edit is stored

    def stored() -> object:
        with desk.store.session() as s:
            return getattr(s.get(Conference, desk.conference_id), field)

    assert str(stored()) == typed
    focused = QApplication.focusWidget()
    assert focused is not widget and focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.text() == before and str(stored() or "") == before
    shortcuts = desk.acts["redo"].shortcuts()
    assert len(shortcuts) == len(set(shortcuts))  # the same keys twice are ambiguous: nothing happens
    QTest.keyClick(focused, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert widget.text() == typed and str(stored()) == typed


def test_the_view_menu_lists_only_the_sections_the_unit_has(qtbot, desk, tmp_path, unit_demo):
    """A commune has no units below it: neither the navigation nor the Xem menu offers their
    progress or consolidated lists (the menu listed them, and Ctrl+10 opened a hidden section);
    a district has both."""
    from app.ui.desk_sections import ABOVE_ONLY

    below = [desk.acts[f"section:{key}"] for key in ABOVE_ONLY]
    assert below and not any(action.isVisible() for action in below)
    shown = [a for a in desk.menus["view"].actions() if a.isVisible() and a.text() and not a.isSeparator()]
    assert all(not desk.nav.item(desk._section_number(key)).isHidden() for key in ("unit", "honorees"))
    assert (
        len([a for a in shown if a in desk.acts.values() and a is not desk.checks_dock.toggleViewAction()])
        == 9
    )
    district = open_database(str(unit_demo("593", tmp_path / "district.sqlite")))
    window = DeskWindow(district, unit_conference(district, district.unit_id).id)
    qtbot.addWidget(window)
    assert all(window.acts[f"section:{key}"].isVisible() for key in ABOVE_ONLY)
    assert not any(window.nav.item(window._section_number(key)).isHidden() for key in ABOVE_ONLY)
    district.close()
