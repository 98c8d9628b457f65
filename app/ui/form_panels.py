"""The two form sections: the conference, and the unit with its document settings.

Each widget is named after the field it edits; every change is one undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import FieldKind, InvalidValue, parse_value
from app.errors import AppError
from app.services import forms
from app.services.changes import Changes
from app.services.conference import FORM_FIELDS, FORM_KINDS, STATUS_NAMES, STATUSES, update_conference
from app.services.printing import PROFILE_KINDS, check_settings, save_profile
from app.store.db import Store
from app.ui.commands import EditField
from app.ui.editors import VALUE_KINDS, ValueEdit, fit_popup, show_refusal
from app.ui.failures import guarded
from app.ui.forms import load_form
from app.ui.i18n import InheritedTexts, say


def _value_of(widget: QWidget, kind: FieldKind) -> Any:  # noqa: ANN401
    """The stored value for what *widget* holds, read by the domain (raises ``InvalidValue``)."""
    if isinstance(widget, QComboBox):
        return parse_value(kind, widget.currentData())
    if isinstance(widget, ValueEdit):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return parse_value(kind, widget.toPlainText())
    if isinstance(widget, QLineEdit):
        return parse_value(kind, widget.text())
    raise TypeError(widget)


def _show(widget: QWidget, value: Any) -> None:  # noqa: ANN401
    blocker = QSignalBlocker(widget)
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif isinstance(widget, ValueEdit):
        widget.set_value(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
    del blocker


def _changed_signals(widget: QWidget) -> list:
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, ValueEdit):
        return [widget.editingFinished, widget.picked]
    return [widget.editingFinished]


class _FormPanel(InheritedTexts, QWidget):
    changed = Signal()
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        form: str,
        fields: tuple[str, ...],
        kinds: dict[str, FieldKind],
        undo: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo = undo
        self.form = load_form(form, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.kinds = {name: kinds.get(name, FieldKind("text")) for name in fields}
        self.widgets: dict[str, QWidget] = {name: self._editor(name) for name in fields}
        for widget in self.widgets.values():
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.installEventFilter(self)
        self.values: dict[str, Any] = {}

    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z / Ctrl+Y in a field with nothing of its own to undo (the official moved on to the
        next field after an edit) undo or redo the form's last edit, as everywhere else in the desk:
        a text field would otherwise take the keys and do nothing."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
                event.keyCombination()
            ) == QKeySequence("Ctrl+Y")  # the desk's Làm lại answers Ctrl+Y on every system
            # the two kinds of field watched: a line edit, or a text box and its document
            field = watched if isinstance(watched, QLineEdit) else watched.document()
            own = (undo and field.isUndoAvailable()) or (redo and field.isRedoAvailable())
            if (undo or redo) and not own:
                event.ignore()  # not the field's: the desk's Hoàn tác / Làm lại shortcut takes it
                return True
        return super().eventFilter(watched, event)

    def _editor(self, name: str) -> QWidget:
        """The form's widget for *name*; a number, date or time field gets a :class:`ValueEdit` in
        place of the form's line edit (the form stays plain Qt Designer)."""
        widget = self.form.findChild(QWidget, name)
        kind = self.kinds[name]
        if kind.name not in VALUE_KINDS:
            return widget
        editor = ValueEdit(kind, widget.parentWidget())
        editor.setObjectName(name)
        self.form.layout().findChild(QFormLayout, "form").replaceWidget(widget, editor)
        label = self.form.findChild(QLabel, f"{name}_label")
        if label is not None:
            label.setBuddy(editor)
        QWidget.setTabOrder(widget, editor)
        widget.hide()
        widget.deleteLater()
        return editor

    def connect_edits(self) -> None:
        """Listen to the widgets — only once they are filled, so filling them is not an edit."""
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                fit_popup(widget)
            for signal in _changed_signals(widget):
                signal.connect(lambda *_a, n=name: self._edited(n))

    def _edited(self, name: str) -> None:
        widget = self.widgets[name]
        try:
            new = _value_of(widget, self.kinds[name])
        except InvalidValue as exc:
            self._refuse(widget, say(exc))
            return
        if isinstance(widget, ValueEdit):
            widget.mark_refused(None)
        old = self.values.get(name)
        if new == old:
            if isinstance(widget, ValueEdit | QLineEdit):
                _show(widget, old)  # "20032025" is shown back as 20/03/2025
            return
        try:
            new = self.check_value(name, new)  # the rules of every door, before anything is stored
        except AppError as exc:
            self._refuse(widget, say(exc))
            return
        label = self.form.findChild(QWidget, f"{name}_label")
        text = label.text().rstrip(":") if label is not None else name
        self.undo.push(
            EditField(
                lambda v, n=name: self._apply(n, v),
                old,
                new,
                self.tr("Sửa “%1”").replace("%1", text),
                getattr(self.undo, "announce", None),
                self,
            )
        )

    def _refuse(self, widget: QWidget, reason: str) -> None:
        """Nothing is stored: the reason shows at the field, which keeps the text and the focus
        for correcting (Esc puts the stored value back)."""
        if isinstance(widget, ValueEdit):
            widget.mark_refused(reason)
        show_refusal(widget, reason)
        self.message.emit(reason)
        QTimer.singleShot(0, widget.setFocus)

    def _apply(self, name: str, value: Any) -> Changes:  # noqa: ANN401
        changes = self.store_value(name, value)
        self.values[name] = value
        _show(self.widgets[name], value)
        self.changed.emit()
        return changes

    def store_value(self, name: str, value: Any) -> Changes:  # noqa: ANN401
        """Write *value* through the service; return what changed."""
        raise NotImplementedError

    #: The tables whose changes this form shows.
    TABLES: tuple[str, ...] = ()

    def on_changes(self, changes: Changes, initiator: object) -> bool:
        """Read the form again when *changes* (announced by the window) touch it, unless it made them."""
        if initiator is self or not changes.touches(*self.TABLES):
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        raise NotImplementedError

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        """*value* as it will be stored, or :class:`AppError` saying why it cannot be."""
        return value

    def limit_lengths(self, limits: dict[str, int]) -> None:
        """A line cannot take more characters than its column holds (the bundle reader's limit)."""
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit) and name in limits:
                widget.setMaxLength(limits[name])


class ConferencePanel(_FormPanel):
    FIELDS = FORM_FIELDS
    TABLES = ("conferences",)

    def __init__(
        self, store: Store, conference_id: str, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__("conference", self.FIELDS, FORM_KINDS, undo, parent)
        self.store = store
        self.conference_id = conference_id
        for code, label in forms.conference_forms(store):
            self.widgets["form"].addItem(label, code)
        for code in STATUSES:
            self.widgets["status"].addItem("", code)
        self.retranslate()
        self.refresh()
        self.connect_edits()

    def retranslate(self) -> None:
        """The status choices in the current language (the form's labels follow by themselves)."""
        for number, name in enumerate(STATUS_NAMES.values()):
            self.widgets["status"].setItemText(number, say(name))

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.values = forms.conference_values(self.store, self.conference_id)
        for name, value in self.values.items():
            _show(self.widgets[name], value)

    def store_value(self, name: str, value: Any) -> Changes:  # noqa: ANN401
        return update_conference(self.store, self.conference_id, name, value)

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        return forms.check_conference_value(name, value)


class UnitPanel(_FormPanel):
    FIELDS = forms.PROFILE_FIELDS
    TABLES = ("units", "unit_profiles", "plans", "conferences")

    def __init__(self, store: Store, unit_id: str, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__("unit", self.FIELDS, PROFILE_KINDS, undo, parent)
        self.store = store
        self.unit_id = unit_id
        self.refresh()
        self.limit_lengths(forms.profile_limits())
        self.connect_edits()

    def refresh(self) -> None:
        sheet = forms.unit_sheet(self.store, self.unit_id)
        self.values = dict(sheet.values)
        for name, text in sheet.facts.items():
            label = self.form.findChild(QWidget, name)
            label.setText(text)
            label.setWordWrap(True)  # a long group name wraps instead of widening the window
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for name, value in self.values.items():
            _show(self.widgets[name], value)
        self._placeholders()

    def _placeholders(self) -> None:
        """Show, greyed, what prints when a field is left empty."""
        from app.services.conference import unit_conference
        from app.services.printing.context import load_profile

        conference = unit_conference(self.store, self.unit_id)
        if conference is None:
            return
        try:
            profile = load_profile(self.store, conference.id)
        except Exception:  # noqa: BLE001 — placeholders are a courtesy, never an error
            return
        defaults = {
            "parent_body": profile.parent_body,
            "issuing_body": profile.issuing_body.replace("\n", " "),
            "place_name": profile.place,
            "signer_name": profile.signer_name,
            "signer_title": profile.signer_title,
            "authority": profile.authority,
            "mc_name": "Ban Tổ chức phân công",
            "reader_name": "đại diện bộ phận thi đua, khen thưởng",
        }
        for name, text in defaults.items():
            widget = self.widgets[name]
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(text)
                widget.setProperty("document_text", True)  # printed words: Vietnamese in either language

    def store_value(self, name: str, value: Any) -> Changes:  # noqa: ANN401
        return save_profile(self.store, self.unit_id, **{name: value if value is not None else ""})

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        return check_settings(**{name: value}).get(name) if value is not None else None
