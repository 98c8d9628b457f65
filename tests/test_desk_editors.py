"""Issue #18, point 1: an editor never invents a value. Every editable column of every list, and
every typed field of the forms, is typed into through the real editor (keys, then Tab) — empty,
garbage, too small, too large, valid — and the database is read after each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.domain.fields import integer_range
from app.services.database import open_database
from app.store.models import Conference, UnitProfile
from app.ui.editors import VALUE_KINDS, ValueEdit
from app.ui.table_panel import TablePanel

COMMUNE = "23083"
LISTS = ("agenda_items", "invitees", "honorees", "speeches", "delegates", "award_tallies")
REFUSED = object()  # the database keeps what it had


@pytest.fixture
def desk(demo_desk, qtbot):
    window = demo_desk(COMMUNE, "commune.sqlite")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def _close_editors(qtbot, panel: TablePanel) -> None:
    for _ in range(3):
        focused = QApplication.focusWidget()
        if not _inside(focused, panel.view.viewport()):
            return
        qtbot.keyClick(focused, Qt.Key.Key_Escape)


def _keys(qtbot, widget: QWidget, text: str) -> None:
    """Type *text*: ASCII as key presses; Vietnamese as the keyboard (Unikey) sends it, as
    input-method commit strings."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type_in_cell(qtbot, panel: TablePanel, row: int, key: str, text: str) -> QWidget:
    """Open the cell's editor as a double-click would, select all, type *text*, press Tab."""
    column = [c.key for c in panel.model.source.spec.columns].index(key)
    index = panel.model.index(row, column)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    assert editor is not None, key
    editor.setFocus()
    target = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        _keys(qtbot, target, text)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    return editor


def _cases(column) -> list[tuple[str, object, str]]:
    """(typed, stored value or REFUSED, words of the refusal) for a column."""
    kind = column.kind
    empty = ("", REFUSED, "không được để trống") if kind.required else ("", None, "")  # (the effective kind)
    if kind.name in ("int", "year", "minutes"):
        low, high = integer_range(kind)
        valid = min(high, max(low, 1985 if kind.name == "year" else 7))
        span = f"từ {low} đến {high}"
        return [
            empty,
            ("abc", REFUSED, span),
            ("12abc", REFUSED, span),
            (str(low - 1), REFUSED, span),
            (str(high + 1), REFUSED, span),
            (str(valid), valid, ""),
        ]
    if kind.name == "catalogue":
        return [empty]
    return [empty, ("Nội dung thử", "Nội dung thử", "")]


@pytest.mark.parametrize("key", LISTS)
def test_every_editable_column_of_every_list_refuses_rather_than_invents(qtbot, desk, key):
    panel = desk.show_section(key)
    assert isinstance(panel, TablePanel)
    if not panel.model.rows:
        panel.add_row()
    source = panel.model.source
    checked = 0
    for column in source.spec.columns:
        if not column.editable or column.kind.name == "bool":
            continue
        for typed, expected, words in _cases(replace(column, kind=source.kind(column.key))):
            record_id = panel.model.rows[0]["id"]
            before = source.get(record_id)[column.key]
            panel.last_refusal = ""
            editor = _type_in_cell(qtbot, panel, 0, column.key, typed)
            after = source.get(record_id)[column.key]
            label = f"{key}.{column.key} ← {typed!r}"
            if expected is REFUSED:
                assert after == before, label
                assert words in panel.last_refusal, (label, panel.last_refusal)
                # the editor stays open with the text, marked, for correcting
                assert (
                    panel.view.indexWidget(panel.model.index(0, source.spec.columns.index(column))) is editor
                ), label
                if isinstance(editor, ValueEdit):
                    assert editor.text() == typed and editor.toolTip() == panel.last_refusal, label
            else:
                assert after == expected, label
                assert panel.last_refusal == "", label
            _close_editors(qtbot, panel)
            checked += 1
    assert checked >= 3


def test_catalogue_cells_store_the_code_of_the_label_typed(qtbot, desk):
    panel = desk.show_section("honorees")
    row = 0
    record_id = panel.model.rows[row]["id"]
    _type_in_cell(qtbot, panel, row, "gender", "Nữ")
    assert panel.model.source.get(record_id)["gender"] == "nu"
    _close_editors(qtbot, panel)
    _type_in_cell(qtbot, panel, row, "gender", "")
    assert panel.model.source.get(record_id)["gender"] is None  # empty stays empty, no default
    _close_editors(qtbot, panel)


def test_tabbing_across_an_empty_birth_year_stores_nothing(qtbot, desk):
    """The defect as reported: Tab through an empty "Năm sinh" used to save 1900."""
    panel = desk.show_section("honorees")
    source = panel.model.source
    record_id = panel.model.rows[0]["id"]
    source.update(record_id, "birth_year", None)
    panel.model.reload()
    row = panel.model.row_of(record_id)
    column = [c.key for c in source.spec.columns].index("gender") - 1  # the cell before "Giới tính"
    assert source.spec.columns[column].key == "birth_year"
    index = panel.model.index(row, column - 1)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # into Năm sinh
    year_editor = panel.view.indexWidget(panel.model.index(row, column))
    assert isinstance(year_editor, ValueEdit) and year_editor.text() == ""
    qtbot.keyClick(year_editor, Qt.Key.Key_Tab)  # and out again
    assert source.get(record_id)["birth_year"] is None
    _close_editors(qtbot, panel)


def _type_in_field(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        _keys(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.wait(10)


FORM_CASES = {
    "date": [
        ("", None),
        ("abc", REFUSED),
        ("31/02/2025", REFUSED),
        ("20032025", date(2025, 3, 20)),
        ("05/04/2025", date(2025, 4, 5)),
    ],
    "start_time": [
        ("", REFUSED),
        ("25h00", REFUSED),
        ("abc", REFUSED),
        ("13h30", time(13, 30)),
        ("7:45", time(7, 45)),
    ],
    "expected_attendance": [
        ("", None),
        ("abc", REFUSED),
        ("-1", REFUSED),
        ("1000001", REFUSED),
        ("150", 150),
    ],
    "title": [("", REFUSED), ("Hội nghị thử", "Hội nghị thử")],
}


def test_conference_form_fields_refuse_rather_than_invent(qtbot, desk):
    panel = desk.show_section("conference")
    refusals: list[str] = []
    panel.message.connect(refusals.append)

    def stored(name: str) -> object:
        with desk.store.session() as session:
            return getattr(session.get(Conference, desk.conference_id), name)

    for name, cases in FORM_CASES.items():
        widget = panel.widgets[name]
        if name in ("date", "start_time", "expected_attendance"):
            assert isinstance(widget, ValueEdit) and widget.kind.name in VALUE_KINDS
        for typed, expected in cases:
            before = stored(name)
            refusals.clear()
            _type_in_field(qtbot, widget, typed)
            if expected is REFUSED:
                assert stored(name) == before, (name, typed)
                assert refusals and widget.text() == typed, (name, typed)
                qtbot.waitUntil(widget.hasFocus, timeout=1000)  # kept for correcting
                assert widget.toolTip() == refusals[-1] or not isinstance(widget, ValueEdit)
                qtbot.keyClick(widget, Qt.Key.Key_Escape)  # Esc puts the stored value back
                if isinstance(widget, ValueEdit):
                    assert widget.toolTip() == ""
            else:
                assert stored(name) == expected, (name, typed)
                assert not refusals, (name, typed, refusals)
    assert panel.widgets["date"].text() == "05/04/2025"


def test_unit_form_batch_size_refuses_rather_than_invents(qtbot, desk):
    panel = desk.show_section("unit")
    widget = panel.widgets["batch_size"]
    assert isinstance(widget, ValueEdit)

    def stored() -> object:
        with desk.store.session() as session:
            from sqlalchemy import select

            profile = session.scalars(
                select(UnitProfile).where(UnitProfile.owner_unit_id == desk.unit.id)
            ).first()
            return profile.batch_size if profile else None

    _type_in_field(qtbot, widget, "12")
    assert stored() == 12
    low, high = integer_range(widget.kind)
    for typed in ("", "abc", str(low - 1), str(high + 1)):
        _type_in_field(qtbot, widget, typed)
        assert stored() == 12, typed
        assert f"từ {low} đến {high}" in widget.toolTip() or "trống" in widget.toolTip(), typed
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert widget.text() == "12"


def test_the_wizard_conference_page_refuses_a_wrong_date(qtbot, tmp_path):
    from sqlalchemy import func, select

    from app.ui.wizard import ConferencePage, FirstRunWizard

    store = open_database(str(tmp_path / "empty.sqlite"))
    try:
        wizard = FirstRunWizard(store)
        qtbot.addWidget(wizard)
        page = next(wizard.page(i) for i in wizard.pageIds() if isinstance(wizard.page(i), ConferencePage))
        page.day.setText("31/02/2025")
        assert page.validatePage() is False
        assert "ngày" in page.day.toolTip()
        page.start.setText("")
        page.day.setText("")
        assert page.validatePage() is False  # a start time is needed: every agenda time counts from it
        assert "trống" in page.start.toolTip()
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Conference)) == 0
    finally:
        store.close()
