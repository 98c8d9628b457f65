"""Consolidated lists of the units below (read-only, with review notes and the delegate roll-up)
and the review notes section (notes from above to resolve, notes written here)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.formats import fmt_date
from app.errors import AppError
from app.services import reviews
from app.services.changes import Changes
from app.store.db import Store
from app.ui.commands import Made
from app.ui.failures import guarded
from app.ui.i18n import say
from app.ui.operations import Operations
from app.ui.table_model import RECORD_ID_ROLE
from app.ui.table_panel import TablePanel

APPROVED = QColor("#d4edda")


class ConsolidatedPanel(TablePanel):
    """A list of every unit below, read-only; review notes on any row; for delegates, approval
    for this level's conference (the roll-up)."""

    def __init__(self, model, store: Store, table: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(model, parent)
        self.store, self.table = store, table
        self.note_action = self._action(None, self.write_note)
        if table == "delegates":
            self.approve_action = self._action(None, self.approve)
            self.withdraw_action = self._action(None, self.withdraw)
            model.modelReset.connect(self._mark_approved)
            model.rowsInserted.connect(self._mark_approved)
            self._mark_approved()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "note_action"):
            return  # called by the base class before this panel's actions exist
        self.note_action.setText(self.tr("Góp ý cho đơn vị…"))
        if self.table == "delegates":
            self.approve_action.setText(self.tr("Duyệt dự cấp này"))
            self.withdraw_action.setText(self.tr("Bỏ duyệt"))

    @classmethod
    def for_table(
        cls,
        store: Store,
        table: str,
        undo=None,  # noqa: ANN001
        english: bool = False,
        parent: QWidget | None = None,
    ) -> ConsolidatedPanel:
        """The consolidated list *table* ("honorees", "speeches", "delegates") of every unit below."""
        from app.services.records import CONSOLIDATED, RecordSource
        from app.services.reviews import units_below
        from app.ui.table_model import RecordTableModel

        source = RecordSource(store, CONSOLIDATED[f"all_{table}"], owners=tuple(units_below(store)))
        model = RecordTableModel(source, undo if undo is not None else Operations(store=store), parent)
        model.english = english
        model.reload()
        return cls(model, store, table, parent)

    def selected_ids(self) -> list[str]:
        return [self.model.index(r, 0).data(RECORD_ID_ROLE) for r in self.selected_rows()]

    def write_note(self, text: str | None = None) -> int:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(self.tr("Hãy chọn dòng cần góp ý."))
            return 0
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Góp ý cho đơn vị cấp dưới"),
                self.tr("Nội dung góp ý (gửi xuống trong gói dữ liệu tới):"),
            )
            if not ok:
                return 0
        history = self.model.undo
        count = len(ids)
        try:  # one undoable step: Ctrl+Z takes the notes back before they travel
            history.push(
                Made(
                    self.tr("Góp ý %n dòng", "", count),
                    lambda: reviews.add_notes(self.store, self.table, ids, text),
                    lambda notes, back: reviews.withdraw_notes(self.store, notes, back),
                    getattr(history, "announce", None),
                    self,
                )
            )
        except AppError as exc:
            self.message.emit(say(exc))
            return 0
        self.message.emit(
            self.tr("Đã ghi %1 góp ý; sẽ gửi xuống trong gói tới.").replace("%1", str(len(ids)))
        )
        return len(ids)

    def approve(self) -> int:
        try:
            made = self._execute(lambda: reviews.approve_delegates(self.store, self.selected_ids()))
        except AppError as exc:
            self.message.emit(say(exc))
            return 0
        self.message.emit(
            self.tr("Đã duyệt %1 đại biểu; gửi lên cấp trên trong gói tới.").replace("%1", str(made))
        )
        self._mark_approved()
        return made

    def withdraw(self) -> int:
        removed = self._execute(lambda: reviews.withdraw_delegates(self.store, self.selected_ids()))
        self._mark_approved()
        return removed

    def _execute(self, call):  # noqa: ANN001
        """A write announced to the window (the roll-up's delegates are this unit's own list)."""
        result = call()
        announce = getattr(self.model.undo, "announce", None)
        if announce is not None and result:
            announce(Changes.of_tables(["delegates"]), self)
        return result

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Records of the units below change only by bundles; the approvals by this panel too."""
        if self.model.on_changes(changes, initiator) and self.table == "delegates":
            self._mark_approved()

    def _mark_approved(self, *_args: object) -> None:
        self.model.highlight = {k: APPROVED for k in reviews.rolled_up(self.store)}
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )


class ReviewPanel(QWidget):
    """Góp ý: notes from above about this unit's records (to resolve), and notes written here."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewPanel", "Ngày"),
        QT_TRANSLATE_NOOP("ReviewPanel", "Về"),
        QT_TRANSLATE_NOOP("ReviewPanel", "Nội dung góp ý"),
        QT_TRANSLATE_NOOP("ReviewPanel", "Tình trạng"),
        QT_TRANSLATE_NOOP("ReviewPanel", "Cách xử lý"),
    )

    def __init__(
        self, store: Store, parent: QWidget | None = None, operations: Operations | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operations = operations  # the window's: a resolution is announced there
        self.incoming = self._table()
        self.outgoing = self._table()
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(lambda: self.resolve())
        row = QHBoxLayout()
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        self.incoming_label, self.outgoing_label = QLabel(), QLabel()
        layout = QVBoxLayout(self)
        self.incoming_label.setWordWrap(True)  # never wider than a 1024-pixel screen
        layout.addWidget(self.incoming_label)
        layout.addWidget(self.incoming, 1)
        layout.addLayout(row)
        layout.addWidget(self.outgoing_label)
        layout.addWidget(self.outgoing, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's words in the current language (the notes are read again)."""
        self.resolve_button.setText(self.tr("Đánh dấu đã xử lý…"))
        self.incoming_label.setText(
            self.tr(
                "<b>Góp ý của cấp trên về dữ liệu của đơn vị</b> (xử lý xong, gói gửi "
                "lên cấp trên sẽ mang theo cách xử lý)"
            )
        )
        self.outgoing_label.setText(self.tr("<b>Góp ý đơn vị đã gửi cho cấp dưới</b>"))
        for table in (self.incoming, self.outgoing):
            table.setHorizontalHeaderLabels(
                [QCoreApplication.translate("ReviewPanel", h) for h in self.HEADERS]
            )
        self.reload()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.HEADERS))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 240, 360, 90)):
            table.setColumnWidth(column, width)
        return table

    def reload(self) -> None:
        for table, notes in (
            (self.incoming, reviews.notes_for_this_unit(self.store)),
            (self.outgoing, reviews.notes_written_here(self.store)),
        ):
            table.setRowCount(0)
            for note in notes:
                number = table.rowCount()
                table.insertRow(number)
                state = self.tr("Đã xử lý") if note.status == "resolved" else self.tr("Chưa xử lý")
                cells = (
                    fmt_date(note.created_at.date()) if note.created_at else "",
                    reviews.note_target_label(self.store, note),
                    note.text,
                    state,
                    note.resolution or "",
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, note.id)
                    if note.status == "open":
                        item.setBackground(QBrush(QColor("#fff3cd")))
                    table.setItem(number, column, item)

    def resolve(self, resolution: str | None = None) -> bool:
        row = self.incoming.currentRow()
        if row < 0:
            return False
        note_id = self.incoming.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if resolution is None:
            resolution, ok = QInputDialog.getMultiLineText(
                self, self.tr("Xử lý góp ý"), self.tr("Đơn vị đã xử lý thế nào:")
            )
            if not ok:
                return False
        changes = reviews.resolve_note(self.store, note_id, resolution)
        self.reload()
        if self.operations is not None:
            self.operations.announce(changes, self)
        return True

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches("review_notes"):
            self.reload()
