"""What the desk's menus start: printing, backups and restore, spreadsheets in and out, the USB
exchange — each long job behind a progress dialog, each failure one sentence in the window's
language, each import announced so the lists refresh and the undo history is cleared when it must."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.document_kinds import KIND_NAMES, document_file_name
from app.domain.text import Text
from app.errors import AppError
from app.long_work import Progress
from app.ui.desk_sections import SECTIONS
from app.ui.i18n import say
from app.ui.jobs import run_long

T = TypeVar("T")

EXCEL_DIR = "excel/last_dir"
#: What changed records from outside the undo history (the status line names it).
SPREADSHEET_IMPORT = Text("Nhập bảng tính", "The spreadsheet import")
BUNDLE_IMPORT = Text("Nhập gói dữ liệu", "The bundle import")
RESTORE_CLEARS = Text(
    "Lịch sử hoàn tác đã xóa (dữ liệu đã thay bằng bản sao lưu).",
    "The undo history was cleared (the data was replaced by the backup).",
)


class DeskJobs:
    """The part of :class:`~app.ui.desk.DeskWindow` that runs what its menus ask for."""

    def run_long(self, title: str, work: Callable[[Progress], T]) -> T | None:
        """Run long work off the GUI thread behind a cancellable progress dialog; show any
        failure as one message and return None (then nothing was changed)."""
        return run_long(
            self,
            title,
            work,
            cancelled=lambda: self.statusBar().showMessage(self.tr("Đã hủy; không có gì thay đổi."), 8000),
        )

    def print_preview(self, kind: str) -> None:
        from app.services.printing import render_document
        from app.ui.print_preview import PrintPreview

        folder = Path(tempfile.mkdtemp(prefix="hoinghi-in-"))
        pdf = self.run_long(
            self.tr("Đang chuẩn bị bản in"),
            lambda progress: render_document(
                self.store, kind, folder / f"{kind}.pdf", self.conference_id, progress=progress
            ),
        )
        if pdf is None:
            return
        dialog = PrintPreview(pdf, say(KIND_NAMES[kind]), document_file_name(kind, ".pdf"), self)
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
            QMessageBox.information(self, title, say(exc))
            return
        if not dialog.decisions:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định "
                    "(các hình thức cấp trên chỉ công bố tại hội nghị)."
                ),
            )
            return
        if dialog.exec() != DecisionDialog.DialogCode.Accepted:
            return
        try:
            self.undo.execute(dialog.save, self)
        except AppError as exc:
            QMessageBox.warning(self, title, say(exc))
            return
        self.print_preview("decision")

    def print_certificates(self) -> None:
        """Giấy khen on pre-printed blanks: preview over the blank, offsets, test page, selected rows."""
        from app.ui.award_dialogs import CertificateDialog

        try:
            dialog = CertificateDialog(self.store, self.conference_id, self.run_long, self)
        except AppError as exc:
            QMessageBox.information(self, self.tr("In giấy khen trên phôi"), say(exc))
            return
        dialog.exec()
        self.undo.announce(dialog.changes, dialog)

    def backup(self, folder: Path | None = None) -> Path | None:
        """Tệp → Sao lưu ngay (into the rotating backups folder), or a copy into *folder*."""
        from app.paths import backups_dir
        from app.store.backup import backup_sqlite

        if self.store.path is None:
            QMessageBox.information(
                self, self.tr("Sao lưu"), self.tr("Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump.")
            )
            return None
        source = self.store.path
        target = self.run_long(
            self.tr("Sao lưu cơ sở dữ liệu"),
            lambda progress: backup_sqlite(source, folder or backups_dir(), progress=progress),
        )
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
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Chọn USB hoặc thư mục để chép cơ sở dữ liệu"), str(start)
            )
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
            QMessageBox.information(
                self, title, self.tr("Với máy chủ PostgreSQL, hãy khôi phục bằng pg_restore.")
            )
            return False
        if chosen is None:
            dialog = RestoreDialog(self, self.checks.english, str(self.store.path))
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            summary = dialog.chosen
        else:
            summary = for_target(str(self.store.path), describe(chosen))
            if summary.problem is not None:  # another unit's backup: refused before anything is closed
                QMessageBox.warning(self, title, say(summary.problem))
                return False
        when = fmt_datetime(summary.at)
        if (
            confirm
            and QMessageBox.question(
                self,
                title,
                self.tr(
                    "Thay toàn bộ dữ liệu đang dùng bằng bản sao lưu lúc %1?\n\nDữ liệu đang dùng được sao lưu trước, "
                    "có thể khôi phục lại."
                ).replace("%1", when),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        db = str(self.store.path)
        self.store.close()
        result = self.run_long(title, lambda _progress: restore(db, summary.path, apply=True))
        if result is not None:
            history = " " + say(RESTORE_CLEARS) if self.undo.count() else ""
            self.statusBar().showMessage(
                self.tr("Đã khôi phục bản sao lưu lúc %1; bản trước đó giữ ở %2")
                .replace("%1", when)
                .replace("%2", str(result.replaced))
                + history,
                15000,
            )
        from app.ui import desk

        desk.reopen(self, db)  # (looked up there: a test puts its own in place)
        return result is not None

    def about(self) -> None:
        from app.ui.about import AboutDialog

        AboutDialog(str(self.store.path or self.store.url) if self.store else None, self).exec()

    def _excel_target(self, suggested: str) -> Path | None:
        from app.ui.settings import ask_save_path, remember_folder

        path = ask_save_path(
            self, self.tr("Lưu bảng tính"), EXCEL_DIR, suggested, self.tr("Bảng tính Excel (*.xlsx)"), ".xlsx"
        )
        if path is not None:
            remember_folder(EXCEL_DIR, path.parent)
        return path

    def export_excel(self, out: Path | None = None) -> Path | None:
        from app.services import spreadsheet_export

        key = self.current_key()
        table = key.removeprefix("all_")
        if key == "progress":
            out = out or self._excel_target("tien-do.xlsx")
            done = out and self.run_long(
                self.tr("Xuất bảng tính"), lambda _p: spreadsheet_export.export_progress(self.store, out)
            )
            return self._exported(done, out)
        if table not in spreadsheet_export.LISTS:
            QMessageBox.information(
                self,
                self.tr("Xuất bảng tính"),
                self.tr(
                    "Hãy mở một danh sách (điển hình, khách mời, tham luận, đại biểu) hoặc mục Tiến độ rồi xuất."
                ),
            )
            return None
        from app.domain.vntext import file_slug

        out = out or self._excel_target(file_slug(dict(SECTIONS)[key]) + ".xlsx")
        if out is None:
            return None
        done = self.run_long(
            self.tr("Xuất bảng tính"),
            lambda progress: spreadsheet_export.export_list(
                self.store, table, out, consolidated=key.startswith("all_"), progress=progress
            ),
        )
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

            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Chọn bảng tính"),
                str(last_folder(EXCEL_DIR)),
                self.tr("Bảng tính (*.xlsx *.csv)"),
            )
            if not name:
                return 0
            path = Path(name)
            remember_folder(EXCEL_DIR, path.parent)
        try:
            dialog = ImportDialog(self.store, table, path, self)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Nhập danh sách"), say(exc))
            return 0
        if dialog.exec() and dialog.imported:
            from app.services.changes import Changes

            note = self.outside_changes(Changes.of_tables([table]), SPREADSHEET_IMPORT)
            self.show_section(table)
            self.run_checks()
            self.statusBar().showMessage(
                self.tr("Đã nhập %1 dòng.").replace("%1", str(dialog.imported)) + note, 15000
            )
        return dialog.imported

    def receive_bundle(self, path: str) -> None:
        """A ``.hnb`` double-clicked while this window is open (the second start passed it on):
        its import preview, once the data is open and no other dialog is in the way."""
        if self.store is None or QApplication.activeModalWidget() is not None:
            self.statusBar().showMessage(
                self.tr("Hãy đóng hộp thoại đang mở rồi mở lại tệp %1.").replace("%1", Path(path).name), 15000
            )
            return
        QTimer.singleShot(0, lambda: self.open_sync(Path(path)))

    def open_sync(self, bundle: Path | None = None) -> None:
        """Tệp → Trao đổi dữ liệu qua USB…; with *bundle* (``hoinghi FILE.hnb``) on the receive
        tab with that file's import preview."""
        from app.ui.sync_dialog import SyncDialog

        try:
            dialog = SyncDialog(self.store, self, self.run_long)
        except AppError as exc:
            QMessageBox.information(self, self.tr("Trao đổi dữ liệu qua USB"), say(exc))
            return
        if bundle is not None:
            QTimer.singleShot(0, lambda: dialog.preview_file(bundle))
        dialog.exec()
        if dialog.changes:  # records received from the stick (or a conflict settled) show at once
            note = self.outside_changes(dialog.changes, BUNDLE_IMPORT)
            if note:
                self.statusBar().showMessage(note.strip(), 15000)
            self.run_checks()
