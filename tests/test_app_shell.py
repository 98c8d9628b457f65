"""The app as a product: one version everywhere, the About box, the File menu's backup entries,
a double-clicked bundle, and the self-test."""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import app
from app.cli.main import _bundle_argument, main
from app.services.database import open_database
from app.store.backup import list_backups, parse_name
from app.ui.desk import DeskWindow
from tests.syncing import COMMUNE, DISTRICT, opened


@pytest.fixture
def commune_desk(demo_desk):
    window = demo_desk("23083", "xã.sqlite")
    return window


def test_version_is_one_value_everywhere(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"hoinghi {app.__version__}"
    from importlib.metadata import version

    assert version("hoinghi-dhtt") == app.__version__, "the wheel's metadata reads the same attribute"


def test_bundle_manifest_names_the_sending_software(trio):
    path = trio.export(COMMUNE)
    from app.sync.bundle import read_bundle

    assert read_bundle(path).manifest["software"] == f"hoinghi {app.__version__}"


def test_about_box_says_where_everything_is(qtbot, commune_desk, _isolated_home):
    from PySide6.QtCore import qVersion

    from app.ui.about import AboutDialog

    dialog = AboutDialog(str(commune_desk.store.path), commune_desk)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    for fact in (
        app.__version__,
        str(_isolated_home),
        str(commune_desk.store.path),
        "hoinghi-errors.log",
        qVersion(),
        "Python",
        "SIL Open Font License",
    ):
        assert fact in text
    menus = {a.text(): a for a in commune_desk.menuBar().actions()}
    help_actions = [a.text() for a in menus["Trợ &giúp"].menu().actions()]
    assert help_actions == ["Giới thiệu Hội nghị ĐHTT…"]


def test_file_menu_backup_now_restore_and_copy_to_usb(
    qtbot, commune_desk, tmp_path, monkeypatch, _isolated_home
):
    file_menu = next(a.menu() for a in commune_desk.menuBar().actions() if a.text() == "&Tệp")
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:3] == ["Sao lưu ngay", "Khôi phục từ bản sao lưu…", "Chép cơ sở dữ liệu ra USB…"]

    db = commune_desk.store.path
    backup = commune_desk.backup()
    assert backup.parent == _isolated_home / "backups"
    usb = tmp_path / "USB KINGSTON"
    usb.mkdir()
    copy = commune_desk.copy_to_usb(usb)
    assert (
        copy.parent == usb and sqlite3.connect(copy).execute("pragma integrity_check").fetchone()[0] == "ok"
    )

    panel = commune_desk.show_section("honorees")
    before = panel.model.rowCount()
    commune_desk.store.close()
    with sqlite3.connect(db) as con:
        con.execute("delete from honorees")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    windows = []
    monkeypatch.setattr(
        "app.ui.desk.reopen", lambda window, path: windows.append(DeskWindow()) or windows[-1]
    )
    assert commune_desk.restore_backup(backup)
    assert sqlite3.connect(db).execute("select count(*) from honorees").fetchone()[0] == before
    replaced = [b for b in list_backups(_isolated_home / "backups") if b.reason == "truoc-khoi-phuc"]
    assert len(replaced) == 1
    assert sqlite3.connect(replaced[0].path).execute("select count(*) from honorees").fetchone()[0] == 0
    assert len(windows) == 1


def test_restore_dialog_previews_before_anything_is_replaced(qtbot, commune_desk, _isolated_home):
    from app.ui.backup_dialog import RestoreDialog

    commune_desk.backup()
    raw = Path(commune_desk.store.path).read_bytes()
    dialog = RestoreDialog(commune_desk)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    text = dialog.preview.toPlainText()
    assert "23083" in text and "Điển hình tiên tiến" in text and "Lập lúc" in text
    assert dialog.restore_button.isEnabled() and dialog.chosen is not None
    dialog.reject()
    assert Path(commune_desk.store.path).read_bytes() == raw


def test_restore_dialog_lists_this_databases_backups_and_refuses_another_units(
    qtbot, commune_desk, tmp_path, monkeypatch, _isolated_home
):
    """Khôi phục listed the backups of every database of the data folder, with no column saying
    whose, and restored a district's backup over the commune's database."""
    from PySide6.QtWidgets import QApplication

    from app.store.backup import automatic_backup
    from app.ui.backup_dialog import RestoreDialog

    district = tmp_path / "huyện.sqlite"
    assert main(["--db", str(district), "demo", "--as-unit", "593"]) == 0
    theirs = automatic_backup(district, "")
    empty = tmp_path / "trống.sqlite"
    open_database(str(empty)).close()
    blank = automatic_backup(empty, "")
    mine = commune_desk.backup()
    raw = Path(commune_desk.store.path).read_bytes()

    dialog = RestoreDialog(commune_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.summaries[0].path == mine
    assert dialog.table.isColumnHidden(5) and dialog.restore_button.isEnabled()
    assert (
        not dialog.others.isChecked()
        and dialog.others.text() == "Hiện bản sao lưu của các cơ sở dữ liệu khác"
    )

    dialog.others.setChecked(True)
    assert dialog.table.rowCount() == 3 and not dialog.table.isColumnHidden(5)
    header = dialog.table.horizontalHeaderItem(5).text()
    rows = {dialog.table.item(r, 5).text(): r for r in range(3)}
    assert header == "Cơ sở dữ liệu" and set(rows) == {"xã", "huyện", "trống"}
    assert "593 — " in dialog.table.item(rows["huyện"], 2).text()
    assert "23083 — Xã Hàm Chính" == dialog.table.item(rows["xã"], 2).text()
    dialog.table.selectRow(rows["huyện"])
    text = dialog.preview.toPlainText()
    assert "Không khôi phục được" in text and "tệp mới" in text and not dialog.restore_button.isEnabled()
    dialog.table.selectRow(rows["trống"])
    assert "chưa gắn với đơn vị nào" in dialog.preview.toPlainText() and dialog.restore_button.isEnabled()
    dialog.table.selectRow(rows["xã"])
    assert dialog.restore_button.isEnabled() and dialog.chosen.path == mine
    dialog.reject()

    # the window refuses the district's backup before closing anything, in one sentence
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert not commune_desk.restore_backup(theirs)
    assert len(said) == 1 and "593" in said[0] and "\n" not in said[0]
    assert commune_desk.store.engine is not None and Path(commune_desk.store.path).read_bytes() == raw
    assert blank.exists()
    QApplication.processEvents()


def test_reopen_shows_a_new_window_on_the_database(qtbot, commune_desk):
    from app.ui.desk import reopen

    db = str(commune_desk.store.path)
    commune_desk.store.close()
    fresh = reopen(commune_desk, db)
    qtbot.addWidget(fresh)
    assert fresh.store is not None and fresh.unit.code == "23083"
    commune_desk.store = fresh.store  # the fixture closes it


def test_a_double_clicked_bundle_opens_the_window_on_its_import_preview(qtbot, trio, monkeypatch):
    bundle = trio.export(COMMUNE)
    assert _bundle_argument([str(bundle)]) == str(bundle)
    argv = ["--db", "x.sqlite", "bundle", "import", str(bundle)]
    assert _bundle_argument(list(argv)) is None, "a sub-command's own file is left alone"
    opened_with = {}
    monkeypatch.setattr(
        "app.ui.desk.run_desk", lambda db, bundle=None: opened_with.update(db=db, bundle=bundle) or 0
    )
    assert main(["--db", str(trio.db(DISTRICT)), str(bundle)]) == 0
    assert opened_with == {"db": str(trio.db(DISTRICT)), "bundle": bundle}

    from app.ui.sync_dialog import SyncDialog

    with opened(trio.db(DISTRICT)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        result = dialog.preview_file(bundle)
        assert dialog.tabs.currentIndex() == 1
        assert [p.status for p in result.previews] == ["ready"]
        assert bundle.name in dialog.summary.toPlainText()
        assert dialog.folder() == bundle.parent.resolve()


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_self_test_passes_and_leaves_no_trace(tmp_path, _isolated_home):
    from app.selftest import self_test

    out = io.StringIO()
    assert self_test(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert sum(line.startswith("[ OK ]") for line in lines) == 8 and "8/8" in lines[-1]
    assert not any(_isolated_home.iterdir()), "the user's data folder is never touched"


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_self_test_keeps_its_trial_keys_out_of_the_credential_store_and_checks_it_on_windows(monkeypatch):
    from app.selftest import self_test
    from app.sync import keystore

    monkeypatch.delenv("HOINGHI_KEYSTORE")  # this PC's own setting: the credential store if any
    saved: list[str | None] = []
    real = keystore._write_file

    def writing(path: Path, text: str) -> None:
        saved.append(os.environ.get("HOINGHI_KEYSTORE"))
        real(path, text)

    monkeypatch.setattr(keystore, "_write_file", writing)
    assert self_test(io.StringIO()) == 0
    assert saved and set(saved) == {"file"}  # the trial installations' keys went to their temporary folder
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(keystore, "backend_name", lambda: None)
    out = io.StringIO()
    assert self_test(out) == 1 and "Credential Manager is not reachable" in out.getvalue()


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_self_test_reports_a_failing_step_and_exits_1(monkeypatch):
    from app.selftest import self_test

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr("app.services.printing.render_document", broken)
    out = io.StringIO()
    assert self_test(out) == 1
    text = out.getvalue()
    assert text.count("[LỖI]") == 2 and "disk full" in text and "KHÔNG ĐẠT" in text


def test_backup_names_parse_for_every_reason():
    for label, reason in (
        ("", ""),
        ("hang-ngay", "hang-ngay"),
        ("truoc-nang-cap-0007", "truoc-nang-cap"),
        ("truoc-khoi-phuc", "truoc-khoi-phuc"),
    ):
        name = f"Cơ sở dữ liệu-20250102-030405{'-' + label if label else ''}_2.sqlite"
        parsed = parse_name(Path(name))
        assert parsed.stem == "Cơ sở dữ liệu" and parsed.reason == reason and parsed.number == 2
        assert parsed.at.hour == 3
    assert parse_name(Path("notes.sqlite")) is None


def test_file_menu_entries_work_from_the_menu(qtbot, commune_desk, tmp_path, monkeypatch, _isolated_home):
    """Triggered as a click does (QAction passes `checked`), not only as method calls."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from app.ui.backup_dialog import RestoreDialog
    from app.ui.sync_dialog import SyncDialog

    file_menu = next(a.menu() for a in commune_desk.menuBar().actions() if a.text() == "&Tệp")
    actions = {a.text(): a for a in file_menu.actions()}
    raw = Path(commune_desk.store.path).read_bytes()
    actions["Sao lưu ngay"].trigger()
    assert len(list_backups(_isolated_home / "backups")) == 1
    usb = tmp_path / "E"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    actions["Chép cơ sở dữ liệu ra USB…"].trigger()
    assert len(list(usb.glob("*.sqlite"))) == 1
    shown = []
    monkeypatch.setattr(
        RestoreDialog, "exec", lambda self: shown.append(self.table.rowCount()) or QDialog.DialogCode.Rejected
    )
    actions["Khôi phục từ bản sao lưu…"].trigger()
    assert shown == [1], "the dialog lists the backup, and Cancel changes nothing"
    monkeypatch.setattr(SyncDialog, "exec", lambda self: shown.append("sync") or 0)
    actions["Trao đổi dữ liệu qua USB…"].trigger()
    assert shown[-1] == "sync"
    assert Path(commune_desk.store.path).read_bytes() == raw
    assert not (_isolated_home / "hoinghi-errors.log").exists()


def test_about_box_and_restore_preview_in_english(qtbot, commune_desk, _isolated_home):
    from app.ui.about import AboutDialog
    from app.ui.backup_dialog import RestoreDialog

    commune_desk.backup()
    commune_desk.set_language("en")
    try:
        dialog = AboutDialog(str(commune_desk.store.path), commune_desk)
        qtbot.addWidget(dialog)
        assert "Data folder" in dialog.text.text() and "Thư mục dữ liệu" not in dialog.text.text()
        restore = RestoreDialog(commune_desk, english=True)
        qtbot.addWidget(restore)
        text = restore.preview.toPlainText()
        assert "Honorees" in text and "on request" in text and "Lập lúc" not in text
        assert restore.restore_button.text() == "Restore this one"
    finally:
        commune_desk.set_language("vi")
