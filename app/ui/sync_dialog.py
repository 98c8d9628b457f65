"""The USB sync dialog: send a bundle to the parent or a child, receive bundles from a stick,
and exchange keys — in words an official uses, with the fingerprint always in view."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import AppError
from app.files import write_atomically
from app.store.db import Store
from app.store.models import SyncPeer, Unit
from app.sync import exchange, keys
from app.sync.bundle import BundleRefused, read_bundle
from app.ui.settings import app_settings

LAST_FOLDER = "sync/last_folder"
LAST_DRIVE = "sync/last_drive"
REMOVABLE_FS = {"vfat", "msdos", "exfat", "fat", "fat32", "ntfs", "fuseblk", "ntfs3"}


def _drive_key(root: str) -> str:
    """``C:``, ``C:\\`` and ``c:/`` are one drive; ``/`` is the root (the system disk elsewhere)."""
    return root.replace("\\", "/").rstrip("/").lower()


def removable_drives(volumes: list[QStorageInfo] | None = None) -> list[tuple[str, Path]]:
    """Writable drives that look like a USB stick: not the system disk, a stick's file system or
    a removable mount point. (Qt does not say "removable"; this is the usual heuristic.)"""
    found = []
    system = _drive_key(os.environ.get("SystemDrive", "C:") if sys.platform == "win32" else "/")
    for volume in volumes if volumes is not None else QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        fs = bytes(volume.fileSystemType()).decode(errors="replace").lower()
        mounted = str(root).startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/"))
        if _drive_key(volume.rootPath()) == system or not (mounted or fs in REMOVABLE_FS or sys.platform == "win32"):
            continue
        name = volume.displayName() or root.name or str(root)
        free = volume.bytesAvailable() / (1 << 30)
        label = QCoreApplication.translate("SyncDialog", "%1 (%2) — còn trống %3 GB")
        found.append((label.replace("%1", name).replace("%2", str(root)).replace("%3", f"{free:.1f}"), root))
    return found


def fingerprint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A key fingerprint as officials read it out to each other: large, bold, selectable."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(font.pointSize() + 4)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncDialog(QDialog):
    """Three tabs: Send, Receive, Keys. *runner* runs long work behind a progress dialog (the
    desk's ``run_long``); without it work runs directly (tests)."""

    def __init__(self, store: Store, parent: QWidget | None = None, runner=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.store = store
        self.runner = runner or (lambda _title, work: work(None))
        self.trusted: set[str] = set()
        self.last_result: exchange.BatchResult | None = None
        self.setWindowTitle(self.tr("Trao đổi dữ liệu qua USB"))
        self.me = keys.own_unit(store)

        self.drive = QComboBox()
        self.drive.setMinimumWidth(420)
        self.drive.currentIndexChanged.connect(self._drive_chosen)
        choose = QPushButton(self.tr("Chọn thư mục khác…"))
        choose.clicked.connect(self.choose_folder)
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh_drives)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("USB / thư mục:")))
        top.addWidget(self.drive, 1)
        top.addWidget(refresh)
        top.addWidget(choose)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._send_tab(), self.tr("Gửi đi"))
        self.tabs.addTab(self._receive_tab(), self.tr("Nhận về"))
        self.tabs.addTab(self._keys_tab(), self.tr("Khóa và vân tay"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Xung đột"))
        self._fill_conflicts()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(860, 600)
        self.refresh_drives()

    # -- the folder ------------------------------------------------------------------------------
    def folder(self) -> Path | None:
        data = self.drive.currentData()
        return Path(data) if data else None

    def refresh_drives(self, extra: Path | None = None) -> None:
        settings = app_settings()
        remembered = settings.value(LAST_FOLDER, "")
        entries = removable_drives()
        for path in (extra, Path(remembered) if remembered else None):
            if path is not None and path.is_dir() and all(p != path for _, p in entries):
                entries.append((self.tr("Thư mục %1").replace("%1", str(path)), path))
        self.drive.blockSignals(True)
        self.drive.clear()
        for label, path in entries:
            self.drive.addItem(label, str(path))
        want = str(extra) if extra else remembered
        index = self.drive.findData(want)
        self.drive.setCurrentIndex(index if index >= 0 else 0)
        self.drive.blockSignals(False)
        if not entries:
            self.drive.addItem(self.tr("(chưa thấy USB — hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục)"), "")
        self._drive_chosen()

    def choose_folder(self) -> None:
        start = str(self.folder() or app_settings().value(LAST_FOLDER, str(Path.home())))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa gói dữ liệu"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, path: Path) -> None:
        app_settings().setValue(LAST_FOLDER, str(path))
        self.refresh_drives(extra=path)

    def _drive_chosen(self) -> None:
        folder = self.folder()
        if folder is not None:
            app_settings().setValue(LAST_FOLDER, str(folder))
        self.list_bundles()

    # -- sending ---------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        page = QWidget()
        self.recipient = QComboBox()
        self.send_button = QPushButton(self.tr("Ghi gói dữ liệu ra USB"))
        self.send_button.clicked.connect(self.send)
        self.send_status = QLabel()
        self.send_status.setWordWrap(True)
        self.send_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(page)
        form.addRow(self.tr("Gửi cho:"), self.recipient)
        form.addRow("", self.send_button)
        form.addRow(self.send_status)
        hint = QLabel(self.tr("Gói chứa mọi thay đổi kể từ lần nơi nhận xác nhận đã nhận; mất USB thì chỉ cần gửi "
                              "gói mới. Dữ liệu được mã hóa: chỉ đơn vị nhận mở được."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self._fill_recipients()
        return page

    def _fill_recipients(self) -> None:
        self.recipient.clear()
        with self.store.session() as session:
            known = {p.unit_code for p in session.scalars(select(SyncPeer))}
            parent = session.get(Unit, self.me.parent_id) if self.me.parent_id else None
            children = session.scalars(select(Unit).where(Unit.parent_id == self.me.id).order_by(Unit.sort_key)).all()
            for unit, role in [(parent, self.tr("cấp trên"))] + [(c, self.tr("cấp dưới")) for c in children]:
                if unit is None:
                    continue
                state = "" if unit.code in known else self.tr(" — chưa có khóa")
                self.recipient.addItem(f"{unit.code} — {unit.name} ({role}){state}", unit.code)

    def send(self) -> None:
        folder, code = self.folder(), self.recipient.currentData()
        if folder is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Hãy cắm USB hoặc chọn thư mục trước."))
            return
        result = self.runner(self.tr("Đang ghi gói dữ liệu"),
                             lambda progress: exchange.export_bundle(self.store, folder, code, progress))
        if result is None:
            return
        total = sum(result.counts.values())
        self.send_status.setText(self.tr("Đã ghi %1 (%2 bản ghi). Rút USB an toàn rồi mang đến đơn vị nhận.")
                                 .replace("%1", str(result.path)).replace("%2", str(total)))
        self.list_bundles()

    # -- receiving -------------------------------------------------------------------------------
    def _receive_tab(self) -> QWidget:
        page = QWidget()
        self.bundles = QListWidget()
        self.bundles.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.clicked.connect(self.preview)
        self.import_button = QPushButton(self.tr("Nhập các gói đã chọn"))
        self.import_button.clicked.connect(self.receive)
        self.save_button = QPushButton(self.tr("Lưu biên bản…"))
        self.save_button.clicked.connect(self.save_summary)
        self.print_button = QPushButton(self.tr("In biên bản…"))
        self.print_button.clicked.connect(self.print_summary)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setFont(QFont("monospace"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.import_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Các gói trên USB gửi cho đơn vị này:")))
        layout.addWidget(self.bundles, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary, 2)
        return page

    def list_bundles(self) -> None:
        if not hasattr(self, "bundles"):
            return
        self.bundles.clear()
        folder = self.folder()
        if folder is None:
            return
        for path in sorted(folder.glob("*.hnb")):
            try:
                bundle = read_bundle(path)
                mine = bundle.recipient == self.me.code
                text = self.tr("%1 — từ %2, %3 bản ghi").replace("%1", path.name).replace("%2", bundle.sender) \
                    .replace("%3", str(sum(bundle.manifest["counts"].values())))
            except BundleRefused as exc:
                mine, text = True, f"{path.name} — {exc.vi}"
            if not mine:
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.bundles.addItem(item)
            item.setSelected(True)

    def preview_file(self, path: Path) -> exchange.BatchResult | None:
        """Show the import preview of the bundle *path* (a double-clicked ``.hnb``)."""
        path = Path(path).resolve()
        self.tabs.setCurrentIndex(1)
        if path.parent.is_dir():
            self.set_folder(path.parent)
        self.bundles.clearSelection()
        for row in range(self.bundles.count()):
            item = self.bundles.item(row)
            item.setSelected(Path(item.data(Qt.ItemDataRole.UserRole)).resolve() == path)
        if not self.bundles.selectedItems():  # not for this unit, or unreadable: the preview says why
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.bundles.addItem(item)
            item.setSelected(True)
        return self.preview()

    def chosen_files(self) -> list[Path]:
        items = self.bundles.selectedItems() or [self.bundles.item(i) for i in range(self.bundles.count())]
        return [Path(i.data(Qt.ItemDataRole.UserRole)) for i in items]

    def preview(self) -> exchange.BatchResult | None:
        files = self.chosen_files()
        if not files:
            QMessageBox.information(self, self.windowTitle(), self.tr("Không có gói nào để xem."))
            return None
        result = self.runner(self.tr("Đang đọc các gói"), lambda progress: exchange.import_bundles(
            self.store, files, apply=False, trust=self.trusted, progress=progress))
        if result is not None:
            self._show(result)
        return result

    def receive(self) -> None:
        result = self.preview()
        if result is None or not any(p.status == "ready" for p in result.previews):
            return
        for preview in result.previews:
            if preview.status == "ready" and preview.key is not None and preview.key.state != "same" \
                    and preview.key.fingerprint not in self.trusted:
                if not self.confirm_key(preview):
                    return
        result = self.runner(self.tr("Đang nhập các gói"), lambda progress: exchange.import_bundles(
            self.store, self.chosen_files(), apply=True, trust=self.trusted, progress=progress))
        if result is not None:
            self._show(result)
            self.list_bundles()
            self._fill_peers()  # a key accepted with a first bundle is now known
            self._fill_recipients()
            self._fill_conflicts()

    def confirm_key(self, preview: exchange.Preview) -> bool:
        changed = preview.key.state == "changed"
        text = (self.tr("KHÓA CỦA ĐƠN VỊ %1 ĐÃ ĐỔI.\nVân tay cũ: %2\n").replace("%1", preview.sender)
                .replace("%2", preview.key.previous or "") if changed else
                self.tr("Đơn vị %1 gửi gói lần đầu.\n").replace("%1", f"{preview.sender} {preview.sender_name}"))
        text += self.tr("Vân tay khóa: %1\n\nHãy so từng nhóm với vân tay đơn vị gửi đọc cho (lệnh hoinghi keys show "
                        "ở máy đó). Chỉ chấp nhận khi trùng khớp.").replace("%1", preview.key.fingerprint)
        answer = QMessageBox.question(self, self.tr("Xác nhận khóa"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.trusted.add(preview.key.fingerprint)
            return True
        return False

    def _show(self, result: exchange.BatchResult) -> None:
        self.last_result = result
        refused = len(result.refused)
        lines = [exchange.summary_text(p) for p in result.previews]
        lines.append(self.tr("Xong: %1 gói, %2 gói bị từ chối.").replace("%1", str(len(result.previews)))
                     .replace("%2", str(refused)))
        self.summary.setPlainText("\n\n".join(lines))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def save_summary(self) -> None:
        start = str(Path(app_settings().value(LAST_FOLDER, str(Path.home()))) / "bien-ban-nhap-goi.txt")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu biên bản nhập gói"), start, "Văn bản (*.txt)")
        if name:
            try:
                write_atomically(Path(name), self.summary.toPlainText().encode("utf-8"))
            except AppError as exc:
                QMessageBox.warning(self, self.windowTitle(), exc.vi)

    def print_summary(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument(self.summary.toPlainText())
            document.setDefaultFont(QFont("monospace", 9))
            document.print_(printer)

    # -- conflicts -------------------------------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        self.conflicts = QListWidget()
        keep_local = QPushButton(self.tr("Giữ bản trong máy"))
        keep_local.clicked.connect(lambda: self.settle("local"))
        take_incoming = QPushButton(self.tr("Lấy bản trong gói"))
        take_incoming.clicked.connect(lambda: self.settle("incoming"))
        row = QHBoxLayout()
        row.addWidget(keep_local)
        row.addWidget(take_incoming)
        row.addStretch(1)
        hint = QLabel(self.tr("Hai máy của cùng một đơn vị đã sửa cùng một bản ghi. Hãy hỏi đơn vị đó bản nào đúng "
                              "rồi chọn; không bản nào bị bỏ qua khi chưa chọn."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(row)
        return page

    def _fill_conflicts(self) -> None:
        self.conflicts.clear()
        for conflict in exchange.open_conflicts(self.store):
            name = conflict.incoming.get("name") or conflict.incoming.get("title") or conflict.record_id
            label = exchange.TABLE_LABELS.get(conflict.table_name, conflict.table_name)
            item = QListWidgetItem(self.tr("%1: “%2” — đơn vị %3, phiên bản %4").replace("%1", label)
                                   .replace("%2", str(name)).replace("%3", conflict.unit_code)
                                   .replace("%4", str(conflict.local_version)))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.addItem(item)
        self.tabs.setTabText(3, self.tr("Xung đột (%1)").replace("%1", str(self.conflicts.count())))

    def settle(self, keep: str) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        self._guard(lambda: exchange.settle_conflict(self.store, item.data(Qt.ItemDataRole.UserRole), keep))
        self._fill_conflicts()

    # -- keys ------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        page = QWidget()
        fingerprint = keys.installation_public(self.store).fingerprint
        self.fingerprint = fingerprint_label(fingerprint)
        # A database copied from another PC: its private keys are not here; say so, offer the restore.
        self.keys_missing = QLabel(keys.keys_missing().vi)
        self.keys_missing.setWordWrap(True)
        self.keys_missing.setStyleSheet("color: #b00020; font-weight: bold")
        self.restore = QPushButton(self.tr("Khôi phục khóa từ tệp dự phòng…"))
        self.restore.clicked.connect(lambda: self.restore_recovery())
        export = QPushButton(self.tr("Lưu tệp đăng ký khóa…"))
        export.clicked.connect(self.export_registration)
        register = QPushButton(self.tr("Nhận tệp đăng ký khóa của đơn vị khác…"))
        register.clicked.connect(self.import_registration)
        recovery = QPushButton(self.tr("Lưu tệp khóa dự phòng (có mật khẩu)…"))
        recovery.clicked.connect(self.export_recovery)
        card = QPushButton(self.tr("In phiếu vân tay…"))
        card.clicked.connect(lambda: self.print_card())
        self.peers = QListWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Vân tay khóa của %1:").replace("%1", f"{self.me.code} — {self.me.name}")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.keys_missing)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        missing = not keys.private_keys_here(self.store)
        self.keys_missing.setVisible(missing)
        self.restore.setVisible(missing)
        row = QHBoxLayout()
        for button in (export, register, recovery, card):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Khóa đã biết của cấp trên, cấp dưới:")))
        layout.addWidget(self.peers, 1)
        self._fill_peers()
        return page

    def fingerprint_card(self) -> QTextDocument:
        """A one-page card with the unit and its key fingerprint, printed at the unit and handed to
        the higher level, which compares it before trusting the first bundle."""
        from datetime import date

        from app.domain.formats import fmt_date

        html = self.tr(
            "<h2 align='center'>PHIẾU VÂN TAY KHÓA GỬI DỮ LIỆU</h2>"
            "<p>Đơn vị: <b>%1</b> (mã %2)</p>"
            "<p>Vân tay khóa (fingerprint):</p>"
            "<p align='center' style='font-family:monospace; font-size:14pt'><b>%3</b></p>"
            "<p>Cấp trên so vân tay này với vân tay phần mềm hiện ra khi nhận gói dữ liệu đầu tiên của đơn vị; "
            "chỉ chấp nhận khi trùng khớp từng nhóm.</p>"
            "<table width='100%'><tr><td width='50%'>Ngày in: %4</td>"
            "<td align='center'><b>Người lập phiếu</b><br><i>(ký, ghi rõ họ tên)</i></td></tr></table>"
        ).replace("%1", self.me.name).replace("%2", self.me.code).replace("%3", self.fingerprint.text()).replace(
            "%4", fmt_date(date.today()))
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
        return True

    def _fill_peers(self) -> None:
        self.peers.clear()
        with self.store.session() as session:
            names = dict(session.execute(select(Unit.code, Unit.name)).all())
            for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.unit_code)):
                self.peers.addItem(f"{peer.unit_code} — {names.get(peer.unit_code, '')}: {peer.fingerprint}")

    def _pick_save(self, title: str, name: str) -> Path | None:
        start = str(Path(app_settings().value(LAST_FOLDER, str(Path.home()))) / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, self.tr("Tệp khóa (*.hnk)"))
        return Path(chosen) if chosen else None

    def export_registration(self) -> None:
        path = self._pick_save(self.tr("Lưu tệp đăng ký khóa"), f"{self.me.code}.hnk")
        if path is not None:
            self._guard(lambda: keys.write_registration(self.store, path))

    def import_registration(self) -> None:
        start = str(self.folder() or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp đăng ký khóa"), start, self.tr("Tệp khóa (*.hnk)"))
        if name:
            self.register_file(Path(name))

    def register_file(self, path: Path) -> keys.KeyStatus | None:
        def work() -> keys.KeyStatus | None:
            registration = keys.read_registration(path)
            status = keys.register(self.store, registration, accept=False)
            if status.state == "same":
                QMessageBox.information(self, self.windowTitle(), self.tr("Khóa này đã được chấp nhận trước đây."))
                return status
            text = self.tr("Đơn vị: %1\nVân tay: %2\n").replace("%1", f"{registration.unit} — {registration.name}") \
                .replace("%2", status.fingerprint)
            if status.state == "changed":
                text += self.tr("\nCHÚ Ý: khóa đã ĐỔI (vân tay cũ %1).\n").replace("%1", status.previous or "")
            text += self.tr("\nChỉ chấp nhận khi vân tay trùng với vân tay đơn vị đó đọc cho.")
            if QMessageBox.question(self, self.tr("Chấp nhận khóa?"), text) != QMessageBox.StandardButton.Yes:
                return None
            accepted = keys.register(self.store, registration, accept=True)
            self._fill_peers()
            self._fill_recipients()
            return accepted

        return self._guard(work)

    def export_recovery(self) -> None:
        password, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr(
            "Mật khẩu cho tệp khóa dự phòng (ít nhất %1 ký tự, không phải mật khẩu dễ đoán):").replace(
            "%1", str(keys.MIN_PASSWORD)), QLineEdit.EchoMode.Password)
        if not ok or self._guard(lambda: keys.check_password(password) or True) is None:
            return
        again, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr("Nhập lại mật khẩu:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if again != password:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        path = self._pick_save(self.tr("Lưu tệp khóa dự phòng"), f"khoa-du-phong-{self.me.code}.hnk")
        if path is not None:
            self._guard(lambda: keys.write_recovery(self.store, path, password))

    def restore_recovery(self, path: Path | None = None, password: str | None = None) -> bool:
        """Put this unit's private keys back on this PC from its recovery file (a database copied or
        restored from another PC)."""
        if path is None:
            start = str(self.folder() or Path.home())
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa dự phòng"), start,
                                                  self.tr("Tệp khóa (*.hnk)"))
            if not name:
                return False
            path = Path(name)
        if password is None:
            password, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr("Mật khẩu của tệp khóa dự phòng:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        fingerprint = self._guard(lambda: keys.restore_recovery(self.store, path, password))
        if fingerprint is None:
            return False
        self.fingerprint.setText(fingerprint)
        self.keys_missing.setVisible(False)
        self.restore.setVisible(False)
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Đã khôi phục khóa; vân tay %1.").replace("%1", fingerprint))
        return True

    def _guard(self, work):  # noqa: ANN001, ANN202
        try:
            return work()
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.vi)
            return None
