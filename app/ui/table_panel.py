"""A section of the desk that shows one list: toolbar, accent-insensitive search, the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import InvalidValue
from app.services.changes import Changes
from app.ui.columns import header, width
from app.ui.delegates import FieldDelegate
from app.ui.editors import show_refusal
from app.ui.failures import guarded
from app.ui.i18n import InheritedTexts, say
from app.ui.table_model import RecordTableModel


class RecordTableView(QTableView):
    """A table that pastes multi-row text from Excel (tab-separated) as one undoable change."""

    def __init__(self, panel: TablePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    @guarded()
    def keyPressEvent(self, event: Any) -> None:  # noqa: N802, ANN401
        if self.panel.model.source.spec.read_only and (
            event.matches(QKeySequence.StandardKey.Paste) or event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.panel.message.emit(
                QCoreApplication.translate(
                    "TablePanel", "Danh sách tổng hợp chỉ để xem: dữ liệu thuộc đơn vị cấp dưới."
                )
            )
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.panel.paste(QGuiApplication.clipboard().text())
            return
        if (
            event.matches(QKeySequence.StandardKey.Delete)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.panel.delete_selected()
            return
        super().keyPressEvent(event)


class TablePanel(InheritedTexts, QWidget):
    message = Signal(str)  # for the status bar

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.last_refusal = ""  # the reason of the last value refused at a cell
        spec = model.source.spec
        self.toolbar = QToolBar(self)
        self.view = RecordTableView(self)
        if not spec.read_only:
            self.add_action = self._action("Ctrl+Shift+N", self.add_row)
            self.delete_action = self._action(None, self.delete_selected)
        if spec.movable:
            self.up_action = self._action("Ctrl+Up", lambda: self.move_selected(-1))
            self.down_action = self._action("Ctrl+Down", lambda: self.move_selected(1))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(spec.searchable)  # a list without search shows no dead search box
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel(self)

        self.view.setModel(model)
        self.view.setContextMenuPolicy(
            Qt.ContextMenuPolicy.ActionsContextMenu
        )  # right-click: the same actions
        self.view.setItemDelegate(FieldDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(26)
        if spec.movable:
            self.view.setDragEnabled(True)
            self.view.setAcceptDrops(True)
            self.view.setDropIndicatorShown(True)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        if not spec.reorderable:
            # Start on the list's own order (persons: Vietnamese name order; invitees: protocol
            # order), then let headers sort.
            natural = next(
                (
                    i
                    for i, c in enumerate(spec.columns)
                    if c.order_column == (spec.computed_order or spec.order)
                ),
                -1,
            )
            self.view.horizontalHeader().setSortIndicator(natural, Qt.SortOrder.AscendingOrder)
            self.view.setSortingEnabled(True)
        for number, column in enumerate(spec.columns):
            self.view.setColumnWidth(number, width(spec.name, column.key))
        self.view.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        model.invalid.connect(self._refused)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.reloaded.connect(self.select_ids)
        self.retranslate()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """The window announced a write: the list reads its data again if it shows what changed."""
        self.model.on_changes(changes, initiator)

    def _action(self, shortcut: str | None, slot) -> QAction:  # noqa: ANN001
        """An action of the list's toolbar, also on the table's right-click menu; its text is set
        by :meth:`retranslate`."""
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        self.view.addAction(action)
        return action

    def retranslate(self) -> None:
        """The panel's words in the current language (a language switch keeps every widget)."""
        for name, text in (
            ("add_action", self.tr("Thêm dòng")),
            ("delete_action", self.tr("Xóa dòng")),
            ("up_action", self.tr("Lên")),
            ("down_action", self.tr("Xuống")),
        ):
            if hasattr(self, name):
                getattr(self, name).setText(text)
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu)… Ctrl+F"))
        self._update_count()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_count(self, *_args: Any) -> None:  # noqa: ANN401
        total = self.model.total
        shown = self.model.rowCount()
        text = self.tr("%n dòng", "", total)
        if self.model.source.search:
            text = self.tr("Tìm thấy %n dòng", "", total)
        if shown < total:
            text = self.tr("%1 (đang hiện %2)").replace("%1", text).replace("%2", str(shown))
        self.count_label.setText(text)

    def _refused(self, index: QModelIndex, reason: str) -> None:
        self.last_refusal = reason
        show_refusal(self.view.viewport(), reason, self.view.visualRect(index))
        self.message.emit(reason)

    def focus_search(self) -> None:
        if not self.search.isVisible() and not self.model.source.spec.searchable:
            self.message.emit(self.tr("Mục này không có ô tìm (chỉ các danh sách người có)."))
            return
        self.search.setFocus()
        self.search.selectAll()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()}) or (
            [self.view.currentIndex().row()] if self.view.currentIndex().isValid() else []
        )

    def select_ids(self, ids: list[str]) -> None:
        self.view.clearSelection()
        first = None
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                first = row if first is None else first
                self.view.selectRow(row)
        if first is not None:
            self.view.scrollTo(self.model.index(first, 0))

    def add_row(self) -> None:
        rows = self.selected_rows()
        position = rows[-1] + 1 if rows and self.model.source.spec.reorderable else None
        first_editable = next(c for c in self.model.source.spec.columns if c.editable)
        default = {"title": self.tr("(nội dung mới)")} if first_editable.key == "title" else {}
        if first_editable.key == "name":
            default = {"name": self.tr("(họ và tên)")}
        if first_editable.key in ("presenter",):
            default = {"presenter": self.tr("(người trình bày)"), "title": self.tr("(chủ đề)")}
        if first_editable.key in ("period", "form"):
            default = {"form": "giay-khen-chu-tich-xa"}
        self.model.insert_rows([default], position)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.delete_rows(rows)

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            target = rows[0] + step
            if 0 <= target < self.model.rowCount():
                self.model.move_row(rows[0], target)

    def paste(self, text: str) -> None:
        """Paste a block copied from Excel at the current cell: existing rows are edited, rows
        beyond the end are added. Every value is checked first; one wrong value cancels all."""
        lines = [
            line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n") if line != ""
        ]
        if not lines:
            return
        current = self.view.currentIndex()
        start_row = current.row() if current.isValid() else self.model.rowCount()
        # nothing selected: start at the first free-text column (a list copied from Excel
        # starts with names, not with a yes/no or a catalogue choice)
        start_col = (
            current.column()
            if current.isValid()
            else next(
                i
                for i, c in enumerate(self.model.source.spec.columns)
                if c.editable and c.kind.name == "text" and c.catalogue is None
            )
        )
        spec = self.model.source.spec
        columns = spec.columns
        edits: list[tuple[int, str, Any]] = []
        new_rows: list[dict[str, Any]] = []
        for r, cells in enumerate(lines):
            values: dict[str, Any] = {}
            for c, cell in enumerate(cells):
                number = start_col + c
                if number >= len(columns) or not columns[number].editable:
                    continue
                try:
                    values[columns[number].key] = self.model.source.parse(columns[number].key, cell)
                except InvalidValue as exc:
                    QMessageBox.warning(
                        self,
                        self.tr("Không dán được"),
                        self.tr("Dòng %1, cột “%2”: %3\nChưa dán gì.")
                        .replace("%1", str(r + 1))
                        .replace("%2", header(spec.name, columns[number].key))
                        .replace("%3", say(exc)),
                    )
                    return
            row = start_row + r
            if row < self.model.rowCount():
                edits += [(row, key, value) for key, value in values.items()]
            elif values:
                new_rows.append(values)
        undo = self.model.undo
        undo.beginMacro(self.tr("Dán %n dòng", "", len(lines)))
        try:
            for row, key, value in edits:
                record = self.model.rows[row]
                if record.get(key) != value:
                    from app.ui.commands import EditCell

                    undo.push(EditCell(self.model, record["id"], key, record.get(key), value, key))
            if new_rows:
                self.model.insert_rows(new_rows, None)
        finally:
            undo.endMacro()
