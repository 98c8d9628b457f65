"""The plan editor's tabs: the widgets of one plan (general, unit groups and deadlines, the
standard agenda, the emulation movements, what the checks cover), how they are filled from the
plan's document, and how the document is read back from them (``compose``)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import MINUTES, FieldKind, parse_value
from app.domain.formats import fmt_date, fmt_minutes, parse_date
from app.domain.plan import CHECKS, PLAN_KINDS
from app.domain.text import Text
from app.services import plans
from app.ui.editors import ValueEdit
from app.ui.i18n import say

DATE = FieldKind("date")
LIMIT = FieldKind("int", required=True, minimum=1, maximum=1440)
READ_ONLY = QColor("#fff3cd")


def _table(headers: list[str], stretch: int, widths: tuple[int, ...] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


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


class PlanTabs:
    """The part of :class:`~app.ui.plan_editor.PlanDialog` that holds one plan's widgets."""

    # -- building ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in PLAN_KINDS:
            self.kind.addItem(say(plans.KIND_NAMES[kind]), kind)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("2026 hoặc 2036-2040"))
        self.next_period = QLineEdit()
        self.next_period.setPlaceholderText(self.tr("(mặc định: giai đoạn kế tiếp)"))
        self.doc_number = QLineEdit()
        self.doc_date = QLineEdit()
        self.doc_date.setPlaceholderText("dd/MM/yyyy")
        self.doc_body = QLineEdit()
        self.max_minutes = ValueEdit(LIMIT)  # typed and read by the domain: never a spin box's minimum
        self.title_template = QLineEdit()
        self.title_template.setToolTip(
            self.tr("{form}: tên hình thức, {unit}: tên đơn vị, {period}: giai đoạn / năm")
        )
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = (
            (self.tr("Mã kế hoạch:"), self.code_label),
            (self.tr("Tên kế hoạch:"), self.name),
            (self.tr("Loại:"), self.kind),
            (self.tr("Giai đoạn:"), self.period),
            (self.tr("Giai đoạn phát động tiếp theo:"), self.next_period),
            (self.tr("Số văn bản:"), self.doc_number),
            (self.tr("Ngày ban hành:"), self.doc_date),
            (self.tr("Cơ quan ban hành:"), self.doc_body),
            (self.tr("Thời lượng tối đa:"), self.max_minutes),
            (self.tr("Tên hội nghị mặc định:"), self.title_template),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        for widget in (
            self.name,
            self.period,
            self.next_period,
            self.doc_number,
            self.doc_date,
            self.doc_body,
            self.title_template,
        ):
            widget.editingFinished.connect(lambda: self.commit(self.tr("Sửa thông tin chung của kế hoạch")))
        self.max_minutes.editingFinished.connect(lambda: self.commit(self.tr("Sửa thời lượng tối đa")))
        self.kind.currentIndexChanged.connect(lambda _i: self.commit(self.tr("Sửa loại kế hoạch")))
        return page

    def _groups_tab(self) -> QWidget:
        page = QWidget()
        self.groups = _table(
            [
                self.tr("Nhóm"),
                self.tr("Đơn vị thuộc nhóm"),
                self.tr("Thời hạn"),
                self.tr("Cách ghi thời hạn"),
                self.tr("Tối đa (phút)"),
            ],
            1,
            (60, 0, 100, 170, 100),
        )
        self.groups.itemChanged.connect(lambda _i: self.commit(self.tr("Sửa nhóm đơn vị")))
        self.groups.currentCellChanged.connect(lambda *_a: self._show_forms())
        self.forms = QListWidget()
        self.forms.itemChanged.connect(lambda _i: self.commit(self.tr("Sửa hình thức được phép")))
        layout = QVBoxLayout(page)
        layout.addWidget(self.groups, 2)
        layout.addWidget(QLabel(self.tr("Hình thức hội nghị nhóm đang chọn được tổ chức:")))
        layout.addWidget(self.forms, 1)
        return page

    def _agenda_tab(self) -> QWidget:
        page = QWidget()
        self.agenda = _table(
            [
                self.tr("Mã"),
                self.tr("Nội dung ({period}, {next_period}: giai đoạn)"),
                self.tr("Số phút"),
                self.tr("Bắt buộc"),
            ],
            1,
            (130, 0, 70, 80),
        )
        self.agenda.itemChanged.connect(lambda _i: self.commit(self.tr("Sửa chương trình chuẩn")))
        self.total = QLabel()
        row = QHBoxLayout()
        self.agenda_buttons = []
        for text, slot in (
            (self.tr("Thêm nội dung"), self.add_item),
            (self.tr("Xóa nội dung"), self.remove_item),
            (self.tr("Lên"), lambda: self.move_item(-1)),
            (self.tr("Xuống"), lambda: self.move_item(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.agenda_buttons.append(button)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = QVBoxLayout(page)
        layout.addWidget(self.agenda, 1)
        layout.addLayout(row)
        return page

    def _movements_tab(self) -> QWidget:
        page = QWidget()
        self.movements = _table([self.tr("Mã"), self.tr("Tên phong trào")], 1, (180,))
        self.movements.itemChanged.connect(lambda _i: self.commit(self.tr("Sửa phong trào thi đua")))
        add = QPushButton(self.tr("Thêm phong trào"))
        add.clicked.connect(self.add_movement)
        remove = QPushButton(self.tr("Xóa phong trào"))
        remove.clicked.connect(self.remove_movement)
        self.movement_buttons = [add, remove]
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.movements, 1)
        layout.addLayout(row)
        return page

    def _cover_tab(self) -> QWidget:
        page = QWidget()
        self.fields, self.targets, self.checks = QListWidget(), QListWidget(), QListWidget()
        for widget, text in (
            (self.fields, self.tr("Sửa lĩnh vực tham luận cần có")),
            (self.targets, self.tr("Sửa đối tượng cần có")),
            (self.checks, self.tr("Sửa nội dung kiểm tra")),
        ):
            widget.itemChanged.connect(lambda _i, t=text: self.commit(t))
        layout = QHBoxLayout(page)
        for title, widget in (
            (self.tr("Lĩnh vực tham luận cần có"), self.fields),
            (self.tr("Đối tượng cần có trong danh sách điển hình"), self.targets),
            (self.tr("Nội dung kiểm tra áp dụng"), self.checks),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget, 1)
            layout.addLayout(column)
        return page

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

    def _show_total(self) -> None:
        rules = self.document.get("rules", {})
        total = sum(int(a.get("minutes", 0) or 0) for a in rules.get("agenda", []))
        limit = int(rules.get("max_minutes", 270))
        self.total.setText(
            self.tr("Tổng: %1 / tối đa %2")
            .replace("%1", fmt_minutes(total))
            .replace("%2", fmt_minutes(limit))
        )
        self.total.setStyleSheet("color: #a00;" if total > limit else "")

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
        for widget in (
            self.name,
            self.period,
            self.next_period,
            self.doc_number,
            self.doc_date,
            self.doc_body,
            self.title_template,
        ):
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

    def add_item(self) -> None:
        data = copy.deepcopy(self.document)
        agenda = data["rules"].setdefault("agenda", [])
        taken = {a["code"] for a in agenda}
        number = len(agenda) + 1
        while f"noi-dung-{number}" in taken:
            number += 1
        row = self.agenda.currentRow()
        at = row + 1 if row >= 0 else len(agenda)
        agenda.insert(at, {"code": f"noi-dung-{number}", "title": self.tr("(nội dung mới)"), "minutes": 10})
        self.commit(self.tr("Thêm nội dung chương trình"), data)

    def remove_item(self) -> None:
        row = self.agenda.currentRow()
        if row < 0:
            return
        data = copy.deepcopy(self.document)
        del data["rules"]["agenda"][row]
        self.commit(self.tr("Xóa nội dung chương trình"), data)

    def move_item(self, step: int) -> None:
        row = self.agenda.currentRow()
        agenda = self.document.get("rules", {}).get("agenda", [])
        if row < 0 or not 0 <= row + step < len(agenda):
            return
        data = copy.deepcopy(self.document)
        items = data["rules"]["agenda"]
        items[row], items[row + step] = items[row + step], items[row]
        self.commit(self.tr("Đổi thứ tự chương trình"), data)
        self.agenda.setCurrentCell(row + step, 1)

    def add_movement(self) -> None:
        data = copy.deepcopy(self.document)
        movements = data["rules"].setdefault("movements", [])
        movements.append({"code": f"phong-trao-{len(movements) + 1}", "label": self.tr("(phong trào mới)")})
        self.commit(self.tr("Thêm phong trào thi đua"), data)

    def remove_movement(self) -> None:
        row = self.movements.currentRow()
        if row < 0:
            return
        data = copy.deepcopy(self.document)
        del data["rules"]["movements"][row]
        self.commit(self.tr("Xóa phong trào thi đua"), data)
