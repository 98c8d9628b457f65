"""The USB sync dialog, driven as an official would: send from the commune, receive at the district."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.ui.sync_dialog import SyncDialog, removable_drives
from tests.syncing import COMMUNE, DISTRICT, opened


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
    volumes = [FakeVolume("/", b"ext4"), FakeVolume("/media/canbo/USB-XA", b"vfat"),
               FakeVolume("/media/canbo/CDROM", b"iso9660", read_only=True), FakeVolume("/home", b"ext4")]
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
        assert len(written) == 1 and str(written[0]) in dialog.send_status.text()
        dialog.tabs.setCurrentIndex(0)
        dialog.grab().save(str(tmp_path / "sync-send.png"))

    with sqlite3.connect(trio.db(DISTRICT)) as con:  # the district has never seen this commune's key
        con.execute("delete from sync_peers where unit_code = ?", (COMMUNE,))
    asked: list[str] = []

    def answer(_parent, _title, text, *args):  # noqa: ANN001, ANN002, ANN202
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
        assert len(asked) == 1 and "Vân tay khóa" in asked[0]
        assert [p.status for p in dialog.last_result.previews] == ["imported"]
        assert "ĐÃ NHẬP" in dialog.summary.toPlainText() and dialog.save_button.isEnabled()
        dialog.resize(900, 640)
        dialog.grab().save(str(tmp_path / "sync-receive.png"))
        dialog.tabs.setCurrentIndex(2)
        assert any(dialog.peers.item(i).text().startswith(COMMUNE) for i in range(dialog.peers.count()))
        dialog.grab().save(str(tmp_path / "sync-keys.png"))
    count = sqlite3.connect(trio.db(DISTRICT)).execute(
        "select count(*) from honorees h join units u on u.id = h.owner_unit_id where u.code = ?", (COMMUNE,)).fetchone()
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
    achievement = sqlite3.connect(trio.db(DISTRICT)).execute(
        "select achievement from honorees where id = ?", (record,)).fetchone()[0]
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
