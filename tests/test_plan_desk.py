"""The plan editor and the conference switcher in the desk, driven offscreen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from app.cli.main import main
from app.services import plans
from app.services.conference import create_conference, unit_conference
from app.services.database import open_database
from app.store.models import Conference
from app.ui.desk import DeskWindow
from app.ui.plan_editor import PlanDialog
from tests.conftest import dump
from tests.syncing import COMMUNE, opened

SHIPPED = "binh-thuan-dhtt-2025"
TEMPLATE = "mau-tong-ket-nam"


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(PlanDialog, "warn", lambda self, text: said.append(text))
    return said


@pytest.fixture
def province(qtbot, demo_store):
    """The province's PC (the top unit) and the plans dialog on the shipped plan."""
    undo = QUndoStack()
    dialog = PlanDialog(demo_store, undo, None, SHIPPED)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, undo


def _deadline(store, group: str = "A") -> str:
    return plans.plan_summary(store, SHIPPED)[1]["rules"]["groups"][group]["deadline"]


def _type(qtbot, dialog: PlanDialog, row: int, column: int, text: str) -> None:
    table = dialog.groups
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    qtbot.wait(10)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)


def test_the_top_unit_edits_a_plan_in_the_window_with_undo(qtbot, province, warnings):
    dialog, undo = province
    store = dialog.store
    assert dialog.editable and dialog.tabs.isEnabled()
    _type(qtbot, dialog, 0, 2, "15/04/2025")
    assert _deadline(store) == "2025-04-15" and warnings == []
    summary, _ = plans.plan_summary(store, SHIPPED)
    assert summary.issuer is not None  # the top unit adopted the shipped plan: it is now its issuer
    undo.undo()
    assert _deadline(store) == "2025-03-31"
    assert dialog.groups.item(0, 2).text() == "31/03/2025"
    undo.redo()
    assert _deadline(store) == "2025-04-15"


@pytest.mark.parametrize("text, message", [("15/04/2031", "ngoài giai đoạn"), ("31/02/2025", "ngày")])
def test_a_wrong_deadline_is_refused_at_the_cell_and_nothing_changes(
    qtbot, province, warnings, text, message
):
    dialog, undo = province
    before = dump(dialog.store.path)
    _type(qtbot, dialog, 0, 2, text)
    assert len(warnings) == 1 and message in warnings[0].lower() + warnings[0]
    assert dump(dialog.store.path) == before
    assert dialog.groups.item(0, 2).text() == "31/03/2025"  # back to what is stored
    assert undo.count() == 0


def test_an_agenda_over_the_length_limit_is_refused(qtbot, province, warnings):
    dialog, undo = province
    dialog.tabs.setCurrentIndex(2)
    dialog.agenda.setCurrentCell(3, 2)
    dialog.agenda.item(3, 2).setText("400")
    assert warnings and "quá thời lượng" in warnings[0]
    assert plans.plan_summary(dialog.store, SHIPPED)[1]["rules"]["agenda"][3]["minutes"] == 45
    dialog.agenda.item(3, 2).setText("40")
    assert plans.plan_summary(dialog.store, SHIPPED)[1]["rules"]["agenda"][3]["minutes"] == 40
    assert undo.count() == 1


def test_a_new_plan_from_an_old_one_opens_for_editing_and_undo_withdraws_it(qtbot, province, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    dialog, undo = province
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2025-2030", True)))
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda parent, title, label, items, current, editable: (items[current], True)),
    )
    dialog.new_from_current()
    code = dialog.code
    assert code != SHIPPED and dialog.editable
    assert dialog.period.text() == "2025-2030" and dialog.groups.item(0, 2).text() == "31/03/2030"
    undo.undo()
    assert code not in [p.id for p in plans.list_plans(dialog.store)]
    undo.redo()
    assert code in [p.id for p in plans.list_plans(dialog.store)]


def test_a_commune_sees_its_superiors_plan_read_only(qtbot, trio, warnings):
    with opened(trio.db(COMMUNE)) as store:
        dialog = PlanDialog(store, QUndoStack(), None, SHIPPED)
        qtbot.addWidget(dialog)
        assert not dialog.editable
        assert "chỉ xem" in dialog.banner.text()
        assert dialog.name.isReadOnly() and not dialog.kind.isEnabled()
        before = dump(store.path)
        dialog.name.setText("Kế hoạch sửa trộm")
        dialog.commit("sửa")  # what an edit would do: nothing, the plan is not this unit's
        dialog.groups.item(0, 2).setText("31/12/2025")
        assert dump(store.path) == before
        with pytest.raises(Exception, match="issued by|not change"):
            plans.save_plan(store, SHIPPED, dialog.compose())
        assert dump(store.path) == before


def test_the_switcher_lists_the_units_conferences_recent_first_and_opens_one(qtbot, tmp_path):
    db = tmp_path / "xa.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    store = open_database(str(db))
    try:
        first = unit_conference(store, store.unit_id)
        annual = plans.new_plan_from(store, TEMPLATE, "2026", "annual")
        window = DeskWindow(store, first.id)
        qtbot.addWidget(window)
        second = create_conference(
            store, store.unit_id, None, date(2026, 12, 10), None, plan=annual.code, copy_invitees=True
        )
        window.switch_conference(second.id)
        assert [window.switcher.itemData(i) for i in range(window.switcher.count())] == [second.id, first.id]
        assert window.conference_id == second.id
        title = window.panel("conference").widgets["title"].text()
        assert "năm 2026" in title
        invitees = window.panel("invitees").model
        assert invitees.rowCount() > 0
        review = [c.key for c in invitees.source.spec.columns].index("needs_review")
        assert all(invitees.source.page(0, 5)[r]["needs_review"] for r in range(min(5, invitees.rowCount())))
        assert review >= 0
        codes = {f.code for f in window.findings()}
        assert "invitees-review" in codes and "no-delegates" not in codes  # the annual plan's checks
        window.switcher.activated.emit(1)
        assert window.conference_id == first.id
        assert "giai đoạn 2020 - 2025" in window.panel("conference").widgets["title"].text()
        with store.session() as session:
            assert session.get(Conference, first.id) is not None
        assert unit_conference(store, store.unit_id).id == first.id  # remembered for the next start
    finally:
        store.close()


def test_a_bad_period_is_refused_once(qtbot, province, monkeypatch):
    """One bad period showed the same refusal box twice: while the box was up the field lost the
    focus to it and said "editing finished" again, and the same edit was stored (and refused) a
    second time. Enter in the field also pressed "Tạo kế hoạch mới…" (the dialog's first button)."""
    from PySide6.QtWidgets import QInputDialog

    dialog, undo = province
    before = dump(dialog.store.path)
    said: list[str] = []

    def warn(self, text):  # what the message box does to the field: takes its focus
        said.append(text)
        dialog.period.editingFinished.emit()

    monkeypatch.setattr(PlanDialog, "warn", warn)
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append("new plan") or ("", False))
    )
    dialog.period.setFocus()
    dialog.period.selectAll()
    qtbot.keyClicks(dialog.period, "20x5")
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert len(said) == 1 and "Giai đoạn" in said[0]
    assert asked == [] and undo.count() == 0 and dump(dialog.store.path) == before
    assert dialog.period.text() == "2020-2025"  # back to what is stored
    dialog.next_period.setText("2026-2030")  # a later good edit is stored as usual
    dialog.next_period.editingFinished.emit()
    assert undo.count() == 1 and len(said) == 1
