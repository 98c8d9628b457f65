"""The USB window's Send tab: the recipient (the parent or a child), the bundle written to the
stick, and — the first time — the guide that takes in the recipient's registration file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync import exchange
from app.sync.partners import partners


class SendTab:
    """The part of :class:`~app.ui.sync_dialog.SyncDialog` that sends."""

    # -- sending ---------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        page = QWidget()
        self.recipient = QComboBox()
        self.recipient.currentIndexChanged.connect(self._recipient_chosen)
        self.recipients: dict[str, tuple[str, bool]] = {}  # code → (name, registration file received)
        self.send_button = QPushButton(self.tr("Ghi gói dữ liệu ra USB"))
        self.send_button.clicked.connect(self.send)
        self.send_status = QLabel()
        self.send_status.setWordWrap(True)
        self.send_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(page)
        form.addRow(self.tr("Gửi cho:"), self.recipient)
        form.addRow(self._first_send_guide())
        form.addRow("", self.send_button)
        form.addRow(self.send_status)
        hint = QLabel(
            self.tr(
                "Gói gồm mọi thay đổi từ lần gửi trước mà nơi nhận đã báo nhận được; nếu mất USB, chỉ "
                "cần ghi gói mới. Dữ liệu trong gói được mã hóa: chỉ đơn vị nhận mở được."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self._fill_recipients()
        return page

    def _first_send_guide(self) -> QFrame:
        """Shown when the recipient's registration file was never received: what to do, once, and
        the button that does it — in place of the Send button."""
        self.guide = QFrame()
        self.guide.setFrameShape(QFrame.Shape.StyledPanel)
        self.guide.setStyleSheet("QFrame { background: #fff8e1; }")
        self.guide_text = QLabel()
        self.guide_text.setWordWrap(True)
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(lambda: self.receive_registration_of(self.recipient.currentData()))
        layout = QVBoxLayout(self.guide)
        layout.addWidget(self.guide_text)
        row = QHBoxLayout()
        row.addWidget(self.guide_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.guide.hide()
        return self.guide

    def _fill_recipients(self) -> None:
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipients.clear()
        for unit in partners(self.store):
            role = self.tr("cấp trên") if unit.above else self.tr("cấp dưới")
            self.recipients[unit.code] = (unit.name, unit.registered)
            state = "" if unit.registered else self.tr(" — chưa nhận tệp đăng ký")
            self.recipient.addItem(f"{unit.code} — {unit.name} ({role}){state}", unit.code)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.recipient.blockSignals(False)
        self._recipient_chosen()

    def needs_registration(self) -> bool:
        """Whether the chosen recipient's registration file is still missing (nothing can be sent)."""
        code = self.recipient.currentData()
        return code is not None and not self.recipients[code][1]

    def _recipient_chosen(self) -> None:
        code = self.recipient.currentData()
        missing = self.needs_registration()
        self.guide.setVisible(missing)
        self.send_button.setEnabled(code is not None and not missing)
        if code is None:
            self.send_status.setText(self.tr("Danh mục chưa có cấp trên hay cấp dưới của đơn vị này để gửi."))
            return
        if not missing:
            return
        name = self.recipients[code][0]
        self.guide_text.setText(
            self.tr(
                "<b>Chưa gửi được cho %1:</b> máy này chưa nhận tệp đăng ký của đơn vị đó. Việc này chỉ làm một lần:"
                "<ol><li>Xin %1 tệp đăng ký của họ (tên dạng <b>%2.hnk</b>), chép qua USB hoặc thư điện tử.</li>"
                "<li>Bấm nút dưới đây và chọn tệp đó.</li>"
                "<li>Gọi điện cho %1, nhờ đọc <b>mã nhận diện máy</b> của họ; so với mã phần mềm hiện ra, "
                "trùng khớp từng nhóm thì bấm Có.</li></ol>Xong bước này là ghi được gói dữ liệu."
            )
            .replace("%1", name)
            .replace("%2", code)
        )
        self.guide_button.setText(self.tr("Nhận tệp đăng ký của %1…").replace("%1", name))

    def send(self) -> None:
        folder, code = self.folder(), self.recipient.currentData()
        if code is None or self.needs_registration():
            return  # the guide above says what to do first
        if folder is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Hãy cắm USB hoặc chọn thư mục trước."))
            return
        result = self.runner(
            self.tr("Đang ghi gói dữ liệu"),
            lambda progress: exchange.export_bundle(self.store, folder, code, progress),
        )
        if result is None:
            return
        total = sum(result.counts.values())
        self.send_status.setText(
            self.tr("Đã ghi gói dữ liệu (%1 bản ghi). Rút USB an toàn rồi mang đến đơn vị nhận.").replace(
                "%1", str(total)
            )
        )
        self.saved.show_saved(result.path, self.tr("Đã ghi gói dữ liệu %1"))
        self.list_bundles()
