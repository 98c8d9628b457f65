"""The desk: the main window where a unit's official prepares the conference."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.domain.documents import KIND_LABELS, KINDS, document_file_name
from app.errors import AppError
from app.progress import Progress
from app.ui.failures import guarded, show_failure
from app.ui.i18n import LANGUAGE_KEY, current_language, install_language
from app.ui.jobs import run_long
from app.ui.saved import ElidedLabel, SavedLine
from app.ui.screen import fit_to_screen
from app.ui.settings import app_settings

if TYPE_CHECKING:  # the window shows before SQLAlchemy and the services are imported
    from app.store.db import Store
    from app.ui.table_model import RecordTableModel

T = TypeVar("T")

# Sections of the navigation, in order: (key, Vietnamese, English).
SECTIONS = (
    ("unit", "Đơn vị", "Unit"),
    ("conference", "Hội nghị", "Conference"),
    ("agenda_items", "Chương trình", "Agenda"),
    ("invitees", "Thành phần / Khách mời", "Invitees"),
    ("honorees", "Điển hình tiên tiến", "Honorees"),
    ("speeches", "Tham luận", "Model reports"),
    ("delegates", "Đại biểu dự cấp trên", "Delegates"),
    ("award_tallies", "Kết quả khen thưởng", "Award figures"),
    ("review_notes", "Góp ý", "Review notes"),
    ("progress", "Tiến độ cấp dưới", "Progress of units below"),
    ("all_honorees", "Tổng hợp: điển hình", "All units: honorees"),
    ("all_speeches", "Tổng hợp: tham luận", "All units: model reports"),
    ("all_delegates", "Tổng hợp: đại biểu", "All units: delegates"),
)
# The printed documents' names (app.domain.documents.KIND_LABELS), listed for the translation.
_DOCUMENT_NAMES = (
    QT_TRANSLATE_NOOP("DeskWindow", "Chương trình hội nghị"), QT_TRANSLATE_NOOP("DeskWindow", "Giấy mời"),
    QT_TRANSLATE_NOOP("DeskWindow", "Danh sách tập thể, cá nhân điển hình tiên tiến"),
    QT_TRANSLATE_NOOP("DeskWindow", "Danh sách đại biểu đi dự hội nghị cấp trên"),
    QT_TRANSLATE_NOOP("DeskWindow", "Danh sách đại biểu dự hội nghị (ký tên)"),
    QT_TRANSLATE_NOOP("DeskWindow", "Biển tên đại biểu"), QT_TRANSLATE_NOOP("DeskWindow", "Kịch bản điều hành"),
    QT_TRANSLATE_NOOP("DeskWindow", "Quyết định khen thưởng (kèm danh sách)"),
    QT_TRANSLATE_NOOP("DeskWindow", "Giấy khen (in trên phôi)"))
EXCEL_DIR = "excel/last_dir"
#: Sections only a unit with units below it has.
ABOVE_ONLY = ("progress", "all_honorees", "all_speeches", "all_delegates")
#: Sections that are forms, not lists: they scroll on a small screen instead of widening the window.
SCROLLED = ("unit", "conference", "progress", "review_notes")
FINDING_SECTION = {"conferences": "conference", "agenda_items": "agenda_items", "speeches": "speeches",
                   "delegates": "delegates", "honorees": "honorees", "invitees": "invitees"}


class ChecksPanel(QListWidget):
    """Kiểm tra theo kế hoạch: a live list of what does not meet the plan; activate to jump."""

    english = False

    @guarded(QSize())
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 120)

    def show_findings(self, findings: list) -> None:  # noqa: ANN001
        self.clear()
        if not findings:
            item = QListWidgetItem(self.tr("✔ Chuẩn bị đạt yêu cầu của kế hoạch."))
            item.setForeground(Qt.GlobalColor.darkGreen)
            self.addItem(item)
            return
        for finding in findings:
            mark = "✖" if finding.severity == "error" else "⚠"
            text = finding.en if self.english else finding.vi
            item = QListWidgetItem(f"{mark} {text}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(text)
            item.setForeground(Qt.GlobalColor.darkRed if finding.severity == "error" else Qt.GlobalColor.darkYellow)
            self.addItem(item)


class DeskWindow(QMainWindow):
    """The main window. Built in two steps so that it shows at once: ``DeskWindow()`` is the
    frame (sections, menus, checks dock), ``attach(store, conference_id)`` opens the data."""

    def __init__(self, store: Store | None = None, conference_id: str | None = None) -> None:
        super().__init__()
        self.store: Store | None = None
        self.conference_id = ""
        self.unit = None
        self.undo = QUndoStack(self)
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.run_checks)
        self.models: dict[str, RecordTableModel] = {}
        self.panels: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setFixedWidth(220)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 6px; }")
        self.stack = QStackedWidget()
        for _key, vi, _en in SECTIONS:
            self.nav.addItem(QListWidgetItem(vi))
            self.stack.addWidget(QWidget())  # built when first shown (start-up reads one section only)
        self.nav.currentRowChanged.connect(self._show_row)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.checks = ChecksPanel()
        self.checks.itemActivated.connect(self._jump)
        self.checks.itemClicked.connect(self._jump)
        self.checks_dock = QDockWidget(self.tr("Kiểm tra theo kế hoạch"), self)
        self.checks_dock.setObjectName("checks")
        self.checks_dock.setWidget(self.checks)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self._menus()
        self.unit_label = ElidedLabel()
        self.saved = SavedLine()  # "Đã lưu …  [Mở thư mục]" after every file written from the desk
        self.statusBar().addWidget(self.saved, 3)
        self.statusBar().addPermanentWidget(self.unit_label, 1)
        self.setWindowTitle(self.tr("Hội nghị ĐHTT"))
        fit_to_screen(self, self.sizeHint())  # a 1366×768 laptop keeps its status bar in view
        self._docks_sized = False
        self._restore_layout()
        if store is not None and conference_id is not None:
            self.attach(store, conference_id)
        else:
            self.centralWidget().setEnabled(False)
            self.menuBar().setEnabled(False)
            self.toolbar.setEnabled(False)  # nothing to print or check before the data is open
            for key in ABOVE_ONLY:  # shown once the unit is known to have units below
                self.nav.item(self._section_number(key)).setHidden(True)
            self.statusBar().showMessage(self.tr("Đang mở cơ sở dữ liệu…"))

    def attach(self, store: Store, conference_id: str) -> None:
        """Open the conference *conference_id* of *store* in the window."""
        from sqlalchemy import select

        from app.store.models import Conference, Unit

        self.store = store
        self.conference_id = conference_id
        with store.session() as session:
            conference = session.get(Conference, conference_id)
            self.unit = session.get(Unit, conference.owner_unit_id)
        self.unit_label.setText(f"{self.unit.name} ({self.unit.code}) — {store.path or store.url}")
        self.setWindowTitle(self.tr("Hội nghị ĐHTT — %1").replace("%1", self.unit.name))
        with store.session() as session:
            has_children = session.scalars(select(Unit.id).where(Unit.parent_id == self.unit.id).limit(1)).first()
        for key in ABOVE_ONLY:
            self.nav.item(self._section_number(key)).setHidden(has_children is None)
        self.switcher.fill(store, self.unit.id, conference_id)
        self.centralWidget().setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.statusBar().clearMessage()
        self.nav.setCurrentRow(1)
        self.run_checks()
        self.undo.clear()  # opening the window is not an edit

    def switch_conference(self, conference_id: str) -> None:
        """Open another conference of the unit (the switcher, a new conference): every section is
        built again for it; the undo history of the other one ends here."""
        from app.services.conference import set_current

        if self.store is None or not conference_id:
            return
        set_current(self.store, conference_id)
        if conference_id == self.conference_id:
            return
        for key in list(self.panels):
            number = self._section_number(key)
            panel = self.stack.widget(number)
            self.stack.insertWidget(number, QWidget())
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels.clear()
        self.models.clear()
        self.attach(self.store, conference_id)
        self._show_row(self.nav.currentRow())  # the section in view, built for this conference

    # -- building ------------------------------------------------------------------------------
    def _make_section(self, key: str) -> QWidget:
        from app.services.records import SPECS, RecordSource
        from app.ui.form_panels import ConferencePanel, UnitPanel
        from app.ui.table_model import RecordTableModel
        from app.ui.table_panel import TablePanel

        if key == "unit":
            panel = UnitPanel(self.store, self.unit.id, self.undo)
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        elif key == "progress":
            from app.ui.progress_view import ProgressPanel

            panel = ProgressPanel(self.store, self.unit.id)
            panel.files_written.connect(self.saved.show_saved)
        elif key == "review_notes":
            from app.ui.review_panels import ReviewPanel

            panel = ReviewPanel(self.store)
        elif key.startswith("all_"):
            from app.ui.review_panels import ConsolidatedPanel

            panel = ConsolidatedPanel.for_table(self.store, key.removeprefix("all_"), self.undo, self.checks.english)
            self.models[key] = panel.model
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        elif key == "conference":
            panel = ConferencePanel(self.store, self.conference_id, self.undo)
            panel.changed.connect(self._conference_changed)
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        else:
            source = RecordSource(self.store, SPECS[key], self.conference_id, self.unit.id)
            model = RecordTableModel(source, self.undo, self)
            model.english = self.checks.english
            model.reload()
            model.changed.connect(self.schedule_checks)
            self.models[key] = model
            panel = TablePanel(model)
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.panels[key] = panel
        return panel

    def _menus(self) -> None:
        """Menus and the toolbar, built once; their texts are set by :meth:`_retranslate_ui` (so a
        language switch changes words, never widgets)."""
        bar = self.menuBar()
        self.menus = {key: QMenu(self) for key in ("file", "edit", "view", "print", "plan", "tools", "language", "help")}
        for key in ("file", "edit", "view", "print", "plan", "tools"):
            bar.addMenu(self.menus[key])
        self.acts: dict[str, QAction] = {}
        file_menu = self.menus["file"]
        # (lambdas: a menu click passes its checked state, which these handlers must not take)
        self._add(file_menu, "backup", None, lambda: self.backup())
        self._add(file_menu, "restore", None, lambda: self.restore_backup())
        self._add(file_menu, "copy-usb", None, lambda: self.copy_to_usb())
        self._add(file_menu, "sync", "Ctrl+Shift+U", lambda: self.open_sync())
        file_menu.addSeparator()
        self._add(file_menu, "import", None, self.import_excel)
        self._add(file_menu, "export", None, self.export_excel)
        self._add(file_menu, "report", None, self.export_report)
        file_menu.addSeparator()
        self._add(file_menu, "quit", QKeySequence.StandardKey.Quit, self.close)

        edit = self.menus["edit"]
        undo = self._add(edit, "undo", QKeySequence.StandardKey.Undo, self.undo.undo)
        redo = self._add(edit, "redo", QKeySequence.StandardKey.Redo, self.undo.redo)
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo.canUndoChanged.connect(undo.setEnabled)
        self.undo.canRedoChanged.connect(redo.setEnabled)
        self.undo.undoTextChanged.connect(self._undo_texts)
        self.undo.redoTextChanged.connect(self._undo_texts)
        edit.addSeparator()
        self.find_action = self._add(edit, "find", QKeySequence.StandardKey.Find, self.focus_search)

        view = self.menus["view"]
        for number, (key, _vi, _en) in enumerate(SECTIONS):
            self._add(view, f"section:{key}", f"Ctrl+{number + 1}", lambda _c=False, n=number: self.nav.setCurrentRow(n))
        view.addSeparator()
        view.addAction(self.checks_dock.toggleViewAction())

        dialogs = {"decision": self.print_decision, "certificates": self.print_certificates}
        for kind in KINDS:
            self._add(self.menus["print"], f"print:{kind}", "Ctrl+P" if kind == "programme" else None,
                      dialogs.get(kind) or (lambda _c=False, k=kind: self.print_preview(k)))

        from app.ui.conference_switcher import add_switcher, new_conference, new_plan_from, open_plans

        plan = self.menus["plan"]
        self._add(plan, "plans", None, lambda: open_plans(self))
        self._add(plan, "plan-from", None, lambda: new_plan_from(self))
        plan.addSeparator()
        self._add(plan, "plan-conference", None, lambda: new_conference(self))

        tools = self.menus["tools"]
        self._add(tools, "checks", "F5", self.run_checks)
        tools.addMenu(self.menus["language"])
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):  # each in its own language
            action = self._add(self.menus["language"], f"language:{code}", None,
                               lambda _c=False, c=code: self.set_language(c))
            action.setText(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            self.language_group.addAction(action)

        bar.addMenu(self.menus["help"])
        self._add(self.menus["help"], "about", None, lambda: self.about())

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.find_action)
        self._add(self.toolbar, "print-programme", None, lambda: self.print_preview("programme"))
        self._add(self.toolbar, "check", None, self.run_checks)
        self.switcher = add_switcher(self, self.toolbar)
        self._retranslate_ui()

    def _add(self, menu, key: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.acts[key] = action
        return action

    def _retranslate_ui(self) -> None:
        """Every text of the window's frame in the current language."""
        english = current_language() == "en"
        titles = {"file": self.tr("&Tệp"), "edit": self.tr("&Sửa"), "view": self.tr("&Xem"), "print": self.tr("&In"),
                  "plan": self.tr("&Kế hoạch"), "tools": self.tr("&Công cụ"), "language": self.tr("Ngôn ngữ / Language"),
                  "help": self.tr("Trợ &giúp")}
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        texts = {
            "backup": self.tr("Sao lưu ngay"), "restore": self.tr("Khôi phục từ bản sao lưu…"),
            "copy-usb": self.tr("Chép cơ sở dữ liệu ra USB…"), "sync": self.tr("Trao đổi dữ liệu qua USB…"),
            "about": self.tr("Giới thiệu Hội nghị ĐHTT…"),
            "import": self.tr("Nhập danh sách từ Excel…"), "export": self.tr("Xuất danh sách đang xem ra Excel…"),
            "report": self.tr("Xuất bảng tổng hợp cho cấp trên (Excel)…"), "quit": self.tr("Thoát"),
            "find": self.tr("Tìm…"), "checks": self.tr("Kiểm tra theo kế hoạch"),
            "print-programme": self.tr("In chương trình"), "check": self.tr("Kiểm tra"),
            "plans": self.tr("Các kế hoạch…"), "plan-from": self.tr("Tạo kế hoạch mới từ…"),
            "plan-conference": self.tr("Hội nghị mới theo kế hoạch…"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        for key, vi, en in SECTIONS:
            self.acts[f"section:{key}"].setText(en if english else vi)
        for kind in KINDS:
            self.acts[f"print:{kind}"].setText(self.tr(KIND_LABELS[kind]) + "…")
        self.acts[f"language:{current_language()}"].setChecked(True)
        self.toolbar.setWindowTitle(self.tr("Thanh công cụ"))
        self._undo_texts()

    def _undo_texts(self, *_changed: str) -> None:
        """The menu says what Undo / Redo will do; the toolbar keeps its short, fixed words (so its
        buttons do not move as the text grows), the full text in the tooltip."""
        for key, short, detail in (("undo", self.tr("Hoàn tác"), self.undo.undoText()),
                                   ("redo", self.tr("Làm lại"), self.undo.redoText())):
            action = self.acts[key]
            action.setText(f"{short}: {detail}" if detail else short)
            action.setIconText(short)
            action.setToolTip(action.text())

    # -- behaviour ------------------------------------------------------------------------------
    def current_key(self) -> str:
        return SECTIONS[self.stack.currentIndex()][0]

    @staticmethod
    def _section_number(key: str) -> int:
        return next(i for i, s in enumerate(SECTIONS) if s[0] == key)

    def panel(self, key: str) -> QWidget:
        """The panel of section *key*, built on first use."""
        if key not in self.panels:
            number = self._section_number(key)
            placeholder = self.stack.widget(number)
            panel = self._make_section(key)
            if key in SCROLLED:
                from app.ui.screen import scrolling

                panel = scrolling(panel)
            self.stack.insertWidget(number, panel)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.panels[key]

    def _show_row(self, number: int) -> None:
        if number >= 0 and self.store is not None:
            self.panel(SECTIONS[number][0])
            self.stack.setCurrentIndex(number)

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._section_number(key))
        return self.panel(key)

    def focus_search(self) -> None:
        from app.ui.table_panel import TablePanel

        panel = self.panels.get(self.current_key())
        if not isinstance(panel, TablePanel):
            panel = self.show_section("honorees")
        panel.focus_search()

    def schedule_checks(self) -> None:
        self._check_timer.start()

    def _conference_changed(self) -> None:
        agenda = self.models.get("agenda_items")
        if agenda is not None:
            agenda.reload()  # the start time moves every item
        self.schedule_checks()

    def findings(self) -> list:
        from app.services.checks import conference_findings
        from app.store.models import Conference, Unit

        with self.store.session() as session:
            conference = session.get(Conference, self.conference_id)
            unit = session.get(Unit, conference.owner_unit_id)
            return conference_findings(session, conference, unit)

    def run_checks(self) -> None:
        if self.store is None:
            return
        found = self.findings()
        self.checks.show_findings(found)
        errors = sum(1 for f in found if f.severity == "error")
        self.checks_dock.setWindowTitle(self.tr("Kiểm tra theo kế hoạch — %1, %2")
                                        .replace("%1", self.tr("%n lỗi", "", errors))
                                        .replace("%2", self.tr("%n lưu ý", "", len(found) - errors)))

    def _jump(self, item: QListWidgetItem) -> None:
        from app.ui.table_panel import TablePanel

        finding = item.data(Qt.ItemDataRole.UserRole)
        if finding is None:
            return
        key = FINDING_SECTION.get(finding.table, "conference")
        panel = self.show_section(key)
        if isinstance(panel, TablePanel) and finding.ids:
            panel.select_ids([i for i in finding.ids if i != self.conference_id][:50])
            panel.view.setFocus()

    def run_long(self, title: str, work: Callable[[Progress], T]) -> T | None:
        """Run long work off the GUI thread behind a cancellable progress dialog; show any
        failure as one message and return None (then nothing was changed)."""
        return run_long(self, title, work, cancelled=lambda: self.statusBar().showMessage(
            self.tr("Đã hủy; không có gì thay đổi."), 8000))

    def print_preview(self, kind: str) -> None:
        from app.services.printing import render_document
        from app.ui.print_preview import PrintPreview

        folder = Path(tempfile.mkdtemp(prefix="hoinghi-in-"))
        pdf = self.run_long(self.tr("Đang chuẩn bị bản in"), lambda progress: render_document(
            self.store, kind, folder / f"{kind}.pdf", self.conference_id, progress=progress))
        if pdf is None:
            return
        dialog = PrintPreview(pdf, self.tr(KIND_LABELS[kind]), document_file_name(kind, ".pdf"), self)
        dialog.exec()
        if dialog.saved_to is not None:
            self.saved.show_saved(dialog.saved_to)

    def print_decision(self) -> None:
        """The decision's number and date first (one decision per form the unit grants), then the preview."""
        from app.ui.award_dialogs import DecisionDialog

        title = self.tr("Quyết định khen thưởng")
        try:
            dialog = DecisionDialog(self.store, self.conference_id, self)
        except AppError as exc:
            QMessageBox.information(self, title, exc.vi)
            return
        if not dialog.decisions:
            QMessageBox.information(self, title, self.tr(
                "Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định "
                "(các hình thức cấp trên chỉ công bố tại hội nghị)."))
            return
        if dialog.exec() != DecisionDialog.DialogCode.Accepted:
            return
        try:
            dialog.save()
        except AppError as exc:
            QMessageBox.warning(self, title, exc.vi)
            return
        self.print_preview("decision")
        if "honorees" in self.models:
            self.models["honorees"].reload()

    def print_certificates(self) -> None:
        """Giấy khen on pre-printed blanks: preview over the blank, offsets, test page, selected rows."""
        from app.ui.award_dialogs import CertificateDialog

        try:
            dialog = CertificateDialog(self.store, self.conference_id, self.run_long, self)
        except AppError as exc:
            QMessageBox.information(self, self.tr("In giấy khen trên phôi"), exc.vi)
            return
        dialog.exec()

    def backup(self, folder: Path | None = None) -> Path | None:
        """Tệp → Sao lưu ngay (into the rotating backups folder), or a copy into *folder*."""
        from app.paths import backups_dir
        from app.store.backup import backup_sqlite

        if self.store.path is None:
            QMessageBox.information(self, self.tr("Sao lưu"), self.tr("Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump."))
            return None
        source = self.store.path
        target = self.run_long(self.tr("Sao lưu cơ sở dữ liệu"),
                               lambda progress: backup_sqlite(source, folder or backups_dir(), progress=progress))
        if target is not None:
            self.saved.show_saved(target, self.tr("Đã sao lưu vào %1"))
        return target

    def copy_to_usb(self, folder: Path | None = None) -> Path | None:
        """Tệp → Chép cơ sở dữ liệu ra USB…: a consistent copy of the database on a stick."""
        from PySide6.QtWidgets import QFileDialog

        from app.ui.settings import last_folder, remember_folder
        from app.ui.sync_dialog import removable_drives

        if folder is None:
            drives = removable_drives()
            start = drives[0][1] if drives else last_folder("backup/usb_dir")
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn USB hoặc thư mục để chép cơ sở dữ liệu"),
                                                      str(start))
            if not chosen:
                return None
            folder = Path(chosen)
        target = self.backup(folder)
        if target is not None:
            remember_folder("backup/usb_dir", folder)
        return target

    def restore_backup(self, chosen: Path | None = None, confirm: bool = True) -> bool:
        """Tệp → Khôi phục từ bản sao lưu…: preview, confirm, keep the current database as a
        backup, put the chosen one in its place, open it again."""
        from app.domain.formats import fmt_datetime
        from app.services.backups import describe, for_target, restore
        from app.ui.backup_dialog import RestoreDialog

        title = self.tr("Khôi phục từ bản sao lưu")
        if self.store.path is None:
            QMessageBox.information(self, title, self.tr("Với máy chủ PostgreSQL, hãy khôi phục bằng pg_restore."))
            return False
        if chosen is None:
            dialog = RestoreDialog(self, self.checks.english, str(self.store.path))
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            summary = dialog.chosen
        else:
            summary = for_target(str(self.store.path), describe(chosen))
            if summary.problem is not None:  # another unit's backup: refused before anything is closed
                QMessageBox.warning(self, title, summary.problem.vi)
                return False
        when = fmt_datetime(summary.at)
        if confirm and QMessageBox.question(self, title, self.tr(
                "Thay toàn bộ dữ liệu đang dùng bằng bản sao lưu lúc %1?\n\nDữ liệu đang dùng được sao lưu trước, "
                "có thể khôi phục lại.").replace("%1", when)) != QMessageBox.StandardButton.Yes:
            return False
        db = str(self.store.path)
        self.store.close()
        result = self.run_long(title, lambda _progress: restore(db, summary.path, apply=True))
        if result is not None:
            self.statusBar().showMessage(self.tr("Đã khôi phục bản sao lưu lúc %1; bản trước đó giữ ở %2")
                                         .replace("%1", when).replace("%2", str(result.replaced)), 15000)
        reopen(self, db)
        return result is not None

    def about(self) -> None:
        from app.ui.about import AboutDialog

        AboutDialog(str(self.store.path or self.store.url) if self.store else None, self).exec()

    def _excel_target(self, suggested: str) -> Path | None:
        from app.ui.settings import ask_save_path, remember_folder

        path = ask_save_path(self, self.tr("Lưu bảng tính"), EXCEL_DIR, suggested, self.tr("Bảng tính Excel (*.xlsx)"),
                             ".xlsx")
        if path is not None:
            remember_folder(EXCEL_DIR, path.parent)
        return path

    def export_excel(self, out: Path | None = None) -> Path | None:
        from app.services import spreadsheet_export

        key = self.current_key()
        table = key.removeprefix("all_")
        if key == "progress":
            out = out or self._excel_target("tien-do.xlsx")
            done = out and self.run_long(self.tr("Xuất bảng tính"), lambda _p: spreadsheet_export.export_progress(
                self.store, out))
            return self._exported(done, out)
        if table not in spreadsheet_export.LISTS:
            QMessageBox.information(self, self.tr("Xuất bảng tính"), self.tr(
                "Hãy mở một danh sách (điển hình, khách mời, tham luận, đại biểu) hoặc mục Tiến độ rồi xuất."))
            return None
        from app.domain.vntext import file_slug

        out = out or self._excel_target(file_slug(next(vi for k, vi, _en in SECTIONS if k == key)) + ".xlsx")
        if out is None:
            return None
        done = self.run_long(self.tr("Xuất bảng tính"), lambda progress: spreadsheet_export.export_list(
            self.store, table, out, consolidated=key.startswith("all_"), progress=progress))
        if done is not None:
            self.saved.show_saved(out, self.tr("Đã xuất %2 dòng ra %1").replace("%2", str(done)))
            return out
        return None

    def export_report(self, out: Path | None = None) -> Path | None:
        from app.services.spreadsheet_export import export_report

        out = out or self._excel_target("tong-hop-cho-cap-tren.xlsx")
        done = out and self.run_long(self.tr("Xuất bảng tổng hợp"), lambda _p: export_report(self.store, out))
        return self._exported(done, out)

    def _exported(self, done: object, out: Path | None) -> Path | None:
        """*out* named in the status bar when the export *done* (not None) wrote it."""
        if not done or out is None:
            return None
        self.saved.show_saved(out)
        return out

    def import_excel(self, path: Path | None = None) -> int:
        from PySide6.QtWidgets import QFileDialog

        from app.ui.spreadsheet_dialog import ImportDialog

        key = self.current_key()
        table = key if key in ("honorees", "invitees", "delegates") else "honorees"
        if path is None:
            from app.ui.settings import last_folder, remember_folder

            name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bảng tính"), str(last_folder(EXCEL_DIR)),
                                                  self.tr("Bảng tính (*.xlsx *.csv)"))
            if not name:
                return 0
            path = Path(name)
            remember_folder(EXCEL_DIR, path.parent)
        try:
            dialog = ImportDialog(self.store, table, path, self)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Nhập danh sách"), exc.vi)
            return 0
        if dialog.exec() and dialog.imported:
            if table in self.models:
                self.models[table].reload()
            self.show_section(table)
            self.run_checks()
            self.statusBar().showMessage(self.tr("Đã nhập %1 dòng.").replace("%1", str(dialog.imported)), 8000)
        return dialog.imported

    def receive_bundle(self, path: str) -> None:
        """A ``.hnb`` double-clicked while this window is open (the second start passed it on):
        its import preview, once the data is open and no other dialog is in the way."""
        if self.store is None or QApplication.activeModalWidget() is not None:
            self.statusBar().showMessage(self.tr("Hãy đóng hộp thoại đang mở rồi mở lại tệp %1.")
                                         .replace("%1", Path(path).name), 15000)
            return
        QTimer.singleShot(0, lambda: self.open_sync(Path(path)))

    def open_sync(self, bundle: Path | None = None) -> None:
        """Tệp → Trao đổi dữ liệu qua USB…; with *bundle* (``hoinghi FILE.hnb``) on the receive
        tab with that file's import preview."""
        from app.ui.sync_dialog import SyncDialog

        try:
            dialog = SyncDialog(self.store, self, self.run_long)
        except AppError as exc:
            QMessageBox.information(self, self.tr("Trao đổi dữ liệu qua USB"), exc.vi)
            return
        if bundle is not None:
            QTimer.singleShot(0, lambda: dialog.preview_file(bundle))
        dialog.exec()
        if dialog.last_result is not None and any(p.status == "imported" for p in dialog.last_result.previews):
            for model in self.models.values():
                model.reload()  # records received from the stick show at once
            for key in ("progress", "review_notes"):
                if key in self.panels:
                    self.panels[key].reload()
            self.run_checks()

    def set_language(self, language: str) -> None:
        app_settings().setValue(LANGUAGE_KEY, language)
        install_language(QApplication.instance(), language)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # every panel, now
        self.retranslate(language)

    def retranslate(self, language: str) -> None:
        """Put every text of the window in *language* (the translator is already installed): the
        frame, the sections' lists and panels; widgets and actions stay as they are."""
        english = language == "en"
        self.checks.english = english
        for number, (_key, vi, en) in enumerate(SECTIONS):
            self.nav.item(number).setText(en if english else vi)
        for model in self.models.values():
            model.english = english
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._retranslate_ui()  # the panels follow by themselves (their changeEvent)
        if self.unit is not None:
            self.setWindowTitle(self.tr("Hội nghị ĐHTT — %1").replace("%1", self.unit.name))
        else:
            self.setWindowTitle(self.tr("Hội nghị ĐHTT"))
        self.run_checks()

    # -- layout persistence ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("desk/geometry")
        state = settings.value("desk/state")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) and not self.isMaximized():
            from app.ui.screen import available_area, fits

            if not fits(self, available_area(self)):  # saved on a bigger screen, or off this one
                fit_to_screen(self, self.size())
        if isinstance(state, QByteArray):
            self.restoreState(state)

    @guarded()
    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        settings = app_settings()
        settings.setValue("desk/geometry", self.saveGeometry())
        settings.setValue("desk/state", self.saveState())
        super().closeEvent(event)

    @guarded(QSize())
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1280, 800)

    @guarded()
    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._docks_sized and app_settings().value("desk/state") is None:
            self.resizeDocks([self.checks_dock], [130], Qt.Orientation.Vertical)
        self._docks_sized = True


def _show_unexpected(kind: type[BaseException], exc: BaseException, tb) -> None:  # noqa: ANN001
    """The desk's last line of defence: an error nobody foresaw is logged and shown as one
    sentence; the window stays open (every edit was already committed or refused whole)."""
    show_failure(QApplication.activeWindow(), "Hội nghị ĐHTT", exc.with_traceback(tb))


def reopen(window: DeskWindow, db: str) -> DeskWindow:
    """Show a new window on *db* in place of *window* (after a restore: every list is new)."""
    fresh = DeskWindow()
    fresh.setGeometry(window.geometry())
    fresh.show()
    guard = getattr(window, "guard", None)
    if guard is not None:  # a second start now brings up the new window
        _hand_over(guard, fresh)
    message = window.statusBar().currentMessage()
    window.close()
    window.deleteLater()
    _open_in(fresh, db)
    if message:
        fresh.statusBar().showMessage(message, 15000)
    return fresh


#: When the shown window starts answering later starts on its file (see :func:`_open_in`).
LISTEN_AFTER_MS = 200


def _hand_over(guard, window: DeskWindow | None) -> None:  # noqa: ANN001 — a WindowGuard
    """*window* becomes the one a later start on the same file brings up and hands its bundle to
    (None: none, as the program ends)."""
    old = guard.window
    if old is not None:
        guard.bundle_received.disconnect(old.receive_bundle)
        old.guard = None
    guard.window = window
    if window is not None:
        window.guard = guard
        guard.bundle_received.connect(window.receive_bundle)


def run_desk(db: str | None, bundle: Path | None = None) -> int:
    """``hoinghi`` without a sub-command: show the window at once, then open the database in it
    (importing the database layer and reading the first section take longer than showing a
    window; the official sees the window and "Đang mở cơ sở dữ liệu…" meanwhile)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Hội nghị ĐHTT")
    sys.excepthook = _show_unexpected
    install_language(app, str(app_settings().value(LANGUAGE_KEY) or "vi"))
    from app.ui.single_window import guard_for

    guard = guard_for(db)  # one window per database file (None: a database server allows several)
    if guard is not None and not guard.acquire():
        return _second_start(guard, bundle)
    window = DeskWindow()
    try:
        window.show()
        if guard is not None:
            _hand_over(guard, window)
        if os.environ.get("HOINGHI_EXIT_WHEN_SHOWN"):  # start-up benchmark: quit once the window is up
            QTimer.singleShot(0, app.quit)
            return app.exec()
        QTimer.singleShot(0, lambda: _open_in(window, db, guard, bundle))
        return app.exec()
    finally:
        if guard is not None:
            guard.release()
            _hand_over(guard, None)  # no cycle left between window and guard: both go now


def _second_start(guard, bundle: Path | None = None) -> int:  # noqa: ANN001 — a WindowGuard another window holds
    """A second start on a file already open: bring that window to the front (with *bundle*, a
    double-clicked ``.hnb``, opened there) and open nothing; when it does not answer, one
    sentence in a message box (and on stderr: :class:`AppError`)."""
    from app.ui.single_window import refusal

    if guard.ask_first_to_show(bundle=bundle):
        return 0
    vi, en = refusal()
    QMessageBox.warning(None, "Hội nghị ĐHTT", vi)
    raise AppError(vi, en)


def _open_in(window: DeskWindow, db: str | None, guard=None, bundle: Path | None = None) -> None:  # noqa: ANN001
    """Open *db* in the shown *window*; the first-run wizard when it holds no conference yet.
    *guard* (a WindowGuard) starts answering later starts on the same file once the data is shown
    (its local server costs some 10–30 ms, kept off the way to a usable window; a start in
    between waits for it) — before the wizard, when there is one."""
    app = QApplication.instance()
    app.processEvents()  # paint the window before the slow part
    from app.services.conference import unit_conference
    from app.services.database import open_database

    try:
        store = open_database(db)
    except AppError as exc:
        QMessageBox.critical(window, "Hội nghị ĐHTT", exc.vi)
        app.exit(1)
        return
    app_settings().setValue("desk/last_db", str(store.path or store.url))
    try:
        from app.store.backup import daily_backup

        daily_backup(store.path)  # the first start of each day keeps a copy
    except AppError as exc:
        window.statusBar().showMessage(exc.vi, 15000)
    conference = unit_conference(store, store.unit_id) if store.unit_id else None
    if conference is None:
        from app.ui.wizard import FirstRunWizard

        if guard is not None:
            guard.listen()  # a second start during the wizard must find this window
        wizard = FirstRunWizard(store, window)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.conference_id is None:
            store.close()
            app.exit(0)
            return
        conference_id = wizard.conference_id
        recovery = wizard.recovery_file
    else:
        conference_id, recovery = conference.id, None
    window.attach(store, conference_id)
    if recovery is not None:
        from app.ui.wizard import recovery_saved_text

        window.saved.show_saved(recovery, recovery_saved_text())
    if bundle is not None:  # a double-clicked .hnb: its import preview
        QTimer.singleShot(0, lambda: window.open_sync(bundle))
    if guard is not None and guard.server is None:
        QTimer.singleShot(LISTEN_AFTER_MS, guard.listen)
    if os.environ.get("HOINGHI_EXIT_WHEN_READY"):  # start-up benchmark: quit once the data is shown
        window.repaint()
        QTimer.singleShot(0, app.quit)
