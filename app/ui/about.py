"""Trợ giúp → Giới thiệu: the version and where everything is, for the official and for whoever
helps them on the phone."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app import __version__


def about_facts(database: str | None) -> list[tuple[str, str]]:
    """(label, value) lines of the About box, in the window's language."""
    from app.paths import data_dir, log_file, resources_dir
    from app.services.printing.fonts import find_fonts

    font = find_fonts().name
    licence = resources_dir() / "fonts" / "LICENSE-Liberation.txt"
    return [
        (
            QCoreApplication.translate("AboutDialog", "Phiên bản"),
            __version__
            + (
                QCoreApplication.translate("AboutDialog", " (bản đóng gói)")
                if getattr(sys, "frozen", False)
                else ""
            ),
        ),
        (QCoreApplication.translate("AboutDialog", "Thư mục dữ liệu"), str(data_dir())),
        (QCoreApplication.translate("AboutDialog", "Cơ sở dữ liệu"), database or "—"),
        (QCoreApplication.translate("AboutDialog", "Nhật ký lỗi"), str(log_file())),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
        ("Python", f"{platform.python_version()} ({platform.system()} {platform.release()})"),
        (
            QCoreApplication.translate("AboutDialog", "Phông chữ in"),
            font
            + (
                QCoreApplication.translate("AboutDialog", " (kèm theo phần mềm)")
                if font == "Liberation Serif"
                else QCoreApplication.translate("AboutDialog", " (của hệ thống)")
            ),
        ),
        (
            QCoreApplication.translate("AboutDialog", "Phông chữ kèm theo"),
            f"Liberation Serif — SIL Open Font License 1.1 ({licence.name})",
        ),
    ]


class AboutDialog(QDialog):
    def __init__(self, database: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu Hội nghị ĐHTT"))
        rows = "".join(
            f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
            for label, value in about_facts(database)
        )
        self.text = QLabel(
            "<h3>Hội nghị ĐHTT</h3><p>"
            + self.tr("Chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến.")
            + f"</p><table>{rows}</table>"
        )
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        from app.paths import data_dir, resources_dir

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        folder = QPushButton(self.tr("Mở thư mục dữ liệu"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        licence = QPushButton(self.tr("Giấy phép phông chữ"))
        licence.clicked.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(Path(resources_dir()) / "fonts" / "LICENSE-Liberation.txt"))
            )
        )
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(licence, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
