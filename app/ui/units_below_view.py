"""Tiến độ đơn vị cấp dưới: the tree of units below this one, late and missing ones in colour,
filters, totals per level, and charts drawn with QPainter (:mod:`app.ui.units_below_charts`, saved
as PNG)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.formats import fmt_date, fmt_int
from app.errors import AppError
from app.files import replacing
from app.services.changes import Changes
from app.services.units_below import STATES, TIMINGS, ProgressReport, UnitProgress, unit_progress
from app.store.db import Store
from app.ui.editors import fit_popup
from app.ui.failures import guarded
from app.ui.i18n import say
from app.ui.settings import last_folder, remember_folder
from app.ui.units_below_charts import BarChart, CompletenessChart

LATE = QColor("#f8d7da")
MISSING = QColor("#fff3cd")
DIMMED = QColor("#888888")
LAST_DIR = "progress/last_dir"

CONTEXT = "ProgressPanel"


def _(text: str) -> str:
    """The panel's own words (filters, columns, charts) in the window's language, by Qt's catalogue; the
    states the service gives are Text (``app.services.units_below.STATES``)."""
    return QCoreApplication.translate(CONTEXT, text)


FILTERS = (
    ("all", QT_TRANSLATE_NOOP("ProgressPanel", "Tất cả đơn vị")),
    ("late", QT_TRANSLATE_NOOP("ProgressPanel", "Trễ hạn")),
    ("not-reported", QT_TRANSLATE_NOOP("ProgressPanel", "Chưa báo cáo")),
    ("not-held", QT_TRANSLATE_NOOP("ProgressPanel", "Chưa tổ chức")),
    ("on-time", QT_TRANSLATE_NOOP("ProgressPanel", "Đã tổ chức đúng hạn")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("ProgressPanel", "Đơn vị"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Hình thức"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Ngày tổ chức"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Tình trạng"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Hạn"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Tiến độ"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Tập thể"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Cá nhân"),
    QT_TRANSLATE_NOOP("ProgressPanel", "CN / ND / LĐTT"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Đại biểu đề nghị"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Gói nhận gần nhất"),
    QT_TRANSLATE_NOOP("ProgressPanel", "Góp ý chưa xử lý"),
)


def matches(row: UnitProgress, state: str, kind: str) -> bool:
    """Whether *row* passes the view's filters (state filter code, unit kind or "")."""
    if kind and row.kind != kind:
        return False
    return {
        "all": True,
        "late": row.late,
        "not-reported": not row.reported,
        "not-held": row.state != "held",
        "on-time": row.timing == "on-time",
    }[state]


class ProgressPanel(QWidget):
    """The progress view of a unit with units below it."""

    files_written = Signal(object, str)  # the files saved, and what to say about them (see SavedLine)

    def __init__(
        self, store: Store, unit_id: str, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.unit_id, self.today = store, unit_id, today
        self.report: ProgressReport | None = None
        self.state = QComboBox()
        for code, label in FILTERS:
            self.state.addItem(_(label), code)
        self.kind = QComboBox()
        self.state.currentIndexChanged.connect(self.refill)
        self.kind.currentIndexChanged.connect(self.refill)
        save_charts = self.save_button = QPushButton(
            QCoreApplication.translate("ProgressPanel", "Lưu biểu đồ (PNG)…")
        )
        save_charts.clicked.connect(lambda: self.save_charts())  # not clicked(bool) as the folder
        filters = QHBoxLayout()
        self.filter_label = QLabel(QCoreApplication.translate("ProgressPanel", "Lọc:"))
        filters.addWidget(self.filter_label)
        filters.addWidget(self.state)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        filters.addWidget(save_charts)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.by_field = BarChart(QT_TRANSLATE_NOOP("ProgressPanel", "Điển hình tiên tiến theo lĩnh vực"))
        self.by_target = BarChart(QT_TRANSLATE_NOOP("ProgressPanel", "Cá nhân điển hình theo đối tượng"))
        self.completeness = CompletenessChart()
        charts = QWidget()
        grid = QVBoxLayout(charts)
        row = QHBoxLayout()
        row.addWidget(self.by_field)
        row.addWidget(self.by_target)
        grid.addLayout(row, 3)
        grid.addWidget(self.completeness, 2)

        self.tabs = QTabWidget()
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.tree, 1)
        table_layout.addWidget(self.totals)
        self.tabs.addTab(table_page, QCoreApplication.translate("ProgressPanel", "Bảng tiến độ"))
        self.tabs.addTab(charts, QCoreApplication.translate("ProgressPanel", "Biểu đồ"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def retranslate(self) -> None:
        """The panel's words in the current language (a language switch keeps every widget)."""
        for number, (_code, label) in enumerate(FILTERS):
            self.state.setItemText(number, _(label))
        self.kind.setItemText(0, QCoreApplication.translate("ProgressPanel", "Mọi loại đơn vị"))
        self.model.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.tabs.setTabText(0, QCoreApplication.translate("ProgressPanel", "Bảng tiến độ"))
        self.tabs.setTabText(1, QCoreApplication.translate("ProgressPanel", "Biểu đồ"))
        self.save_button.setText(QCoreApplication.translate("ProgressPanel", "Lưu biểu đồ (PNG)…"))
        self.filter_label.setText(QCoreApplication.translate("ProgressPanel", "Lọc:"))
        self.refill()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.report is not None:
            self.retranslate()
        super().changeEvent(event)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """The units below report by bundles (announced without initiator); the plan sets the deadlines."""
        if (initiator is None and changes) or changes.touches("plans", "units"):
            self.reload()

    def reload(self) -> None:
        self.report = unit_progress(self.store, self.unit_id, self.today)
        kinds = sorted({r.kind for r in self.report.rows})
        from app.services.catalogues import choices

        labels = choices(self.store, "unit_kind")
        self.form_labels = choices(self.store, "conference_form")
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(QCoreApplication.translate("ProgressPanel", "Mọi loại đơn vị"), "")
        for kind in kinds:
            self.kind.addItem(labels.get(kind, kind), kind)
        self.kind.blockSignals(False)
        for combo in (self.state, self.kind):
            fit_popup(combo)
        self.kind_labels = labels
        self.refill()

    def refill(self) -> None:
        report = self.report
        if report is None:
            return
        state, kind = self.state.currentData(), self.kind.currentData() or ""
        shown = [r for r in report.rows if matches(r, state, kind)]
        keep = {r.unit_id for r in shown}
        parents = {r.unit_id: r.parent_id for r in report.rows}
        for row in shown:  # ancestors stay visible (dimmed) so the tree keeps its shape
            node = parents.get(row.unit_id)
            while node in parents and node not in keep:
                keep.add(node)
                node = parents.get(node)
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        matched = {r.unit_id for r in shown}
        for row in report.rows:
            if row.unit_id not in keep:
                continue
            cells = self._cells(row, row.unit_id in matched)
            parent = items.get(row.parent_id or "")
            (parent.appendRow if parent is not None else self.model.appendRow)(cells)
            items[row.unit_id] = cells[0]
        self.tree.expandAll()
        for column, width in enumerate((260, 170, 90, 120, 80, 90, 60, 60, 110, 80, 120, 80)):
            self.tree.setColumnWidth(column, width)
        self._totals(shown)
        self._charts(shown)

    def _cells(self, row: UnitProgress, matched: bool) -> list[QStandardItem]:
        bundle = ""
        if row.last_bundle_at is not None:
            bundle = (
                QCoreApplication.translate("ProgressPanel", "%1 (số %2)")
                .replace("%1", fmt_date(row.last_bundle_at.date()))
                .replace("%2", str(row.last_bundle_number or "?"))
            )
        share = (
            f"{row.share(row.workers):.0%} / {row.share(row.farmers):.0%} / {row.share(row.direct_labourers):.0%}"
            if row.individuals
            else ""
        )
        texts = (
            f"{row.name} ({row.code})",
            self.form_labels.get(row.form or "", row.form or ""),
            fmt_date(row.held_on) if row.held_on else "",
            say(STATES[row.state]),
            fmt_date(row.deadline) if row.deadline else "",
            say(TIMINGS[row.timing]) if row.timing else "",
            str(row.collectives),
            str(row.individuals),
            share,
            str(row.delegates),
            bundle,
            str(row.open_notes) if row.open_notes else "",
        )
        cells = []
        colour = LATE if row.late else MISSING if not row.reported else None
        for text in texts:
            item = QStandardItem(text)
            item.setData(row.unit_id, Qt.ItemDataRole.UserRole)
            if not matched:
                item.setForeground(QBrush(DIMMED))
            elif colour is not None:
                item.setBackground(QBrush(colour))
            cells.append(item)
        return cells

    def _totals(self, shown: list[UnitProgress]) -> None:
        report = self.report
        total = report.totals(shown)
        lines = [
            QCoreApplication.translate(
                "ProgressPanel",
                "<b>Đang hiện %1 đơn vị</b>: đã tổ chức %2, trễ hạn %3, chưa báo cáo %4; tập thể %5, cá nhân %6, "
                "đại biểu đề nghị %7.",
            )
            .replace("%1", str(total["units"]))
            .replace("%2", str(total["held"]))
            .replace("%3", str(total["late"]))
            .replace("%4", str(total["not_reported"]))
            .replace("%5", fmt_int(total["collectives"]))
            .replace("%6", fmt_int(total["individuals"]))
            .replace("%7", fmt_int(total["delegates"]))
        ]
        lines.append(
            QCoreApplication.translate("ProgressPanel", "<i>Tổng theo loại đơn vị (mọi đơn vị cấp dưới):</i>")
        )
        for kind, figures in sorted(
            report.totals_by_kind().items(), key=lambda kv: self.kind_labels.get(kv[0], kv[0])
        ):
            lines.append(
                QCoreApplication.translate(
                    "ProgressPanel", "%1: %2 đơn vị, đã tổ chức %3, trễ hạn %4, cá nhân %5"
                )
                .replace("%1", self.kind_labels.get(kind, kind))
                .replace("%2", str(figures["units"]))
                .replace("%3", str(figures["held"]))
                .replace("%4", str(figures["late"]))
                .replace("%5", fmt_int(figures["individuals"]))
            )
        levels = report.totals_by_level()
        if len(levels) > 1:
            lines.append(
                QCoreApplication.translate("ProgressPanel", "<i>Tổng theo cấp:</i> ")
                + "; ".join(
                    QCoreApplication.translate(
                        "ProgressPanel", "cấp %1: %2 đơn vị, đã tổ chức %3, trễ hạn %4"
                    )
                    .replace("%1", str(level))
                    .replace("%2", str(f["units"]))
                    .replace("%3", str(f["held"]))
                    .replace("%4", str(f["late"]))
                    for level, f in levels.items()
                )
            )
        self.totals.setText("<br>".join(lines))

    def _charts(self, rows: list[UnitProgress]) -> None:
        """The charts follow the filters: they draw the units the table shows."""
        report = self.report
        self.by_field.set_data([(report.fields[c], v) for c, v in report.by_field(rows).items() if v])
        self.by_target.set_data([(report.targets[c], v) for c, v in report.by_target(rows).items() if v])
        deadlines = [r.deadline for r in rows if r.deadline]
        self.completeness.set_data(report.completeness(rows), deadlines, len(rows))

    def visible_codes(self) -> list[str]:
        """Codes of the units shown as matching the filters (for tests and exports)."""
        codes: list[str] = []

        def walk(parent: QStandardItem | None) -> None:
            count = parent.rowCount() if parent else self.model.rowCount()
            for i in range(count):
                item = parent.child(i, 0) if parent else self.model.item(i, 0)
                if item.foreground().color() != DIMMED:
                    codes.append(item.text().rsplit("(", 1)[1].rstrip(")"))
                walk(item)

        walk(None)
        return codes

    def save_charts(self, folder: Path | None = None) -> list[Path]:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("ProgressPanel", "Lưu biểu đồ vào thư mục"),
                str(last_folder(LAST_DIR)),
            )
            if not chosen:
                return []
            folder = Path(chosen)
            remember_folder(LAST_DIR, folder)
        written = []
        for name, chart in (
            ("linh-vuc", self.by_field),
            ("doi-tuong", self.by_target),
            ("tien-do", self.completeness),
        ):
            if chart.width() < 100:
                chart.resize(720, 360)
            path = folder / f"bieu-do-{name}.png"
            try:
                with replacing(path) as partial:
                    if not chart.grab().save(str(partial), "PNG"):
                        raise OSError("cannot write the picture")
            except AppError as exc:
                QMessageBox.warning(
                    self, QCoreApplication.translate("ProgressPanel", "Lưu biểu đồ"), say(exc)
                )
                break
            written.append(path)
        if written:
            self.files_written.emit(
                written,
                QCoreApplication.translate("ProgressPanel", "Đã lưu %2 biểu đồ vào thư mục %1").replace(
                    "%2", str(len(written))
                ),
            )
        return written
