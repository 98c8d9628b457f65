"""Excel out for the higher level: the progress table of the units below and the consolidated
workbook (one sheet per indicator, one row per unit, totals) — the statistics annex of the
five-year report. The desk's lists are :mod:`app.services.spreadsheet_export`; both write through
:mod:`app.services.spreadsheet_layout`. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.services.catalogues import catalogue
from app.services.spreadsheet_layout import _check_target, _save, _Sheet, _subtitle
from app.services.units_below import STATE_LABELS, TIMING_LABELS, ProgressReport, unit_progress
from app.store.db import Store
from app.store.export_journal import record_export
from app.store.models import AwardTally

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
