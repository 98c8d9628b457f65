"""The desk's sections: which there are, in order, what each one is built from, and the live list
of plan checks under them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.failures import guarded
from app.ui.i18n import say

if TYPE_CHECKING:
    from app.ui.desk import DeskWindow

#: Sections of the navigation, in order: (key, name — the window's own words, translated by Qt).
SECTIONS = (
    ("unit", QT_TRANSLATE_NOOP("DeskWindow", "Đơn vị")),
    ("conference", QT_TRANSLATE_NOOP("DeskWindow", "Hội nghị")),
    ("agenda_items", QT_TRANSLATE_NOOP("DeskWindow", "Chương trình")),
    ("invitees", QT_TRANSLATE_NOOP("DeskWindow", "Thành phần / Khách mời")),
    ("honorees", QT_TRANSLATE_NOOP("DeskWindow", "Điển hình tiên tiến")),
    ("speeches", QT_TRANSLATE_NOOP("DeskWindow", "Tham luận")),
    ("delegates", QT_TRANSLATE_NOOP("DeskWindow", "Đại biểu dự cấp trên")),
    ("award_tallies", QT_TRANSLATE_NOOP("DeskWindow", "Kết quả khen thưởng")),
    ("review_notes", QT_TRANSLATE_NOOP("DeskWindow", "Góp ý")),
    ("progress", QT_TRANSLATE_NOOP("DeskWindow", "Tiến độ cấp dưới")),
    ("all_honorees", QT_TRANSLATE_NOOP("DeskWindow", "Tổng hợp: điển hình")),
    ("all_speeches", QT_TRANSLATE_NOOP("DeskWindow", "Tổng hợp: tham luận")),
    ("all_delegates", QT_TRANSLATE_NOOP("DeskWindow", "Tổng hợp: đại biểu")),
)
#: Sections only a unit with units below it has.
ABOVE_ONLY = ("progress", "all_honorees", "all_speeches", "all_delegates")
#: Sections that are forms, not lists: they scroll on a small screen instead of widening the window.
SCROLLED = ("unit", "conference", "progress", "review_notes")
FINDING_SECTION = {
    "conferences": "conference",
    "agenda_items": "agenda_items",
    "speeches": "speeches",
    "delegates": "delegates",
    "honorees": "honorees",
    "invitees": "invitees",
}


def section_number(key: str) -> int:
    return next(i for i, (k, _name) in enumerate(SECTIONS) if k == key)


class ChecksPanel(QListWidget):
    """Kiểm tra theo kế hoạch: a live list of what does not meet the plan; activate to jump."""

    english = False

    @guarded(QSize())
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 120)

    def show_findings(self, findings: list) -> None:
        self.clear()
        if not findings:
            item = QListWidgetItem(self.tr("✔ Chuẩn bị đạt yêu cầu của kế hoạch."))
            item.setForeground(Qt.GlobalColor.darkGreen)
            self.addItem(item)
            return
        for finding in findings:
            mark = "✖" if finding.severity == "error" else "⚠"
            text = say(finding)
            item = QListWidgetItem(f"{mark} {text}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(text)
            item.setForeground(
                Qt.GlobalColor.darkRed if finding.severity == "error" else Qt.GlobalColor.darkYellow
            )
            self.addItem(item)


def make_section(desk: DeskWindow, key: str) -> QWidget:
    """The panel of section *key* for the conference open in *desk* (built when first shown)."""
    from app.services.records import SPECS, RecordSource
    from app.ui.form_panels import ConferencePanel, UnitPanel
    from app.ui.table_model import RecordTableModel
    from app.ui.table_panel import TablePanel

    if key == "unit":
        panel = UnitPanel(desk.store, desk.unit.id, desk.undo)
        panel.message.connect(lambda text: desk.statusBar().showMessage(text, 8000))
    elif key == "progress":
        from app.ui.units_below_view import ProgressPanel

        panel = ProgressPanel(desk.store, desk.unit.id)
        panel.files_written.connect(desk.saved.show_saved)
    elif key == "review_notes":
        from app.ui.review_panels import ReviewPanel

        panel = ReviewPanel(desk.store, operations=desk.undo)
    elif key.startswith("all_"):
        from app.ui.review_panels import ConsolidatedPanel

        panel = ConsolidatedPanel.for_table(
            desk.store, key.removeprefix("all_"), desk.undo, desk.checks.english
        )
        desk.models[key] = panel.model
        panel.message.connect(lambda text: desk.statusBar().showMessage(text, 6000))
    elif key == "conference":
        panel = ConferencePanel(desk.store, desk.conference_id, desk.undo)
        panel.message.connect(lambda text: desk.statusBar().showMessage(text, 8000))
    else:
        source = RecordSource(desk.store, SPECS[key], desk.conference_id, desk.unit.id)
        model = RecordTableModel(source, desk.undo, desk)
        model.english = desk.checks.english
        model.reload()
        model.changed.connect(desk.schedule_checks)
        desk.models[key] = model
        panel = TablePanel(model)
        panel.message.connect(lambda text: desk.statusBar().showMessage(text, 6000))
    desk.panels[key] = panel
    return panel
