"""Several plans and conferences side by side in the desk: the conference switcher (the unit's
conferences, the most recent first) and what the *Kế hoạch* menu does (the plans, a new plan from an
old one, a new conference from a plan; the desk builds the menu with its others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QToolBar, QWidget

from app.domain.formats import fmt_date
from app.ui.editors import fit_popup
from app.ui.failures import guarded

if TYPE_CHECKING:
    from app.ui.desk import DeskWindow
    from app.ui.plan_editor import PlanDialog


class ConferenceSwitcher(QComboBox):
    """The unit's conferences, the most recent first, each with its plan's period."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(28)
        self.setMaximumWidth(420)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(self.tr("Hội nghị đang làm (các hội nghị của đơn vị, gần nhất trước)"))
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))
        self.filled_with: tuple[object, str, str] | None = None

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A language switch re-words the tip and "chưa định ngày"; the list stays."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Hội nghị đang làm (các hội nghị của đơn vị, gần nhất trước)"))
            if self.filled_with is not None:
                store, unit_id, _current = self.filled_with
                self.fill(store, unit_id, self.currentData() or _current)
        super().changeEvent(event)

    def fill(self, store: object, unit_id: str, current: str) -> None:
        from app.services.conference import unit_conferences

        self.filled_with = (store, unit_id, current)
        blocker = QSignalBlocker(self)
        self.clear()
        for choice in unit_conferences(store, unit_id):  # type: ignore[arg-type]
            when = fmt_date(choice.date) or self.tr("chưa định ngày")
            self.addItem(f"{when} · {choice.title}", choice.id)
            self.setItemData(
                self.count() - 1, f"{choice.title}\n{choice.plan_name} — {choice.period}", 3
            )  # Qt.ToolTipRole
        self.setCurrentIndex(max(0, self.findData(current)))
        fit_popup(self)  # the list shows whole titles even where the box is narrow
        del blocker


def add_switcher(desk: DeskWindow, toolbar: QToolBar) -> ConferenceSwitcher:
    toolbar.addSeparator()
    switcher = ConferenceSwitcher(toolbar)
    toolbar.addWidget(switcher)
    switcher.chosen.connect(desk.switch_conference)
    if desk.store is not None and desk.unit is not None:
        switcher.fill(desk.store, desk.unit.id, desk.conference_id)
    return switcher


def open_plans(desk: DeskWindow, select: str | None = None, show: bool = True) -> PlanDialog:
    """The plans dialog, on *select* (default: the plan of the conference being worked on)."""
    from app.ui.plan_editor import PlanDialog

    if select is None and desk.conference_id:
        from app.services.conference import opening

        select = opening(desk.store, desk.conference_id).plan_code
    dialog = PlanDialog(desk.store, desk.undo, desk, select)
    if show:
        dialog.exec()
    return dialog


def new_plan_from(desk: DeskWindow) -> None:
    """*Kế hoạch → Tạo kế hoạch mới từ…*: choose the plan to copy, then its new period and kind; the
    new plan opens for editing."""
    from app.services.plans import list_plans

    summaries = list_plans(desk.store)
    if not summaries:
        return
    labels = [f"{s.name} — {s.period}" for s in summaries]
    label, ok = QInputDialog.getItem(
        desk,
        QCoreApplication.translate("DeskWindow", "Tạo kế hoạch mới từ…"),
        QCoreApplication.translate("DeskWindow", "Kế hoạch gốc:"),
        labels,
        0,
        False,
    )
    if not ok:
        return
    dialog = open_plans(desk, summaries[labels.index(label)].id, show=False)
    dialog.new_from_current()
    dialog.exec()


def new_conference(desk: DeskWindow) -> None:
    """A new conference of the unit from a plan (the wizard's conference page); it opens at once."""
    from app.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(desk.store, desk)
    if wizard.exec() == FirstRunWizard.DialogCode.Accepted and wizard.conference_id:
        desk.switch_conference(wizard.conference_id)
