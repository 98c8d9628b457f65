"""The two form sections: the conference, and the unit with its document settings.

Each widget is named after the field it edits; every change is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.domain.fields import InvalidValue
from app.errors import AppError
from app.services.catalogues import catalogue
from app.services.conference import STATUSES, update_conference
from app.services.printing import check_settings, save_profile
from app.store.db import Store
from app.store.models import Conference, Unit, UnitProfile
from app.store.values import check_value, value_kinds
from app.ui.commands import EditField
from app.ui.forms import load_form


def _value_of(widget: QWidget) -> Any:  # noqa: ANN401
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        d = widget.date()
        return date(d.year(), d.month(), d.day())
    if isinstance(widget, QTimeEdit):
        t = widget.time()
        return time(t.hour(), t.minute())
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    raise TypeError(widget)


def _show(widget: QWidget, value: Any) -> None:  # noqa: ANN401
    blocker = QSignalBlocker(widget)
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime(value.hour, value.minute) if value else QTime(7, 30))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
    del blocker


def _changed_signal(widget: QWidget):  # noqa: ANN202
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit | QTimeEdit):
        return widget.editingFinished
    if isinstance(widget, QSpinBox):
        return widget.editingFinished
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    return widget.editingFinished


class _FormPanel(QWidget):
    changed = Signal()

    def __init__(self, form: str, fields: tuple[str, ...], undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.form = load_form(form, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.widgets: dict[str, QWidget] = {name: self.form.findChild(QWidget, name) for name in fields}
        self.values: dict[str, Any] = {}

    def connect_edits(self) -> None:
        """Listen to the widgets — only once they are filled, so filling them is not an edit."""
        for name, widget in self.widgets.items():
            _changed_signal(widget).connect(lambda *_a, n=name: self._edited(n))

    def _edited(self, name: str) -> None:
        new = _value_of(self.widgets[name])
        old = self.values.get(name)
        if new == old:
            return
        try:
            new = self.check_value(name, new)  # the rules of every door, before anything is stored
        except AppError as exc:
            _show(self.widgets[name], old)
            QMessageBox.warning(self, self.tr("Không lưu được"), exc.vi)
            return
        label = self.form.findChild(QWidget, f"{name}_label")
        text = label.text().rstrip(":") if label is not None else name
        self.undo.push(EditField(lambda v, n=name: self._apply(n, v), old, new, self.tr("Sửa “%1”").replace("%1", text)))

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


class ConferencePanel(_FormPanel):
    FIELDS = ("form", "title", "date", "start_time", "venue", "chair", "co_host", "status", "expected_attendance", "notes")

    def __init__(self, store: Store, conference_id: str, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__("conference", self.FIELDS, undo, parent)
        self.store = store
        self.conference_id = conference_id
        forms = self.widgets["form"]
        with store.session() as session:
            for item in catalogue(session, "conference_form"):
                forms.addItem(item.label, item.code)
        for code, label in STATUSES.items():
            self.widgets["status"].addItem(label, code)
        self.refresh()
        self.connect_edits()

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
        super().__init__("unit", self.FIELDS, undo, parent)
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
                "deadline": f"{group.deadline.strftime('%d/%m/%Y')} ({group.deadline_label})" if group and group.deadline else "—",
            }
            self.values = {name: getattr(profile, name, None) if profile else None for name in self.FIELDS}
        if not self.values.get("batch_size"):
            self.values["batch_size"] = 10
        for name, text in info.items():
            label = self.form.findChild(QWidget, name)
            label.setText(text)
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

    def store_value(self, name: str, value: Any) -> None:  # noqa: ANN401
        save_profile(self.store, self.unit_id, **{name: value if value is not None else ""})

    def check_value(self, name: str, value: Any) -> Any:  # noqa: ANN401
        return check_settings(**{name: value}).get(name) if value is not None else None


Apply = Callable[[Any], None]
