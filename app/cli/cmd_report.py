"""``hoinghi report progress --out FILE.xlsx [--plan ID]``: the consolidated workbook for the higher level."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, group

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    report = group(sub, "report", "báo cáo tổng hợp")
    p = report.add_parser(
        "progress", help="bảng tính tổng hợp cho cấp trên (mỗi chỉ tiêu một trang, mỗi đơn vị một dòng)"
    )
    p.add_argument("--out", required=True, help="tệp .xlsx")
    p.add_argument(
        "--plan", metavar="ID", help="theo kế hoạch này (mặc định: kế hoạch của hội nghị đang làm)"
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.spreadsheet_export import export_report

    print(export_report(store, Path(args.out), plan=args.plan))
    return EXIT_OK
