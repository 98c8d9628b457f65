"""The desk's In → Quyết định khen thưởng… and In → Giấy khen… dialogs, driven offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.cli.main import main
from app.store.models import Honoree, UnitProfile
from app.ui import award_dialogs
from app.ui.award_dialogs import CertificateDialog, DecisionDialog


@pytest.fixture
def desk(demo_desk, monkeypatch):
    window = demo_desk("23083")
    opened: list = []
    monkeypatch.setattr(CertificateDialog, "_open_preview", lambda self, path, title: opened.append(path))
    window.opened = opened
    return window


def registered(store) -> dict[str, int | None]:
    with store.session() as s:
        return {
            h.name: h.register_no
            for h in s.scalars(select(Honoree).where(Honoree.award_form == "giay-khen-chu-tich-xa"))
        }


def test_the_decision_dialog_remembers_number_and_date_and_fills_the_register(qtbot, desk):
    dialog = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(dialog)
    assert dialog.decisions and dialog.form.count() == 1
    assert set(registered(desk.store).values()) == {None}
    dialog.number.setText("15")
    dialog.issued.setText("05/03/2025")
    dialog.save()
    numbers = registered(desk.store)
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    again = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(again)
    assert again.number.text() == "15" and again.issued.text() == "05/03/2025"
    assert again.salary.text() == "2.340.000"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("05/03/2024", "2024-03-05"), ("20022025", "2025-02-20"), ("5/3/2024", "2024-03-05")],
)
def test_the_decision_date_is_the_date_typed_over_the_old_one(qtbot, desk, typed, stored):
    """Ctrl+A and 05/03/2024 in "Ngày ký" gave 26/03/2024 (a date box kept the previous day);
    "20022025" was ignored. The one editor of typed values reads what was typed, or refuses it."""
    from app.services.awards import date_key, issue_now

    issue_now(desk.store, desk.conference_id, issued=date(2024, 3, 26), form="giay-khen-chu-tich-xa")
    dialog = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.currentData() == "giay-khen-chu-tich-xa"
    dialog.issued.setFocus()
    QTest.keyClick(dialog.issued, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.issued, typed)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.result() == DecisionDialog.DialogCode.Accepted
    dialog.save()
    with desk.store.session() as s:
        numbers = s.scalars(select(UnitProfile.numbers)).first()
    assert numbers[date_key(desk.conference_id, dialog.form.currentData())] == stored


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("issued", "31/02/2025"),
        ("issued", "hôm qua"),
        ("issued", ""),
        ("salary", "hai triệu"),
        ("salary", "50"),
    ],
)
def test_a_decision_value_that_cannot_be_read_keeps_the_dialog_open_with_the_reason(
    qtbot, desk, field, typed
):
    dialog = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = getattr(dialog, field)
    editor.setText(typed)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != DecisionDialog.DialogCode.Accepted
    assert (
        editor.toolTip() and dialog.focusWidget() is editor
    )  # the reason at the field, the text kept for correcting
    assert editor.text() == typed


def test_no_date_or_number_box_is_left_in_the_window():
    """Spin and date boxes always hold some value (their minimum, the previous day): the window
    uses the one editor of typed values; the only spin boxes left say why in a comment."""
    import re

    import app.ui

    root = Path(app.ui.__file__).parent
    for path in root.glob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bQ(DateEdit|TimeEdit|DateTimeEdit|SpinBox)\(", line):
                raise AssertionError(f"{path.name}:{number}: {line.strip()}")
    source = (root / "award_dialogs.py").read_text(encoding="utf-8")
    assert "QDoubleSpinBox()" in source and "on purpose" in source  # the printer offsets, justified


def test_certificates_preview_offsets_per_printer_and_selected_rows(qtbot, desk, monkeypatch):
    monkeypatch.setattr(award_dialogs, "printer_names", lambda: ["Canon LBP2900", "HP LaserJet 1020"])
    assert (
        main(
            [
                "--db",
                str(desk.store.path),
                "print",
                "decision",
                "--out",
                str(desk.store.path.parent / "qd.pdf"),
                "--number",
                "15",
                "--date",
                "05/03/2025",
            ]
        )
        == 0
    )
    dialog = CertificateDialog(desk.store, desk.conference_id, desk.run_long, desk)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(registered(desk.store)) > 3
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    # offsets belong to a printer
    dialog.printer.setCurrentText("Canon LBP2900")
    dialog.dx.setValue(1.5)
    dialog.dy.setValue(-2.0)
    dialog.printer.setCurrentText("HP LaserJet 1020")
    assert (dialog.dx.value(), dialog.dy.value()) == (0.0, 0.0)
    dialog.printer.setCurrentText("Canon LBP2900")
    assert (dialog.dx.value(), dialog.dy.value()) == (1.5, -2.0)
    # a spoiled blank: only the selected rows
    dialog.table.clearSelection()
    dialog.table.selectRow(2)
    dialog.only_selected.setChecked(True)
    path = dialog.print_certificates()
    assert path is not None and desk.opened[-1] == path
    pages = PdfReader(path).pages
    assert len(pages) == 1 and "Số vào sổ: 003/2025" in pages[0].extract_text()
    dialog.only_selected.setChecked(False)
    assert len(PdfReader(dialog.print_certificates()).pages) == dialog.table.rowCount()
    test_page = dialog.print_test_page()
    assert "X = 1.5 mm, Y = -2 mm" in PdfReader(test_page).pages[0].extract_text()
