"""The USB sync dialog: send a bundle to the parent or a child, receive bundles from a stick,
and exchange registration files — in words an official uses: a key's fingerprint is the PC's
"mã nhận diện máy", a registration file "tệp đăng ký", a recovery file "tệp khôi phục". The
first send is guided in place: when the recipient's registration file is missing, the Send tab
says so and takes it in, with the identification code to compare read out over the phone."""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStorageInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.changes import NOTHING
from app.store.db import Store
from app.sync import exchange, keys
from app.ui.i18n import InheritedTexts, say
from app.ui.saved import SavedLine, native
from app.ui.screen import fit_to_screen
from app.ui.settings import app_settings
from app.ui.sync_keys import KeysTab, fingerprint_label
from app.ui.sync_receive import LAST_FOLDER, ReceiveTab
from app.ui.sync_send import SendTab

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
        if _drive_key(volume.rootPath()) == system or not (
            mounted or fs in REMOVABLE_FS or sys.platform == "win32"
        ):
            continue
        name = volume.displayName() or root.name or str(root)
        free = volume.bytesAvailable() / (1 << 30)
        label = QCoreApplication.translate("SyncDialog", "%1 (%2) — còn trống %3 GB")
        found.append((label.replace("%1", name).replace("%2", str(root)).replace("%3", f"{free:.1f}"), root))
    return found


class SyncDialog(InheritedTexts, SendTab, ReceiveTab, KeysTab, QDialog):
    """Three tabs: Send, Receive, Keys. *runner* runs long work behind a progress dialog (the
    desk's ``run_long``); without it work runs directly (tests)."""

    def __init__(self, store: Store, parent: QWidget | None = None, runner=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.store = store
        self.runner = runner or (lambda _title, work: work(None))
        self.trusted: set[str] = set()
        self.last_result: exchange.BatchResult | None = None
        self.changes = NOTHING  # what imports and settled conflicts wrote (the desk refreshes it)
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
            self.drive.addItem(
                self.tr("(chưa thấy USB — hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục)"), ""
            )
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

    def comparison(self, about: str, fingerprint: str, previous: str | None) -> str:
        """The question asked before a unit's identification code is trusted: whose it is, the
        code in large type (as it is read out over the phone), a warning when it changed, and
        what to do. Rich text, for a message box."""
        parts = [f"<p>{escape(about)}</p>"]
        if previous:
            parts.append(
                "<p><b>"
                + escape(
                    self.tr(
                        "CHÚ Ý: mã này KHÁC mã đã nhận trước đây (%1): đơn vị đã thay máy, hoặc tệp không do đơn vị đó "
                        "gửi."
                    ).replace("%1", previous)
                )
                + "</b></p>"
            )
        parts.append(
            f"<p>{escape(self.tr('Mã nhận diện máy:'))}</p>"
            f"<p style='font-size:15pt; font-family:monospace'><b>{escape(fingerprint)}</b></p>"
        )
        parts.append(
            "<p>"
            + escape(
                self.tr(
                    "Gọi điện cho đơn vị đó, nhờ đọc mã nhận diện máy của họ (trong phần mềm: Tệp → Trao đổi dữ liệu qua "
                    "USB → Mã nhận diện máy) và so từng nhóm. Mã có trùng khớp không?"
                )
            )
            + "</p>"
        )
        return "".join(parts)

    def _guard(self, work):  # noqa: ANN001
        try:
            return work()
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), say(exc))
            return None


__all__ = ["LAST_FOLDER", "SyncDialog", "fingerprint_label", "removable_drives"]
