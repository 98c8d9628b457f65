"""Saved where? After every file written from the desk a status line names it, and its *Mở thư
mục* button opens the folder (QDesktopServices is replaced: no file manager opens in a test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from app.services.conference import unit_conference
from app.services.database import open_database
from app.ui.desk import DeskWindow


@pytest.fixture
def folders_opened(monkeypatch) -> list[Path]:
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


@pytest.fixture
def desk(demo_desk):
    window = demo_desk("23083", "xa.sqlite")
    return window


def saving_to(monkeypatch, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    return path


def test_save_as_pdf_names_the_file_and_opens_its_folder(qtbot, desk, tmp_path, monkeypatch, folders_opened):
    from app.ui import print_preview

    target = saving_to(monkeypatch, tmp_path / "Văn bản" / "chuong-trinh.pdf")
    seen: dict[str, str] = {}

    def official_saves(dialog) -> int:  # what the official does in the preview
        assert dialog.saved.isHidden()
        dialog.save_pdf()
        seen["preview"] = dialog.saved.text()
        dialog.saved.button.click()
        return 0

    monkeypatch.setattr(print_preview.PrintPreview, "exec", official_saves)
    desk.print_preview("programme")
    assert target.exists() and str(target) in seen["preview"]
    assert folders_opened == [target.parent]
    # back in the desk, its status bar says it too
    assert desk.saved.isVisible() and str(target) in desk.saved.text()
    desk.saved.button.click()
    assert folders_opened == [target.parent, target.parent]


def test_every_export_and_backup_from_the_desk_is_named(qtbot, desk, tmp_path, folders_opened):
    desk.show_section("invitees")
    (tmp_path / "xuat").mkdir()
    out = desk.export_excel(tmp_path / "xuat" / "khach-moi.xlsx")
    assert out is not None and out.exists()
    assert desk.saved.isVisible() and "Đã xuất" in desk.saved.text() and str(out) in desk.saved.text()
    desk.saved.button.click()
    assert folders_opened == [tmp_path / "xuat"]

    report = desk.export_report(tmp_path / "tong-hop.xlsx")
    assert report.exists() and str(report) in desk.saved.text()

    desk.backup()
    assert "Đã sao lưu vào" in desk.saved.text()
    backup = desk.saved.paths[0]
    assert backup.exists() and backup.suffix == ".sqlite" and str(backup) in desk.saved.text()


def test_saved_charts_are_named_with_their_folder(qtbot, demo_db, tmp_path, folders_opened, monkeypatch):
    store = open_database(str(demo_db))
    try:
        window = DeskWindow(store, unit_conference(store, store.unit_id).id)
        qtbot.addWidget(window)
        panel = window.show_section("progress")
        (tmp_path / "bieu-do").mkdir()
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "bieu-do"))
        )
        panel.save_button.click()  # as the official does: the button, then the folder
        written = sorted((tmp_path / "bieu-do").glob("*.png"))
        assert len(written) == 3 and all(p.stat().st_size > 2000 for p in written)
        assert (
            "Đã lưu 3 biểu đồ vào thư mục" in window.saved.text()
            and str(tmp_path / "bieu-do") in window.saved.text()
        )
        window.saved.open_folder()
        assert folders_opened == [tmp_path / "bieu-do"]
        window.close()
    finally:
        store.close()


def test_an_exported_plan_is_named_with_its_folder(qtbot, desk, tmp_path, folders_opened):
    from PySide6.QtGui import QUndoStack

    from app.ui.plan_editor import PlanDialog

    dialog = PlanDialog(desk.store, QUndoStack())
    qtbot.addWidget(dialog)
    assert dialog.code is not None and dialog.saved.isHidden()
    (tmp_path / "ke-hoach").mkdir()
    out = dialog.export_file(tmp_path / "ke-hoach" / "ke-hoach.json")
    assert (
        out is not None and out.exists() and str(out) in dialog.saved.text() and not dialog.saved.isHidden()
    )
    dialog.saved.button.click()
    assert folders_opened == [tmp_path / "ke-hoach"]
