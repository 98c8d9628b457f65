"""The USB sync dialog, driven as an official would: send from the commune, receive at the district."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from app.ui.sync_dialog import SyncDialog, removable_drives
from tests.syncing import COMMUNE, DISTRICT, PROVINCE, opened


class FakeVolume:
    def __init__(self, root: str, fs: bytes, read_only: bool = False) -> None:
        self.root, self.fs, self.read_only = root, fs, read_only

    def isValid(self) -> bool:  # noqa: N802
        return True

    def isReady(self) -> bool:  # noqa: N802
        return True

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.read_only

    def rootPath(self) -> str:  # noqa: N802
        return self.root

    def fileSystemType(self) -> bytes:  # noqa: N802
        return self.fs

    def displayName(self) -> str:  # noqa: N802
        return Path(self.root).name

    def bytesAvailable(self) -> int:  # noqa: N802
        return 3 << 30


def test_removable_drives_leave_out_the_system_disk_and_read_only_media():
    volumes = [
        FakeVolume("/", b"ext4"),
        FakeVolume("/media/canbo/USB-XA", b"vfat"),
        FakeVolume("/media/canbo/CDROM", b"iso9660", read_only=True),
        FakeVolume("/home", b"ext4"),
    ]
    found = removable_drives(volumes)  # type: ignore[arg-type]
    assert [path for _, path in found] == [Path("/media/canbo/USB-XA")]
    assert "USB-XA" in found[0][0] and "GB" in found[0][0]


def test_send_from_the_commune_and_receive_at_the_district(qtbot, trio, tmp_path, monkeypatch):
    with opened(trio.db(COMMUNE)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        dialog.set_folder(trio.usb)
        assert dialog.folder() == trio.usb
        assert dialog.recipient.currentData() == DISTRICT
        dialog.send()
        written = list(trio.usb.glob(f"{COMMUNE}_*.hnb"))
        assert len(written) == 1 and str(written[0]) in dialog.saved.text() and not dialog.saved.isHidden()
        assert "Rút USB an toàn" in dialog.send_status.text()
        dialog.tabs.setCurrentIndex(0)
        dialog.grab().save(str(tmp_path / "sync-send.png"))

    with sqlite3.connect(trio.db(DISTRICT)) as con:  # the district has never seen this commune's key
        con.execute("delete from sync_peers where unit_code = ?", (COMMUNE,))
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with opened(trio.db(DISTRICT)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.folder() == trio.usb  # remembered from last time
        assert dialog.bundles.count() == 1
        dialog.tabs.setCurrentIndex(1)
        dialog.receive()
        assert len(asked) == 1 and "Mã nhận diện máy" in asked[0] and "hoinghi" not in asked[0]
        assert [p.status for p in dialog.last_result.previews] == ["imported"]
        assert "ĐÃ NHẬP" in dialog.summary.toPlainText() and dialog.save_button.isEnabled()
        # when the bundle was made, as every date is shown (it said "lập lúc 2026-11-26T12:31:42")
        made = re.search(r"lập lúc (\S+ \S+)", dialog.summary.toPlainText()).group(1)
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", made), made
        dialog.resize(900, 640)
        dialog.grab().save(str(tmp_path / "sync-receive.png"))
        dialog.tabs.setCurrentIndex(2)
        assert any(dialog.peers.item(i).text().startswith(COMMUNE) for i in range(dialog.peers.count()))
        dialog.grab().save(str(tmp_path / "sync-keys.png"))
    count = (
        sqlite3.connect(trio.db(DISTRICT))
        .execute(
            "select count(*) from honorees h join units u on u.id = h.owner_unit_id where u.code = ?",
            (COMMUNE,),
        )
        .fetchone()
    )
    assert count[0] > 0


def test_a_refused_bundle_is_shown_with_its_reason(qtbot, trio):
    bad = trio.usb / f"{COMMUNE}_20250101_5.hnb"
    bad.write_bytes(b"PK\x03\x04 hong")
    with opened(trio.db(DISTRICT)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        dialog.set_folder(trio.usb)
        dialog.receive()
        text = dialog.summary.toPlainText()
        assert "BỊ TỪ CHỐI" in text and "1 gói bị từ chối" in text


def test_a_conflict_is_listed_and_settled_in_the_dialog(qtbot, trio):
    from app.sync.exchange import export_bundle, import_bundles
    from tests.syncing import second_pc
    from tests.test_sync import edit_first_honoree

    trio.load(DISTRICT, trio.export(COMMUNE))
    second = second_pc(trio.db(COMMUNE), trio.folder / "c2.sqlite", "aaaaaaaa-0000-4000-8000-000000000009")
    record = edit_first_honoree(trio.db(COMMUNE), "Máy một")
    edit_first_honoree(second, "Máy hai")
    with opened(second) as store:
        other = export_bundle(store, trio.usb).path
    trio.load(DISTRICT, trio.export(COMMUNE))
    with opened(trio.db(DISTRICT)) as store:
        import_bundles(store, [other])
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.conflicts.count() == 1 and dialog.tabs.tabText(3) == "Xung đột (1)"
        dialog.tabs.setCurrentIndex(3)
        dialog.grab().save(str(trio.folder / "sync-conflicts.png"))
        dialog.conflicts.setCurrentRow(0)
        dialog.settle("local")
        assert dialog.conflicts.count() == 0
    achievement = (
        sqlite3.connect(trio.db(DISTRICT))
        .execute("select achievement from honorees where id = ?", (record,))
        .fetchone()[0]
    )
    assert achievement == "Máy một"


def test_the_fingerprint_card_prints_to_pdf(qtbot, trio, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    with opened(trio.db(COMMUNE)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "van-tay.pdf"))
        assert dialog.print_card(printer)
        fingerprint = dialog.fingerprint.text()
    text = PdfReader(str(tmp_path / "van-tay.pdf")).pages[0].extract_text()
    assert fingerprint in text.replace("\n", "") and COMMUNE in text


def visible_texts(widget: QWidget) -> list[str]:
    """Every text an official can read in *widget*: labels, buttons, tabs, list and combo entries,
    tooltips, window title."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
    return [t for t in texts if t]


def test_the_first_send_is_guided_in_place(qtbot, trio, tmp_path, monkeypatch):
    """A commune PC that never received the district's registration file: the Send tab says so,
    takes the file in (refusing another unit's), shows the code to compare, then sends."""
    from app.sync.keys import write_registration

    for code in (DISTRICT, PROVINCE):
        with opened(trio.db(code)) as store:
            write_registration(store, tmp_path / f"{code}.hnk")
    with sqlite3.connect(trio.db(COMMUNE)) as con:
        con.execute("delete from sync_peers where unit_code = ?", (DISTRICT,))
    asked: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    chosen = [tmp_path / f"{PROVINCE}.hnk", tmp_path / f"{DISTRICT}.hnk"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen.pop(0)), ""))
    with opened(trio.db(COMMUNE)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        dialog.set_folder(trio.usb)
        dialog.show()
        assert (
            dialog.recipient.currentData() == DISTRICT
            and "chưa nhận tệp đăng ký" in dialog.recipient.currentText()
        )
        assert dialog.guide.isVisible() and not dialog.send_button.isEnabled()
        assert "Chưa gửi được" in dialog.guide_text.text() and "mã nhận diện máy" in dialog.guide_text.text()
        assert dialog.guide_button.isVisible() and "Nhận tệp đăng ký" in dialog.guide_button.text()
        dialog.grab().save(str(tmp_path / "sync-first-send.png"))
        texts = visible_texts(dialog)
        assert not [t for t in texts if "hoinghi " in t or "vân tay" in t.lower() or "dự phòng" in t]
        dialog.send()  # nothing to do yet: the guide says what comes first
        assert not list(trio.usb.glob("*.hnb"))

        dialog.guide_button.click()  # the province's file by mistake: refused, nothing accepted
        assert len(warned) == 1 and "không phải của" in warned[0] and not asked
        assert dialog.guide.isVisible()
        dialog.guide_button.click()  # the district's file
        assert len(asked) == 1 and "hoinghi" not in asked[0]
        with opened(trio.db(DISTRICT)) as district:
            from app.sync.keys import installation_identity

            assert installation_identity(district).public().fingerprint in asked[0]
        assert not dialog.guide.isVisible() and dialog.send_button.isEnabled()
        assert (
            dialog.recipient.currentData() == DISTRICT and "chưa nhận" not in dialog.recipient.currentText()
        )
        dialog.send_button.click()
        written = list(trio.usb.glob(f"{COMMUNE}_*.hnb"))
        assert len(written) == 1 and str(written[0]) in dialog.saved.text()
        assert not [t for t in visible_texts(dialog) if "hoinghi " in t]
        assert not warned[1:]
    assert trio.preview(DISTRICT, written[0])[0].status == "ready"


def test_every_file_the_dialog_writes_is_named_with_its_folder(qtbot, trio, tmp_path, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QInputDialog

    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    targets = [tmp_path / "dang-ky.hnk", tmp_path / "khoi-phuc" / "kp.hnk"]
    targets[1].parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(targets.pop(0)), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("một mật khẩu dài", True))
    with opened(trio.db(COMMUNE)) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        dialog.export_registration()
        assert str(tmp_path / "dang-ky.hnk") in dialog.saved.text() and (tmp_path / "dang-ky.hnk").exists()
        dialog.export_recovery()
        assert str(tmp_path / "khoi-phuc" / "kp.hnk") in dialog.saved.text()
        dialog.saved.button.click()
    assert [u.toLocalFile() for u in opened_urls] == [str(tmp_path / "khoi-phuc")]
