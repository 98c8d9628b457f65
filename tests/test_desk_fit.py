"""Issue #18, point 7: choices are never cut — every combo box's list is at least as wide as its
longest choice ("Huân chương Lao động hạng Nhất" vs "… hạng Nhì") — and a cell cut by its column
shows its whole text in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip

from app.ui.desk import SECTIONS
from app.ui.table_panel import TablePanel

DISTRICT = "593"


@pytest.fixture
def desk(demo_desk):
    window = demo_desk(DISTRICT, "district.sqlite")
    window.resize(1366, 768)
    return window


def _widest(combo: QComboBox) -> int:
    metrics = combo.view().fontMetrics()
    return max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))


def _popup_fits(qtbot, combo: QComboBox, where: str) -> None:
    assert combo.count(), where
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible, timeout=1000)
    view = combo.view()
    room = view.viewport().width()
    assert room >= _widest(combo), f"{where}: list {room} px < longest choice {_widest(combo)} px"
    combo.hidePopup()


def test_every_combo_box_list_is_as_wide_as_its_longest_choice(qtbot, desk):
    checked = []
    for number, (key, _name) in enumerate(SECTIONS):
        if desk.nav.item(number).isHidden():
            continue
        panel = desk.show_section(key)
        QApplication.processEvents()
        if isinstance(panel, TablePanel) and not panel.model.source.spec.read_only:
            for column, spec in enumerate(panel.model.source.spec.columns):
                if spec.kind.name != "catalogue" or not spec.editable or not panel.model.rowCount():
                    continue
                index = panel.model.index(0, column)
                panel.view.setCurrentIndex(index)
                panel.view.edit(index)
                combo = panel.view.indexWidget(index)
                assert isinstance(combo, QComboBox), (key, spec.key)
                _popup_fits(qtbot, combo, f"{key}.{spec.key}")
                checked.append(f"{key}.{spec.key}")
                panel.view.closePersistentEditor(index)
                qtbot.keyClick(combo, Qt.Key.Key_Escape)
        for combo in panel.findChildren(QComboBox):
            if (
                combo.isVisibleTo(panel) and combo.count()
            ):  # the form's and filters' combos (cell editors are closed)
                _popup_fits(qtbot, combo, f"{key} {combo.objectName()}")
                checked.append(f"{key} {combo.objectName()}")
    assert (
        "honorees.award_form" in checked and "award_tallies.form" in checked and "conference form" in checked
    )
    assert len(checked) >= 12


def _tooltip_at(qtbot, panel: TablePanel, row: int, key: str) -> str:
    column = [c.key for c in panel.model.source.spec.columns].index(key)
    index = panel.model.index(row, column)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    QToolTip.showText(QPoint(0, 0), "—", panel.view)  # a mark: still there if the cell shows no tip
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, panel.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(panel.view.viewport(), event)
    QApplication.processEvents()
    text = QToolTip.text() if QToolTip.isVisible() else ""
    return "" if text == "—" else text


def test_a_cell_cut_by_its_column_shows_its_whole_text_as_a_tooltip(qtbot, desk):
    panel = desk.show_section("agenda_items")
    long_title = (
        "Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020 - 2025, "
        "phương hướng, nhiệm vụ giai đoạn 2025 - 2030"
    )
    panel.model.setData(
        panel.model.index(0, [c.key for c in panel.model.source.spec.columns].index("title")), long_title
    )
    qtbot.wait(20)
    assert _tooltip_at(qtbot, panel, 0, "title") == long_title
    assert _tooltip_at(qtbot, panel, 0, "minutes") == ""  # nothing cut, nothing to add
    honorees = desk.show_section("honorees")
    row = next(r for r, record in enumerate(honorees.model.rows) if record.get("award_form"))
    honorees.view.setColumnWidth([c.key for c in honorees.model.source.spec.columns].index("award_form"), 60)
    label = honorees.model.index(
        row, [c.key for c in honorees.model.source.spec.columns].index("award_form")
    ).data()
    assert _tooltip_at(qtbot, honorees, row, "award_form") == label
