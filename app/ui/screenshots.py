"""``hoinghi screenshots --out DIR [--size 1366x768]``: the window on the current database, one PNG
per section and of the main dialogs, sized as on a screen of that size (with a taskbar), so the
README's pictures never go stale."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import AppError


def take_screenshots(
    db: str | None,
    out: Path,
    language: str = "vi",
    size: tuple[int, int] = (1366, 768),
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.document_kinds import KIND_NAMES, document_file_name
    from app.services.conference import unit_conference
    from app.services.database import open_database
    from app.services.printing import render_document
    from app.ui.desk import SECTIONS, DeskWindow
    from app.ui.i18n import install_language, say
    from app.ui.print_preview import PrintPreview
    from app.ui.screen import assume_screen, fit_to_screen
    from app.ui.sync_dialog import SyncDialog
    from app.ui.wizard import FirstRunWizard

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppError(f"Không tạo được thư mục {out}.", f"cannot create {out}: {exc.strerror}") from exc
    app = QApplication.instance() or QApplication([])
    install_language(app, language)
    store = open_database(db, create=False)
    written: list[Path] = []
    try:
        assume_screen(size)
        conference = unit_conference(store, store.unit_id) if store.unit_id else None
        if conference is None:
            raise AppError(
                "Cơ sở dữ liệu chưa có hội nghị của đơn vị (chạy hoinghi demo trước).",
                "the database holds no conference of this installation's unit (run hoinghi demo first)",
            )
        window = DeskWindow(store, conference.id)
        fit_to_screen(window, window.sizeHint())  # as on that screen, whatever layout was saved here
        window.show()
        if language != "vi":
            window.retranslate(language)
        for number, (key, _name) in enumerate(SECTIONS):
            if window.nav.item(number).isHidden():  # a section this unit does not have
                continue
            window.nav.setCurrentRow(number)
            app.processEvents()
            path = out / f"{len(written) + 1:02d}-{key.replace('_', '-')}.png"
            window.grab().save(str(path))
            written.append(path)
        pdf = render_document(store, "programme", out / ".programme.pdf", conference.id)
        preview = PrintPreview(pdf, say(KIND_NAMES["programme"]), document_file_name("programme", ".pdf"))
        preview.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{len(written) + 1:02d}-print-preview.png"
        preview.grab().save(str(path))
        written.append(path)
        preview.close()
        pdf.unlink(missing_ok=True)
        wizard = FirstRunWizard(store)
        wizard.show()
        app.processEvents()
        path = out / f"{len(written) + 1:02d}-wizard.png"
        wizard.grab().save(str(path))
        written.append(path)
        wizard.hide()  # not close(): that is Hủy, which asks first
        sync = SyncDialog(store, window)
        sync.show()
        for tab, name in ((0, "sync-send"), (2, "sync-keys")):
            sync.tabs.setCurrentIndex(tab)
            app.processEvents()
            path = out / f"{len(written) + 1:02d}-{name}.png"
            sync.grab().save(str(path))
            written.append(path)
        sync.close()
        window.hide()  # not close(): that would save this offscreen layout as the official's
    finally:
        store.close()
        assume_screen(None)
    return written
