"""Cell editors by field kind: combo boxes for catalogues, date and time editors, spin boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from app.ui.table_model import RecordTableModel

DATE_FORMAT = "dd/MM/yyyy"


class FieldDelegate(QStyledItemDelegate):
    def _column(self, index: QModelIndex | QPersistentModelIndex):  # noqa: ANN202
        model = index.model()
        return model.column(index) if isinstance(model, RecordTableModel) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        column = self._column(index)
        if column is None:
            return super().createEditor(parent, option, index)
        kind = column.kind.name
        if kind == "catalogue":
            combo = QComboBox(parent)
            combo.setEditable(True)  # a value the office writes its own way is kept
            choices = index.model().source.choices(column.catalogue) or {}
            if not column.kind.required:
                combo.addItem("", "")
            for code, label in choices.items():
                combo.addItem(label, code)
            return combo
        if kind in ("int", "year", "minutes"):
            spin = QSpinBox(parent)
            spin.setRange(column.kind.minimum or (1900 if kind == "year" else 0),
                          column.kind.maximum or (date.today().year if kind == "year" else 1_000_000))
            if kind == "minutes":
                spin.setSuffix(" phút")
            return spin
        if kind == "date":
            edit = QDateEdit(parent)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            return edit
        if kind == "time":
            edit = QTimeEdit(parent)
            edit.setDisplayFormat("HH'h'mm")
            return edit
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position >= 0:
                editor.setCurrentIndex(position)
            else:
                editor.setEditText(str(value or ""))
        elif isinstance(editor, QSpinBox):
            try:
                editor.setValue(int(value))
            except (TypeError, ValueError):
                editor.setValue(editor.minimum())
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(str(value), DATE_FORMAT) if value else QDate.currentDate())
        elif isinstance(editor, QTimeEdit):
            editor.setTime(QTime.fromString(str(value), "HH'h'mm") if value else QTime(7, 30))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            data = editor.currentData()
            value = data if data is not None and editor.itemText(editor.currentIndex()) == text else text
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QDateEdit):
            value = editor.date().toString(DATE_FORMAT)
        elif isinstance(editor, QTimeEdit):
            value = editor.time().toString("HH'h'mm")
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
