"""Stage 5 — the batch: importing (or previewing) the bundles an official chose, one by one.

Each bundle stands on its own: a bad one is set aside with its one-sentence reason (also an
unexpected fault: refused, rolled back, logged) and never blocks the others; each good one is
applied in its own transaction, after one backup of the database for the whole batch (taken
before the first change). The cyclic garbage collector is paused while a bundle's records are
read and written. Cancelling stops after the bundle being written is rolled back.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.long_work import Cancelled, Progress, report
from app.store.backup import backup_sqlite
from app.store.db import Store
from app.sync.apply import apply_bundle
from app.sync.bundle import BundleRefused
from app.sync.keys import own_unit
from app.sync.planning import prepare
from app.sync.preview import Preview


@dataclass
class BatchResult:
    previews: list[Preview]

    @property
    def refused(self) -> list[Preview]:
        return [p for p in self.previews if p.status == "refused"]


def import_bundles(
    store: Store,
    paths: Iterable[Path],
    apply: bool = True,
    trust: Iterable[str] = (),
    progress: Progress | None = None,
    backup: bool = True,
) -> BatchResult:
    """Preview (``apply=False``) or import bundles one by one. A bad bundle is set aside with its
    reason and never blocks the others; each good one is applied in its own transaction, after
    one backup of the database for the whole batch. *trust*: fingerprints of new or changed
    sender keys an official accepted after comparing them."""
    own_unit(store)
    trusted = {t.strip().upper() for t in trust}
    files = list(paths)
    previews: list[Preview] = []
    backed_up: str | None = None
    for index, path in enumerate(files):
        report(progress, index * 100, len(files) * 100, f"{path.name}: đang kiểm tra…")
        preview = Preview(file=path, status="ready")

        def tick(fraction: float, text: str, index: int = index, name: str = path.name) -> None:
            # Checking is about a third of a bundle's time, writing the rest.
            report(progress, index * 100 + 30 + int(70 * fraction), len(files) * 100, f"{name}: {text}")

        try:
            if not apply:
                with store.session() as session, no_cyclic_gc():
                    prepare(store, path, trusted, session, preview, lenient=True)
                    session.rollback()
            else:
                with store.session() as session, no_cyclic_gc():
                    prepared = prepare(store, path, trusted, session, preview)
                    if prepared is not None:
                        if backup and backed_up is None and store.path is not None:
                            from app.paths import backups_dir

                            # Before the first change of the batch: a copy of the database as it was.
                            backed_up = str(backup_sqlite(store.path, backups_dir(), label="truoc-nhap-goi"))
                        preview.backup = backed_up
                        report(progress, index * 100 + 30, len(files) * 100, f"{path.name}: đang ghi…")
                        apply_bundle(session, store, prepared[1], prepared[0], preview, tick)
        except Cancelled:
            if not any(p.status == "imported" for p in previews):
                raise  # nothing was changed: the caller says so
            # The bundles before this one are imported (each was its own transaction); this one
            # and the rest are not.
            previews.append(Preview(file=path, status="cancelled", reason=Cancelled()))
            previews.extend(
                Preview(file=rest, status="cancelled", reason=Cancelled()) for rest in files[index + 1 :]
            )
            break
        except AppError as exc:  # BundleRefused, CryptoRefused and every other refusal with its sentence
            preview.status, preview.reason = "refused", exc
        except Exception as exc:  # noqa: BLE001 — each bundle on its own: refused, rolled back, the batch goes on
            preview.status, preview.reason = "refused", _unexpected(path, exc)
        previews.append(preview)
    report(progress, len(files) * 100, len(files) * 100, "Xong")
    return BatchResult(previews)


def _unexpected(path: Path, exc: Exception) -> BundleRefused:
    """The one-line refusal of a bundle whose reading or writing failed in a way no check names: a
    database constraint, a hostile file exhausting memory or the stack, or a fault of ours (kept in
    the error log). The bundle's transaction is rolled back; the batch goes on."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        return BundleRefused(
            "Dữ liệu trong gói mâu thuẫn với cơ sở dữ liệu (tham chiếu tới bản ghi không có); không nhập gì.",
            f"the records do not fit the database: {exc.__class__.__name__}",
        )
    if not isinstance(exc, RecursionError | MemoryError):
        from app.errors import log_unexpected

        try:
            log_unexpected(exc)
        except Exception:  # noqa: BLE001, S110 — the refusal matters more than the log
            pass
    return BundleRefused(
        f"Gói {path.name} không đọc được ({exc.__class__.__name__}); không nhập gì từ gói này.",
        f"{path.name}: unexpected {exc.__class__.__name__} while importing; nothing imported from it",
    )


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a bundle's records are read and written: the
    hundreds of thousands of small dicts they make hold no cycles, yet each allocation burst
    would trigger full collections that rescan all of them (import time grew faster than the
    bundle). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
