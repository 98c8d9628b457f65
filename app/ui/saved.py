"""“Saved where?” — after every file the desk writes, one line names the file, with a *Mở thư
mục* button that opens its folder. The desk's status bar and each dialog that writes files
(print preview, USB exchange, first-run wizard) hold one :class:`SavedLine`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.failures import guarded


def native(path: Path) -> str:
    """*path* as the official's system writes it (backslashes on Windows)."""
    return QDir.toNativeSeparators(str(path))


class ElidedLabel(QLabel):
    """One line of text that shrinks with its window, eliding the middle (a path keeps its drive
    and its file name), the whole text in the tooltip — it never forces the window wider."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setText(text)

    @guarded()
    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        super().setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(self.width(), 40))
        )

    @guarded()
    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._elide()

    @guarded(QSize())
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    @guarded(QSize())
    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60, super().minimumSizeHint().height())


class SavedLine(QWidget):
    """“Đã lưu D:\\…\\chuong-trinh.pdf  [Mở thư mục]”, hidden until a file is written."""

    opened = Signal(QUrl)  # the folder handed to the system's file manager

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.label = ElidedLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_folder)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def retranslate(self) -> None:
        """The button in the window's language (the line itself says what was done, when it was)."""
        self.button.setText(self.tr("Mở thư mục"))
        self.button.setToolTip(self.tr("Mở thư mục chứa tệp vừa lưu"))

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_saved(self, paths: Path | Sequence[Path], text: str | None = None) -> None:
        """Name the file(s) just written. *text* says what was done, with ``%1`` for the path (the
        folder, for several files); by default “Đã lưu %1”."""
        self.paths = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
        shown = self.paths[0] if len(self.paths) == 1 else self.folder()
        self.label.setText((text or self.tr("Đã lưu %1")).replace("%1", native(shown)))
        self.show()

    def text(self) -> str:
        return self.label.full_text()

    def folder(self) -> Path | None:
        if not self.paths:
            return None
        first = self.paths[0]
        return first if first.is_dir() else first.parent

    def open_folder(self) -> bool:
        folder = self.folder()
        if folder is None:
            return False
        url = QUrl.fromLocalFile(str(folder))
        self.opened.emit(url)
        return QDesktopServices.openUrl(url)
