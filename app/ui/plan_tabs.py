"""The plan editor's tabs: the widgets of one plan (general, unit groups and deadlines, the
standard agenda, the emulation movements, what the checks cover) and the edits their buttons make;
how they are filled from the plan's document and read back from them (``compose``) is
:class:`~app.ui.plan_fill.PlanFill`, which the tabs extend."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from app.domain.formats import fmt_minutes
from app.domain.plan import PLAN_KINDS
from app.services import plans
from app.ui.editors import ValueEdit
from app.ui.i18n import say
from app.ui.plan_fill import LIMIT, PlanFill


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


class PlanTabs(PlanFill):
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
        #: The line edits of the general tab (read-only with the plan: PlanFill).
        self.general_fields = (
            self.name,
            self.period,
            self.next_period,
            self.doc_number,
            self.doc_date,
            self.doc_body,
            self.title_template,
        )
        for widget in self.general_fields:
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

    # -- editing ------------------------------------------------------------------------------
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
