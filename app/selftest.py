"""``hoinghi --self-test``: prove, on this PC, that the installed (or frozen) app can do its job.

Everything happens in a temporary folder (its own data folder and databases, removed at the
end); the user's data is never read or written. One line per step; exit 0 only if every step
passed. The steps use the same public services as the CLI and the window: a commune's database
with its demo conference, the programme as PDF (rendered back to pixels) and Word, a backup read
back, a bundle sent to the district and previewed there, and the main window opened offscreen.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


class _Steps:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed = 0
        self.passed = 0

    def run(self, title: str, work: Callable[[], str | None]) -> bool:
        start = time.perf_counter()
        try:
            detail = work()
        except Exception as exc:  # noqa: BLE001 — each failure is reported on its line, then the next step
            from app.errors import AppError

            self.failed += 1
            reason = exc.one_line() if isinstance(exc, AppError) else f"{exc.__class__.__name__}: {exc}"
            self.out.write(f"[LỖI] {title} — {reason}\n")
            if os.environ.get("HOINGHI_SELF_TEST_TRACE"):
                traceback.print_exc(file=self.out)
            self.out.flush()
            return False
        self.passed += 1
        seconds = time.perf_counter() - start
        self.out.write(f"[ OK ] {title}{f' — {detail}' if detail else ''} ({seconds:.1f} s)\n")
        self.out.flush()
        return True


def _leaf_and_parent() -> tuple[str, str]:
    """A commune of the demo tree and its district."""
    from app.services.demo import registry_rows

    rows = registry_rows()
    parents = {r.parent for r in rows}
    leaf = next(r for r in rows if r.kind == "xa" and r.code not in parents and r.parent)
    return leaf.code, leaf.parent


def self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from app import __version__

    out.write(
        f"Hội nghị ĐHTT {__version__} — tự kiểm tra (self-test); Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}{', frozen' if getattr(sys, 'frozen', False) else ''}\n"
    )
    saved = {
        key: os.environ.get(key)
        for key in ("HOINGHI_HOME", "HOINGHI_DB", "QT_QPA_PLATFORM", "HOINGHI_KEYSTORE")
    }
    store_step = _key_store()
    with tempfile.TemporaryDirectory(prefix="hoinghi-self-test-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        os.environ["HOINGHI_HOME"] = str(root / "dữ liệu thử")  # a non-ASCII path with a space, on purpose
        os.environ.pop("HOINGHI_DB", None)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["HOINGHI_KEYSTORE"] = "file"  # the trial installations' keys die with the folder
        try:
            steps = _Steps(out)
            steps.run("Kho giữ khóa bí mật (key store)", store_step)
            _run_steps(steps, root)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    total = steps.passed + steps.failed
    if steps.failed:
        out.write(f"Tự kiểm tra KHÔNG ĐẠT: {steps.failed}/{total} bước lỗi (self-test FAILED)\n")
        return 1
    out.write(f"Tự kiểm tra đạt: {steps.passed}/{total} bước (self-test passed)\n")
    return 0


def _key_store() -> Callable[[], str]:
    """The step that says where this PC would keep a unit's private keys — looked at now, in this
    PC's own setting, before the trial run sends its throwaway keys to its temporary folder. On
    Windows the Credential Manager must be reachable (a frozen build missing keyring's Windows
    backend would fall back to the key file)."""
    from app.sync import keystore

    try:
        name = keystore.backend_name()
        if name is None and sys.platform == "win32" and os.environ.get(keystore.ENV) != "file":
            raise RuntimeError("Windows Credential Manager is not reachable (keyring backend missing)")
        found: str | Exception = name or "tệp khóa trong thư mục dữ liệu (key file)"
    except Exception as exc:  # noqa: BLE001 — reported by the step, like every other failure
        found = exc

    def step() -> str:
        if isinstance(found, Exception):
            raise found
        return found

    return step


def _run_steps(steps: _Steps, root: Path) -> None:
    state: dict[str, Any] = {}
    commune, district = _leaf_and_parent()

    def database() -> str:
        from app.services.database import open_database

        state["store"] = open_database(str(root / "xã.sqlite"))
        return f"{state['store'].revision()}"

    def demo() -> str:
        from app.services.demo import run_demo

        result = run_demo(state["store"], as_unit=commune)
        return f"đơn vị {result.unit}, {result.counts.get('honorees', 0)} điển hình"

    def programme(suffix: str) -> Callable[[], str]:
        def work() -> str:
            from app.services.printing import render_document

            path = render_document(state["store"], "programme", root / f"chuong-trinh{suffix}")
            if suffix == ".pdf":
                import pypdfium2

                document = pypdfium2.PdfDocument(str(path))
                try:
                    image = document[0].render(scale=0.5).to_pil()
                    pages = len(document)
                finally:
                    document.close()
                if image.getextrema()[0][0] == 255:
                    raise RuntimeError("the first page renders blank")
                return f"{pages} trang, {path.stat().st_size // 1024} KB"
            with zipfile.ZipFile(path) as docx:
                text = docx.read("word/document.xml").decode("utf-8")
            if "CHƯƠNG TRÌNH" not in text.upper():
                raise RuntimeError("the .docx has no programme title")
            return f"{path.stat().st_size // 1024} KB"

        return work

    def backup() -> str:
        from app.services.backups import describe
        from app.store.backup import automatic_backup

        path = automatic_backup(state["store"].path, "")
        summary = describe(path)
        if summary.problem is not None or summary.unit_code != commune:
            raise RuntimeError(f"backup reads back wrong: {summary.problem or summary.unit_code}")
        return f"{summary.counts['honorees']} điển hình đọc lại"

    def bundle() -> str:
        from app.services.database import open_database
        from app.services.demo import run_demo
        from app.sync import exchange, keys

        above = open_database(str(root / "huyện.sqlite"))
        state["district"] = above
        run_demo(above, as_unit=district)
        keys.write_registration(above, root / "huyen.hnk")
        keys.register(state["store"], keys.read_registration(root / "huyen.hnk"), accept=True)
        usb = root / "USB"
        usb.mkdir()
        sent = exchange.export_bundle(state["store"], usb)
        result = exchange.import_bundles(above, [sent.path], apply=False)
        [preview] = result.previews
        if preview.status != "ready":
            raise RuntimeError(f"the district cannot read the bundle: {preview.status} {preview.reason}")
        return f"{sent.path.name}, {sum(sent.counts.values())} bản ghi, huyện xem trước được"

    def window() -> str:
        from PySide6.QtWidgets import QApplication

        from app.services.conference import unit_conference
        from app.ui.desk import DeskWindow
        from app.ui.i18n import install_language

        app = QApplication.instance() or QApplication(sys.argv[:1])
        if not install_language(app, "en"):
            raise RuntimeError("the English translation (.qm) is missing")
        install_language(app, "vi")
        store = state["store"]
        desk = DeskWindow()
        desk.show()
        desk.attach(store, unit_conference(store, store.unit_id).id)
        app.processEvents()
        picture = desk.grab()
        desk.close()
        desk.deleteLater()
        # processEvents() outside an event loop leaves deferred deletes waiting: the closed window
        # would live on and answer the next language switch with the closed store.
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if picture.isNull():
            raise RuntimeError("the window painted nothing")
        return f"{app.platformName()}, {picture.width()}×{picture.height()}, tiếng Anh có sẵn"

    try:
        ok = steps.run("Tạo cơ sở dữ liệu của một xã (database)", database)
        ok = ok and steps.run("Nạp dữ liệu mẫu của xã (demo --as-unit)", demo)
        if ok:
            steps.run("In chương trình ra PDF (programme .pdf)", programme(".pdf"))
            steps.run("In chương trình ra Word (programme .docx)", programme(".docx"))
            steps.run("Sao lưu và đọc lại (backup)", backup)
            steps.run("Ghi gói dữ liệu và đọc lại ở huyện (bundle)", bundle)
            steps.run("Mở và đóng cửa sổ làm việc (window, offscreen)", window)
    finally:
        for key in ("store", "district"):
            if key in state:
                state[key].close()
