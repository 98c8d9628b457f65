"""Cell editors by field kind: combo boxes for catalogues, :class:`ValueEdit` for numbers, years,
minutes, dates and times, line edits for text. What an editor holds goes through the model's
``setData`` (the domain's ``parse_value``) — a value the official did not type is never stored."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.domain.fields import InvalidValue
from app.ui.editors import VALUE_KINDS, ValueEdit, fit_popup
from app.ui.failures import guarded
from app.ui.i18n import say
from app.ui.table_model import RecordTableModel

COMMIT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FieldDelegate(QStyledItemDelegate):
    def _column(self, index: QModelIndex | QPersistentModelIndex):
        model = index.model()
        return model.column(index) if isinstance(model, RecordTableModel) else None

    @guarded()
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        column = self._column(index)
        if column is None:
            return super().createEditor(parent, option, index)
        field = index.model().source.kind(column.key)  # required when the database takes no empty value
        kind = field.name
        if kind == "catalogue":
            editor: QWidget = QComboBox(parent)
            editor.setEditable(True)  # a value the office writes its own way is kept
            choices = index.model().source.choices(column.catalogue, index.model().english) or {}
            if not field.required:
                editor.addItem("", "")
            for code, label in choices.items():
                editor.addItem(label, code)
                editor.setItemData(editor.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            fit_popup(editor)
        elif kind in VALUE_KINDS:
            editor = ValueEdit(field, parent)
        else:
            editor = QLineEdit(parent)
        editor.cell = QPersistentModelIndex(index)  # for the check on Tab / Enter (eventFilter)
        return editor

    @guarded()
    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position >= 0:
                editor.setCurrentIndex(position)
            else:
                editor.setEditText(str(value or ""))
        elif isinstance(editor, ValueEdit):
            editor.stored = str(value or "")
            editor.setText(editor.stored)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    @staticmethod
    def typed(editor: QWidget) -> object:
        """What the editor holds, as the model's ``setData`` takes it (text, or a catalogue code)."""
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            data = editor.currentData()
            return data if data is not None and editor.itemText(editor.currentIndex()) == text else text
        return editor.text()

    @guarded()
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox | QLineEdit):
            model.setData(index, self.typed(editor), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @guarded(False)
    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Tab or Enter on a value the column refuses keeps the editor open, with the reason at the
        cell (the text stays for correcting; Esc gives up)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in COMMIT_KEYS
        ):
            cell = getattr(editor, "cell", None)
            model = cell.model() if cell is not None and cell.isValid() else None
            if isinstance(model, RecordTableModel):
                try:
                    model.source.parse(model.column(cell.column()).key, self.typed(editor))
                except InvalidValue as exc:
                    if isinstance(editor, ValueEdit):
                        editor.mark_refused(say(exc))
                    model.invalid.emit(model.index(cell.row(), cell.column()), say(exc))
                    return True
        return super().eventFilter(editor, event)

    @guarded(False)
    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        """A cell's text cut by its column shows whole in a tooltip (a model's own tip comes first)."""
        if (
            event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text and self.is_cut(option, index):
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
        return super().helpEvent(event, view, option, index)

    def is_cut(self, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        """Whether the cell's text is wider than the room the cell gives it."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return False
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        room = (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).width()
            if style is not None
            else opt.rect.width()
        )
        return opt.fontMetrics.horizontalAdvance(str(text)) > room - 6
