"""Kế hoạch: the plans of the database, and the editor of one plan.

The unit that issued a plan edits it here (the top unit, or any unit for its own internal
conferences); a plan from a higher level is shown read-only with who issued it. Every edit is the
whole plan checked by the same validation as a file or a bundle (``app.services.plans``) and one
undoable step on the desk's undo stack; a refused edit says why and changes nothing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import MINUTES, FieldKind, InvalidValue, parse_value
from app.domain.formats import fmt_date, fmt_minutes, parse_date
from app.domain.plan import CHECKS, PLAN_KINDS, parse_period
from app.errors import AppError
from app.services import plans
from app.store.db import Store
from app.ui.editors import ValueEdit
from app.ui.failures import guarded, obsolete
from app.ui.saved import SavedLine
from app.ui.screen import fit_to_screen

PLAN_DIR = "plans/last_dir"
DATE = FieldKind("date")
LIMIT = FieldKind("int", required=True, minimum=1, maximum=1440)
# The plan kinds (app.services.plans.KIND_LABELS) and the shipped plans' issuer, for the translation.
_PLAN_WORDS = (QT_TRANSLATE_NOOP("PlanDialog", "Hội nghị điển hình tiên tiến 5 năm"),
               QT_TRANSLATE_NOOP("PlanDialog", "Tổng kết năm"), QT_TRANSLATE_NOOP("PlanDialog", "Chuyên đề"),
               QT_TRANSLATE_NOOP("PlanDialog", "Kèm theo phần mềm"))
READ_ONLY = QColor("#fff3cd")


class EditPlan(QUndoCommand):
    """One edit of a plan: the whole document before and after."""

    def __init__(self, editor: PlanDialog, code: str, old: dict[str, Any], new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.editor, self.code, self.old, self.new = editor, code, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        if not self.editor.store_document(self.code, self.new):
            self.setObsolete(True)  # refused: nothing changed, nothing to undo

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.editor.store_document(self.code, self.old)


class NewPlan(QUndoCommand):
    """A new plan copied from another (undo withdraws it, redo brings it back)."""

    def __init__(self, editor: PlanDialog, source: str, period: str, kind: str, text: str) -> None:
        super().__init__(text)
        self.editor, self.source, self.period, self.kind = editor, source, period, kind
        self.code: str | None = None

    @guarded(failed=obsolete)
    def redo(self) -> None:
        try:
            if self.code is None:
                self.code = plans.new_plan_from(self.editor.store, self.source, self.period, self.kind).code
            else:
                plans.set_plan_withdrawn(self.editor.store, self.code, False)
        except AppError as exc:
            self.editor.warn(exc.vi)
            self.setObsolete(True)
            return
        self.editor.fill_list(self.code)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        try:
            plans.set_plan_withdrawn(self.editor.store, self.code or "", True)
        except AppError as exc:
            self.editor.warn(exc.vi)
            return
        self.editor.fill_list(self.source)


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
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class PlanDialog(QDialog):
    """The plans (newest first) and the editor of the selected one."""

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None, select: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        self.code: str | None = None
        self.document: dict[str, Any] = {}
        self.editable = False
        self._committing = False  # an edit is being stored (or refused): see commit
        self.choices = plans.catalogue_choices(store)
        self.setWindowTitle(self.tr("Kế hoạch"))
        fit_to_screen(self, QSize(1180, 700))

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda current, _old: self.open_plan(
            current.data(Qt.ItemDataRole.UserRole) if current else None))
        self.copy_button = QPushButton(self.tr("Tạo kế hoạch mới từ kế hoạch này…"))
        self.copy_button.clicked.connect(self.new_from_current)
        import_button = QPushButton(self.tr("Nhập kế hoạch từ tệp…"))
        import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Xuất kế hoạch ra tệp…"))
        self.export_button.clicked.connect(self.export_file)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        for button in (self.copy_button, import_button, self.export_button):
            left_layout.addWidget(button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("Chung"))
        self.tabs.addTab(self._groups_tab(), self.tr("Nhóm đơn vị, thời hạn"))
        self.tabs.addTab(self._agenda_tab(), self.tr("Chương trình chuẩn"))
        self.tabs.addTab(self._movements_tab(), self.tr("Phong trào thi đua"))
        self.tabs.addTab(self._cover_tab(), self.tr("Lĩnh vực, đối tượng, kiểm tra"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 850])
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        undo_button = buttons.addButton(self.tr("Hoàn tác"), QDialogButtonBox.ButtonRole.ActionRole)
        undo_button.clicked.connect(self.undo.undo)
        redo_button = buttons.addButton(self.tr("Làm lại"), QDialogButtonBox.ButtonRole.ActionRole)
        redo_button.clicked.connect(self.undo.redo)
        self.saved = SavedLine()  # "Đã lưu …  [Mở thư mục]" after a plan is exported
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.saved)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):  # Enter in a field stores the field, nothing more
            button.setAutoDefault(False)  # (it pressed "Tạo kế hoạch mới…", the first button)
        self.fill_list(select)

    # -- building ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in PLAN_KINDS:
            self.kind.addItem(QCoreApplication.translate("PlanDialog", plans.KIND_LABELS[kind]), kind)
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
        self.title_template.setToolTip(self.tr("{form}: tên hình thức, {unit}: tên đơn vị, {period}: giai đoạn / năm"))
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = ((self.tr("Mã kế hoạch:"), self.code_label), (self.tr("Tên kế hoạch:"), self.name),
                (self.tr("Loại:"), self.kind), (self.tr("Giai đoạn:"), self.period),
                (self.tr("Giai đoạn phát động tiếp theo:"), self.next_period),
                (self.tr("Số văn bản:"), self.doc_number), (self.tr("Ngày ban hành:"), self.doc_date),
                (self.tr("Cơ quan ban hành:"), self.doc_body), (self.tr("Thời lượng tối đa:"), self.max_minutes),
                (self.tr("Tên hội nghị mặc định:"), self.title_template))
        for label, widget in rows:
            form.addRow(label, widget)
        for widget in (self.name, self.period, self.next_period, self.doc_number, self.doc_date, self.doc_body,
                       self.title_template):
            widget.editingFinished.connect(lambda: self.commit(self.tr("Sửa thông tin chung của kế hoạch")))
        self.max_minutes.editingFinished.connect(lambda: self.commit(self.tr("Sửa thời lượng tối đa")))
        self.kind.currentIndexChanged.connect(lambda _i: self.commit(self.tr("Sửa loại kế hoạch")))
        return page

    def _groups_tab(self) -> QWidget:
        page = QWidget()
        self.groups = _table([self.tr("Nhóm"), self.tr("Đơn vị thuộc nhóm"), self.tr("Thời hạn"),
                              self.tr("Cách ghi thời hạn"), self.tr("Tối đa (phút)")], 1, (60, 0, 100, 170, 100))
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
        self.agenda = _table([self.tr("Mã"), self.tr("Nội dung ({period}, {next_period}: giai đoạn)"),
                              self.tr("Số phút"), self.tr("Bắt buộc")], 1, (130, 0, 70, 80))
        self.agenda.itemChanged.connect(lambda _i: self.commit(self.tr("Sửa chương trình chuẩn")))
        self.total = QLabel()
        row = QHBoxLayout()
        self.agenda_buttons = []
        for text, slot in ((self.tr("Thêm nội dung"), self.add_item), (self.tr("Xóa nội dung"), self.remove_item),
                           (self.tr("Lên"), lambda: self.move_item(-1)), (self.tr("Xuống"), lambda: self.move_item(1))):
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
        for widget, text in ((self.fields, self.tr("Sửa lĩnh vực tham luận cần có")),
                             (self.targets, self.tr("Sửa đối tượng cần có")),
                             (self.checks, self.tr("Sửa nội dung kiểm tra"))):
            widget.itemChanged.connect(lambda _i, t=text: self.commit(t))
        layout = QHBoxLayout(page)
        for title, widget in ((self.tr("Lĩnh vực tham luận cần có"), self.fields),
                              (self.tr("Đối tượng cần có trong danh sách điển hình"), self.targets),
                              (self.tr("Nội dung kiểm tra áp dụng"), self.checks)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget, 1)
            layout.addLayout(column)
        return page

    # -- showing ------------------------------------------------------------------------------
    def fill_list(self, select: str | None = None) -> None:
        """The plans, newest first; *select* (a code) or the current one opened."""
        wanted = select or self.code
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for summary in plans.list_plans(self.store):
            marks = []
            if summary.template:
                marks.append(self.tr("mẫu"))
            if not summary.editable:
                marks.append(self.tr("chỉ xem"))
            issuer = QCoreApplication.translate("PlanDialog", summary.issuer_name)  # "Kèm theo phần mềm" in English
            text = f"{summary.name}\n{summary.period} · {issuer}" + (f" ({', '.join(marks)})" if marks else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.document or issuer)  # the document cited as it prints (Vietnamese)
            self.list.addItem(item)
            if summary.id == wanted:
                self.list.setCurrentItem(item)
        del blocker
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        current = self.list.currentItem()
        self.open_plan(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def open_plan(self, code: str | None) -> None:
        self.code = code
        if code is None:
            self.document, self.editable = {}, False
            self.tabs.setEnabled(False)
            return
        try:
            self.document, self.editable, issuer = plans.editable_document(self.store, code)
        except AppError as exc:
            self.warn(exc.vi)
            return
        self.tabs.setEnabled(True)
        self.document.pop("issuer", None)
        self.document.pop("format", None)
        if self.editable:
            self.banner.setText(self.tr("Kế hoạch do đơn vị này ban hành: sửa trực tiếp; mọi thay đổi được kiểm tra "
                                        "và có thể hoàn tác (Ctrl+Z)."))
            self.banner.setStyleSheet("")
        else:
            self.banner.setText(self.tr("Kế hoạch do %1 ban hành — đơn vị này chỉ xem, không sửa được. Muốn dùng "
                                        "cho hội nghị riêng của đơn vị, hãy tạo kế hoạch mới từ kế hoạch này.")
                                .replace("%1", issuer))
            self.banner.setStyleSheet(f"background: {READ_ONLY.name()}; padding: 6px;")
        self.show_document()

    def show_document(self) -> None:
        """Fill every widget from ``self.document`` (no edit is made by filling)."""
        data, rules = self.document, self.document.get("rules", {})
        document = data.get("document") or {}
        widgets = [self.name, self.kind, self.period, self.next_period, self.doc_number, self.doc_date, self.doc_body,
                   self.max_minutes, self.title_template, self.groups, self.forms, self.agenda, self.movements,
                   self.fields, self.targets, self.checks]
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
            self._append(self.groups, [code, group.get("label", ""), fmt_date(parse_date(group["deadline"]))
                                       if group.get("deadline") else "", group.get("deadline_label", ""),
                                       group.get("max_minutes", rules.get("max_minutes", 270))])
        self.groups.setCurrentCell(max(0, min(row, self.groups.rowCount() - 1)), 1)
        self.agenda.setRowCount(0)
        for item in rules.get("agenda", []):
            self._append(self.agenda, [item.get("code"), item.get("title"), item.get("minutes", 0)],
                         bool(item.get("required")))
        self.movements.setRowCount(0)
        for movement in rules.get("movements", []):
            self._append(self.movements, [movement.get("code"), movement.get("label")])
        for widget, values, chosen in ((self.fields, self.choices["field"], rules.get("required_fields", [])),
                                       (self.targets, self.choices["target_group"], rules.get("target_groups", [])),
                                       (self.checks, {c: vi for c, (vi, _en) in CHECKS.items()},
                                        rules.get("checks", list(CHECKS)))):
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
        self.total.setText(self.tr("Tổng: %1 / tối đa %2").replace("%1", fmt_minutes(total))
                           .replace("%2", fmt_minutes(limit)))
        self.total.setStyleSheet("color: #a00;" if total > limit else "")

    def _set_editable(self, editable: bool) -> None:
        # Changing an item's flags emits itemChanged: not an edit.
        blockers = [QSignalBlocker(w) for w in (self.forms, self.fields, self.targets, self.checks, self.agenda,
                                                self.groups, self.movements)]
        for widget in (self.name, self.period, self.next_period, self.doc_number, self.doc_date, self.doc_body,
                       self.title_template):
            widget.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        self.max_minutes.setReadOnly(not editable)
        for table in (self.groups, self.agenda, self.movements):
            table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.forms, self.fields, self.targets, self.checks, self.agenda):
            items = ([widget.item(i) for i in range(widget.count())] if isinstance(widget, QListWidget)
                     else [widget.item(r, 3) for r in range(widget.rowCount())])
            for item in items:
                if item is None:
                    continue
                flags = item.flags()
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable
                              else flags & ~Qt.ItemFlag.ItemIsUserCheckable)
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
        data["document"] = {"number": self.doc_number.text().strip() or None,
                            "date": doc_date.isoformat() if doc_date else None,
                            "body": self.doc_body.text().strip() or None}
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
            text = lambda column, r=row: (self.groups.item(r, column).text() if self.groups.item(r, column) else "")  # noqa: E731
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
            agenda.append({"code": self.agenda.item(row, 0).text().strip(), "title": self.agenda.item(row, 1).text().strip(),
                           "minutes": parse_value(MINUTES, self.agenda.item(row, 2).text()),
                           "required": self.agenda.item(row, 3).checkState() == Qt.CheckState.Checked})
        rules["agenda"] = agenda
        rules["movements"] = [{"code": self.movements.item(r, 0).text().strip(),
                               "label": self.movements.item(r, 1).text().strip()} for r in range(self.movements.rowCount())]
        rules["required_fields"] = _checked(self.fields)
        rules["target_groups"] = _checked(self.targets)
        rules["checks"] = _checked(self.checks)
        return data

    def commit(self, text: str, data: dict[str, Any] | None = None) -> None:
        """Push the widgets' plan (or *data*) as one undoable edit, if it differs."""
        if not self.editable or self.code is None or self._committing:
            # While a refusal is shown, the field loses the focus to the message box and says
            # "editing finished" again: the same edit, not a second one (the box showed twice).
            return
        self._committing = True
        try:
            try:
                new = data if data is not None else self.compose()
            except InvalidValue as exc:
                self.warn(exc.vi)
                self.show_document()
                return
            if new != self.document:
                self.undo.push(EditPlan(self, self.code, copy.deepcopy(self.document), new, text))
        finally:
            self._committing = False

    def store_document(self, code: str, data: dict[str, Any]) -> bool:
        """Save *data* over the plan *code* (validated); show it. False, with a message, when refused."""
        try:
            plans.save_plan(self.store, code, data)
        except AppError as exc:
            self.warn(exc.vi)
            if code == self.code:
                self.show_document()  # back to what is stored
            return False
        self.fill_list(code)  # the list shows the new name and period; the editor the stored plan
        return True

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

    # -- plans as a whole -----------------------------------------------------------------------
    def new_from_current(self) -> None:
        """*Tạo kế hoạch mới từ…*: the period and kind, then a copy with every date moved."""
        if self.code is None:
            return
        start, end = parse_period(self.document.get("period", ""))
        suggested = str(end + 1) if start == end else f"{end}-{end + end - start}"
        period, ok = QInputDialog.getText(self, self.tr("Tạo kế hoạch mới"),
                                          self.tr("Giai đoạn của kế hoạch mới (2026 hoặc 2036-2040):"), text=suggested)
        if not ok or not period.strip():
            return
        labels = [QCoreApplication.translate("PlanDialog", plans.KIND_LABELS[k]) for k in PLAN_KINDS]
        current = PLAN_KINDS.index(self.document.get("kind", PLAN_KINDS[0]))
        label, ok = QInputDialog.getItem(self, self.tr("Tạo kế hoạch mới"), self.tr("Loại kế hoạch:"), labels, current,
                                         False)
        if not ok:
            return
        kind = PLAN_KINDS[labels.index(label)]
        self.undo.push(NewPlan(self, self.code, period.strip(), kind, self.tr("Tạo kế hoạch mới")))

    def export_file(self, out: Path | None = None) -> Path | None:
        from app.ui.settings import ask_save_path, remember_folder

        if self.code is None:
            return None
        out = out or ask_save_path(self, self.tr("Xuất kế hoạch"), PLAN_DIR, f"{self.code}.json",
                                   self.tr("Tệp kế hoạch (*.json)"), ".json")
        if out is None:
            return None
        try:
            plans.export_plan(self.store, self.code, out)
        except AppError as exc:
            self.warn(exc.vi)
            return None
        remember_folder(PLAN_DIR, out.parent)
        self.saved.show_saved(out)
        return out

    def import_file(self, path: Path | None = None, confirm: bool = True) -> bool:
        """Check a plan file, show what it changes, then (after the official agrees) store it."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from app.ui.settings import last_folder, remember_folder

            name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp kế hoạch"), str(last_folder(PLAN_DIR)),
                                                  self.tr("Tệp kế hoạch (*.json)"))
            if not name:
                return False
            path = Path(name)
            remember_folder(PLAN_DIR, path.parent)
        try:
            preview = plans.import_plan(self.store, path)
        except AppError as exc:
            self.warn(exc.vi)
            return False
        if not preview.new and not preview.changes:
            QMessageBox.information(self, self.tr("Nhập kế hoạch"), "\n".join(preview.lines()))
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Nhập kế hoạch"),
                              self.tr("Nhập kế hoạch này?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setInformativeText(preview.lines()[0])
            box.setDetailedText("\n".join(preview.lines()))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            plans.import_plan(self.store, path, apply=True)
        except AppError as exc:
            self.warn(exc.vi)
            return False
        self.fill_list(preview.data["code"])
        return True

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Kế hoạch"), text)

