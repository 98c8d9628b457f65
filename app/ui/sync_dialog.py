"""The USB sync dialog: send a bundle to the parent or a child, receive bundles from a stick,
and exchange registration files — in words an official uses: a key's fingerprint is the PC's
"mã nhận diện máy", a registration file "tệp đăng ký", a recovery file "tệp khôi phục". The
first send is guided in place: when the recipient's registration file is missing, the Send tab
says so and takes it in, with the identification code to compare read out over the phone."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStorageInfo, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
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

from app.domain.formats import fmt_utc_stamp
from app.errors import AppError
from app.files import write_atomically
from app.store.db import Store
from app.store.models import SyncPeer, Unit
from app.sync import exchange, keys
from app.sync.bundle import BundleRefused, read_bundle
from app.ui.saved import SavedLine, native
from app.ui.screen import fit_to_screen
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
    """A key fingerprint — the PC's "mã nhận diện máy" — as officials read it out to each other:
    large, bold, selectable."""
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
        self.tabs.addTab(self._keys_tab(), self.tr("Mã nhận diện máy"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Xung đột"))
        self._fill_conflicts()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.saved = SavedLine()  # "Đã lưu …  [Mở thư mục]" after each file this dialog writes
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.saved)
        layout.addWidget(close)
        fit_to_screen(self, QSize(860, 600))
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
                entries.append((self.tr("Thư mục %1").replace("%1", native(path)), path))
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
        hint = QLabel(self.tr("Gói gồm mọi thay đổi từ lần gửi trước mà nơi nhận đã báo nhận được; nếu mất USB, chỉ "
                              "cần ghi gói mới. Dữ liệu trong gói được mã hóa: chỉ đơn vị nhận mở được."))
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
        with self.store.session() as session:
            known = {p.unit_code for p in session.scalars(select(SyncPeer))}
            parent = session.get(Unit, self.me.parent_id) if self.me.parent_id else None
            children = session.scalars(select(Unit).where(Unit.parent_id == self.me.id).order_by(Unit.sort_key)).all()
            for unit, role in [(parent, self.tr("cấp trên"))] + [(c, self.tr("cấp dưới")) for c in children]:
                if unit is None:
                    continue
                self.recipients[unit.code] = (unit.name, unit.code in known)
                state = "" if unit.code in known else self.tr(" — chưa nhận tệp đăng ký")
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
        self.guide_text.setText(self.tr(
            "<b>Chưa gửi được cho %1:</b> máy này chưa nhận tệp đăng ký của đơn vị đó. Việc này chỉ làm một lần:"
            "<ol><li>Xin %1 tệp đăng ký của họ (tên dạng <b>%2.hnk</b>), chép qua USB hoặc thư điện tử.</li>"
            "<li>Bấm nút dưới đây và chọn tệp đó.</li>"
            "<li>Gọi điện cho %1, nhờ đọc <b>mã nhận diện máy</b> của họ; so với mã phần mềm hiện ra, "
            "trùng khớp từng nhóm thì bấm Có.</li></ol>Xong bước này là ghi được gói dữ liệu.")
            .replace("%1", name).replace("%2", code))
        self.guide_button.setText(self.tr("Nhận tệp đăng ký của %1…").replace("%1", name))

    def send(self) -> None:
        folder, code = self.folder(), self.recipient.currentData()
        if code is None or self.needs_registration():
            return  # the guide above says what to do first
        if folder is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Hãy cắm USB hoặc chọn thư mục trước."))
            return
        result = self.runner(self.tr("Đang ghi gói dữ liệu"),
                             lambda progress: exchange.export_bundle(self.store, folder, code, progress))
        if result is None:
            return
        total = sum(result.counts.values())
        self.send_status.setText(self.tr("Đã ghi gói dữ liệu (%1 bản ghi). Rút USB an toàn rồi mang đến đơn vị nhận.")
                                 .replace("%1", str(total)))
        self.saved.show_saved(result.path, self.tr("Đã ghi gói dữ liệu %1"))
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
        sender = f"{preview.sender_name} (mã {preview.sender})"
        about = (self.tr("Gói dữ liệu của %1.") if preview.key.state == "changed"
                 else self.tr("%1 gửi gói dữ liệu lần đầu.")).replace("%1", sender)
        text = self.comparison(about, preview.key.fingerprint, preview.key.previous)
        answer = QMessageBox.question(self, self.tr("Xác nhận đơn vị gửi"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.trusted.add(preview.key.fingerprint)
            return True
        return False

    def comparison(self, about: str, fingerprint: str, previous: str | None) -> str:
        """The question asked before a unit's identification code is trusted: whose it is, the
        code in large type (as it is read out over the phone), a warning when it changed, and
        what to do. Rich text, for a message box."""
        parts = [f"<p>{escape(about)}</p>"]
        if previous:
            parts.append("<p><b>" + escape(self.tr(
                "CHÚ Ý: mã này KHÁC mã đã nhận trước đây (%1): đơn vị đã thay máy, hoặc tệp không do đơn vị đó "
                "gửi.").replace("%1", previous)) + "</b></p>")
        parts.append(f"<p>{escape(self.tr('Mã nhận diện máy:'))}</p>"
                     f"<p style='font-size:15pt; font-family:monospace'><b>{escape(fingerprint)}</b></p>")
        parts.append("<p>" + escape(self.tr(
            "Gọi điện cho đơn vị đó, nhờ đọc mã nhận diện máy của họ (trong phần mềm: Tệp → Trao đổi dữ liệu qua "
            "USB → Mã nhận diện máy) và so từng nhóm. Mã có trùng khớp không?")) + "</p>")
        return "".join(parts)

    def _show(self, result: exchange.BatchResult) -> None:
        self.last_result = result
        refused = len(result.refused)
        # the time a bundle was made, as every date is shown (its manifest has ISO, in UTC)
        lines = [exchange.summary_text(replace(p, created_at=fmt_utc_stamp(p.created_at))) for p in result.previews]
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
                return
            self.saved.show_saved(Path(name), self.tr("Đã lưu biên bản nhập gói: %1"))

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
            item = QListWidgetItem(self.tr("%1: “%2” — đơn vị %3, lần sửa thứ %4").replace("%1", label)
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
        # A database copied from another PC: its private keys are not here; say so, offer the restore
        # (in the window's words, with the button beside it — the command line's sentence names a command).
        self.keys_missing = QLabel(self.tr(
            "Khóa của máy không có trên máy này (cơ sở dữ liệu được chép hoặc khôi phục từ máy khác), nên chưa "
            "gửi, nhận được dữ liệu. Hãy lấy lại khóa từ tệp khôi phục của đơn vị bằng nút dưới đây."))
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
        recovery.setToolTip(self.tr("Khi máy này hỏng, tệp khôi phục giúp máy mới gửi dữ liệu tiếp mà không phải "
                                    "đăng ký lại với cấp trên"))
        recovery.clicked.connect(self.export_recovery)
        card = QPushButton(self.tr("In phiếu mã nhận diện…"))
        card.clicked.connect(lambda: self.print_card())
        self.peers = QListWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Mã nhận diện máy của %1 — đọc mã này cho đơn vị nhận khi họ gọi hỏi:")
                       .replace("%1", f"{self.me.code} — {self.me.name}"))
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
        layout.addWidget(QLabel(self.tr("Đơn vị đã nhận tệp đăng ký (cấp trên, cấp dưới) và mã nhận diện máy của họ:")))
        layout.addWidget(self.peers, 1)
        self._fill_peers()
        return page

    def fingerprint_card(self) -> QTextDocument:
        """A one-page card with the unit and its key fingerprint, printed at the unit and handed to
        the higher level, which compares it before trusting the first bundle."""
        from datetime import date

        from app.domain.formats import fmt_date

        html = self.tr(
            "<h2 align='center'>PHIẾU MÃ NHẬN DIỆN MÁY GỬI DỮ LIỆU</h2>"
            "<p>Đơn vị: <b>%1</b> (mã %2)</p>"
            "<p>Mã nhận diện máy:</p>"
            "<p align='center' style='font-family:monospace; font-size:14pt'><b>%3</b></p>"
            "<p>Cấp trên so mã này với mã phần mềm hiện ra khi nhận tệp đăng ký hoặc gói dữ liệu đầu tiên của "
            "đơn vị; chỉ chấp nhận khi trùng khớp từng nhóm.</p>"
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
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.saved.show_saved(Path(printer.outputFileName()), self.tr("Đã lưu phiếu mã nhận diện: %1"))
        return True

    def _fill_peers(self) -> None:
        self.peers.clear()
        with self.store.session() as session:
            names = dict(session.execute(select(Unit.code, Unit.name)).all())
            for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.unit_code)):
                self.peers.addItem(f"{peer.unit_code} — {names.get(peer.unit_code, '')}: {peer.fingerprint}")

    def _pick_save(self, title: str, name: str, filters: str) -> Path | None:
        start = str(Path(app_settings().value(LAST_FOLDER, str(Path.home()))) / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(chosen) if chosen else None

    def export_registration(self) -> None:
        path = self._pick_save(self.tr("Lưu tệp đăng ký của đơn vị"), f"{self.me.code}.hnk",
                               self.tr("Tệp đăng ký (*.hnk)"))
        if path is not None and self._guard(lambda: keys.write_registration(self.store, path)) is not None:
            self.saved.show_saved(path, self.tr("Đã lưu tệp đăng ký %1 — chép tệp này cho đơn vị kia."))

    def import_registration(self) -> keys.KeyStatus | None:
        return self.receive_registration_of(None)

    def receive_registration_of(self, code: str | None) -> keys.KeyStatus | None:
        """Choose a registration file — of unit *code* (the first-send guide), or of any unit —
        show its unit and identification code to compare, and accept it when they match."""
        start = str(self.folder() or Path.home())
        title = (self.tr("Chọn tệp đăng ký của %1").replace("%1", self.recipients[code][0]) if code
                 else self.tr("Chọn tệp đăng ký của đơn vị khác"))
        name, _ = QFileDialog.getOpenFileName(self, title, start, self.tr("Tệp đăng ký (*.hnk)"))
        if not name:
            return None
        status = self.register_file(Path(name), expected=code)
        if status is not None and code is not None:
            self.send_status.setText(self.tr("Đã nhận tệp đăng ký của %1. Bây giờ có thể ghi gói dữ liệu.")
                                     .replace("%1", self.recipients[code][0]))
        return status

    def register_file(self, path: Path, expected: str | None = None) -> keys.KeyStatus | None:
        def work() -> keys.KeyStatus | None:
            registration = keys.read_registration(path)
            if expected is not None and registration.unit != expected:
                wanted = self.recipients[expected][0]
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "Tệp này là tệp đăng ký của %1 (mã %2), không phải của %3. Hãy xin đúng tệp của %3.")
                    .replace("%1", registration.name).replace("%2", registration.unit).replace("%3", wanted))
                return None
            status = keys.register(self.store, registration, accept=False)
            if status.state == "same":
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "Tệp đăng ký này đã được nhận trước đây; không cần làm gì thêm."))
                return status
            about = self.tr("Tệp đăng ký của %1.").replace("%1", f"{registration.name} (mã {registration.unit})")
            text = self.comparison(about, status.fingerprint, status.previous if status.state == "changed" else None)
            if QMessageBox.question(self, self.tr("Nhận tệp đăng ký?"), text) != QMessageBox.StandardButton.Yes:
                return None
            accepted = keys.register(self.store, registration, accept=True)
            self._fill_peers()
            self._fill_recipients()
            return accepted

        return self._guard(work)

    def export_recovery(self) -> None:
        password, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr(
            "Đặt mật khẩu cho tệp khôi phục (ít nhất %1 ký tự, không phải mật khẩu dễ đoán). Ghi mật khẩu ra giấy, "
            "cất riêng với USB:").replace("%1", str(keys.MIN_PASSWORD)), QLineEdit.EchoMode.Password)
        if not ok or self._guard(lambda: keys.check_password(password) or True) is None:
            return
        again, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr("Nhập lại mật khẩu:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if again != password:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        path = self._pick_save(self.tr("Lưu tệp khôi phục"), f"tep-khoi-phuc-{self.me.code}.hnk",
                               self.tr("Tệp khôi phục (*.hnk)"))
        if path is not None and self._guard(lambda: keys.write_recovery(self.store, path, password)) is not None:
            self.saved.show_saved(path, self.tr("Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy."))

    def restore_recovery(self, path: Path | None = None, password: str | None = None) -> bool:
        """Put this unit's private keys back on this PC from its recovery file (a database copied or
        restored from another PC)."""
        if path is None:
            start = str(self.folder() or Path.home())
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khôi phục"), start,
                                                  self.tr("Tệp khôi phục (*.hnk)"))
            if not name:
                return False
            path = Path(name)
        if password is None:
            password, ok = QInputDialog.getText(self, self.tr("Mật khẩu"), self.tr("Mật khẩu của tệp khôi phục:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        fingerprint = self._guard(lambda: keys.restore_recovery(self.store, path, password))
        if fingerprint is None:
            return False
        self.fingerprint.setText(fingerprint)
        self.keys_missing.setVisible(False)
        self.restore.setVisible(False)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Đã lấy lại khóa của máy; mã nhận diện máy: %1.").replace("%1", fingerprint))
        return True

    def _guard(self, work):  # noqa: ANN001, ANN202
        try:
            return work()
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.vi)
            return None
