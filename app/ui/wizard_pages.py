"""The first-run wizard's pages: this PC's unit (or the demo), its keys (the identification code
and the recovery file), and the conference basics. :class:`~app.ui.wizard.FirstRunWizard` puts
them together; each page keeps what it chose on the wizard (``owner``)."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWizardPage,
)

from app.domain.formats import fmt_date
from app.domain.vntext import fold
from app.errors import AppError
from app.services import first_start
from app.services.conference import FORM_KINDS
from app.ui.editors import ValueEdit, fit_popup, typed_values
from app.ui.failures import guarded
from app.ui.i18n import say
from app.ui.jobs import run_long
from app.ui.saved import SavedLine

if TYPE_CHECKING:
    from app.ui.wizard import FirstRunWizard


class UnitPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Máy này thuộc đơn vị nào?"))
        self.setSubTitle(
            self.tr(
                "Chọn đơn vị trong danh mục. Nếu danh mục còn trống, hãy nạp danh mục hành chính "
                "của tỉnh, hoặc nạp dữ liệu mẫu để xem thử."
            )
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Tìm theo tên hoặc mã (không cần dấu)…"))
        self.filter.textChanged.connect(self.fill)
        self.units = QListWidget(self)
        self.units.itemSelectionChanged.connect(self.completeChanged)
        self.empty = QLabel(self)  # in place of the list when it has nothing to show, and why
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.empty.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); }")
        self.list_area = QStackedLayout()
        self.list_area.addWidget(self.units)
        self.list_area.addWidget(self.empty)
        self.province = QComboBox(self)
        from vietnam_provinces import Province

        for province in sorted(Province.iter_all(), key=lambda p: fold(p.name)):
            self.province.addItem(province.name, f"{int(province.code):02d}")
        fit_popup(self.province)
        load = QPushButton(self.tr("Nạp danh mục hành chính"), self)
        load.clicked.connect(self.load_official)
        demo = QPushButton(self.tr("Nạp dữ liệu mẫu"), self)
        demo.clicked.connect(self.load_demo)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tỉnh, thành phố:"), self))
        row.addWidget(self.province, 1)
        row.addWidget(load)
        row.addWidget(demo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addLayout(self.list_area, 1)
        layout.addLayout(row)
        self.fill()

    def fill(self) -> None:
        self.units.clear()
        for unit in first_start.find_units(self.owner.store, self.filter.text()):
            item = QListWidgetItem(f"{unit.name}  ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            self.units.addItem(item)
        if self.units.count():
            self.list_area.setCurrentWidget(self.units)
            return
        if self.filter.text().strip():
            self.empty.setText(
                self.tr(
                    "Không tìm thấy đơn vị nào khớp với “%1”.\n\nHãy gõ ít chữ hơn (một phần của tên, không cần dấu) "
                    "hoặc gõ mã đơn vị. Nếu đơn vị chưa có trong danh mục, hãy chọn tỉnh, thành phố ở dưới rồi bấm "
                    "“Nạp danh mục hành chính”."
                ).replace("%1", self.filter.text().strip())
            )
        else:
            self.empty.setText(
                self.tr(
                    "Danh mục đơn vị còn trống.\n\nHãy chọn tỉnh, thành phố ở dưới rồi bấm “Nạp danh mục hành chính”, "
                    "hoặc bấm “Nạp dữ liệu mẫu” để xem thử phần mềm."
                )
            )
        self.list_area.setCurrentWidget(self.empty)

    def no_unit_found(self) -> bool:
        """Whether the list area shows the "nothing found" message instead of units."""
        return self.list_area.currentWidget() is self.empty

    def load_official(self) -> None:
        from app.services.registry import import_official

        try:
            import_official(self.owner.store, self.province.currentData())
            self.owner.registry_loaded = True
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Không nạp được"), say(exc))
        self.fill()

    def load_demo(self) -> None:
        """*Nạp dữ liệu mẫu*: the demo (a few seconds) behind a progress dialog, off the window's
        thread; it chooses its unit and holds its conference, so the wizard is done."""
        from app.services.conference import unit_conference
        from app.services.demo import run_demo

        store = self.owner.store
        if (
            run_long(
                self, self.tr("Đang nạp dữ liệu mẫu"), lambda progress: run_demo(store, progress=progress)
            )
            is None
        ):
            return  # cancelled or refused (said in a message): nothing was loaded
        conference = unit_conference(store, store.unit_id) if store.unit_id else None
        if conference is None:
            self.fill()
            return
        self.owner.unit_id, self.owner.conference_id = store.unit_id, conference.id
        self.owner.demo_loaded = True
        self.owner.accept()  # validates this page (validatePage): the demo's unit is the choice

    @guarded(False)
    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.units.selectedItems())

    @guarded(False)
    def validatePage(self) -> bool:  # noqa: N802
        from app.services.installation import init_unit

        if self.owner.demo_loaded:
            return True  # the demo chose its unit (and made its conference)
        chosen = self.units.selectedItems()
        if not chosen:
            return False  # Tiếp is enabled only with a unit chosen (isComplete)
        unit_id = chosen[0].data(Qt.ItemDataRole.UserRole)
        try:
            init_unit(self.owner.store, first_start.unit_choice(self.owner.store, unit_id).code)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Không chọn được"), say(exc))
            return False
        self.owner.unit_id = unit_id
        return True


class KeysPage(QWizardPage):
    """The PC's keys, made with its unit: the identification code (fingerprint) to give the
    district, and a recovery file (password-protected) so that a dead PC does not lock the unit
    out. The file can be skipped now and saved later (Tệp → Trao đổi dữ liệu qua USB → Mã nhận
    diện máy)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Mã nhận diện của máy"))
        self.setSubTitle(
            self.tr(
                "Ghi lại mã nhận diện máy: cấp trên sẽ hỏi mã này khi nhận dữ liệu đầu tiên của đơn "
                "vị. Nên lưu tệp khôi phục ra một USB riêng và cất kỹ: nếu máy hỏng, tệp này giúp "
                "máy mới gửi dữ liệu tiếp mà không phải đăng ký lại."
            )
        )
        from app.ui.sync_dialog import fingerprint_label

        self.fingerprint = fingerprint_label(parent=self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Mã nhận diện máy:"), self.fingerprint)
        layout.addRow(self.tr("Mật khẩu tệp khôi phục:"), self.password)
        layout.addRow(self.tr("Nhập lại mật khẩu:"), self.again)
        layout.addRow(self.tr("Lưu tệp khôi phục vào:"), row)
        later = QLabel(
            self.tr(
                "Để trống mật khẩu nếu muốn lưu tệp khôi phục sau (Tệp → Trao đổi dữ liệu qua USB → "
                "Mã nhận diện máy)."
            ),
            self,
        )
        later.setWordWrap(True)
        layout.addRow(later)

    @guarded()
    def initializePage(self) -> None:  # noqa: N802
        from app.sync.keys import installation_public, own_unit

        self.fingerprint.setText(installation_public(self.owner.store).fingerprint)
        if not self.path.text():
            self.path.setText(str(Path.home() / f"tep-khoi-phuc-{own_unit(self.owner.store).code}.hnk"))

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp khôi phục"), self.path.text(), self.tr("Tệp khôi phục (*.hnk)")
        )
        if name:
            self.path.setText(name)

    @guarded(False)
    def validatePage(self) -> bool:  # noqa: N802
        from app.sync.recovery import check_password, write_recovery

        if not self.password.text() and not self.again.text():
            return True  # later, from the sync dialog
        try:
            check_password(self.password.text())  # the same check as the command line and the sync dialog
        except AppError as exc:
            QMessageBox.warning(self, self.title(), say(exc))
            return False
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.title(), self.tr("Hai lần nhập mật khẩu không khớp."))
            return False
        try:
            self.owner.recovery_file = write_recovery(
                self.owner.store, Path(self.path.text()), self.password.text()
            )
        except AppError as exc:
            QMessageBox.warning(self, self.title(), say(exc))
            return False
        return True


class ConferencePage(QWizardPage):
    """The conference basics: the plan it follows, form, date, start, venue — and, for a unit that
    held one before, whether to start from its invitees (marked for review)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Thông tin hội nghị"))
        self.setSubTitle(
            self.tr("Chương trình bắt đầu từ các nội dung chuẩn của kế hoạch đã chọn; có thể sửa sau.")
        )
        self.plan = QComboBox(self)
        self.plan.currentIndexChanged.connect(self.plan_chosen)
        self.form = QComboBox(self)
        self.day = ValueEdit(FORM_KINDS["date"], self)
        self.start = ValueEdit(FORM_KINDS["start_time"], self)
        self.start.set_value(time(7, 30))
        self.venue = QLineEdit(self)
        self.deadline = QLabel(self)
        self.copy = QCheckBox(
            self.tr(
                "Chép danh sách khách mời từ hội nghị trước (đánh dấu “cần xem lại”: "
                "người được mời có thể đã đổi chức vụ)"
            ),
            self,
        )
        self.copy.setVisible(False)
        self.saved = SavedLine(self)  # the recovery file the previous page wrote, and its folder
        layout = QFormLayout(self)
        layout.addRow(self.tr("Theo kế hoạch:"), self.plan)
        layout.addRow(self.tr("Hình thức:"), self.form)
        layout.addRow(self.tr("Ngày tổ chức:"), self.day)
        layout.addRow(self.tr("Giờ bắt đầu:"), self.start)
        layout.addRow(self.tr("Địa điểm:"), self.venue)
        layout.addRow(self.tr("Thời hạn:"), self.deadline)
        layout.addRow(self.copy)
        layout.addRow(self.saved)

    @guarded()
    def initializePage(self) -> None:  # noqa: N802
        from app.services.plans import list_plans

        if self.owner.recovery_file is not None:
            self.saved.show_saved(self.owner.recovery_file, recovery_saved_text())
        start = first_start.conference_start(self.owner.store, self.owner.unit_id)
        unit, default, earlier = start.unit, start.default_plan, start.held_before
        self.plan.blockSignals(True)
        self.plan.clear()
        for summary in list_plans(self.owner.store):
            mark = self.tr(" (mẫu)") if summary.template else ""
            self.plan.addItem(f"{summary.name} — {summary.period}{mark}", summary.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(self.owner.plan or default)))
        self.plan.blockSignals(False)
        fit_popup(self.plan)
        self.copy.setVisible(earlier)
        self.copy.setChecked(earlier)
        from app.services.printing.context import in_sentence

        self.venue.setText(f"Hội trường {in_sentence(unit.name)}")
        self.plan_chosen()

    def plan_chosen(self) -> None:

        code = self.plan.currentData()
        if not code:
            return
        self.form.clear()
        wanted = first_start.plan_for_unit(self.owner.store, self.owner.unit_id, code)
        for form, label in wanted.forms:
            self.form.addItem(label, form)
        fit_popup(self.form)
        if wanted.deadline:
            self.deadline.setText(f"{fmt_date(wanted.deadline)} ({wanted.deadline_label})")
            self.day.set_value(wanted.deadline - timedelta(days=14))
        else:
            self.deadline.setText("—")

    @guarded(False)
    def validatePage(self) -> bool:  # noqa: N802
        from app.services.conference import create_conference

        values = typed_values((self.day, self.start))
        if values is None:
            return False
        try:
            conference = create_conference(
                self.owner.store,
                self.owner.unit_id,
                self.form.currentData(),
                values[0],
                values[1],
                self.venue.text(),
                plan=self.plan.currentData(),
                copy_invitees=self.copy.isVisible() and self.copy.isChecked(),
            )
        except AppError as exc:
            QMessageBox.warning(self, self.title(), say(exc))
            return False
        self.owner.conference_id = conference.id
        return True


def recovery_saved_text() -> str:
    """What the status line says after the recovery file was written (``%1``: the file)."""
    return QCoreApplication.translate(
        "KeysPage", "Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy."
    )
