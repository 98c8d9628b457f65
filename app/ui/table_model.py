"""One generic table model for every list of the desk, configured by a ``TableSpec``.

Rows load lazily in pages (``canFetchMore``/``fetchMore``); sorting and searching are done by
the database (``RecordSource``), never by loading every row into a proxy model. Edits go through
the undo stack; invalid input is refused at the cell with a message, never stored.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from app.domain.fields import InvalidValue
from app.services.changes import Changes
from app.services.records import Column, RecordSource
from app.ui.columns import header
from app.ui.commands import DeleteRows, EditCell, InsertRows, MoveRow
from app.ui.failures import guarded
from app.ui.i18n import say

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-hoinghi-row-ids"
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    BATCH = 200

    changed = Signal()  # any data changed (the plan checks listen)
    invalid = Signal(QModelIndex, str)  # refused input, with the reason in the window's language
    reloaded = Signal(list)  # ids to select after a reload

    def __init__(self, source: RecordSource, undo: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.undo = undo
        self.english = False
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.highlight: dict[str, Any] = {}  # record id -> background colour (e.g. approved roll-up)

    # -- loading ------------------------------------------------------------------------------
    def reload(self, select_ids: list[str] | None = None) -> None:
        self.beginResetModel()
        self.total = self.source.count()
        self.rows = self.source.page(0, max(self.BATCH, len(self.rows)) if select_ids else self.BATCH)
        self.endResetModel()
        self.changed.emit()
        if select_ids:
            self.reloaded.emit(select_ids)

    @guarded(False)
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    @guarded()
    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self.source.page(len(self.rows), self.BATCH)
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)  # last is inclusive
        self.rows.extend(more)
        self.endInsertRows()

    def row_of(self, record_id: str) -> int:
        """The row showing *record_id*, loading further pages if needed (-1: not in this list)."""
        while True:
            for number, row in enumerate(self.rows):
                if row["id"] == record_id:
                    return number
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    # -- Qt model API -------------------------------------------------------------------------
    @guarded(0)
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    @guarded(0)
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.source.spec.columns)

    def column(self, index: ModelIndex | int) -> Column:
        number = index if isinstance(index, int) else index.column()
        return self.source.spec.columns[number]

    @guarded()
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: ANN401
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(self.source.spec.name, self.column(section).key)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    @guarded()
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.column(index)
        value = row.get(column.key)
        if role == Qt.ItemDataRole.BackgroundRole and row["id"] in self.highlight:
            return self.highlight[row["id"]]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind.name == "bool":
                return None
            return self.source.display(column, value, self.english)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind.name == "catalogue":
                return value or ""
            return self.source.display(column, value)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind.name == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind.name in ("int", "year", "minutes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole and column.catalogue and value:
            choices = self.source.choices(column.catalogue) or {}
            if value not in choices:
                return self.tr("Giá trị ngoài danh mục (được giữ nguyên như đã nhập).")
        return None

    @guarded(Qt.ItemFlag.NoItemFlags)
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.source.spec.movable else base
        column = self.column(index)
        if column.editable and not self.source.spec.read_only:
            base |= (
                Qt.ItemFlag.ItemIsUserCheckable if column.kind.name == "bool" else Qt.ItemFlag.ItemIsEditable
            )
        if self.source.spec.movable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    @guarded(False)
    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802, ANN401
        if not index.isValid() or self.source.spec.read_only:
            return False
        column = self.column(index)
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            parsed = self.source.parse(column.key, value)
        except InvalidValue as exc:
            self.invalid.emit(QModelIndex(index), say(exc))
            return False
        row = self.rows[index.row()]
        if parsed == row.get(column.key):
            return False
        name = header(self.source.spec.name, column.key)
        self.undo.push(
            EditCell(
                self,
                row["id"],
                column.key,
                row.get(column.key),
                parsed,
                self.tr("Sửa “%1”").replace("%1", name),
            )
        )
        return True

    @guarded()
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec_column = self.column(column)
        if spec_column.order_column is None:
            return
        self.source.sort_key = spec_column.key
        self.source.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_search(self, text: str) -> None:
        if text != self.source.search:
            self.source.search = text
            self.reload()

    # -- changes (called by the undo commands) --------------------------------------------------
    def apply_edit(self, record_id: str, key: str, value: Any) -> Changes:  # noqa: ANN401
        """Write one cell's value through the service; show the row as stored; return what changed."""
        changes = self.source.update(record_id, key, value)
        if (
            self.source.spec.reorderable or self.source.spec.computed_order
        ):  # following times, or the order, change
            self.reload(select_ids=[record_id])
            return changes
        number = self.row_of(record_id)
        fresh = self.source.get(record_id)
        if number >= 0 and fresh is not None:
            self.rows[number] = fresh
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
        self.changed.emit()
        return changes

    def depends_on(self) -> tuple[str, ...]:
        """The tables whose changes this list shows (the agenda's times follow the conference's
        start; the consolidated lists name the units)."""
        table = self.source.spec.table
        if table == "agenda_items":
            return (table, "conferences")
        if self.source.spec.scope == "owners":
            return (table, "units")
        return (table,)

    def on_changes(self, changes: Changes, initiator: object) -> bool:
        """Read the list again when *changes* (announced by the window) touch it — not when this
        model asked for them (it shows its own edits already). True if it did."""
        if initiator is self or not changes.touches(*self.depends_on()):
            return False
        if self.source.spec.read_only and initiator is not None:
            return False  # the records of units below change only by bundles (announced without initiator)
        self.source.forget()
        self.reload()
        return True

    def insert_rows(self, rows: list[dict[str, Any]], position: int | None = None) -> None:
        count = len(rows)  # (a plain name: lupdate reads no call as the count)
        self.undo.push(InsertRows(self, rows, position, self.tr("Thêm %n dòng", "", count)))

    def delete_rows(self, numbers: list[int]) -> None:
        ids = [self.rows[n]["id"] for n in sorted(set(numbers)) if n < len(self.rows)]
        if ids:
            count = len(ids)
            self.undo.push(DeleteRows(self, ids, self.tr("Xóa %n dòng", "", count)))

    def move_row(self, number: int, to: int) -> None:
        if self.source.spec.movable and 0 <= number < len(self.rows) and number != to:
            refusal = self.source.move_refusal(self.rows[number]["id"], to)
            if refusal:
                self.invalid.emit(self.index(number, 0), say(refusal))
                return
            self.undo.push(MoveRow(self, self.rows[number]["id"], to, self.tr("Đổi thứ tự")))

    # -- drag and drop (ordered tables) ---------------------------------------------------------
    @guarded(Qt.DropAction.MoveAction)
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    @guarded([])
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    @guarded()
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(ROW_MIME, QByteArray(json.dumps(rows).encode()))
        return data

    @guarded(False)
    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        rows = json.loads(bytes(data.data(ROW_MIME)).decode())
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        source_row = rows[0]
        if target > source_row:
            target -= 1
        self.move_row(source_row, target)
        return False  # the move is done by the command; the view must not remove rows itself
