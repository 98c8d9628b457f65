"""Tệp → Khôi phục từ bản sao lưu…: the backups of the database in use with what each holds,
before anything is replaced (those of the other databases of the data folder on request, with the
database and unit each belongs to); another unit's backup is shown, greyed, with why it cannot be
restored here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.formats import fmt_datetime
from app.errors import AppError
from app.services.backups import BackupSummary, backups, describe
from app.ui.i18n import say
from app.ui.screen import fit_to_screen


class RestoreDialog(QDialog):
    """Choose a backup; its preview (date, unit, counts per list) shows before *Khôi phục*."""

    def __init__(self, parent: QWidget | None = None, english: bool = False, db: str | None = None) -> None:
        super().__init__(parent)
        self.english = english
        store = getattr(parent, "store", None)
        #: The database a backup would replace (default: the window's).
        self.db = db if db is not None else (str(store.path) if store is not None and store.path else None)
        self.chosen: BackupSummary | None = None
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời điểm"),
                self.tr("Lý do"),
                self.tr("Đơn vị"),
                self.tr("Điển hình"),
                self.tr("Dung lượng"),
                self.tr("Cơ sở dữ liệu"),
            ]
        )
        self.others = QCheckBox(self.tr("Hiện bản sao lưu của các cơ sở dữ liệu khác"))
        self.others.toggled.connect(self.refill)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFont("monospace"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.restore_button = QPushButton(self.tr("Khôi phục bản này"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(self.tr("Chọn tệp khác…"))
        other.clicked.connect(self.choose_file)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Bản sao lưu của cơ sở dữ liệu %1. Cơ sở dữ liệu đang dùng sẽ được sao lưu trước khi bị "
                "thay thế."
            ).replace("%1", Path(self.db).name)
            if self.db
            else self.tr("Cơ sở dữ liệu đang dùng sẽ được sao lưu trước khi bị thay thế.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.others)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(860, 560))
        self.refill()

    def refill(self) -> None:
        """This database's backups; with *Hiện bản sao lưu của các cơ sở dữ liệu khác*, every
        database's, with a column naming the database (and the unit's name beside its code)."""
        from app.services.backups import current_unit, for_target

        everything = self.others.isChecked() or self.db is None
        self.summaries = backups() if everything else backups(db=self.db)
        if everything and self.db is not None:
            current = current_unit(self.db)
            self.summaries = [for_target(self.db, s, current) if current else s for s in self.summaries]
        self.table.setColumnHidden(5, not self.others.isChecked())
        self._fill()

    def _fill(self) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self.summaries))
        wide = self.others.isChecked()
        for row, summary in enumerate(self.summaries):
            values = (
                fmt_datetime(summary.at),
                summary.reason_text,
                (summary.unit if wide else summary.unit_code) or "",
                str(summary.counts.get("honorees", "")),
                f"{summary.size / 1e6:.1f} MB",
                summary.database or summary.path.name,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if summary.problem is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.summaries:
            self.table.selectRow(0)
        else:
            self.chosen = None
            self.restore_button.setEnabled(False)
            self.preview.setPlainText(
                self.tr("Chưa có bản sao lưu nào của cơ sở dữ liệu này trong thư mục sao lưu.")
            )

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_summary(self.summaries[rows[0].row()])

    def show_summary(self, summary: BackupSummary) -> None:
        self.chosen = summary if summary.problem is None else None
        self.preview.setPlainText("\n".join(summary.lines(self.english)))
        self.restore_button.setEnabled(self.chosen is not None)

    def choose_file(self) -> None:
        from app.paths import backups_dir

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), str(backups_dir()), self.tr("Cơ sở dữ liệu (*.sqlite *.db)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        from app.services.backups import for_target

        try:
            summary = for_target(self.db, describe(path)) if self.db else describe(path)
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), say(exc))
            return
        self.table.clearSelection()
        self.show_summary(summary)
