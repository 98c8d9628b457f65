"""The ``hoinghi`` command (``python -m app``).

The sub-commands, their exit codes and their JSON shapes are a contract other tools depend on:
exit 0 on success, 1 on any error (one line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from app.errors import AppError, log_unexpected

EXIT_OK = 0
EXIT_ERROR = 1


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line and exits 1, like every other error."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"Lỗi: câu lệnh không đúng — {message} (error: usage: {message}); xem: hoinghi --help\n")
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hoinghi",
        description="Hội nghị ĐHTT — chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến. "
        "Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument("--db", help="tệp cơ sở dữ liệu hoặc địa chỉ SQLAlchemy (mặc định: HOINGHI_DB, "
                        "rồi tệp trong thư mục dữ liệu của người dùng)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="gắn máy này với một đơn vị (init --unit MÃ)")
    p.add_argument("--unit", required=True, help="mã đơn vị trong danh mục")

    p = sub.add_parser("demo", help="nạp dữ liệu mẫu (tỉnh, huyện, xã, hội nghị, danh sách)")
    p.add_argument("--scale", type=int, default=1, help="nhân số tập thể, cá nhân điển hình lên N lần")
    p.add_argument("--as-unit", dest="as_unit", help="máy của một đơn vị: chỉ nạp dữ liệu hội nghị của đơn vị này")

    units = sub.add_parser("units", help="danh mục đơn vị").add_subparsers(dest="units_command", parser_class=_Parser)
    units.required = True
    p = units.add_parser("import", help="nhập danh mục đơn vị từ tệp CSV/XLSX hoặc danh mục hành chính chính thức")
    p.add_argument("file", nargs="?", help="tệp .csv hoặc .xlsx với các cột code, name, kind, parent")
    p.add_argument("--official", metavar="PROVINCE", help="tỉnh/thành phố (mã hoặc tên) theo danh mục hiện hành")
    p = units.add_parser("list", help="liệt kê đơn vị")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    keys = sub.add_parser("keys", help="khoá ký và mã hoá của máy này (gói dữ liệu USB)").add_subparsers(
        dest="keys_command", parser_class=_Parser)
    keys.required = True
    p = keys.add_parser("show", help="mã nhận dạng (vân tay) khoá của đơn vị này")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("info", help="thông tin cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn và đối chiếu kế hoạch")
    p.add_argument("--all", action="store_true", help="kiểm tra mọi hội nghị trong cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("print", help="in văn bản hội nghị ra PDF hoặc Word (.docx)")
    p.add_argument("document", choices=("programme", "invitations", "honorees", "delegates", "attendance",
                                        "namecards", "script"), help="loại văn bản")
    p.add_argument("--out", help="tệp kết quả .pdf hoặc .docx")
    p.add_argument("--preview", action="store_true", help="mở cửa sổ xem trước để in, lưu PDF")
    p.add_argument("--conference", help="mã hội nghị hoặc mã đơn vị (khi cơ sở dữ liệu có nhiều hội nghị)")
    p.add_argument("--number", help="số văn bản (được ghi nhớ cho lần sau)")
    p.add_argument("--signer", help="họ tên người ký (được ghi nhớ cho lần sau)")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng (được ghi nhớ cho lần sau)")
    p.add_argument("--date", help="ngày ban hành dd/MM/yyyy (mặc định: hôm nay)")

    p = sub.add_parser("screenshots", help="chụp ảnh màn hình các mục của cửa sổ (cho tài liệu)")
    p.add_argument("--out", required=True, help="thư mục lưu ảnh PNG")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", help="thư mục lưu bản sao (mặc định: thư mục backups của phần mềm)")
    return parser


def _open(args: argparse.Namespace, create: bool = True):  # noqa: ANN202
    from app.services.database import open_database

    return open_database(args.db, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.installation import init_unit
    from app.sync.keys import installation_identity

    store = _open(args)
    try:
        unit = init_unit(store, args.unit)
        fingerprint = installation_identity(store).public().fingerprint
    finally:
        store.close()
    print(f"Máy này thuộc đơn vị {unit.code} — {unit.name}.")
    print(f"Vân tay khoá (fingerprint): {fingerprint}")
    return EXIT_OK


def cmd_keys(args: argparse.Namespace) -> int:
    from app.services.installation import installation_unit
    from app.sync.keys import installation_identity

    store = _open(args)
    try:
        unit = installation_unit(store)
        if unit is None:
            raise AppError("Máy này chưa gắn với đơn vị nào; chạy hoinghi init --unit MÃ trước.",
                           "this installation belongs to no unit yet; run hoinghi init --unit CODE first")
        public = installation_identity(store).public()
    finally:
        store.close()
    if args.json:
        print(json.dumps({"unit": unit.code, "fingerprint": public.fingerprint, **public.as_json()}))
    else:
        print(f"Đơn vị {unit.code} — {unit.name}")
        print(f"Vân tay khoá (fingerprint): {public.fingerprint}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import run_demo

    store = _open(args)
    try:
        def progress(step: int, total: int, name: str) -> None:
            if sys.stderr.isatty():
                sys.stderr.write(f"\r  {step}/{total} {name:<20}")
                sys.stderr.flush()

        result = run_demo(store, scale=args.scale, as_unit=args.as_unit, progress=progress)
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    finally:
        store.close()
    if result.already:
        print(f"Dữ liệu mẫu đã có sẵn (đơn vị {result.unit}); không nạp lại.")
    else:
        figures = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
        print(f"Đã nạp dữ liệu mẫu cho đơn vị {result.unit} ({result.units} đơn vị; {figures}).")
    return EXIT_OK


def cmd_units(args: argparse.Namespace) -> int:
    if args.units_command == "list":
        return _units_list(args)
    from app.services.registry import RowsRejected, import_official, import_unit_file

    if bool(args.file) == bool(args.official):
        raise AppError("Hãy chỉ ra một tệp hoặc --official TỈNH (không cả hai).",
                       "give either FILE or --official PROVINCE")
    if args.file:
        path = Path(args.file)
        if not path.is_file():
            raise AppError(f"Không tìm thấy tệp {path}.", f"file not found: {path}")
    store = _open(args)
    try:
        result = import_unit_file(store, Path(args.file)) if args.file else import_official(store, args.official)
    except RowsRejected as exc:
        sys.stderr.write(exc.one_line() + "\n")
        for problem in exc.problems:
            sys.stderr.write(f"  {problem}\n")
        return EXIT_ERROR
    finally:
        store.close()
    print(f"Đã nhập danh mục: {result.created} đơn vị mới, {result.updated} cập nhật, {result.unchanged} không đổi.")
    return EXIT_OK


def _units_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.store.models import Unit

    store = _open(args, create=False)
    try:
        with store.session() as session:
            units = session.scalars(select(Unit).order_by(Unit.code)).all()
            codes = {u.id: u.code for u in units}
            rows = [
                {"code": u.code, "name": u.name, "kind": u.kind, "group": u.unit_group,
                 "parent": codes.get(u.parent_id) if u.parent_id else None}
                for u in units
            ]
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['code']:<12} {row['group'] or '-':<2} {row['kind']:<14} {row['name']}"
                  + (f"  (thuộc {row['parent']})" if row["parent"] else ""))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.services.info import info

    store = _open(args, create=False)
    try:
        data = info(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(f"Đơn vị của máy: {data['unit'] or '(chưa gắn — hoinghi init --unit MÃ)'}")
        print(f"Phiên bản lược đồ: {data['schema']}")
        for name, count in data["counts"].items():
            print(f"  {name:<14} {count:>8}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.checks import integrity_problems, plan_reports

    store = _open(args, create=False)
    try:
        problems = integrity_problems(store)
        reports = plan_reports(store, every_unit=args.all)
    finally:
        store.close()
    if args.json:
        print(json.dumps({
            "integrity": problems or ["ok"],
            "conferences": [
                {"unit": r.unit_code, "conference": r.conference_id,
                 "findings": [{"code": f.code, "severity": f.severity, "message": f.vi, "table": f.table,
                               "ids": list(f.ids)} for f in r.findings]}
                for r in reports
            ],
        }, ensure_ascii=False, indent=1))
    else:
        print("Toàn vẹn dữ liệu: " + ("tốt" if not problems else f"{len(problems)} lỗi"))
        for problem in problems:
            print(f"  {problem}")
        for report in reports:
            print(f"{report.unit_code} — {report.unit_name}: "
                  + ("đạt yêu cầu kế hoạch" if not report.findings else f"{len(report.findings)} điểm cần xem"))
            for finding in report.findings:
                print(f"  [{'LỖI' if finding.severity == 'error' else 'lưu ý'}] {finding.vi}")
    if problems:
        raise AppError(f"Cơ sở dữ liệu có {len(problems)} lỗi toàn vẹn.", f"{len(problems)} integrity problems")
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from app.domain.formats import parse_date
    from app.services.printing import check_target, save_profile, write
    from app.services.printing.context import load_context

    if not args.out and not args.preview:
        raise AppError("Hãy chỉ ra tệp kết quả (--out TỆP) hoặc xem trước (--preview).", "give --out FILE or --preview")
    if args.preview and args.document != "namecards" and args.out and not args.out.lower().endswith(".pdf"):
        raise AppError("Xem trước chỉ dùng với tệp PDF.", "--preview works with PDF output")
    out = Path(args.out) if args.out else _preview_file(args.document)
    check_target(args.document, out)
    issued = None
    if args.date:
        try:
            issued = parse_date(args.date)
        except ValueError as exc:
            raise AppError(f"Ngày “{args.date}” không đúng dạng dd/MM/yyyy.", f"bad date {args.date!r}: use dd/MM/yyyy") from exc
    store = _open(args, create=False)
    try:
        ctx = load_context(store, args.conference, issued)
        if args.number or args.signer or args.place:
            numbers = {args.document: args.number} if args.number else None
            save_profile(store, ctx.unit.id, signer_name=args.signer, place_name=args.place, numbers=numbers)
            ctx = load_context(store, args.conference, issued)
        write(ctx, args.document, out)
    finally:
        store.close()
    print(out)
    if args.preview:
        from app.services.printing import KIND_LABELS
        from app.ui.print_preview import show_preview

        show_preview(out, KIND_LABELS[args.document], f"{args.document}.pdf")
    return EXIT_OK


def _preview_file(document: str) -> Path:
    from app.paths import data_dir

    folder = data_dir() / "preview"
    folder.mkdir(exist_ok=True)
    return folder / f"{document}.pdf"


def cmd_backup(args: argparse.Namespace) -> int:
    from app.paths import backups_dir
    from app.store.backup import backup_sqlite

    store = _open(args, create=False)
    try:
        if store.path is None:
            raise AppError("Sao lưu chỉ dành cho cơ sở dữ liệu dạng tệp (SQLite); với PostgreSQL hãy dùng pg_dump.",
                           "backup works on SQLite files; use pg_dump for PostgreSQL")
        target = backup_sqlite(store.path, Path(args.to) if args.to else backups_dir())
    finally:
        store.close()
    print(target)
    return EXIT_OK


def cmd_desk(args: argparse.Namespace) -> int:
    from app.ui.desk import run_desk

    return run_desk(args.db)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import take_screenshots

    for path in take_screenshots(args.db, Path(args.out), args.lang):
        print(path)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "units": cmd_units,
    "keys": cmd_keys,
    "info": cmd_info,
    "check": cmd_check,
    "backup": cmd_backup,
    "print": cmd_print,
    "screenshots": cmd_screenshots,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return (and, as a script, exit with) the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Vietnamese text must survive a Windows pipe or an old code page: always UTF-8.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    handler = COMMANDS.get(args.command or "", cmd_desk)
    try:
        return handler(args)
    except AppError as exc:
        sys.stderr.write(exc.one_line() + "\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu (interrupted).\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 — the last line of defence: log, one line, exit 1
        log = log_unexpected()
        sys.stderr.write(f"Lỗi: sự cố không mong đợi ({exc.__class__.__name__}); chi tiết ghi ở {log} "
                         f"(error: unexpected {exc.__class__.__name__}: {exc})\n")
        return EXIT_ERROR


def run() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":
    run()
