"""The USB window's Keys tab: this PC's identification code (to read out, or print on a card),
the registration files exchanged with the parent and children, the recovery file and the restore
of this PC's keys from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync import keys, recovery
from app.sync.partners import known_peers
from app.ui.settings import app_settings
from app.ui.sync_receive import LAST_FOLDER


def fingerprint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A key fingerprint — the PC's "mã nhận diện máy" — as officials read it out to each other:
    large, bold, selectable."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(font.pointSize() + 4)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KeysTab:
    """The part of :class:`~app.ui.sync_dialog.SyncDialog` that handles keys and registration files."""

    # -- keys ------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        page = QWidget()
        fingerprint = keys.installation_public(self.store).fingerprint
        self.fingerprint = fingerprint_label(fingerprint)
        # A database copied from another PC: its private keys are not here; say so, offer the restore
        # (in the window's words, with the button beside it — the command line's sentence names a command).
        self.keys_missing = QLabel(
            self.tr(
                "Khóa của máy không có trên máy này (cơ sở dữ liệu được chép hoặc khôi phục từ máy khác), nên chưa "
                "gửi, nhận được dữ liệu. Hãy lấy lại khóa từ tệp khôi phục của đơn vị bằng nút dưới đây."
            )
        )
        self.keys_missing.setWordWrap(True)
        self.keys_missing.setStyleSheet("color: #b00020; font-weight: bold")
        self.restore = QPushButton(self.tr("Lấy lại khóa của máy từ tệp khôi phục…"))
        self.restore.clicked.connect(lambda: self.restore_recovery())
        export = QPushButton(self.tr("Lưu tệp đăng ký của đơn vị…"))
        export.setToolTip(self.tr("Tệp để chép cho cấp trên (hoặc cấp dưới) trước lần gửi dữ liệu đầu tiên"))
        export.clicked.connect(self.export_registration)
        register = QPushButton(self.tr("Nhận tệp đăng ký của đơn vị khác…"))
        register.clicked.connect(self.import_registration)
        recovery = QPushButton(self.tr("Lưu tệp khôi phục (có mật khẩu)…"))
        recovery.setToolTip(
            self.tr(
                "Khi máy này hỏng, tệp khôi phục giúp máy mới gửi dữ liệu tiếp mà không phải "
                "đăng ký lại với cấp trên"
            )
        )
        recovery.clicked.connect(self.export_recovery)
        card = QPushButton(self.tr("In phiếu mã nhận diện…"))
        card.clicked.connect(lambda: self.print_card())
        self.peers = QListWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr("Mã nhận diện máy của %1 — đọc mã này cho đơn vị nhận khi họ gọi hỏi:").replace(
                "%1", f"{self.me.code} — {self.me.name}"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.keys_missing)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        missing = not keys.private_keys_here(self.store)
        self.keys_missing.setVisible(missing)
        self.restore.setVisible(missing)
        rows = QFormLayout()  # two buttons a line: the row fits a 1024-pixel screen
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for left, right in ((export, register), (recovery, card)):
            pair = QHBoxLayout()
            pair.addWidget(left)
            pair.addWidget(right)
            pair.addStretch(1)
            rows.addRow(pair)
        layout.addLayout(rows)
        layout.addWidget(
            QLabel(self.tr("Đơn vị đã nhận tệp đăng ký (cấp trên, cấp dưới) và mã nhận diện máy của họ:"))
        )
        layout.addWidget(self.peers, 1)
        self._fill_peers()
        return page

    def fingerprint_card(self) -> QTextDocument:
        """A one-page card with the unit and its key fingerprint, printed at the unit and handed to
        the higher level, which compares it before trusting the first bundle."""
        from datetime import date

        from app.domain.formats import fmt_date

        html = (
            self.tr(
                "<h2 align='center'>PHIẾU MÃ NHẬN DIỆN MÁY GỬI DỮ LIỆU</h2>"
                "<p>Đơn vị: <b>%1</b> (mã %2)</p>"
                "<p>Mã nhận diện máy:</p>"
                "<p align='center' style='font-family:monospace; font-size:14pt'><b>%3</b></p>"
                "<p>Cấp trên so mã này với mã phần mềm hiện ra khi nhận tệp đăng ký hoặc gói dữ liệu đầu tiên của "
                "đơn vị; chỉ chấp nhận khi trùng khớp từng nhóm.</p>"
                "<table width='100%'><tr><td width='50%'>Ngày in: %4</td>"
                "<td align='center'><b>Người lập phiếu</b><br><i>(ký, ghi rõ họ tên)</i></td></tr></table>"
            )
            .replace("%1", self.me.name)
            .replace("%2", self.me.code)
            .replace("%3", self.fingerprint.text())
            .replace("%4", fmt_date(date.today()))
        )
        document = QTextDocument()
        document.setDefaultFont(QFont("Liberation Serif", 13))
        document.setHtml(html)
        return document

    def print_card(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        self.fingerprint_card().print_(printer)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.saved.show_saved(Path(printer.outputFileName()), self.tr("Đã lưu phiếu mã nhận diện: %1"))
        return True

    def _fill_peers(self) -> None:
        self.peers.clear()
        for peer in known_peers(self.store):
            self.peers.addItem(f"{peer.code} — {peer.name}: {peer.fingerprint}")

    def _pick_save(self, title: str, name: str, filters: str) -> Path | None:
        start = str(Path(app_settings().value(LAST_FOLDER, str(Path.home()))) / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(chosen) if chosen else None

    def export_registration(self) -> None:
        path = self._pick_save(
            self.tr("Lưu tệp đăng ký của đơn vị"), f"{self.me.code}.hnk", self.tr("Tệp đăng ký (*.hnk)")
        )
        if path is not None and self._guard(lambda: keys.write_registration(self.store, path)) is not None:
            self.saved.show_saved(path, self.tr("Đã lưu tệp đăng ký %1 — chép tệp này cho đơn vị kia."))

    def import_registration(self) -> keys.KeyStatus | None:
        return self.receive_registration_of(None)

    def receive_registration_of(self, code: str | None) -> keys.KeyStatus | None:
        """Choose a registration file — of unit *code* (the first-send guide), or of any unit —
        show its unit and identification code to compare, and accept it when they match."""
        start = str(self.folder() or Path.home())
        title = (
            self.tr("Chọn tệp đăng ký của %1").replace("%1", self.recipients[code][0])
            if code
            else self.tr("Chọn tệp đăng ký của đơn vị khác")
        )
        name, _ = QFileDialog.getOpenFileName(self, title, start, self.tr("Tệp đăng ký (*.hnk)"))
        if not name:
            return None
        status = self.register_file(Path(name), expected=code)
        if status is not None and code is not None:
            self.send_status.setText(
                self.tr("Đã nhận tệp đăng ký của %1. Bây giờ có thể ghi gói dữ liệu.").replace(
                    "%1", self.recipients[code][0]
                )
            )
        return status

    def register_file(self, path: Path, expected: str | None = None) -> keys.KeyStatus | None:
        def work() -> keys.KeyStatus | None:
            registration = keys.read_registration(path)
            if expected is not None and registration.unit != expected:
                wanted = self.recipients[expected][0]
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "Tệp này là tệp đăng ký của %1 (mã %2), không phải của %3. Hãy xin đúng tệp của %3."
                    )
                    .replace("%1", registration.name)
                    .replace("%2", registration.unit)
                    .replace("%3", wanted),
                )
                return None
            status = keys.register(self.store, registration, accept=False)
            if status.state == "same":
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("Tệp đăng ký này đã được nhận trước đây; không cần làm gì thêm."),
                )
                return status
            about = self.tr("Tệp đăng ký của %1.").replace(
                "%1", f"{registration.name} (mã {registration.unit})"
            )
            text = self.comparison(
                about, status.fingerprint, status.previous if status.state == "changed" else None
            )
            if (
                QMessageBox.question(self, self.tr("Nhận tệp đăng ký?"), text)
                != QMessageBox.StandardButton.Yes
            ):
                return None
            accepted = keys.register(self.store, registration, accept=True)
            self._fill_peers()
            self._fill_recipients()
            return accepted

        return self._guard(work)

    def export_recovery(self) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Mật khẩu"),
            self.tr(
                "Đặt mật khẩu cho tệp khôi phục (ít nhất %1 ký tự, không phải mật khẩu dễ đoán). Ghi mật khẩu ra giấy, "
                "cất riêng với USB:"
            ).replace("%1", str(recovery.MIN_PASSWORD)),
            QLineEdit.EchoMode.Password,
        )
        if not ok or self._guard(lambda: recovery.check_password(password) or True) is None:
            return
        again, ok = QInputDialog.getText(
            self, self.tr("Mật khẩu"), self.tr("Nhập lại mật khẩu:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        if again != password:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        path = self._pick_save(
            self.tr("Lưu tệp khôi phục"),
            f"tep-khoi-phuc-{self.me.code}.hnk",
            self.tr("Tệp khôi phục (*.hnk)"),
        )
        if (
            path is not None
            and self._guard(lambda: recovery.write_recovery(self.store, path, password)) is not None
        ):
            self.saved.show_saved(
                path, self.tr("Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy.")
            )

    def restore_recovery(self, path: Path | None = None, password: str | None = None) -> bool:
        """Put this unit's private keys back on this PC from its recovery file (a database copied or
        restored from another PC)."""
        if path is None:
            start = str(self.folder() or Path.home())
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn tệp khôi phục"), start, self.tr("Tệp khôi phục (*.hnk)")
            )
            if not name:
                return False
            path = Path(name)
        if password is None:
            password, ok = QInputDialog.getText(
                self, self.tr("Mật khẩu"), self.tr("Mật khẩu của tệp khôi phục:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
        fingerprint = self._guard(lambda: recovery.restore_recovery(self.store, path, password))
        if fingerprint is None:
            return False
        self.fingerprint.setText(fingerprint)
        self.keys_missing.setVisible(False)
        self.restore.setVisible(False)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Đã lấy lại khóa của máy; mã nhận diện máy: %1.").replace("%1", fingerprint),
        )
        return True
