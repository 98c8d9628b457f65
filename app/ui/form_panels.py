"""The two form sections: the conference, and the unit with its document settings.

Each widget is named after the field it edits; every change is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.domain.fields import FieldKind, InvalidValue, parse_value
from app.domain.formats import fmt_date
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.conference import FORM_KINDS, STATUSES, update_conference
from app.services.printing import PROFILE_KINDS, check_settings, save_profile
from app.store.db import Store
from app.store.models import Conference, Unit, UnitProfile
from app.store.values import check_value, value_kinds
from app.ui.commands import EditField
from app.ui.editors import VALUE_KINDS, ValueEdit, fit_popup, show_refusal
from app.ui.failures import guarded
from app.ui.forms import load_form
from app.ui.i18n import InheritedTexts


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


def _changed_signals(widget: QWidget) -> list:  # noqa: ANN202
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

    def __init__(self, form: str, fields: tuple[str, ...], kinds: dict[str, FieldKind], undo: QUndoStack,
                 parent: QWidget | None = None) -> None:
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
        self.values: dict[str, Any] = {}

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
            self._refuse(widget, exc.vi)
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
            self._refuse(widget, exc.vi)
            return
        label = self.form.findChild(QWidget, f"{name}_label")
        text = label.text().rstrip(":") if label is not None else name
        self.undo.push(EditField(lambda v, n=name: self._apply(n, v), old, new, self.tr("Sửa “%1”").replace("%1", text)))

    def _refuse(self, widget: QWidget, reason: str) -> None:
        """Nothing is stored: the reason shows at the field, which keeps the text and the focus
        for correcting (Esc puts the stored value back)."""
        if isinstance(widget, ValueEdit):
            widget.mark_refused(reason)
        show_refusal(widget, reason)
        self.message.emit(reason)
        QTimer.singleShot(0, widget.setFocus)

    def _apply(self, name: str, value: Any) -> None:  # noqa: ANN401
        self.store_value(name, value)
        self.values[name] = value
        _show(self.widgets[name], value)
        self.changed.emit()

    def store_value(self, name: str, value: Any) -> None:  # noqa: ANN401
        raise NotImplementedError

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        """*value* as it will be stored, or :class:`AppError` saying why it cannot be."""
        return value

    def limit_lengths(self, model: type) -> None:
        """A line cannot take more characters than its column holds (the bundle reader's limit)."""
        kinds = value_kinds(model)
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit) and name in kinds and kinds[name].limit:
                widget.setMaxLength(kinds[name].limit)


# The conference's states (app.services.conference.STATUSES), listed for the translation.
_STATUS_NAMES = (QT_TRANSLATE_NOOP("ConferencePanel", "Dự kiến"), QT_TRANSLATE_NOOP("ConferencePanel", "Đã tổ chức"),
                 QT_TRANSLATE_NOOP("ConferencePanel", "Đã báo cáo"))


class ConferencePanel(_FormPanel):
    FIELDS = ("form", "title", "date", "start_time", "venue", "chair", "co_host", "status", "expected_attendance", "notes")

    def __init__(self, store: Store, conference_id: str, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__("conference", self.FIELDS, FORM_KINDS, undo, parent)
        self.store = store
        self.conference_id = conference_id
        forms = self.widgets["form"]
        with store.session() as session:
            for item in catalogue(session, "conference_form"):
                forms.addItem(item.label, item.code)
        for code in STATUSES:
            self.widgets["status"].addItem("", code)
        self.retranslate()
        self.refresh()
        self.connect_edits()

    def retranslate(self) -> None:
        """The status choices in the current language (the form's labels follow by themselves)."""
        for number, label in enumerate(STATUSES.values()):
            self.widgets["status"].setItemText(number, QCoreApplication.translate("ConferencePanel", label))

    @guarded()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        with self.store.session() as session:
            conference = session.get(Conference, self.conference_id)
            self.values = {name: getattr(conference, name) for name in self.FIELDS}
        for name, value in self.values.items():
            _show(self.widgets[name], value)

    def store_value(self, name: str, value: Any) -> None:  # noqa: ANN401
        update_conference(self.store, self.conference_id, name, value)

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        try:
            return check_value(Conference, name, value)
        except InvalidValue as exc:
            raise AppError(exc.vi, str(exc)) from exc


class UnitPanel(_FormPanel):
    FIELDS = ("parent_body", "issuing_body", "place_name", "signer_name", "signer_title", "authority",
              "mc_name", "reader_name", "batch_size")

    def __init__(self, store: Store, unit_id: str, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__("unit", self.FIELDS, PROFILE_KINDS, undo, parent)
        self.store = store
        self.unit_id = unit_id
        self.refresh()
        self.limit_lengths(UnitProfile)
        self.connect_edits()

    def refresh(self) -> None:
        with self.store.session() as session:
            unit = session.get(Unit, self.unit_id)
            parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
            kinds = {i.code: i.label for i in catalogue(session, "unit_kind")}
            rules = self._rules(session)
            profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == self.unit_id)).first()
            group = rules.group(unit.unit_group)
            info = {
                "code": unit.code, "name": unit.name, "kind": kinds.get(unit.kind, unit.kind),
                "group": f"{unit.unit_group} — {group.label}" if group else (unit.unit_group or ""),
                "parent": f"{parent.name} ({parent.code})" if parent else "—",
                "deadline": f"{fmt_date(group.deadline)} ({group.deadline_label})" if group and group.deadline else "—",
            }
            self.values = {name: getattr(profile, name, None) if profile else None for name in self.FIELDS}
        for name, text in info.items():
            label = self.form.findChild(QWidget, name)
            label.setText(text)
            label.setWordWrap(True)  # a long group name wraps instead of widening the window
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for name, value in self.values.items():
            _show(self.widgets[name], value)
        self._placeholders()

    def _rules(self, session: Any) -> Any:  # noqa: ANN401
        """The rules of the plan the unit's current conference follows (its group, its deadline)."""
        from app.services.conference import current_in
        from app.services.plans import default_plan, plan_of, rules_of

        chosen = current_in(session, self.unit_id)
        return rules_of(plan_of(session, chosen) if chosen else default_plan(session, self.unit_id))

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
        defaults = {"parent_body": profile.parent_body, "issuing_body": profile.issuing_body.replace("\n", " "),
                    "place_name": profile.place, "signer_name": profile.signer_name,
                    "signer_title": profile.signer_title, "authority": profile.authority,
                    "mc_name": "Ban Tổ chức phân công", "reader_name": "đại diện bộ phận thi đua, khen thưởng"}
        for name, text in defaults.items():
            widget = self.widgets[name]
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(text)
                widget.setProperty("document_text", True)  # printed words: Vietnamese in either language

    def store_value(self, name: str, value: Any) -> None:  # noqa: ANN401
        save_profile(self.store, self.unit_id, **{name: value if value is not None else ""})

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        return check_settings(**{name: value}).get(name) if value is not None else None


Apply = Callable[[Any], None]
