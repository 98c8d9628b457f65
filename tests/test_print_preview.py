"""The print preview window: the same pages, Save as PDF remembers the folder, printing works."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.services.database import open_database
from app.services.printing import render_document
from app.ui.print_preview import LAST_DIR, PrintPreview, paint_pdf
from app.ui.settings import app_settings


@pytest.fixture
def programme(demo_db, tmp_path) -> Path:
    store = open_database(str(demo_db))
    try:
        return render_document(store, "honorees", tmp_path / "list.pdf", "23083", date(2025, 3, 5))
    finally:
        store.close()


def test_preview_shows_every_page_and_saves_a_copy(qtbot, programme, tmp_path, monkeypatch):
    dialog = PrintPreview(programme, "Danh sách", "danh-sach.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    assert dialog.page_count() == len(pypdfium2.PdfDocument(str(programme)))
    shots = os.environ.get("HOINGHI_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(shots) / "print-preview.png"))

    target = tmp_path / "saved" / "ds.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert dialog.save_pdf() == target
    assert target.read_bytes() == programme.read_bytes()
    assert app_settings().value(LAST_DIR) == str(target.parent)
    assert dialog.folder_action.isEnabled()


def test_save_to_an_unwritable_place_warns_and_writes_nothing(qtbot, programme, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = PrintPreview(programme, "Danh sách", "ds.pdf")
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("/proc/no/such/x.pdf", ""))
    )
    assert dialog.save_pdf() is None
    assert warnings and "Không ghi được" in warnings[0]
    assert app_settings().value(LAST_DIR) is None


def test_printing_draws_the_same_pages(qtbot, programme, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = paint_pdf(programme, printer, max_dpi=100)
    assert pages == len(pypdfium2.PdfDocument(str(out))) == len(pypdfium2.PdfDocument(str(programme)))
    image = pypdfium2.PdfDocument(str(out))[0].render(scale=1).to_pil().convert("L")
    assert sum(image.histogram()[:160]) > 2000
