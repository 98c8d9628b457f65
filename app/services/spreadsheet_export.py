"""Excel out: every list of the desk, the progress table, and the consolidated workbook for the
higher level (one sheet per indicator, one row per unit, totals) — the statistics annex of the
five-year report.

openpyxl write-only workbooks (rows streamed, memory flat); a title, a styled header row, frozen
panes, column widths, dates as dd/MM/yyyy. The file appears under its name only when complete.

Here: the lists, with each sheet's own column headers (:data:`SHEET_COLUMNS`). The progress table
and the consolidated workbook are :mod:`app.services.spreadsheet_report` (``export_progress`` and
``export_report`` are importable from here too); the sheet layout and the atomic save are
:mod:`app.services.spreadsheet_layout`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.errors import AppError
from app.long_work import Progress, report
from app.services.catalogues import catalogue
from app.services.conference import unit_conference
from app.services.records import FIXED_CHOICES, SPECS
from app.services.spreadsheet_layout import DATE_FORMAT as DATE_FORMAT
from app.services.spreadsheet_layout import HEADER_ROW as HEADER_ROW
from app.services.spreadsheet_layout import _check_target, _save, _Sheet, _subtitle
from app.services.spreadsheet_report import PROGRESS_HEADERS as PROGRESS_HEADERS
from app.services.spreadsheet_report import export_progress as export_progress
from app.services.spreadsheet_report import export_report as export_report
from app.store.db import Store
from app.store.export_journal import record_export
from app.store.models import Unit

LISTS = ("honorees", "invitees", "delegates", "speeches")
TITLES = {
    "honorees": "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN",
    "invitees": "DANH SÁCH KHÁCH MỜI",
    "delegates": "DANH SÁCH ĐẠI BIỂU ĐỀ NGHỊ DỰ HỘI NGHỊ CẤP TRÊN",
    "speeches": "DANH SÁCH THAM LUẬN",
}
#: Each list's sheet name.
SHEET_NAMES = {
    "honorees": "Điển hình tiên tiến",
    "invitees": "Thành phần / Khách mời",
    "delegates": "Đại biểu dự cấp trên",
    "speeches": "Tham luận",
}
#: The header and width (in characters) of each column a sheet carries — the sheet's own words,
#: read back by the importer; the window's headers are its own (``app.ui.columns``).
SHEET_COLUMNS: dict[str, tuple[str, float]] = {
    "name": ("Họ và tên / Tên tập thể", 28.6),
    "given": ("Tên", 10.0),
    "birth_year": ("Năm sinh", 10.0),
    "gender": ("Giới tính", 10.0),
    "position": ("Chức vụ", 24.3),
    "workplace": ("Đơn vị công tác", 24.3),
    "field": ("Lĩnh vực", 17.1),
    "target_group": ("Đối tượng", 17.1),
    "collective": ("Tập thể", 8.6),
    "award_form": ("Hình thức khen thưởng", 25.7),
    "achievement": ("Tóm tắt thành tích", 37.1),
    "category": ("Thành phần", 22.9),
    "manual_order": ("Thứ tự trong nhóm", 11.4),
    "honorific": ("Xưng hô", 11.4),
    "invitation_sent": ("Đã gửi giấy mời", 12.9),
    "attended": ("Có mặt", 10.0),
    "needs_review": ("Cần xem lại", 11.4),
    "status": ("Trạng thái", 14.3),
    "presenter": ("Người trình bày", 28.6),
    "title": ("Chủ đề", 45.7),
    "minutes": ("Số phút", 10.0),
    "media": ("Minh họa (video, ảnh)", 22.9),
}


# -- the desk's lists ---------------------------------------------------------------------------
BOOL = "bool"


def list_columns(
    store: Store, table: str, consolidated: bool
) -> tuple[list[tuple[str, float]], list[str], list[Any]]:
    """Headers (with widths), the stored columns, and per column how to show it: a code → label
    mapping, ``BOOL`` ("x" or empty), or None (as stored)."""
    spec = SPECS[table]
    columns = [c for c in spec.columns if c.key != "time" and not c.computed]
    with store.session() as session:
        labels: dict[str, dict[str, str]] = {}
        for column in columns:
            if column.catalogue in FIXED_CHOICES:
                labels[column.key] = FIXED_CHOICES[column.catalogue]
            elif column.catalogue:
                labels[column.key] = {i.code: i.label for i in catalogue(session, column.catalogue)}
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
    headers = (
        [("STT", 6.0)]
        + ([("Đơn vị", 30.0)] if consolidated else [])
        + [SHEET_COLUMNS[c.key] for c in columns]
    )
    keys = (["owner_unit_id"] if consolidated else []) + [c.key for c in columns]
    kinds = {c.key: c.kind.name for c in columns}
    shows: list[Any] = []
    for key in keys:
        if key == "owner_unit_id":
            shows.append(units)
        elif key in labels:
            shows.append(labels[key])
        else:
            shows.append(BOOL if kinds.get(key) == "bool" else None)
    return headers, keys, shows


def export_list(
    store: Store, table: str, out: Path, consolidated: bool = False, progress: Progress | None = None
) -> int:
    """Write the list *table* of this unit's conference (or, *consolidated*, of every unit below,
    unit by unit in Vietnamese name order) to *out*; return the number of rows."""
    from openpyxl import Workbook

    if table not in LISTS:
        raise AppError(f"Không có danh sách “{table}”.", f"no list {table!r}")
    _check_target(out)
    spec = SPECS[table]
    model = spec.model
    headers, keys, shows = list_columns(store, table, consolidated)
    base = select(*(getattr(model, k) for k in keys)).where(model.deleted.is_(False))
    order = getattr(model, spec.order if not spec.reorderable else "position")
    with store.session() as session:
        if consolidated:
            from app.services.reviews import units_below

            below = units_below(store)
            owners = [u for u in session.scalars(select(Unit.id).order_by(Unit.sort_key)) if u in below]
        else:
            conference = unit_conference(store, store.unit_id) if store.unit_id else None
            if conference is None:
                raise AppError("Đơn vị chưa có hội nghị.", "this unit has no conference")
            owners = [None]
        queries = [
            base.where(model.owner_unit_id == owner)
            if owner
            else base.where(model.conference_id == conference.id)
            for owner in owners
        ]
        # Each unit's rows come by its index, already small to sort: no sort of the whole table.
        counted = select(func.count()).select_from(model).where(model.deleted.is_(False))
        counted = (
            counted.where(model.owner_unit_id.in_(owners))
            if consolidated
            else counted.where(model.conference_id == conference.id)
        )
        total = session.scalar(counted) or 0
        workbook = Workbook(write_only=True)
        title = TITLES[table]
        if not consolidated and table == "honorees":  # as printed: with the period of the conference's plan
            from app.services.plans import conference_wording

            title = f"{title} {conference_wording(session, conference).period_phrase.upper()}"
        sheet = _Sheet(workbook, SHEET_NAMES[table], title, _subtitle(store), headers, freeze_columns=2)
        pairs = list(enumerate(shows))

        def rows() -> Iterator[list[Any]]:
            number = 0
            for query in queries:
                for row in session.execute(query.order_by(order, model.id)):
                    number += 1
                    yield [number] + [
                        row[i]
                        if show is None
                        else ("x" if row[i] else None)
                        if show is BOOL
                        else show.get(row[i], row[i])
                        for i, show in pairs
                    ]
                    if number % 5000 == 0:
                        report(progress, number, total, "Đang ghi bảng tính…")

        count = sheet.rows(rows())
    report(progress, total, total, "Đang lưu tệp…")
    _save(workbook, out)
    record_export(store, f"xlsx-{'all-' if consolidated else ''}{table}", out, count)
    return count
