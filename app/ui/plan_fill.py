"""The plan editor's tabs and the plan's document: every widget of :class:`~app.ui.plan_tabs.PlanTabs`
filled from the document (``show_document``), made read-only or editable, and the document read
back from them (``compose``). No text of its own: the words are the tabs'."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.fields import MINUTES, FieldKind, parse_value
from app.domain.formats import fmt_date, parse_date
from app.domain.plan import CHECKS
from app.domain.text import Text
from app.ui.i18n import say

DATE = FieldKind("date")
LIMIT = FieldKind("int", required=True, minimum=1, maximum=1440)
READ_ONLY = QColor("#fff3cd")


def _cell(text: object, check: bool | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if check is not None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if check else Qt.CheckState.Unchecked)
        item.setText("")
    return item


def _fill_checkable(widget: QListWidget, values: dict[str, str], chosen: list[str]) -> None:
    """*widget* lists *values* (code → label), the *chosen* codes checked (the list owns its items)."""
    widget.clear()
    for code, label in values.items():
        widget.addItem(label)
        item = widget.item(widget.count() - 1)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class PlanFill:
    """The part of :class:`~app.ui.plan_tabs.PlanTabs` that moves a plan between its document and its
    widgets (the widgets are built by the tabs)."""

    # -- showing ------------------------------------------------------------------------------
    def show_document(self) -> None:
        """Fill every widget from ``self.document`` (no edit is made by filling)."""
        data, rules = self.document, self.document.get("rules", {})
        document = data.get("document") or {}
        widgets = [
            self.name,
            self.kind,
            self.period,
            self.next_period,
            self.doc_number,
            self.doc_date,
            self.doc_body,
            self.max_minutes,
            self.title_template,
            self.groups,
            self.forms,
            self.agenda,
            self.movements,
            self.fields,
            self.targets,
            self.checks,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.code_label.setText(data.get("code", ""))
        self.name.setText(data.get("name", ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind"))))
        self.period.setText(data.get("period", ""))
        self.next_period.setText(rules.get("next_period", ""))
        self.doc_number.setText(document.get("number") or "")
        self.doc_date.setText(fmt_date(parse_date(document["date"])) if document.get("date") else "")
        self.doc_body.setText(document.get("body") or "")
        self.max_minutes.set_value(int(rules.get("max_minutes", 270)))
        self.title_template.setText((rules.get("wording") or {}).get("conference_title", ""))
        row = self.groups.currentRow()
        self.groups.setRowCount(0)
        for code, group in rules.get("groups", {}).items():
            self._append(
                self.groups,
                [
                    code,
                    group.get("label", ""),
                    fmt_date(parse_date(group["deadline"])) if group.get("deadline") else "",
                    group.get("deadline_label", ""),
                    group.get("max_minutes", rules.get("max_minutes", 270)),
                ],
            )
        self.groups.setCurrentCell(max(0, min(row, self.groups.rowCount() - 1)), 1)
        self.agenda.setRowCount(0)
        for item in rules.get("agenda", []):
            self._append(
                self.agenda,
                [item.get("code"), item.get("title"), item.get("minutes", 0)],
                bool(item.get("required")),
            )
        self.movements.setRowCount(0)
        for movement in rules.get("movements", []):
            self._append(self.movements, [movement.get("code"), movement.get("label")])
        for widget, values, chosen in (
            (self.fields, self.choices["field"], rules.get("required_fields", [])),
            (self.targets, self.choices["target_group"], rules.get("target_groups", [])),
            (
                self.checks,
                {c: say(Text(*words)) for c, words in CHECKS.items()},
                rules.get("checks", list(CHECKS)),
            ),
        ):
            _fill_checkable(widget, values, chosen)
        self._show_forms()
        del blockers
        self._show_total()
        self._set_editable(self.editable)

    def _append(self, table: QTableWidget, values: list[object], check: bool | None = None) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, _cell(value))
        if check is not None:
            table.setItem(row, len(values), _cell("", check))
        if table is self.groups:  # a group's code is the unit kinds' group: not edited here
            code = table.item(row, 0)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def _show_forms(self) -> None:
        blocker = QSignalBlocker(self.forms)
        self.forms.clear()
        row = self.groups.currentRow()
        groups = list(self.document.get("rules", {}).get("groups", {}).values())
        if 0 <= row < len(groups):
            _fill_checkable(self.forms, self.choices["conference_form"], groups[row].get("forms", []))
        del blocker
        self._set_editable(self.editable)

    def _set_editable(self, editable: bool) -> None:
        # Changing an item's flags emits itemChanged: not an edit.
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.forms,
                self.fields,
                self.targets,
                self.checks,
                self.agenda,
                self.groups,
                self.movements,
            )
        ]
        for widget in self.general_fields:
            widget.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        self.max_minutes.setReadOnly(not editable)
        for table in (self.groups, self.agenda, self.movements):
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.AllEditTriggers
                if editable
                else QAbstractItemView.EditTrigger.NoEditTriggers
            )
        for widget in (self.forms, self.fields, self.targets, self.checks, self.agenda):
            items = (
                [widget.item(i) for i in range(widget.count())]
                if isinstance(widget, QListWidget)
                else [widget.item(r, 3) for r in range(widget.rowCount())]
            )
            for item in items:
                if item is None:
                    continue
                flags = item.flags()
                item.setFlags(
                    flags | Qt.ItemFlag.ItemIsUserCheckable
                    if editable
                    else flags & ~Qt.ItemFlag.ItemIsUserCheckable
                )
        for button in (*self.agenda_buttons, *self.movement_buttons, self.export_button):
            button.setEnabled(editable or button is self.export_button)
        self.copy_button.setEnabled(self.code is not None)
        for table in (self.groups, self.agenda, self.movements):
            table.setStyleSheet("" if editable else f"QTableWidget {{ background: {READ_ONLY.name()}; }}")
        del blockers

    # -- editing ------------------------------------------------------------------------------
    def compose(self) -> dict[str, Any]:
        """The plan as the widgets show it; raises :class:`InvalidValue` on a value that cannot be
        read (a date, minutes)."""
        data = copy.deepcopy(self.document)
        rules = data.setdefault("rules", {})
        data["name"] = self.name.text().strip()
        data["kind"] = self.kind.currentData()
        data["period"] = self.period.text().strip()
        doc_date = parse_value(DATE, self.doc_date.text())
        data["document"] = {
            "number": self.doc_number.text().strip() or None,
            "date": doc_date.isoformat() if doc_date else None,
            "body": self.doc_body.text().strip() or None,
        }
        if self.next_period.text().strip():
            rules["next_period"] = self.next_period.text().strip()
        else:
            rules.pop("next_period", None)
        rules["max_minutes"] = self.max_minutes.value()
        wording = dict(rules.get("wording") or {})
        if self.title_template.text().strip():
            wording["conference_title"] = self.title_template.text().strip()
        else:
            wording.pop("conference_title", None)
        rules["wording"] = wording
        groups = rules.setdefault("groups", {})
        forms_row = self.groups.currentRow()
        for row, code in enumerate(list(groups)):
            group = dict(groups[code])
            text = lambda column, r=row: (  # noqa: E731
                self.groups.item(r, column).text() if self.groups.item(r, column) else ""
            )
            group["label"] = text(1).strip()
            deadline = parse_value(DATE, text(2))
            group["deadline"] = deadline.isoformat() if deadline else None
            group["deadline_label"] = text(3).strip()
            group["max_minutes"] = parse_value(LIMIT, text(4))
            if row == forms_row and self.forms.count():
                group["forms"] = _checked(self.forms)
            groups[code] = group
        agenda = []
        for row in range(self.agenda.rowCount()):
            agenda.append(
                {
                    "code": self.agenda.item(row, 0).text().strip(),
                    "title": self.agenda.item(row, 1).text().strip(),
                    "minutes": parse_value(MINUTES, self.agenda.item(row, 2).text()),
                    "required": self.agenda.item(row, 3).checkState() == Qt.CheckState.Checked,
                }
            )
        rules["agenda"] = agenda
        rules["movements"] = [
            {
                "code": self.movements.item(r, 0).text().strip(),
                "label": self.movements.item(r, 1).text().strip(),
            }
            for r in range(self.movements.rowCount())
        ]
        rules["required_fields"] = _checked(self.fields)
        rules["target_groups"] = _checked(self.targets)
        rules["checks"] = _checked(self.checks)
        return data
