"""Importing a list from Excel in the window: the row-by-row report first, the column mapping
the official can correct (remembered for the next file), then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services import spreadsheet_import as importer
from app.store.db import Store
from app.ui.editors import fit_popup
from app.ui.i18n import say
from app.ui.screen import fit_to_screen

FIELD_LABELS = {
    "-": QT_TRANSLATE_NOOP("ImportDialog", "(không dùng)"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Họ và tên / Tên tập thể"),
    "family_middle": QT_TRANSLATE_NOOP("ImportDialog", "Họ và tên đệm"),
    "given": QT_TRANSLATE_NOOP("ImportDialog", "Tên"),
    "birth_year": QT_TRANSLATE_NOOP("ImportDialog", "Năm sinh"),
    "birth_date": QT_TRANSLATE_NOOP("ImportDialog", "Ngày sinh"),
    "gender": QT_TRANSLATE_NOOP("ImportDialog", "Giới tính"),
    "male": QT_TRANSLATE_NOOP("ImportDialog", "Năm sinh (nam)"),
    "female": QT_TRANSLATE_NOOP("ImportDialog", "Năm sinh (nữ)"),
    "position": QT_TRANSLATE_NOOP("ImportDialog", "Chức vụ"),
    "workplace": QT_TRANSLATE_NOOP("ImportDialog", "Đơn vị công tác"),
    "field": QT_TRANSLATE_NOOP("ImportDialog", "Lĩnh vực"),
    "achievement": QT_TRANSLATE_NOOP("ImportDialog", "Thành tích"),
    "target_group": QT_TRANSLATE_NOOP("ImportDialog", "Đối tượng"),
    "award_form": QT_TRANSLATE_NOOP("ImportDialog", "Hình thức khen thưởng"),
    "ethnicity": QT_TRANSLATE_NOOP("ImportDialog", "Dân tộc"),
    "religion": QT_TRANSLATE_NOOP("ImportDialog", "Tôn giáo"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Ghi chú"),
    "category": QT_TRANSLATE_NOOP("ImportDialog", "Thành phần"),
    "honorific": QT_TRANSLATE_NOOP("ImportDialog", "Xưng hô"),
    "collective": QT_TRANSLATE_NOOP("ImportDialog", "Tập thể (x)"),
}
STATUS = {
    "import": (QT_TRANSLATE_NOOP("ImportDialog", "Nhập"), None),
    "converted": (QT_TRANSLATE_NOOP("ImportDialog", "Nhập, đã chuyển mã"), QColor("#d1ecf1")),
    "refused": (QT_TRANSLATE_NOOP("ImportDialog", "TỪ CHỐI"), QColor("#f8d7da")),
    "skipped": (QT_TRANSLATE_NOOP("ImportDialog", "Bỏ qua"), QColor("#eeeeee")),
}


class ImportDialog(QDialog):
    def __init__(self, store: Store, table: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table, self.path = store, table, path
        self.maps: list[str] = []
        self.imported = 0
        self.setWindowTitle(self.tr("Nhập danh sách từ %1").replace("%1", path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Cột trong tệp"), self.tr("Trường")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Kết quả"), self.tr("Tên"), self.tr("Ghi chú")]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in enumerate((50, 140, 220)):
            self.rows.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Ghép cột (sửa nếu phần mềm đoán sai; được ghi nhớ cho lần sau):")))
        layout.addWidget(self.mapping, 1)
        layout.addWidget(QLabel(self.tr("Từng dòng sẽ được xử lý thế nào:")))
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(900, 700))
        self.plan: importer.ImportPlan | None = None
        self.replan()

    def replan(self) -> None:
        self.plan = importer.plan_import(self.store, self.table, self.path, self.maps)
        plan = self.plan
        self.summary.setText(
            self.tr(
                "Dòng tiêu đề: %1. Sẽ nhập %2 dòng; %3 dòng bị từ chối (sửa tệp rồi mở lại); "
                "%4 ô đã chuyển từ TCVN3/VNI."
            )
            .replace("%1", str(plan.header_line))
            .replace("%2", str(len(plan.to_import)))
            .replace("%3", str(len(plan.refused)))
            .replace("%4", str(len(plan.conversions)))
        )
        self.mapping.blockSignals(True)
        self.mapping.setRowCount(0)
        fields = [
            "-",
            *sorted(
                set(importer.FIELDS[self.table])
                | {"name", "family_middle", "given", "birth_year", "birth_date", "gender", "male", "female"}
            ),
        ]
        for index, header in enumerate(plan.headers):
            if not header:
                continue
            row = self.mapping.rowCount()
            self.mapping.insertRow(row)
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for name in fields:
                combo.addItem(QCoreApplication.translate("ImportDialog", FIELD_LABELS.get(name, name)), name)
            combo.setCurrentIndex(max(0, combo.findData(plan.columns.get(index, "-"))))
            fit_popup(combo)
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.remap(h, c.currentData()))
            self.mapping.setCellWidget(row, 1, combo)
        self.mapping.blockSignals(False)
        self.rows.setRowCount(0)
        for report in plan.rows:
            number = self.rows.rowCount()
            self.rows.insertRow(number)
            text, colour = STATUS[report.status]
            text = QCoreApplication.translate("ImportDialog", text)
            cells = (str(report.line), text, str(report.values.get("name", "")), "; ".join(report.notes))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.rows.setItem(number, column, item)
        self.import_button.setEnabled(bool(plan.to_import) and not plan.refused)

    def remap(self, header: str, field: str) -> None:
        self.maps = [m for m in self.maps if m.rpartition("=")[0] != header] + [f"{header}={field}"]
        try:
            self.replan()
        except AppError as exc:
            self.summary.setText(say(exc))
            self.import_button.setEnabled(False)

    def apply(self) -> None:
        try:
            self.imported = importer.apply_import(self.store, self.plan, self.maps)
        except AppError as exc:
            self.summary.setText(say(exc))
            return
        self.accept()
