"""The desk's In → Quyết định khen thưởng… and In → Giấy khen… dialogs, driven offscreen."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from sqlalchemy import select

from app.cli.main import main
from app.services.conference import unit_conference
from app.services.database import open_database
from app.store.models import Honoree
from app.ui import award_dialogs
from app.ui.award_dialogs import CertificateDialog, DecisionDialog
from app.ui.desk import DeskWindow


@pytest.fixture
def desk(qtbot, tmp_path, monkeypatch):
    db = tmp_path / "commune.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", "23083"]) == 0
    store = open_database(str(db))
    window = DeskWindow(store, unit_conference(store, store.unit_id).id)
    qtbot.addWidget(window)
    opened: list = []
    monkeypatch.setattr(CertificateDialog, "_open_preview", lambda self, path, title: opened.append(path))
    window.opened = opened
    yield window
    window.close()
    store.close()


def registered(store) -> dict[str, int | None]:
    with store.session() as s:
        return {h.name: h.register_no for h in s.scalars(select(Honoree).where(Honoree.award_form == "giay-khen-chu-tich-xa"))}


def test_the_decision_dialog_remembers_number_and_date_and_fills_the_register(qtbot, desk):
    dialog = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(dialog)
    assert dialog.decisions and dialog.form.count() == 1
    assert set(registered(desk.store).values()) == {None}
    dialog.number.setText("15")
    dialog.issued.setDate(QDate(2025, 3, 5))
    dialog.save()
    numbers = registered(desk.store)
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    again = DecisionDialog(desk.store, desk.conference_id, desk)
    qtbot.addWidget(again)
    assert again.number.text() == "15" and again.issued.date() == QDate(2025, 3, 5)
    assert again.salary.text().replace("\u00a0", " ").startswith("2.340.000")


def test_certificates_preview_offsets_per_printer_and_selected_rows(qtbot, desk, monkeypatch):
    monkeypatch.setattr(award_dialogs, "printer_names", lambda: ["Canon LBP2900", "HP LaserJet 1020"])
    assert main(["--db", str(desk.store.path), "print", "decision", "--out", str(desk.store.path.parent / "qd.pdf"),
                 "--number", "15", "--date", "05/03/2025"]) == 0
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
