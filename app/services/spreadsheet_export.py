"""Excel out: every list of the desk, the progress table, and the consolidated workbook for the
higher level (one sheet per indicator, one row per unit, totals) — the statistics annex of the
five-year report.

openpyxl write-only workbooks (rows streamed, memory flat); a title, a styled header row, frozen
panes, column widths, dates as dd/MM/yyyy. The file appears under its name only when complete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.domain.formats import fmt_date
from app.errors import AppError
from app.files import replacing
from app.long_work import Progress, report
from app.services.catalogues import catalogue
from app.services.conference import unit_conference
from app.services.records import FIXED_CHOICES, SPECS
from app.services.tables import sheet_row, sheet_value
from app.services.units_below import STATE_LABELS, TIMING_LABELS, ProgressReport, unit_progress
from app.store.db import Store
from app.store.export_journal import record_export
from app.store.models import AwardTally, Unit

LISTS = ("honorees", "invitees", "delegates", "speeches")
TITLES = {
    "honorees": "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN",
    "invitees": "DANH SÁCH KHÁCH MỜI",
    "delegates": "DANH SÁCH ĐẠI BIỂU ĐỀ NGHỊ DỰ HỘI NGHỊ CẤP TRÊN",
    "speeches": "DANH SÁCH THAM LUẬN",
}
DATE_FORMAT = "dd/mm/yyyy"
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
HEADER_ROW = 3


class _Sheet:
    """A write-only sheet with the office layout: title, subtitle, styled header, frozen panes."""

    def __init__(
        self,
        workbook: Any,  # noqa: ANN401
        name: str,
        title: str,
        subtitle: str,
        headers: list[tuple[str, float]],
        freeze_columns: int = 1,
    ) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter

        # Excel forbids []:*?/\ in sheet names and allows 31 characters.
        self.sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]+", "-", name).strip()[:31] or "Sheet")
        self.workbook = workbook
        for number, (_, width) in enumerate(headers, start=1):
            self.sheet.column_dimensions[get_column_letter(number)].width = width
        self.sheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{HEADER_ROW + 1}"
        thin = Side(style="thin", color="808080")
        self.styles = {
            "title": Font(name="Times New Roman", bold=True, size=13),
            "header": Font(name="Times New Roman", bold=True, size=11),
            "body": Font(name="Times New Roman", size=11),
        }

        def cell(value: Any, **style: Any) -> Any:  # noqa: ANN401
            return sheet_value(self.sheet, value, **style)

        self.cell = cell
        self.sheet.append([cell(title, font=self.styles["title"])])
        self.sheet.append([cell(subtitle, font=Font(name="Times New Roman", italic=True, size=11))])
        fill = PatternFill("solid", fgColor="DCE6F1")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.sheet.append(
            [
                cell(text, font=self.styles["header"], fill=fill, border=border, alignment=wrap)
                for text, _ in headers
            ]
        )

    def append(self, row: Iterable[Any]) -> None:
        """One row; every value goes through :func:`app.services.tables.sheet_value` (text is
        data, never a formula)."""
        self.sheet.append(sheet_row(self.sheet, row))

    def rows(self, rows: Iterable[list[Any]]) -> int:
        count = 0
        append, sheet = self.sheet.append, self.sheet
        for row in rows:
            append(sheet_row(sheet, row))
            count += 1
        return count

    def dated(self, values: list[Any]) -> list[Any]:
        """Dates as real dates shown dd/MM/yyyy (Excel can still sort and filter them)."""
        return [self.cell(v, number_format=DATE_FORMAT) if isinstance(v, date) else v for v in values]

    def total(self, values: list[Any]) -> None:
        self.sheet.append([self.cell(v, font=self.styles["header"]) for v in values])


def _save(workbook: Any, out: Path) -> Path:  # noqa: ANN401
    """Save under a temporary name, then rename: a full disk leaves no half-written workbook."""
    with replacing(out, "ổ đĩa đầy, không có quyền, hoặc tệp đang mở trong Excel?") as partial:
        workbook.save(partial)
    return out


def _check_target(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise AppError("Tệp kết quả phải có đuôi .xlsx.", "the output file must end in .xlsx")
    if not out.parent.is_dir():
        raise AppError(f"Không có thư mục {out.parent}.", f"folder not found: {out.parent}")


def _subtitle(store: Store) -> str:
    with store.session() as session:
        unit = session.get(Unit, store.unit_id) if store.unit_id else None
    return f"{unit.name if unit else ''} — xuất ngày {fmt_date(date.today())}".strip(" —")


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


# -- progress and the consolidated report -------------------------------------------------------
PROGRESS_HEADERS = [
    ("Mã", 10.0),
    ("Đơn vị", 34.0),
    ("Loại đơn vị", 22.0),
    ("Hình thức", 30.0),
    ("Ngày tổ chức", 13.0),
    ("Tình trạng", 18.0),
    ("Hạn", 12.0),
    ("Tiến độ", 14.0),
    ("Tập thể", 9.0),
    ("Cá nhân", 9.0),
    ("Đại biểu đề nghị", 11.0),
    ("Góp ý chưa xử lý", 11.0),
]


def _labels(store: Store, name: str) -> dict[str, str]:
    with store.session() as session:
        return {c.code: c.label for c in catalogue(session, name)}


def _progress_sheet(store: Store, workbook: Any, data: ProgressReport) -> None:  # noqa: ANN401
    kinds, forms = _labels(store, "unit_kind"), _labels(store, "conference_form")
    period = f" {data.wording.period_phrase.upper()}" if data.wording else ""
    sheet = _Sheet(
        workbook,
        "Tiến độ",
        f"TIẾN ĐỘ TỔ CHỨC HỘI NGHỊ CỦA ĐƠN VỊ CẤP DƯỚI{period}",
        _subtitle(store),
        PROGRESS_HEADERS,
        freeze_columns=2,
    )
    for r in data.rows:
        sheet.append(
            sheet.dated(
                [
                    r.code,
                    "    " * r.depth + r.name,
                    kinds.get(r.kind, r.kind),
                    forms.get(r.form or "", r.form or ""),
                    r.held_on,
                    STATE_LABELS[r.state],
                    r.deadline,
                    TIMING_LABELS[r.timing],
                    r.collectives,
                    r.individuals,
                    r.delegates,
                    r.open_notes,
                ]
            )
        )
    t = data.totals()
    sheet.total(
        [
            "",
            f"Tổng cộng ({t['units']} đơn vị; đã tổ chức {t['held']}, trễ hạn {t['late']})",
            "",
            "",
            "",
            "",
            "",
            "",
            t["collectives"],
            t["individuals"],
            t["delegates"],
            "",
        ]
    )
    levels = data.totals_by_level()
    if len(levels) > 1:  # and per level below (1 = directly under this unit)
        for level, f in levels.items():
            sheet.total(
                [
                    "",
                    f"Cấp {level} ({f['units']} đơn vị; đã tổ chức {f['held']}, trễ hạn {f['late']})",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    f["collectives"],
                    f["individuals"],
                    f["delegates"],
                    "",
                ]
            )


def export_progress(store: Store, out: Path, today: date | None = None, plan: str | None = None) -> Path:
    """The progress view's table (one row per unit below, with totals) for the plan *plan*
    (default: the plan of the conference this unit works on)."""
    from openpyxl import Workbook

    _check_target(out)
    workbook = Workbook(write_only=True)
    data = unit_progress(store, today=today, plan=plan)
    _progress_sheet(store, workbook, data)
    _save(workbook, out)
    record_export(store, "xlsx-progress", out, len(data.rows))
    return out


def export_report(store: Store, out: Path, today: date | None = None, plan: str | None = None) -> Path:
    """The consolidated workbook for the higher level: one sheet per indicator, one row per unit,
    a totals row on each — for the plan *plan* (default: the plan of the conference this unit
    works on), its period in the titles and the award figures of that period."""
    from openpyxl import Workbook

    _check_target(out)
    data = unit_progress(store, today=today, plan=plan)
    workbook = Workbook(write_only=True)
    subtitle = _subtitle(store)
    _progress_sheet(store, workbook, data)
    units = [("Mã", 10.0), ("Đơn vị", 34.0)]

    def unit_sheet(
        name: str, title: str, headers: list[tuple[str, float]], values: Callable[[Any], list[Any]]
    ) -> None:
        sheet = _Sheet(workbook, name, title, subtitle, units + headers, freeze_columns=2)
        totals = [0] * len(headers)
        for r in data.rows:
            row = values(r)
            totals = [a + (b if isinstance(b, int | float) else 0) for a, b in zip(totals, row, strict=True)]
            sheet.append([r.code, "    " * r.depth + r.name, *row])
        sheet.total(["", "Tổng cộng", *totals])

    unit_sheet(
        "Điển hình",
        "SỐ TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG",
        [
            ("Tập thể", 10.0),
            ("Cá nhân", 10.0),
            ("Công nhân", 11.0),
            ("Nông dân", 11.0),
            ("Người lao động trực tiếp", 14.0),
        ],
        lambda r: [r.collectives, r.individuals, r.workers, r.farmers, r.direct_labourers],
    )
    unit_sheet(
        "Theo lĩnh vực",
        "ĐIỂN HÌNH TIÊN TIẾN THEO LĨNH VỰC",
        [(label, 12.0) for label in data.fields.values()],
        lambda r: [r.by_field.get(code, 0) for code in data.fields],
    )
    unit_sheet(
        "Theo đối tượng",
        "CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN THEO ĐỐI TƯỢNG",
        [(label, 13.0) for label in data.targets.values()],
        lambda r: [r.by_target.get(code, 0) for code in data.targets],
    )
    unit_sheet(
        "Đại biểu",
        "ĐẠI BIỂU ĐỀ NGHỊ DỰ HỘI NGHỊ CẤP TRÊN",
        [("Đề nghị", 10.0), ("Đã duyệt", 10.0)],
        lambda r: [r.delegates, r.delegates_approved],
    )
    wording = data.wording
    tallies = _tallies(store, wording.period_key if wording else None)
    unit_sheet(
        f"Khen thưởng {wording.period_key}" if wording else "Khen thưởng",
        (wording.tally_title if wording else "Kết quả khen thưởng").upper(),
        [
            ("Tập thể", 10.0),
            ("Cá nhân", 10.0),
            ("Công nhân", 11.0),
            ("Nông dân", 11.0),
            ("Người lao động trực tiếp", 14.0),
        ],
        lambda r: list(tallies.get(r.unit_id, (0, 0, 0, 0, 0))),
    )
    _save(workbook, out)
    record_export(store, "xlsx-report", out, len(data.rows))
    return out


def _tallies(store: Store, period: str | None) -> dict[str, tuple[int, ...]]:
    """Award figures per unit, of the period *period* (figures carry their plan's period)."""
    with store.session() as session:
        query = (
            select(
                AwardTally.owner_unit_id,
                func.sum(AwardTally.collectives),
                func.sum(AwardTally.individuals),
                func.sum(AwardTally.workers),
                func.sum(AwardTally.farmers),
                func.sum(AwardTally.direct_labourers),
            )
            .where(AwardTally.deleted.is_(False))
            .group_by(AwardTally.owner_unit_id)
        )
        if period is not None:
            query = query.where(AwardTally.period == period)
        return {row[0]: tuple(int(v or 0) for v in row[1:]) for row in session.execute(query)}
