"""The desk: the main window where a unit's official prepares the conference.

The window is put together from small parts: its sections (``desk_sections``), its menus
(``desk_menus``), what the menus start (``desk_jobs``) and how the program starts it
(``desk_start``). Every write it asks for is announced on one hook, :meth:`DeskWindow.operation_did_execute`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.domain.text import Text
from app.ui.desk_jobs import DeskJobs
from app.ui.desk_menus import DeskMenus
from app.ui.desk_sections import (
    ABOVE_ONLY,
    FINDING_SECTION,
    SCROLLED,
    SECTIONS,
    ChecksPanel,
    make_section,
    section_number,
)
from app.ui.failures import guarded
from app.ui.i18n import LANGUAGE_KEY, InheritedTexts, install_language, say
from app.ui.operations import Operations
from app.ui.saved import ElidedLabel, SavedLine
from app.ui.screen import fit_to_screen
from app.ui.settings import app_settings

if TYPE_CHECKING:  # the window shows before SQLAlchemy and the services are imported
    from app.services.changes import Changes
    from app.store.db import Store
    from app.ui.table_model import RecordTableModel


class DeskWindow(InheritedTexts, DeskMenus, DeskJobs, QMainWindow):
    """The main window. Built in two steps so that it shows at once: ``DeskWindow()`` is the
    frame (sections, menus, checks dock), ``attach(store, conference_id)`` opens the data."""

    def __init__(self, store: Store | None = None, conference_id: str | None = None) -> None:
        super().__init__()
        self.store: Store | None = None
        self.conference_id = ""
        self.unit = None  # the conference's unit (``app.services.conference.Opening``: id, code, name)
        self.undo = Operations(self)  # the undo history, and the one hook every write is announced on
        self.undo.did_execute.connect(self.operation_did_execute)
        self.undo.refused.connect(self._undo_refused)
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.run_checks)
        self.models: dict[str, RecordTableModel] = {}
        self.panels: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setFixedWidth(220)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 6px; }")
        self.stack = QStackedWidget()
        for _key, name in SECTIONS:
            self.nav.addItem(QListWidgetItem(self.tr(name)))
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
        # Without stretch, and at most a third of a small screen: a status message is drawn left of the
        # first permanent widget, so a stretched unit line left messages no room at all.
        self.unit_label.setMaximumWidth(420)
        self.statusBar().addPermanentWidget(self.unit_label)
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
            self._show_sections_below(False)  # shown once the unit is known to have units below
            self.statusBar().showMessage(self.tr("Đang mở cơ sở dữ liệu…"))

    def _show_sections_below(self, shown: bool) -> None:
        """The sections of the units below (progress, consolidated lists): in the navigation and
        in the Xem menu (with their Ctrl+number) only for a unit that has units below it."""
        for key in ABOVE_ONLY:
            self.nav.item(self._section_number(key)).setHidden(not shown)
            self.acts[f"section:{key}"].setVisible(shown)

    def attach(self, store: Store, conference_id: str) -> None:
        """Open the conference *conference_id* of *store* in the window."""
        from app.services.conference import opening

        self.store = store
        self.undo.store = store
        self.conference_id = conference_id
        self.unit = opening(store, conference_id)
        self.unit_label.setText(f"{self.unit.name} ({self.unit.code}) — {store.path or store.url}")
        self.setWindowTitle(self.tr("Hội nghị ĐHTT — %1").replace("%1", self.unit.name))
        self._show_sections_below(self.unit.has_units_below)
        self.switcher.fill(store, self.unit.id, conference_id)
        self.centralWidget().setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.statusBar().clearMessage()
        self.nav.setCurrentRow(1)
        self.run_checks()
        self.undo.clear()  # opening the window is not an edit
        self.undo.cleared_because = None

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
        return make_section(self, key)

    # -- behaviour ------------------------------------------------------------------------------
    def current_key(self) -> str:
        return SECTIONS[self.stack.currentIndex()][0]

    @staticmethod
    def _section_number(key: str) -> int:
        return section_number(key)

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

    def operation_did_execute(self, changes: Changes, initiator: object) -> None:
        """The one place the window hears about writes (its own edits, a dialog's, an import): each
        open list, form and panel refreshes what it shows when the changes touch it, and the plan
        checks run again."""
        for panel in list(self.panels.values()):
            on_changes = getattr(panel, "on_changes", None)
            if on_changes is not None:
                on_changes(changes, initiator)
        if changes.touches("conferences", "plans") and self.store is not None and self.unit is not None:
            self.switcher.fill(self.store, self.unit.id, self.conference_id)
        self.schedule_checks()

    def _undo_refused(self, reason: Text) -> None:
        """An undo or redo the history refused (its records changed elsewhere): say why, once."""
        self.statusBar().showMessage(say(reason), 15000)
        QMessageBox.warning(self, self.tr("Không hoàn tác được"), say(reason))

    def outside_changes(self, changes: Changes, what: Text) -> str:
        """Records were written from outside the undo history (an import): refresh what shows them;
        return the words the status line adds when the history had to go."""
        note = self.undo.outside_changes(changes, what)
        return " " + say(note) if note is not None else ""

    def findings(self) -> list:
        from app.services.checks import findings

        return findings(self.store, self.conference_id)

    def run_checks(self) -> None:
        if self.store is None:
            return
        found = self.findings()
        self.checks.show_findings(found)
        errors = sum(1 for f in found if f.severity == "error")
        self.checks_dock.setWindowTitle(
            self.tr("Kiểm tra theo kế hoạch — %1, %2")
            .replace("%1", self.tr("%n lỗi", "", errors))
            .replace("%2", self.tr("%n lưu ý", "", len(found) - errors))
        )

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
        for number, (_key, name) in enumerate(SECTIONS):
            self.nav.item(number).setText(self.tr(name))
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


# How the program starts the window (re-exported: ``hoinghi`` and the tests call them here).
from app.ui.desk_start import _hand_over, reopen, run_desk  # noqa: E402

__all__ = ["SECTIONS", "DeskWindow", "_hand_over", "reopen", "run_desk"]
