"""First run on an empty database: choose this PC's unit (or load the demo), note its identification
code (the key's fingerprint) and save the recovery file, then the conference basics. A search that
finds no unit says so in the list, with what to do; *Hủy* asks first and says what quitting leaves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from app.services import first_start
from app.store.db import Store
from app.ui.failures import guarded
from app.ui.screen import fit_to_screen
from app.ui.wizard_pages import ConferencePage, KeysPage, UnitPage


class FirstRunWizard(QWizard):
    """First run: the unit, its keys, the first conference. For a unit already chosen, only the
    conference page: a new conference (*plan*: the plan to preselect)."""

    def __init__(self, store: Store, parent: QWidget | None = None, plan: str | None = None) -> None:
        from app.services.conference import unit_conference

        super().__init__(parent)
        self.store = store
        self.unit_id: str | None = store.unit_id
        self.conference_id: str | None = None
        self.plan = plan
        self.registry_loaded = False
        self.demo_loaded = False  # Nạp dữ liệu mẫu: the demo's unit and conference
        self.recovery_file: Path | None = None
        # the first run: cancelling it closes the program (a new conference from the desk does not)
        self.first_run = self.unit_id is None or unit_conference(store, self.unit_id) is None
        self.setWindowTitle(
            self.tr("Hội nghị ĐHTT — Bắt đầu") if self.unit_id is None else self.tr("Hội nghị mới")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        if self.unit_id is None:
            self.addPage(UnitPage(self))
            self.addPage(KeysPage(self))
        self.addPage(ConferencePage(self))
        fit_to_screen(self, QSize(760, 560))

    @guarded(failed=QDialog.reject)  # whatever went wrong, Hủy still closes it
    def reject(self) -> None:
        """*Hủy*, Esc or the window's close button: on the first run, say what quitting now leaves,
        and quit only when the official confirms."""
        if not self.first_run:
            super().reject()  # a new conference from the desk: nothing was created
            return
        if self.unit_id is None:
            text = self.tr("Máy này chưa được thiết lập: chưa chọn đơn vị, chưa tạo hội nghị nào.")
            if self.registry_loaded:
                text += " " + self.tr("Danh mục đơn vị vừa nạp vẫn được giữ.")
            text += " " + self.tr("Lần mở sau, phần mềm sẽ hỏi lại từ đầu.")
        else:
            unit = first_start.unit_choice(self.store, self.unit_id)
            text = self.tr(
                "Máy này đã được gắn với %1 (đã lưu), nhưng hội nghị chưa được tạo. Lần mở sau, phần mềm "
                "sẽ tiếp tục từ bước thông tin hội nghị."
            ).replace("%1", unit.name if unit else "")
        text += "\n\n" + self.tr("Thoát phần thiết lập và đóng phần mềm?")
        if (
            QMessageBox.question(self, self.tr("Thoát phần thiết lập?"), text)
            == QMessageBox.StandardButton.Yes
        ):
            super().reject()
