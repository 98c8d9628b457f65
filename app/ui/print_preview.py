"""Print preview of a printed document: the same PDF pages, drawn through PDFium into Qt's
print preview, with Print, Save as PDF and Open folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from app.errors import AppError
from app.files import replacing
from app.ui.saved import SavedLine
from app.ui.screen import fit_to_screen
from app.ui.settings import ask_save_path, remember_folder

LAST_DIR = "print/last_dir"
MAX_PRINT_DPI = 300


def paint_pdf(pdf: Path, printer: QPrinter, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Draw every page of *pdf* on *printer*, one page per sheet; return the page count."""
    document = pypdfium2.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("cannot start printing")
    try:
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            if index:
                printer.newPage()
            dpi = min(printer.resolution(), max_dpi)
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            # QImage does not own *data*: copy it before the bytes go away.
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            target = painter.viewport()
            scale = min(target.width() / width_pt, target.height() / height_pt)
            painter.drawImage(QRectF(0, 0, width_pt * scale, height_pt * scale), image)
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()


def _setup(printer: QPrinter, pdf: Path) -> None:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        width, height = document[0].get_size() if len(document) else (595, 842)
    finally:
        document.close()
    printer.setFullPage(True)  # the PDF already carries the decree's margins
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )


class PrintPreview(QDialog):
    """Preview of *pdf* (already written by the printing service)."""

    def __init__(self, pdf: Path, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Xem trước khi in — %1").replace("%1", title))
        fit_to_screen(self, QSize(900, 1400))  # as tall as the screen allows: a page is taller than wide
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        _setup(self.printer, pdf)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(lambda printer: paint_pdf(self.pdf, printer, max_dpi=110))
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)  # the whole page first

        toolbar = QToolBar(self)
        self.print_action = self._action(
            toolbar, self.tr("In…"), QKeySequence.StandardKey.Print, self.print_document
        )
        self.save_action = self._action(
            toolbar, self.tr("Lưu thành PDF…"), QKeySequence.StandardKey.Save, self.save_pdf
        )
        self.folder_action = self._action(toolbar, self.tr("Mở thư mục chứa tệp"), None, self.open_folder)
        toolbar.addSeparator()
        self._action(toolbar, self.tr("Phóng to"), QKeySequence.StandardKey.ZoomIn, self.preview.zoomIn)
        self._action(toolbar, self.tr("Thu nhỏ"), QKeySequence.StandardKey.ZoomOut, self.preview.zoomOut)
        self._action(toolbar, self.tr("Vừa chiều rộng"), None, self.preview.fitToWidth)
        self._action(toolbar, self.tr("Xem cả trang"), None, self.preview.fitInView)
        toolbar.addSeparator()
        self._action(toolbar, self.tr("Đóng"), QKeySequence.StandardKey.Close, self.reject)
        self.folder_action.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.saved = SavedLine(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.saved)

    def _action(
        self,
        toolbar: QToolBar,
        text: str,
        shortcut: QKeySequence.StandardKey | None,
        slot,  # noqa: ANN001
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    def page_count(self) -> int:
        return self.preview.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _setup(printer, self.pdf)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint_pdf(self.pdf, printer)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Không in được"),
                self.tr("Máy in không sẵn sàng. Hãy kiểm tra máy in rồi thử lại."),
            )

    def save_pdf(self) -> Path | None:
        target = ask_save_path(
            self, self.tr("Lưu thành PDF"), LAST_DIR, self.suggested_name, self.tr("Tệp PDF (*.pdf)"), ".pdf"
        )
        if target is None:
            return None
        try:
            with replacing(target) as partial:
                shutil.copyfile(self.pdf, partial)
        except AppError:
            QMessageBox.warning(
                self,
                self.tr("Không lưu được"),
                self.tr(
                    "Không ghi được tệp vào thư mục đã chọn (ổ đĩa đầy, tệp đang mở, "
                    "hoặc không có quyền). Hãy chọn nơi khác."
                ),
            )
            return None
        remember_folder(LAST_DIR, target.parent)
        self.saved_to = target
        self.saved.show_saved(target)
        self.folder_action.setEnabled(True)
        return target

    def open_folder(self) -> None:
        if self.saved.paths:
            self.saved.open_folder()
        else:  # ``hoinghi print --preview``: the file the command wrote
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf.parent)))


def show_preview(pdf: Path, title: str, suggested_name: str) -> int:
    """Open the preview as the application's only window (``hoinghi print … --preview``)."""
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LANGUAGE_KEY, install_language
    from app.ui.settings import app_settings

    app = QApplication.instance() or QApplication([])
    install_language(app, str(app_settings().value(LANGUAGE_KEY) or "vi"))
    dialog = PrintPreview(pdf, title, suggested_name)
    dialog.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
    dialog.show()
    return app.exec()
