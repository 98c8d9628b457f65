"""Operations that say what changed, and an undo history that never writes over what arrived.

Every write of the desk returns ``Changes`` (the records and their new change numbers); the window
announces them once and each list refreshes itself. An undo step carries the version it expects:
one whose record changed since — a bundle, a spreadsheet import, another officer on the same
database — is refused with a message in the window's language, and the value that arrived stays.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.services.changes import Changes, current_versions
from app.services.conference import unit_conference
from app.services.database import open_database
from app.services.records import SPECS, RecordSource
from app.store.models import Honoree, ReviewNote
from app.ui.desk import DeskWindow
from tests.syncing import COMMUNE, DISTRICT, opened


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes the window shows (instead of waiting for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )
    return shown


def open_desk(qtbot, path: Path) -> DeskWindow:
    store = open_database(str(path))
    window = DeskWindow(store, unit_conference(store, store.unit_id).id)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def commune(tmp_path: Path, unit_demo) -> Path:
    db = tmp_path / "commune.sqlite"
    unit_demo(COMMUNE, db)
    return db


def edit_first_name(desk: DeskWindow, text: str) -> str:
    """Type *text* into the first honoree's achievement cell; the record's id."""
    desk.show_section("honorees")
    model = desk.models["honorees"]
    column = [c.key for c in model.source.spec.columns].index("achievement")
    assert model.setData(model.index(0, column), text)
    return model.rows[0]["id"]


def press_undo(desk: DeskWindow) -> None:
    """Ctrl+Z: the window's Undo action (its shortcut; a disabled action does nothing)."""
    assert desk.acts["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    desk.acts["undo"].trigger()


def stored_name(path: Path, record_id: str) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("select achievement from honorees where id = ?", (record_id,)).fetchone()[0]


def test_a_write_reports_the_records_it_changed_and_their_new_versions(demo_store):
    source = RecordSource(
        demo_store,
        SPECS["agenda_items"],
        unit_id=demo_store.unit_id,
        conference_id=unit_conference(demo_store, demo_store.unit_id).id,
    )
    first, second = (row["id"] for row in source.page(0, 2))
    changes = source.update(first, "minutes", 42)
    assert changes.tables == {"agenda_items"} and first in changes.ids
    assert current_versions(demo_store, changes.versions) == dict(changes.versions)
    _old, changes = source.move(second, 0)  # a move renumbers its neighbours: each one is reported
    assert second in changes.ids and len(changes.ids) >= 2 and changes.tables == {"agenda_items"}
    assert not source.update(first, "minutes", 42)  # nothing written, nothing reported
    assert Changes.of_tables(["honorees"]).touches("honorees") and not Changes().touches("honorees")


def test_undo_is_refused_when_another_officer_changed_the_honoree_since(qtbot, commune, warnings):
    """The office server: another officer writes the same record between the edit and Ctrl+Z."""
    desk = open_desk(qtbot, commune)
    record = edit_first_name(desk, "Nguyễn Văn Sửa Ở Đây")
    with opened(commune) as other, other.session() as session:  # the other officer's PC
        session.get(Honoree, record).achievement = "Trần Thị Máy Khác"
    press_undo(desk)
    assert stored_name(commune, record) == "Trần Thị Máy Khác"  # never written back over
    assert len(warnings) == 1 and "Không hoàn tác được" in warnings[0] and "ở nơi khác" in warnings[0]
    assert "Không hoàn tác được" in desk.statusBar().currentMessage()
    assert desk.undo.count() == 0  # the step (and those below it) can never be undone now
    desk.store.close()


def test_redo_is_refused_too_and_the_english_window_says_so_in_english(qtbot, commune, warnings, request):
    desk = open_desk(qtbot, commune)
    desk.set_language("en")
    request.addfinalizer(lambda: desk.set_language("vi"))
    record = edit_first_name(desk, "Nguyễn Văn Sửa Ở Đây")
    before = desk.models["honorees"].rows[0]["achievement"]
    press_undo(desk)  # nothing else happened: undone as usual
    assert stored_name(commune, record) != "Nguyễn Văn Sửa Ở Đây" and not warnings
    with opened(commune) as other, other.session() as session:
        session.get(Honoree, record).achievement = "Trần Thị Máy Khác"
    desk.acts["redo"].trigger()  # Ctrl+Y
    assert stored_name(commune, record) == "Trần Thị Máy Khác"
    assert len(warnings) == 1 and warnings[0].startswith("Cannot redo") and "changed elsewhere" in warnings[0]
    assert before != "Trần Thị Máy Khác"
    desk.set_language("vi")
    desk.store.close()


def test_undo_after_a_bundle_changed_the_note_is_refused_and_the_answer_kept(
    qtbot, trio, monkeypatch, warnings
):
    """The district writes a review note on a commune's honoree (one undoable step); the commune
    answers it and sends its bundle; the district imports it through the window: the history is
    cleared and the status line says so; Ctrl+Z then says why nothing is undone — the commune's
    answer is kept, the note not taken back."""
    from app.services import reviews
    from app.ui.sync_dialog import SyncDialog

    trio.load(DISTRICT, trio.export(COMMUNE))
    desk = open_desk(qtbot, trio.db(DISTRICT))
    panel = desk.show_section("all_honorees")
    panel.view.selectRow(0)
    assert panel.write_note("Đề nghị bổ sung số quyết định khen thưởng.") == 1
    assert desk.undo.count() == 1 and desk.acts["undo"].isEnabled()
    with sqlite3.connect(trio.db(DISTRICT)) as con:
        [(note_id,)] = con.execute("select id from review_notes where deleted = 0").fetchall()

    trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))
    with opened(trio.db(COMMUNE)) as store:
        reviews.resolve_note(store, note_id, "Đã bổ sung Quyết định số 15/QĐ-UBND.")
    trio.export(COMMUNE)

    def receive(dialog: SyncDialog) -> int:  # the official picks the stick and imports
        dialog.set_folder(trio.usb)
        dialog.receive()
        return 0

    monkeypatch.setattr(SyncDialog, "exec", receive)
    desk.open_sync()
    message = desk.statusBar().currentMessage()
    assert "Nhập gói dữ liệu" in message and "lịch sử hoàn tác đã xóa" in message
    assert desk.undo.count() == 0 and desk.acts["undo"].isEnabled()  # Ctrl+Z still answers
    press_undo(desk)
    assert len(warnings) == 1 and "lịch sử hoàn tác đã xóa" in warnings[0]
    with opened(trio.db(DISTRICT)) as store, store.session() as session:
        note = session.scalars(select(ReviewNote).where(ReviewNote.id == note_id)).one()
        assert (note.deleted, note.status, note.resolution) == (
            False,
            "resolved",
            "Đã bổ sung Quyết định số 15/QĐ-UBND.",
        )
    assert not desk.acts["undo"].isEnabled()  # told once; Undo rests until the next edit
    desk.store.close()


def test_a_spreadsheet_import_into_the_list_clears_its_history_and_says_so(
    qtbot, commune, tmp_path, monkeypatch, warnings
):
    from app.ui.spreadsheet_dialog import ImportDialog

    desk = open_desk(qtbot, commune)
    record = edit_first_name(desk, "Nguyễn Văn Sửa Ở Đây")
    sheet = tmp_path / "ds.csv"
    sheet.write_text("STT,Họ và tên,Năm sinh\n1,Đỗ Văn Hùng,1970\n", encoding="utf-8")

    def accept(dialog: ImportDialog) -> int:
        dialog.apply()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", accept)
    assert desk.import_excel(sheet) == 1
    message = desk.statusBar().currentMessage()
    assert (
        "Đã nhập 1 dòng." in message and "Nhập bảng tính" in message and "lịch sử hoàn tác đã xóa" in message
    )
    assert any(
        row["name"] == "Đỗ Văn Hùng" for row in desk.models["honorees"].rows
    )  # the list shows it at once
    press_undo(desk)
    assert stored_name(commune, record) == "Nguyễn Văn Sửa Ở Đây" and len(warnings) == 1
    desk.store.close()


def test_one_announcement_refreshes_every_list_that_shows_the_change(qtbot, commune):
    """The conference's start time moves every agenda time (the agenda listens for conferences);
    an edit of the honorees does not reload the agenda."""
    desk = open_desk(qtbot, commune)
    agenda = desk.models.get("agenda_items") or desk.show_section("agenda_items").model
    reloads: list[int] = []
    agenda.modelReset.connect(lambda: reloads.append(1))
    edit_first_name(desk, "Nguyễn Văn Sửa Ở Đây")
    assert not reloads
    conference = desk.show_section("conference")
    widget = conference.widgets["start_time"]
    widget.set_value(widget.value().replace(hour=13))
    conference._edited("start_time")
    assert reloads and agenda.rows[0]["time"].startswith("13h")
    desk.undo.undo()
    assert agenda.rows[0]["time"].startswith("07h") or not agenda.rows[0]["time"].startswith("13h")
    desk.store.close()


def test_a_status_message_has_room_beside_the_unit_line(qtbot, commune):
    """A status message is drawn left of the first permanent widget: the unit line must not take
    the whole bar (it did, stretched, and every message of the status line was invisible)."""
    desk = open_desk(qtbot, commune)
    desk.resize(1024, 700)
    desk.statusBar().showMessage("Đã nhập 3 dòng.")
    qtbot.wait(10)
    assert desk.unit_label.geometry().left() > desk.statusBar().width() // 2
    desk.store.close()
