"""Issue #18, point 2: switching the language changes words, never widgets — every action, toolbar
and panel survives English and back; the language menu marks the language in use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QToolBar, QWidget

from app.ui.desk import SECTIONS, DeskWindow
from app.ui.i18n import current_language
from app.ui.table_panel import TablePanel

DISTRICT = "593"  # a unit with units below: every section, the consolidated lists too
ROW_ACTIONS = {
    "vi": ["Thêm dòng", "Xóa dòng", "Lên", "Xuống"],
    "en": ["Add row", "Delete rows", "Up", "Down"],
}


@pytest.fixture
def desk(demo_desk):
    window = demo_desk(DISTRICT, "district.sqlite")
    yield window
    window.set_language("vi")


def census(window: DeskWindow) -> dict[str, tuple[int, int, int]]:
    """Per section: (actions, toolbars, buttons) of its panel; and the window's own."""
    counts = {}
    for key, panel in window.panels.items():
        counts[key] = (
            len(panel.findChildren(type(window.acts["find"]))),
            len(panel.findChildren(QToolBar)),
            len(panel.findChildren(QAbstractButton)),
        )
    counts["window"] = (
        len(window.findChildren(type(window.acts["find"]))),
        len(window.findChildren(QToolBar)),
        len(window.menuBar().actions()),
    )
    return counts


def toolbar_texts(panel: QWidget) -> list[str]:
    return [a.text() for a in panel.toolbar.actions() if a.text()]


def test_switching_language_keeps_every_action_toolbar_and_panel(qtbot, desk):
    built = []
    for number, (key, _name) in enumerate(SECTIONS):
        if not desk.nav.item(number).isHidden():
            desk.show_section(key)
            built.append(key)
    assert len(built) == len(SECTIONS)  # a district has every section
    before = census(desk)
    agenda = desk.panels["agenda_items"]
    assert toolbar_texts(agenda) == ROW_ACTIONS["vi"]
    panels = dict(desk.panels)

    desk.set_language("en")
    assert census(desk) == before
    assert toolbar_texts(agenda) == ROW_ACTIONS["en"]
    assert desk.panels == panels
    assert desk.menuBar().actions()[0].text() == "&File"

    desk.set_language("vi")
    assert census(desk) == before
    assert toolbar_texts(agenda) == ROW_ACTIONS["vi"]
    for key in ("honorees", "invitees", "delegates", "speeches", "award_tallies"):
        assert toolbar_texts(desk.panels[key])[:2] == ROW_ACTIONS["vi"][:2], key
    # the actions still work after two switches
    rows = agenda.model.rowCount()
    agenda.add_action.trigger()
    assert agenda.model.rowCount() == rows + 1
    # and they are on the table's right-click menu as well
    assert agenda.add_action in agenda.view.actions()


def test_the_language_menu_marks_the_language_in_use(qtbot, desk):
    def checked() -> str:
        return next(a.text() for a in desk.language_group.actions() if a.isChecked())

    assert desk.language_group.isExclusive()
    assert current_language() == "vi" and checked() == "Tiếng Việt"
    desk.set_language("en")
    assert checked() == "English"
    desk.set_language("vi")
    assert checked() == "Tiếng Việt"


def test_english_mode_has_no_vietnamese_counts_undo_texts_or_wrong_plurals(qtbot, desk):
    desk.set_language("en")
    panel = desk.show_section("agenda_items")
    assert isinstance(panel, TablePanel)
    assert panel.count_label.text() == f"{panel.model.total} rows"
    panel.add_row()
    assert desk.undo.undoText() == "Add 1 row"
    assert desk.acts["undo"].text() == "Undo: Add 1 row"
    assert desk.acts["undo"].iconText() == "Undo"  # the toolbar button keeps its short word
    panel.model.delete_rows([0, 1])
    assert desk.undo.undoText() == "Delete 2 rows"
    title = desk.checks_dock.windowTitle()
    assert "lỗi" not in title and "lưu ý" not in title
    errors = sum(1 for f in desk.findings() if f.severity == "error")
    assert (f"{errors} error," if errors == 1 else f"{errors} errors,") in title


def test_toolbar_buttons_keep_their_place_as_the_undo_text_grows(qtbot, desk):
    toolbar = desk.toolbar
    desk.resize(1280, 800)
    qtbot.wait(10)
    find_button = toolbar.widgetForAction(desk.find_action)
    before = find_button.geometry()
    panel = desk.show_section("honorees")
    panel.model.setData(
        panel.model.index(0, [c.key for c in panel.model.source.spec.columns].index("position")),
        "Chủ tịch Hội Liên hiệp Phụ nữ xã, kiêm Trưởng ban Thanh tra nhân dân",
    )
    qtbot.wait(10)
    assert "Chủ tịch" not in toolbar.widgetForAction(desk.acts["undo"]).text()
    assert toolbar.widgetForAction(desk.find_action).geometry() == before


def test_a_list_without_search_shows_no_search_box_and_ctrl_f_says_why(qtbot, desk):
    """The agenda's search box was disabled yet still invited "Ctrl+F"."""
    agenda = desk.show_section("agenda_items")
    assert not agenda.model.source.spec.searchable
    assert not agenda.search.isVisibleTo(agenda)
    said = []
    desk.statusBar().messageChanged.connect(said.append)
    desk.focus_search()
    assert said and "không có ô tìm" in said[-1]
    honorees = desk.show_section("honorees")
    assert honorees.search.isVisibleTo(honorees) and "Ctrl+F" in honorees.search.placeholderText()
