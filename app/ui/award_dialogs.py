"""In → Quyết định khen thưởng… and In → Giấy khen…: the decision's number and date before it is
printed, and the certificates on pre-printed blanks — a preview over a picture of the blank, the
printer's offsets (remembered per printer), a test page, and "only the selected rows" to reprint a
spoiled blank alone."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import FieldKind
from app.domain.formats import fmt_int
from app.errors import AppError
from app.services.awards import BASE_SALARY, base_salary, commit, date_key, issue, issue_now, number_key
from app.services.changes import NOTHING, Changes
from app.services.printing.certificates import (
    MAX_OFFSET,
    Template,
    load_template,
    recipients,
    template_codes,
    write_certificates,
)
from app.services.printing.context import PrintContext, load_context
from app.store.db import Store
from app.ui.editors import ValueEdit, fit_popup, typed_values
from app.ui.i18n import say
from app.ui.screen import fit_to_screen
from app.ui.settings import app_settings

OFFSET_KEY = "certificates/offset/"  # + printer name: "x,y" in millimetres
TEMPLATE_KEY = "certificates/template"
DEFAULT_PRINTER = "(máy in mặc định)"
#: The day a decision is signed: a date, required.
ISSUED = FieldKind("date", required=True)


def printer_names() -> list[str]:
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    if default in names:
        names.remove(default)
        names.insert(0, default)
    return names or [DEFAULT_PRINTER]


def remembered_offset(printer: str) -> tuple[float, float]:
    value = app_settings().value(OFFSET_KEY + printer)
    try:
        x, y = (float(v) for v in str(value).split(","))
    except (TypeError, ValueError):
        return 0.0, 0.0
    return max(-MAX_OFFSET, min(MAX_OFFSET, x)), max(-MAX_OFFSET, min(MAX_OFFSET, y))


def remember_offset(printer: str, offset: tuple[float, float]) -> None:
    app_settings().setValue(OFFSET_KEY + printer, f"{offset[0]:g},{offset[1]:g}")


class DecisionDialog(QDialog):
    """The number and date of the unit's decision (one per form it grants), the base salary."""

    def __init__(self, store: Store, conference_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.conference_id = store, conference_id
        self.setWindowTitle(self.tr("Quyết định khen thưởng"))
        ctx = load_context(store, conference_id)
        self.decisions = ctx.commendations.decisions if ctx.commendations else []
        self.numbers = dict(ctx.profile.numbers)
        self.form = QComboBox()
        for item in self.decisions:
            self.form.addItem(
                f"{item.label} ({len(item.collectives)} tập thể, {len(item.individuals)} cá nhân)", item.form
            )
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("để trống: in để xin ý kiến, chưa vào sổ"))
        # The one editor of typed values (app.ui.editors): what is typed is what is stored, or it is
        # refused with the reason — a date box kept the previous day of a date typed over it.
        self.issued = ValueEdit(ISSUED)
        self.salary = ValueEdit(BASE_SALARY)
        self._show_salary(base_salary(store, self.numbers))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Hình thức:"), self.form)
        layout.addRow(self.tr("Số quyết định:"), self.number)
        layout.addRow(self.tr("Ngày ký:"), self.issued)
        layout.addRow(self.tr("Mức lương cơ sở (đồng):"), self.salary)
        note = QLabel(
            self.tr(
                "Có số quyết định thì các tập thể, cá nhân được vào sổ khen thưởng (số vào sổ in trên "
                "giấy khen và danh sách kèm theo)."
            )
        )
        note.setWordWrap(True)
        layout.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Xem trước và in…"))
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.form.currentIndexChanged.connect(self._show_form)
        self._show_form()
        self.number.setFocus()  # what the official came to type

    def _show_form(self) -> None:
        form = self.form.currentData()
        self.number.setText(str(self.numbers.get(number_key(self.conference_id, form)) or ""))
        remembered = self.numbers.get(date_key(self.conference_id, form))
        self.issued.set_value(date.fromisoformat(remembered) if remembered else date.today())

    def _show_salary(self, amount: int) -> None:
        self.salary.set_value(amount)
        self.salary.stored = fmt_int(amount)  # 2.340.000, as it is written (read back the same)
        self.salary.setText(self.salary.stored)

    def typed(self) -> tuple[date, int] | None:
        """The date and base salary as typed; None, with the reason at the field, when one is refused."""
        values = typed_values((self.issued, self.salary))
        return None if values is None else (values[0], values[1])

    def check_and_accept(self) -> None:
        """*Xem trước và in…*: only with a date and a base salary that can be read."""
        if self.typed() is not None:
            self.accept()

    def save(self) -> Changes:
        """Remember what was given (checked like any typed value) and give register numbers; return
        what changed."""
        typed = self.typed()
        if typed is None:
            raise AppError(self.issued.toolTip() or self.salary.toolTip(), "a typed value was refused")
        issued, salary = typed
        return issue_now(
            self.store,
            self.conference_id,
            number=self.number.text().strip() or None,
            issued=issued,
            form=self.form.currentData(),
            base_salary=str(salary) if salary != self._base() else None,
        )

    def _base(self) -> int:
        return base_salary(self.store, self.numbers)


class CertificateDialog(QDialog):
    """Giấy khen on pre-printed blanks."""

    def __init__(
        self, store: Store, conference_id: str, run_long: Callable[..., Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.conference_id, self.run_long = store, conference_id, run_long
        self.setWindowTitle(self.tr("In giấy khen trên phôi"))
        fit_to_screen(self, QSize(1180, 640))
        self.folder = Path(tempfile.mkdtemp(prefix="hoinghi-giay-khen-"))
        # decisions with a number: their honorees get register numbers (stored once a print is made)
        self.pending = issue(store, conference_id)
        self.ctx: PrintContext = load_context(store, conference_id, pending=self.pending)
        self.rows = list(recipients(self.ctx))
        self.changes = NOTHING  # the register numbers printed (the desk announces them)

        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Số vào sổ"), self.tr("Tên tập thể / Họ và tên"), self.tr("Hình thức")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, (decision, person) in enumerate(self.rows):
            for column, text in enumerate((person.register or "—", person.name, decision.short)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.only_selected = QCheckBox(self.tr("Chỉ in các dòng đã chọn (in lại phôi hỏng)"))

        self.template = QComboBox()
        for code in template_codes():
            self.template.addItem(load_template(code).label, code)
        saved = app_settings().value(TEMPLATE_KEY)
        if saved and self.template.findData(saved) >= 0:
            self.template.setCurrentIndex(self.template.findData(saved))
        self.printer = QComboBox()
        self.printer.addItems(printer_names())
        for combo in (self.template, self.printer):  # long names never widen the dialog past a 1024 screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            fit_popup(combo)
        # Spin boxes, not the shared ValueEdit, on purpose: an offset is a fraction of a millimetre
        # nudged with the arrows while the preview beside it redraws on every change, so the number
        # shown is always the one the preview and the print use (0 is a real offset, not "nothing").
        self.dx, self.dy = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.dx, self.dy):
            spin.setRange(-MAX_OFFSET, MAX_OFFSET)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
        self.preview = QLabel()
        self.preview.setMinimumSize(400, 283)  # an A4 page, landscape, that still fits a 1024×768 screen
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #777;")

        form = QFormLayout()
        form.addRow(self.tr("Mẫu phôi:"), self.template)
        form.addRow(self.tr("Máy in:"), self.printer)
        form.addRow(self.tr("Dịch sang phải:"), self.dx)
        form.addRow(self.tr("Dịch xuống dưới:"), self.dy)
        hint = QLabel(
            self.tr(
                "In trang thử trên giấy trắng, đặt lên phôi và soi trước đèn; chữ lệch bao nhiêu "
                "milimét thì ghi độ dịch bấy nhiêu (số âm: sang trái, lên trên). Độ dịch được nhớ "
                "theo từng máy in."
            )
        )
        hint.setWordWrap(True)
        test = QPushButton(self.tr("In trang thử…"))
        test.clicked.connect(self.print_test_page)
        go = QPushButton(self.tr("Xem trước và in…"))
        go.setDefault(True)
        go.clicked.connect(self.print_certificates)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.only_selected)
        left.addLayout(form)
        left.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(test)
        buttons.addStretch(1)
        buttons.addWidget(go)
        buttons.addWidget(close)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview, 1)

        self.printer.currentTextChanged.connect(self._load_offset)
        self.template.currentIndexChanged.connect(self.refresh)
        self.dx.valueChanged.connect(self._offset_changed)
        self.dy.valueChanged.connect(self._offset_changed)
        self.table.itemSelectionChanged.connect(self.refresh)
        self._load_offset()
        if self.rows:
            self.table.selectRow(0)

    # -- state -----------------------------------------------------------------------------------------
    def offset(self) -> tuple[float, float]:
        return self.dx.value(), self.dy.value()

    def chosen_template(self) -> Template:
        return load_template(self.template.currentData())

    def selected(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _load_offset(self) -> None:
        x, y = remembered_offset(self.printer.currentText())
        for spin, value in ((self.dx, x), (self.dy, y)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.refresh()

    def _offset_changed(self) -> None:
        remember_offset(self.printer.currentText(), self.offset())
        self.refresh()

    def only(self) -> set[int] | None:
        """Register numbers to print, or None for all (rows without a number cannot be singled out)."""
        if not self.only_selected.isChecked():
            return None
        numbers = {self.rows[n][1].register_no for n in self.selected()}
        if None in numbers or not numbers:
            raise AppError(
                "Chỉ in lại được các giấy khen đã có số vào sổ; hãy chọn dòng có số vào sổ.",
                "only certificates with a register number can be printed alone",
            )
        return {n for n in numbers if n is not None}

    # -- preview ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The current row (or the first) drawn over a picture of the blank, at the offsets."""
        if not self.rows:
            self.preview.setText(
                self.tr("Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định.")
            )
            return
        selected = self.selected()
        decision, person = self.rows[selected[0] if selected else 0]
        one = replace(
            decision,
            collectives=[person] if person.collective else [],
            individuals=[] if person.collective else [person],
        )
        single = replace(self.ctx, commendations=replace(self.ctx.commendations, decisions=[one]))
        path = self.folder / "preview.pdf"
        try:
            write_certificates(single, path, self.chosen_template(), self.offset(), blank=True)
        except AppError as exc:
            self.preview.setText(say(exc))
            return
        document = pypdfium2.PdfDocument(str(path))
        try:
            width, height = document[0].get_size()
            scale = min(
                self.preview.width() / width, self.preview.height() / height
            )  # the whole page in view
            image = document[0].render(scale=scale).to_pil().convert("RGB")
        finally:
            document.close()
        data = image.tobytes("raw", "RGB")
        self.preview.setPixmap(
            QPixmap.fromImage(
                QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
            )
        )

    # -- printing --------------------------------------------------------------------------------------
    def _open_preview(self, path: Path, title: str) -> None:
        from app.ui.print_preview import PrintPreview

        PrintPreview(path, title, path.name, self).exec()

    def print_test_page(self) -> Path | None:
        path = self.folder / "trang-thu.pdf"
        shape, offset = self.chosen_template(), self.offset()
        done = self.run_long(
            self.tr("Đang chuẩn bị trang thử"),
            lambda _p: write_certificates(self.ctx, path, shape, offset, test_page=True),
        )
        if done is None:
            return None
        self._open_preview(path, self.tr("Trang thử giấy khen"))
        return path

    def print_certificates(self) -> Path | None:
        try:
            only = self.only()
        except AppError as exc:
            QMessageBox.information(self, self.windowTitle(), say(exc))
            return None
        app_settings().setValue(TEMPLATE_KEY, self.template.currentData())
        path = self.folder / "giay-khen.pdf"
        shape, offset = self.chosen_template(), self.offset()
        done = self.run_long(
            self.tr("Đang chuẩn bị giấy khen"),
            lambda progress: write_certificates(self.ctx, path, shape, offset, only=only, progress=progress),
        )
        if done is None:
            return None
        self.changes |= commit(self.store, self.pending)  # the register numbers printed are kept
        self._open_preview(path, self.tr("Giấy khen"))
        return path
