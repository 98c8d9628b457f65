"""``hoinghi check [--all] [--json]``: the file's integrity, then the conference(s) against the plan;
exit 1 when the file has integrity problems."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, print_json
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn và đối chiếu kế hoạch")
    p.add_argument("--all", action="store_true", help="kiểm tra mọi hội nghị trong cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")


def run(args: argparse.Namespace, store: Store) -> int:
    from app.services.checks import check_database

    result = check_database(store, every_unit=args.all)
    if args.json:
        print_json(result.as_json())
    else:
        print("Toàn vẹn dữ liệu: " + ("tốt" if not result.problems else f"{len(result.problems)} lỗi"))
        for problem in result.problems:
            print(f"  {problem}")
        for report in result.reports:
            print(
                f"{report.heading}: "
                + ("đạt yêu cầu kế hoạch" if not report.findings else f"{len(report.findings)} điểm cần xem")
            )
            for finding in report.findings:
                print(f"  [{'LỖI' if finding.severity == 'error' else 'lưu ý'}] {finding.vi}")
    if result.problems:
        count = len(result.problems)
        raise AppError(f"Cơ sở dữ liệu có {count} lỗi toàn vẹn.", f"{count} integrity problems")
    return EXIT_OK
