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

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import InvalidValue
from app.domain.plan import PLAN_KINDS, parse_period
from app.errors import AppError
from app.services import plans
from app.services.changes import Changes, recording
from app.store.db import Store
from app.ui.commands import Step
from app.ui.failures import guarded, obsolete
from app.ui.i18n import InheritedTexts, say
from app.ui.plan_fill import READ_ONLY
from app.ui.plan_tabs import PlanTabs
from app.ui.saved import SavedLine
from app.ui.screen import fit_to_screen

PLAN_DIR = "plans/last_dir"


class EditPlan(Step):
    """One edit of a plan: the whole document before and after."""

    def __init__(
        self, editor: PlanDialog, code: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        super().__init__(text, getattr(editor.undo, "announce", None), editor)
        self.editor, self.code, self.old, self.new = editor, code, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        changes = self.editor.store_document(self.code, self.new)
        if changes is None:
            self.setObsolete(True)  # refused: nothing changed, nothing to undo
        else:
            self.did(changes)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.did(self.editor.store_document(self.code, self.old))


class NewPlan(Step):
    """A new plan copied from another (undo withdraws it, redo brings it back)."""

    def __init__(self, editor: PlanDialog, source: str, period: str, kind: str, text: str) -> None:
        super().__init__(text, getattr(editor.undo, "announce", None), editor)
        self.editor, self.source, self.period, self.kind = editor, source, period, kind
        self.code: str | None = None

    @guarded(failed=obsolete)
    def redo(self) -> None:
        store = self.editor.store
        try:
            with recording(store) as written:
                if self.code is None:
                    self.code = plans.new_plan_from(store, self.source, self.period, self.kind).code
                else:
                    plans.set_plan_withdrawn(store, self.code, False)
        except AppError as exc:
            self.editor.warn(say(exc))
            self.setObsolete(True)
            return
        self.did(written.changes)
        self.editor.fill_list(self.code)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        try:
            with recording(self.editor.store) as written:
                plans.set_plan_withdrawn(self.editor.store, self.code or "", True)
        except AppError as exc:
            self.editor.warn(say(exc))
            return
        self.did(written.changes)
        self.editor.fill_list(self.source)


class PlanDialog(InheritedTexts, PlanTabs, QDialog):
    """The plans (newest first) and the editor of the selected one."""

    def __init__(
        self, store: Store, undo: QUndoStack, parent: QWidget | None = None, select: str | None = None
    ) -> None:
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
        self.list.currentItemChanged.connect(
            lambda current, _old: self.open_plan(current.data(Qt.ItemDataRole.UserRole) if current else None)
        )
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
            issuer = (
                say(plans.SHIPPED_ISSUER)
                if summary.issuer_name == plans.SHIPPED_ISSUER.vi
                else summary.issuer_name
            )
            text = f"{summary.name}\n{summary.period} · {issuer}" + (
                f" ({', '.join(marks)})" if marks else ""
            )
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
            self.warn(say(exc))
            return
        self.tabs.setEnabled(True)
        self.document.pop("issuer", None)
        self.document.pop("format", None)
        if self.editable:
            self.banner.setText(
                self.tr(
                    "Kế hoạch do đơn vị này ban hành: sửa trực tiếp; mọi thay đổi được kiểm tra "
                    "và có thể hoàn tác (Ctrl+Z)."
                )
            )
            self.banner.setStyleSheet("")
        else:
            self.banner.setText(
                self.tr(
                    "Kế hoạch do %1 ban hành — đơn vị này chỉ xem, không sửa được. Muốn dùng "
                    "cho hội nghị riêng của đơn vị, hãy tạo kế hoạch mới từ kế hoạch này."
                ).replace("%1", issuer)
            )
            self.banner.setStyleSheet(f"background: {READ_ONLY.name()}; padding: 6px;")
        self.show_document()

    # -- editing ------------------------------------------------------------------------------
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
                self.warn(say(exc))
                self.show_document()
                return
            if new != self.document:
                self.undo.push(EditPlan(self, self.code, copy.deepcopy(self.document), new, text))
        finally:
            self._committing = False

    def store_document(self, code: str, data: dict[str, Any]) -> Changes | None:
        """Save *data* over the plan *code* (validated); show it; what changed. None, with a
        message, when refused."""
        try:
            with recording(self.store) as written:
                plans.save_plan(self.store, code, data)
        except AppError as exc:
            self.warn(say(exc))
            if code == self.code:
                self.show_document()  # back to what is stored
            return None
        self.fill_list(code)  # the list shows the new name and period; the editor the stored plan
        return written.changes

    # -- plans as a whole -----------------------------------------------------------------------
    def new_from_current(self) -> None:
        """*Tạo kế hoạch mới từ…*: the period and kind, then a copy with every date moved."""
        if self.code is None:
            return
        start, end = parse_period(self.document.get("period", ""))
        suggested = str(end + 1) if start == end else f"{end}-{end + end - start}"
        period, ok = QInputDialog.getText(
            self,
            self.tr("Tạo kế hoạch mới"),
            self.tr("Giai đoạn của kế hoạch mới (2026 hoặc 2036-2040):"),
            text=suggested,
        )
        if not ok or not period.strip():
            return
        labels = [say(plans.KIND_NAMES[k]) for k in PLAN_KINDS]
        current = PLAN_KINDS.index(self.document.get("kind", PLAN_KINDS[0]))
        label, ok = QInputDialog.getItem(
            self, self.tr("Tạo kế hoạch mới"), self.tr("Loại kế hoạch:"), labels, current, False
        )
        if not ok:
            return
        kind = PLAN_KINDS[labels.index(label)]
        self.undo.push(NewPlan(self, self.code, period.strip(), kind, self.tr("Tạo kế hoạch mới")))

    def export_file(self, out: Path | None = None) -> Path | None:
        from app.ui.settings import ask_save_path, remember_folder

        if self.code is None:
            return None
        out = out or ask_save_path(
            self,
            self.tr("Xuất kế hoạch"),
            PLAN_DIR,
            f"{self.code}.json",
            self.tr("Tệp kế hoạch (*.json)"),
            ".json",
        )
        if out is None:
            return None
        try:
            plans.export_plan(self.store, self.code, out)
        except AppError as exc:
            self.warn(say(exc))
            return None
        remember_folder(PLAN_DIR, out.parent)
        self.saved.show_saved(out)
        return out

    def import_file(self, path: Path | None = None, confirm: bool = True) -> bool:
        """Check a plan file, show what it changes, then (after the official agrees) store it."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from app.ui.settings import last_folder, remember_folder

            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Chọn tệp kế hoạch"),
                str(last_folder(PLAN_DIR)),
                self.tr("Tệp kế hoạch (*.json)"),
            )
            if not name:
                return False
            path = Path(name)
            remember_folder(PLAN_DIR, path.parent)
        try:
            preview = plans.import_plan(self.store, path)
        except AppError as exc:
            self.warn(say(exc))
            return False
        if not preview.new and not preview.changes:
            QMessageBox.information(self, self.tr("Nhập kế hoạch"), "\n".join(preview.lines()))
            return False
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Nhập kế hoạch"),
                self.tr("Nhập kế hoạch này?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setInformativeText(preview.lines()[0])
            box.setDetailedText("\n".join(preview.lines()))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            with recording(self.store) as written:
                plans.import_plan(self.store, path, apply=True)
        except AppError as exc:
            self.warn(say(exc))
            return False
        announce = getattr(self.undo, "announce", None)
        if announce is not None:
            announce(written.changes, self)
        self.fill_list(preview.data["code"])
        return True

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Kế hoạch"), text)
