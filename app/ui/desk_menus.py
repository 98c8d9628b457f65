"""The desk's menus and toolbar: built once, their words set again on a language switch (so a
switch changes words, never widgets)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.domain.document_kinds import KIND_NAMES, KINDS
from app.ui.desk_sections import SECTIONS
from app.ui.i18n import current_language, say


class DeskMenus:
    """The part of :class:`~app.ui.desk.DeskWindow` that makes and words its menus."""

    def _menus(self) -> None:
        """Menus and the toolbar, built once; their texts are set by :meth:`_retranslate_ui` (so a
        language switch changes words, never widgets)."""
        bar = self.menuBar()
        self.menus = {
            key: QMenu(self) for key in ("file", "edit", "view", "print", "plan", "tools", "language", "help")
        }
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
        # Ctrl+Y on every system, and the system's own Redo keys — once each: where Redo is Ctrl+Y
        # already (Windows), the same keys twice made the shortcut ambiguous and it did nothing.
        keys = [QKeySequence("Ctrl+Y")]
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
        redo.setShortcuts(keys)
        undo.setEnabled(False)
        redo.setEnabled(False)
        # Undo stays pressable after an import emptied the history: it says why there is nothing to undo.
        self.undo.canUndoChanged.connect(
            lambda can: undo.setEnabled(can or self.undo.cleared_because is not None)
        )
        self.undo.canRedoChanged.connect(redo.setEnabled)
        self.undo.undoTextChanged.connect(self._undo_texts)
        self.undo.redoTextChanged.connect(self._undo_texts)
        edit.addSeparator()
        self.find_action = self._add(edit, "find", QKeySequence.StandardKey.Find, self.focus_search)

        view = self.menus["view"]
        for number, (key, _name) in enumerate(SECTIONS):
            self._add(
                view,
                f"section:{key}",
                f"Ctrl+{number + 1}",
                lambda _c=False, n=number: self.nav.setCurrentRow(n),
            )
        view.addSeparator()
        view.addAction(self.checks_dock.toggleViewAction())

        dialogs = {"decision": self.print_decision, "certificates": self.print_certificates}
        for kind in KINDS:
            self._add(
                self.menus["print"],
                f"print:{kind}",
                "Ctrl+P" if kind == "programme" else None,
                dialogs.get(kind) or (lambda _c=False, k=kind: self.print_preview(k)),
            )

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
            action = self._add(
                self.menus["language"],
                f"language:{code}",
                None,
                lambda _c=False, c=code: self.set_language(c),
            )
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
        titles = {
            "file": self.tr("&Tệp"),
            "edit": self.tr("&Sửa"),
            "view": self.tr("&Xem"),
            "print": self.tr("&In"),
            "plan": self.tr("&Kế hoạch"),
            "tools": self.tr("&Công cụ"),
            "language": self.tr("Ngôn ngữ / Language"),
            "help": self.tr("Trợ &giúp"),
        }
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        texts = {
            "backup": self.tr("Sao lưu ngay"),
            "restore": self.tr("Khôi phục từ bản sao lưu…"),
            "copy-usb": self.tr("Chép cơ sở dữ liệu ra USB…"),
            "sync": self.tr("Trao đổi dữ liệu qua USB…"),
            "about": self.tr("Giới thiệu Hội nghị ĐHTT…"),
            "import": self.tr("Nhập danh sách từ Excel…"),
            "export": self.tr("Xuất danh sách đang xem ra Excel…"),
            "report": self.tr("Xuất bảng tổng hợp cho cấp trên (Excel)…"),
            "quit": self.tr("Thoát"),
            "find": self.tr("Tìm…"),
            "checks": self.tr("Kiểm tra theo kế hoạch"),
            "print-programme": self.tr("In chương trình"),
            "check": self.tr("Kiểm tra"),
            "plans": self.tr("Các kế hoạch…"),
            "plan-from": self.tr("Tạo kế hoạch mới từ…"),
            "plan-conference": self.tr("Hội nghị mới theo kế hoạch…"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        for key, name in SECTIONS:
            self.acts[f"section:{key}"].setText(self.tr(name))
        for kind in KINDS:
            self.acts[f"print:{kind}"].setText(say(KIND_NAMES[kind]) + "…")
        self.acts[f"language:{current_language()}"].setChecked(True)
        self.toolbar.setWindowTitle(self.tr("Thanh công cụ"))
        self._undo_texts()

    def _undo_texts(self, *_changed: str) -> None:
        """The menu says what Undo / Redo will do; the toolbar keeps its short, fixed words (so its
        buttons do not move as the text grows), the full text in the tooltip."""
        for key, short, detail in (
            ("undo", self.tr("Hoàn tác"), self.undo.undoText()),
            ("redo", self.tr("Làm lại"), self.undo.redoText()),
        ):
            action = self.acts[key]
            action.setText(f"{short}: {detail}" if detail else short)
            action.setIconText(short)
            action.setToolTip(action.text())
