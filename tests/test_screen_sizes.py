"""The desk, the print preview and every dialog fit a 1366×768 laptop and a 1024×768 office PC:
the whole window (title bar included) on the screen, nothing squeezed below its minimum, the
status bar in view, the preview's "whole page" really the whole page.

Two ways to a small screen, both used: in this process the one function that reads the screen
(``app.ui.screen.available_area``) is told to assume a screen (``assume_screen``: 1366×768 and
1024×768 less a 40-pixel taskbar), so every constructor sizes itself for it; and a child process runs the real
window on Qt's offscreen platform with a screen of that size (``QT_QPA_PLATFORM=
"offscreen:configfile=screen.json"``, the plugin's ``screens`` setting), where QScreen itself
reports the small geometry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QGraphicsView, QScrollArea, QWidget

from app.cli.main import main
from app.services.conference import unit_conference
from app.services.database import open_database
from app.ui import screen as screen_module
from app.ui.screen import fits

AREAS = {"1366x768": QRect(0, 0, 1366, 728), "1024x768": QRect(0, 0, 1024, 728)}


@pytest.fixture(params=list(AREAS))
def area(request) -> QRect:
    width, height = map(int, request.param.split("x"))
    screen_module.assume_screen((width, height))  # what every window now sizes itself for
    yield AREAS[request.param]
    screen_module.assume_screen(None)


def shown(widget: QWidget) -> QWidget:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def assert_fits(widget: QWidget, area: QRect) -> None:
    assert fits(shown(widget), area), (
        f"{type(widget).__name__} at {widget.geometry()} (needs at least "
        f"{widget.minimumSizeHint()}) does not fit {area}"
    )


def test_the_desk_fits_with_every_section_and_its_status_bar_in_view(qtbot, demo_db, area, tmp_path):
    from app.ui.desk import DeskWindow

    store = open_database(str(demo_db))  # the province: every section, the units-below ones too
    try:
        window = DeskWindow(store, unit_conference(store, store.unit_id).id)
        qtbot.addWidget(window)
        window.saved.show_saved(
            tmp_path / ("rất-dài-" * 30) / "danh-sach.xlsx"
        )  # a long path never widens it
        shown(window)
        assert window.minimumSizeHint().width() <= 1000
        for row in range(window.nav.count()):
            if window.nav.item(row).isHidden():
                continue
            window.nav.setCurrentRow(row)
            QApplication.processEvents()
            assert_fits(window, area)
            page = window.stack.currentWidget()
            panel = page.widget() if isinstance(page, QScrollArea) else page
            assert panel.minimumSizeHint().width() <= page.width(), f"{window.current_key()} scrolls sideways"
            status = window.statusBar()
            bottom = status.mapTo(window, QPoint(0, status.height())).y()
            assert status.isVisible() and bottom <= window.height()
            assert window.saved.isVisible() and window.saved.button.isVisible()
        window.close()
    finally:
        store.close()


def test_a_window_saved_on_a_bigger_screen_comes_back_on_this_one(qtbot, tmp_path, area):
    from app.ui.desk import DeskWindow
    from app.ui.settings import app_settings

    big = DeskWindow()
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1900, 1040)  # the desk on a 1920×1080 monitor, then the laptop alone
    app_settings().setValue("desk/geometry", big.saveGeometry())
    window = DeskWindow()
    qtbot.addWidget(window)
    assert_fits(window, area)


def test_the_print_preview_fits_and_shows_the_whole_page(qtbot, demo_db, area, tmp_path):
    from app.services.printing import render_document
    from app.ui.print_preview import PrintPreview

    store = open_database(str(demo_db))
    try:
        pdf = render_document(store, "programme", tmp_path / "ct.pdf", "23083")
    finally:
        store.close()
    dialog = PrintPreview(pdf, "Chương trình", "ct.pdf")
    qtbot.addWidget(dialog)
    assert_fits(dialog, area)
    assert dialog.height() >= area.height() - 60  # as tall as the screen allows
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    view = dialog.preview.findChild(QGraphicsView)

    def whole_page() -> bool:
        QApplication.processEvents()
        pages = [view.mapFromScene(item.sceneBoundingRect()).boundingRect() for item in view.scene().items()]
        return bool(pages) and view.viewport().rect().contains(pages[0])

    assert whole_page()  # the preview opens on the whole page
    dialog.preview.zoomIn()
    dialog.preview.zoomIn()
    assert not whole_page()
    dialog.preview.fitInView()  # "Xem cả trang"
    assert whole_page()


def test_every_dialog_fits(qtbot, demo_store, area, tmp_path):
    from app.ui.jobs import Job
    from app.ui.spreadsheet_dialog import ImportDialog
    from app.ui.sync_dialog import SyncDialog
    from app.ui.wizard import FirstRunWizard

    sheet = tmp_path / "ds.csv"
    sheet.write_text(
        "Họ và tên,Năm sinh,Thành tích\nNguyễn Văn Bình,1980,Hoàn thành xuất sắc nhiệm vụ\n", encoding="utf-8"
    )
    from PySide6.QtGui import QUndoStack

    from app.ui.about import AboutDialog
    from app.ui.award_dialogs import CertificateDialog
    from app.ui.backup_dialog import RestoreDialog
    from app.ui.plan_editor import PlanDialog

    conference = unit_conference(demo_store, demo_store.unit_id).id
    dialogs: list[QWidget] = [
        SyncDialog(demo_store),
        ImportDialog(demo_store, "honorees", sheet),
        Job(None, "Đang chuẩn bị bản in", lambda _p: None).dialog,
        PlanDialog(demo_store, QUndoStack()),
        RestoreDialog(),
        AboutDialog(str(tmp_path)),
        CertificateDialog(demo_store, conference, lambda _title, work: work(None)),
    ]
    new = open_database(str(tmp_path / "new.sqlite"))
    try:
        wizard = FirstRunWizard(new)
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert_fits(dialog, area)
        assert_fits(wizard, area)
        wizard.hide()
        wizard.deleteLater()
    finally:
        new.close()


SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services.conference import unit_conference
from app.services.database import open_database
from app.services.printing import render_document
from app.ui.desk import DeskWindow
from app.ui.print_preview import PrintPreview
from app.ui.screen import fits
store = open_database(sys.argv[1])
conference = unit_conference(store, store.unit_id).id
window = DeskWindow(store, conference)
window.show()
app.processEvents()
area = app.primaryScreen().availableGeometry()
status = window.statusBar()
preview = PrintPreview(render_document(store, "programme", Path(sys.argv[2]), conference), "CT", "ct.pdf", window)
preview.show()
app.processEvents()
print(json.dumps({"screen": list(area.getRect()), "window": list(window.frameGeometry().getRect()),
                  "preview": list(preview.frameGeometry().getRect()), "fits": [fits(window, area), fits(preview, area)],
                  "status_bottom": status.mapTo(window, QPoint(0, status.height())).y(), "height": window.height()}))
"""


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_on_a_real_small_screen(tmp_path, size):
    """QScreen itself reports the small screen (the offscreen platform's configured screen)."""
    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": size[0],
                        "height": size[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), str(tmp_path / "ct.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [0, 0, *size]
    screen = QRect(*result["screen"])
    for name in ("window", "preview"):
        assert screen.contains(QRect(*result[name])), f"{name} {result[name]} is off a {size} screen"
    assert result["fits"] == [True, True] and result["status_bottom"] <= result["height"]


def test_screenshots_at_a_given_screen_size(tmp_path, capsys):
    from PIL import Image

    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "screenshots", "--out", str(tmp_path / "shots"), "--size", "1024x768"]) == 0
    files = [Path(name) for name in capsys.readouterr().out.split()]
    sizes = {f.name: Image.open(f).size for f in files}
    assert sizes["01-unit.png"] == (
        1024 - 16,
        768 - 40 - 39,
    )  # the whole screen but the taskbar and the frame
    assert all(w <= 1024 and h <= 728 for w, h in sizes.values())
    assert "12-sync-send.png" in sizes and screen_module.available_area() != QRect(0, 0, 1024, 728)
    with pytest.raises(SystemExit) as refused:  # a usage error: one line, exit 1
        main(["--db", str(db), "screenshots", "--out", str(tmp_path / "x"), "--size", "12"])
    assert refused.value.code == 1 and "1024x768" in capsys.readouterr().err
