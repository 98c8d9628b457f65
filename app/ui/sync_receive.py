"""The USB window's Receive and Conflicts tabs: the bundles on the stick for this unit, their
preview, the import (a new sender's identification code compared first), its report saved or
printed; and the records two PCs of one unit both changed, settled one by one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.formats import fmt_utc_stamp
from app.domain.list_names import list_text
from app.errors import AppError
from app.files import write_atomically
from app.services.changes import Changes, received
from app.sync import exchange
from app.sync.bundle import BundleRefused, read_bundle
from app.ui.i18n import say
from app.ui.settings import app_settings

#: The folder last used for bundles (the stick, or another folder).
LAST_FOLDER = "sync/last_folder"


class ReceiveTab:
    """The part of :class:`~app.ui.sync_dialog.SyncDialog` that receives and settles."""

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
                text = (
                    self.tr("%1 — từ %2, %3 bản ghi")
                    .replace("%1", path.name)
                    .replace("%2", bundle.sender)
                    .replace("%3", str(sum(bundle.manifest["counts"].values())))
                )
            except BundleRefused as exc:
                mine, text = True, f"{path.name} — {say(exc)}"
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
        result = self.runner(
            self.tr("Đang đọc các gói"),
            lambda progress: exchange.import_bundles(
                self.store, files, apply=False, trust=self.trusted, progress=progress
            ),
        )
        if result is not None:
            self._show(result)
        return result

    def receive(self) -> None:
        result = self.preview()
        if result is None or not any(p.status == "ready" for p in result.previews):
            return
        for preview in result.previews:
            if (
                preview.status == "ready"
                and preview.key is not None
                and preview.key.state != "same"
                and preview.key.fingerprint not in self.trusted
            ):
                if not self.confirm_key(preview):
                    return
        result = self.runner(
            self.tr("Đang nhập các gói"),
            lambda progress: exchange.import_bundles(
                self.store, self.chosen_files(), apply=True, trust=self.trusted, progress=progress
            ),
        )
        if result is not None:
            self.changes |= received(result)
            self._show(result)
            self.list_bundles()
            self._fill_peers()  # a key accepted with a first bundle is now known
            self._fill_recipients()
            self._fill_conflicts()

    def confirm_key(self, preview: exchange.Preview) -> bool:
        sender = f"{preview.sender_name} (mã {preview.sender})"
        about = (
            self.tr("Gói dữ liệu của %1.")
            if preview.key.state == "changed"
            else self.tr("%1 gửi gói dữ liệu lần đầu.")
        ).replace("%1", sender)
        text = self.comparison(about, preview.key.fingerprint, preview.key.previous)
        answer = QMessageBox.question(self, self.tr("Xác nhận đơn vị gửi"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.trusted.add(preview.key.fingerprint)
            return True
        return False

    def _show(self, result: exchange.BatchResult) -> None:
        self.last_result = result
        refused = len(result.refused)
        # the time a bundle was made, as every date is shown (its manifest has ISO, in UTC)
        lines = [
            exchange.summary_text(replace(p, created_at=fmt_utc_stamp(p.created_at))) for p in result.previews
        ]
        lines.append(
            self.tr("Xong: %1 gói, %2 gói bị từ chối.")
            .replace("%1", str(len(result.previews)))
            .replace("%2", str(refused))
        )
        self.summary.setPlainText("\n\n".join(lines))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def save_summary(self) -> None:
        start = str(Path(app_settings().value(LAST_FOLDER, str(Path.home()))) / "bien-ban-nhap-goi.txt")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu biên bản nhập gói"), start, "Văn bản (*.txt)"
        )
        if name:
            try:
                write_atomically(Path(name), self.summary.toPlainText().encode("utf-8"))
            except AppError as exc:
                QMessageBox.warning(self, self.windowTitle(), say(exc))
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
        hint = QLabel(
            self.tr(
                "Hai máy của cùng một đơn vị đã sửa cùng một bản ghi. Hãy hỏi đơn vị đó bản nào đúng "
                "rồi chọn; không bản nào bị bỏ qua khi chưa chọn."
            )
        )
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
            label = say(list_text(conflict.table_name))
            item = QListWidgetItem(
                self.tr("%1: “%2” — đơn vị %3, lần sửa thứ %4")
                .replace("%1", label)
                .replace("%2", str(name))
                .replace("%3", conflict.unit_code)
                .replace("%4", str(conflict.local_version))
            )
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.addItem(item)
        self.tabs.setTabText(3, self.tr("Xung đột (%1)").replace("%1", str(self.conflicts.count())))

    def settle(self, keep: str) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        settled = self._guard(
            lambda: exchange.settle_conflict(self.store, item.data(Qt.ItemDataRole.UserRole), keep)
        )
        if settled is not None:
            self.changes |= Changes.of_tables([settled.table_name])
        self._fill_conflicts()
