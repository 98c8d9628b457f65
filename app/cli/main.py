"""The ``hoinghi`` command (``python -m app``).

The sub-commands, their exit codes and their JSON shapes are a contract other tools depend on:
exit 0 on success, 1 on any error (one line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
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


def _screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` → (1366, 768), for ``screenshots --size``."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and 640 <= int(width) <= 7680 and 480 <= int(height) <= 4320):
        raise argparse.ArgumentTypeError(f"cỡ màn hình phải dạng RỘNGxCAO, ví dụ 1024x768 (screen size WIDTHxHEIGHT): {text}")
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hoinghi",
        description="Hội nghị ĐHTT — chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến. "
        "Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument("--db", help="tệp cơ sở dữ liệu hoặc địa chỉ SQLAlchemy (mặc định: HOINGHI_DB, "
                        "rồi tệp trong thư mục dữ liệu của người dùng)")
    parser.add_argument("--version", action="version", version=_version_line(),
                        help="phiên bản phần mềm (show the version)")
    parser.add_argument("--self-test", dest="self_test", action="store_true",
                        help="tự kiểm tra trong một thư mục tạm (self-test in a temporary folder); mã thoát 0 khi đạt")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="gắn máy này với một đơn vị (init --unit MÃ)")
    p.add_argument("--unit", required=True, help="mã đơn vị trong danh mục")
    p.add_argument("--recovery", metavar="TỆP", help="ghi luôn tệp khóa dự phòng có mật khẩu")
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")

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

    keys = sub.add_parser("keys", help="khóa ký và mã hóa của máy này (gói dữ liệu USB)").add_subparsers(
        dest="keys_command", parser_class=_Parser)
    keys.required = True
    p = keys.add_parser("show", help="mã nhận dạng (vân tay) khóa của đơn vị này")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = keys.add_parser("export", help="ghi tệp đăng ký khóa của đơn vị này (hoặc tệp khóa dự phòng: --recovery)")
    p.add_argument("--out", required=True, help="tệp kết quả (.hnk)")
    p.add_argument("--recovery", action="store_true", help="tệp khóa dự phòng có mật khẩu (giữ kín, cất nơi an toàn)")
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")
    p = keys.add_parser("import", help="nhận khóa của đơn vị cấp trên/cấp dưới từ tệp đăng ký")
    p.add_argument("file", help="tệp đăng ký khóa (.hnk)")
    p.add_argument("--yes", action="store_true", help="chấp nhận khóa (sau khi đã so vân tay)")
    p = keys.add_parser("restore", help="khôi phục khóa của đơn vị này từ tệp khóa dự phòng (máy mới)")
    p.add_argument("file", help="tệp khóa dự phòng")
    p.add_argument("--password-file", dest="password_file", help="đọc mật khẩu từ tệp (mặc định: hỏi)")

    bundle = sub.add_parser("bundle", help="gói dữ liệu USB gửi cấp trên / cấp dưới").add_subparsers(
        dest="bundle_command", parser_class=_Parser)
    bundle.required = True
    p = bundle.add_parser("export", help="ghi gói dữ liệu mới (mặc định: gửi cấp trên)")
    p.add_argument("--to", required=True, help="thư mục đích (thường là USB)")
    p.add_argument("--for", dest="recipient", help="mã đơn vị nhận (cấp trên hoặc một cấp dưới)")
    p = bundle.add_parser("import", help="nhập gói dữ liệu (không có --yes: chỉ xem trước)")
    p.add_argument("files", nargs="+", help="tệp .hnb hoặc thư mục chứa các tệp .hnb")
    p.add_argument("--yes", action="store_true", help="nhập thật (sau khi xem trước)")
    p.add_argument("--trust-key", dest="trust", action="append", default=[], metavar="VÂN-TAY",
                   help="chấp nhận khóa mới/khóa đã đổi có vân tay này (sau khi đã so với đơn vị gửi)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = bundle.add_parser("inspect", help="xem phần mô tả của một gói (không giải mã dữ liệu)")
    p.add_argument("file", help="tệp .hnb")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = bundle.add_parser("log", help="nhật ký các gói đã nhập")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = bundle.add_parser("conflicts", help="các bản ghi bị hai máy của cùng đơn vị sửa, chờ xử lý")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p = bundle.add_parser("settle", help="xử lý một xung đột: giữ bản trong máy hoặc bản trong gói")
    p.add_argument("conflict", type=int, help="số xung đột (xem: hoinghi bundle conflicts)")
    p.add_argument("--keep", required=True, choices=("local", "incoming"), help="local: bản trong máy; incoming: bản trong gói")

    xlsx = sub.add_parser("xlsx", help="bảng tính Excel: xuất danh sách, nhập danh sách").add_subparsers(
        dest="xlsx_command", parser_class=_Parser)
    xlsx.required = True
    p = xlsx.add_parser("export", help="xuất một danh sách (hoặc bảng tiến độ) ra .xlsx")
    p.add_argument("list", choices=("honorees", "invitees", "delegates", "speeches", "progress", "register"),
                   help="danh sách (register: sổ theo dõi khen thưởng của đơn vị)")
    p.add_argument("--out", required=True, help="tệp .xlsx")
    p.add_argument("--all", action="store_true", help="tổng hợp mọi đơn vị cấp dưới (thay vì hội nghị của đơn vị)")
    p.add_argument("--plan", metavar="ID", help="bảng tiến độ theo kế hoạch này (mặc định: kế hoạch của hội nghị đang làm)")
    p = xlsx.add_parser("import", help="nhập danh sách từ .xlsx hoặc .csv (báo cáo từng dòng trước; tất cả hoặc không)")
    p.add_argument("list", choices=("honorees", "invitees", "delegates"), help="danh sách")
    p.add_argument("file", help="tệp .xlsx hoặc .csv")
    p.add_argument("--dry-run", dest="dry_run", action="store_true", help="chỉ báo cáo, không nhập")
    p.add_argument("--map", dest="maps", action="append", default=[], metavar="\"Cột X=trường\"",
                   help="ghép một cột với một trường (được ghi nhớ cho lần sau)")
    report = sub.add_parser("report", help="báo cáo tổng hợp").add_subparsers(dest="report_command", parser_class=_Parser)
    report.required = True
    p = report.add_parser("progress", help="bảng tính tổng hợp cho cấp trên (mỗi chỉ tiêu một trang, mỗi đơn vị một dòng)")
    p.add_argument("--out", required=True, help="tệp .xlsx")
    p.add_argument("--plan", metavar="ID", help="theo kế hoạch này (mặc định: kế hoạch của hội nghị đang làm)")

    p = sub.add_parser("exports", help="nhật ký dữ liệu đã xuất ra ngoài (gói USB, bảng tính)")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("info", help="thông tin cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn và đối chiếu kế hoạch")
    p.add_argument("--all", action="store_true", help="kiểm tra mọi hội nghị trong cơ sở dữ liệu")
    p.add_argument("--json", action="store_true", help="xuất JSON")

    p = sub.add_parser("print", help="in văn bản hội nghị ra PDF hoặc Word (.docx)")
    p.add_argument("document", choices=("programme", "invitations", "honorees", "delegates", "attendance",
                                        "namecards", "script", "decision", "certificates"), help="loại văn bản")
    p.add_argument("--out", help="tệp kết quả .pdf hoặc .docx")
    p.add_argument("--preview", action="store_true", help="mở cửa sổ xem trước để in, lưu PDF")
    p.add_argument("--conference", help="mã hội nghị hoặc mã đơn vị (khi cơ sở dữ liệu có nhiều hội nghị)")
    p.add_argument("--number", help="số văn bản (được ghi nhớ cho lần sau)")
    p.add_argument("--signer", help="họ tên người ký (được ghi nhớ cho lần sau)")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng (được ghi nhớ cho lần sau)")
    p.add_argument("--date", help="ngày ban hành dd/MM/yyyy (mặc định: hôm nay; quyết định: ngày đã ghi nhớ)")
    p.add_argument("--form", help="decision, certificates: mã hình thức khen thưởng (khi đơn vị cấp nhiều hình thức)")
    p.add_argument("--base-salary", dest="base_salary", help="decision: mức lương cơ sở, đồng (được ghi nhớ)")
    p.add_argument("--basis-file", dest="basis_file", help="decision: tệp các dòng căn cứ, mỗi dòng một căn cứ (được ghi nhớ)")
    p.add_argument("--template", help="certificates: mẫu phôi (mã hoặc tệp .json)")
    p.add_argument("--calibrate", metavar="X,Y", help="certificates: dịch mọi ô X mm sang phải, Y mm xuống dưới (số âm: ngược lại)")
    p.add_argument("--test-page", dest="test_page", action="store_true",
                   help="certificates: trang thử trên giấy trắng: khung các ô và thước milimét")
    p.add_argument("--only", help="certificates: chỉ in các số vào sổ này (ví dụ 3,7,12), để in lại phôi hỏng")

    p = sub.add_parser("screenshots", help="chụp ảnh màn hình các mục của cửa sổ (cho tài liệu)")
    p.add_argument("--out", required=True, help="thư mục lưu ảnh PNG")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")
    p.add_argument("--size", default="1366x768", type=_screen_size,
                   help="cỡ màn hình, ví dụ 1024x768 (cửa sổ được xếp như trên màn hình đó, có thanh tác vụ)")

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", help="thư mục lưu bản sao (mặc định: thư mục backups của phần mềm)")
    p = sub.add_parser("backups", help="danh sách các bản sao lưu (tự động và theo yêu cầu)")
    p.add_argument("--json", action="store_true", help="xuất JSON")
    p.add_argument("--keep", type=int, metavar="N", help="đặt số bản sao lưu tự động được giữ lại (mặc định 30)")
    p = sub.add_parser("restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (không có --yes: chỉ xem trước)")
    p.add_argument("file", help="tệp sao lưu (.sqlite)")
    p.add_argument("--yes", action="store_true", help="khôi phục thật (bản đang dùng được sao lưu trước)")

    from app.cli.plans import add_parsers

    add_parsers(sub, _Parser)
    return parser


def _version_line() -> str:
    from app import __version__

    return f"hoinghi {__version__}"


def _open(args: argparse.Namespace, create: bool = True):  # noqa: ANN202
    from app.services.database import open_database

    return open_database(args.db, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.installation import init_unit
    from app.sync.keys import check_password, installation_identity, write_recovery

    password = _password(args, confirm=True) if args.recovery else None
    if password is not None:
        check_password(password)  # before anything changes
    store = _open(args)
    try:
        unit = init_unit(store, args.unit)
        fingerprint = installation_identity(store).public().fingerprint
        if args.recovery:
            write_recovery(store, Path(args.recovery), password or "")
    finally:
        store.close()
    print(f"Máy này thuộc đơn vị {unit.code} — {unit.name}.")
    print(f"Vân tay khóa (fingerprint): {fingerprint}")
    if args.recovery:
        print(f"Đã ghi tệp khóa dự phòng: {args.recovery} (cất giữ nơi an toàn, nhớ mật khẩu).")
    return EXIT_OK


def _password(args: argparse.Namespace, confirm: bool = False) -> str:
    """The recovery password: from --password-file, HOINGHI_KEY_PASSWORD, or asked (twice when new)."""
    import os

    if args.password_file:
        try:
            return Path(args.password_file).read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise AppError(f"Không đọc được tệp mật khẩu {args.password_file}.", f"cannot read {args.password_file}") from exc
    if os.environ.get("HOINGHI_KEY_PASSWORD"):
        return os.environ["HOINGHI_KEY_PASSWORD"]
    if not sys.stdin.isatty():
        raise AppError("Cần mật khẩu: dùng --password-file TỆP.", "a password is needed: use --password-file FILE")
    import getpass

    password = getpass.getpass("Mật khẩu tệp khóa dự phòng: ")
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != password:
        raise AppError("Hai lần nhập mật khẩu không khớp.", "the passwords do not match")
    return password


def cmd_keys(args: argparse.Namespace) -> int:
    from app.sync import keys

    store = _open(args)
    try:
        if args.keys_command == "show":
            unit = keys.own_unit(store)
            public = keys.installation_public(store)
            if args.json:
                print(json.dumps({"unit": unit.code, "fingerprint": public.fingerprint, **public.as_json()}))
            else:
                print(f"Đơn vị {unit.code} — {unit.name}")
                print(f"Vân tay khóa (fingerprint): {public.fingerprint}")
            if not keys.private_keys_here(store):
                sys.stderr.write(keys.keys_missing().one_line() + "\n")
        elif args.keys_command == "export" and args.recovery:
            path = keys.write_recovery(store, Path(args.out), _password(args, confirm=True))
            print(path)
        elif args.keys_command == "export":
            registration = keys.write_registration(store, Path(args.out))
            print(Path(args.out))
            print(f"Đơn vị {registration.unit} — vân tay {registration.keys.fingerprint}", file=sys.stderr)
        elif args.keys_command == "restore":
            fingerprint = keys.restore_recovery(store, Path(args.file), _password(args))
            print(f"Đã khôi phục khóa; vân tay {fingerprint}")
        else:
            return _keys_import(store, args)
    finally:
        store.close()
    return EXIT_OK


def _keys_import(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from app.sync import keys

    registration = keys.read_registration(Path(args.file))
    status = keys.register(store, registration, accept=args.yes)
    print(f"Đơn vị {registration.unit} — {registration.name}")
    print(f"Vân tay khóa (fingerprint): {registration.keys.fingerprint}")
    if status.state == "same":
        print("Khóa này đã được chấp nhận trước đây; không thay đổi gì.")
    elif status.state == "changed":
        print(f"CHÚ Ý: khóa của đơn vị này ĐÃ ĐỔI (vân tay cũ {status.previous}).")
    if status.state != "same":
        if args.yes:
            print("Đã chấp nhận khóa.")
        else:
            print("Chưa chấp nhận: so vân tay với đơn vị gửi rồi chạy lại với --yes.")
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace) -> int:
    from app.sync import exchange

    if args.bundle_command == "inspect":
        return _bundle_inspect(args)
    store = _open(args, create=False)
    try:
        if args.bundle_command == "export":
            result = exchange.export_bundle(store, Path(args.to), args.recipient)
            print(result.path)
            counts = ", ".join(f"{k}: {v}" for k, v in result.counts.items()) or "không có thay đổi mới"
            print(f"Gói cho {result.recipient} ({counts})", file=sys.stderr)
            return EXIT_OK
        if args.bundle_command == "log":
            return _bundle_log(store, args)
        if args.bundle_command == "conflicts":
            rows = [{"id": c.id, "table": c.table_name, "record": c.record_id, "unit": c.unit_code,
                     "local_version": c.local_version, "incoming_version": c.incoming_version,
                     "name": c.incoming.get("name") or c.incoming.get("title") or c.record_id}
                    for c in exchange.open_conflicts(store)]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=1))
            for row in rows if not args.json else []:
                print(f"{row['id']:>4}  {exchange.TABLE_LABELS.get(row['table'], row['table'])}: “{row['name']}” "
                      f"(đơn vị {row['unit']}, phiên bản {row['local_version']})")
            return EXIT_OK
        if args.bundle_command == "settle":
            exchange.settle_conflict(store, args.conflict, args.keep)
            print(f"Đã xử lý xung đột {args.conflict}: giữ {'bản trong máy' if args.keep == 'local' else 'bản trong gói'}.")
            return EXIT_OK
        files = _bundle_files(args.files)
        result = exchange.import_bundles(store, files, apply=args.yes, trust=args.trust, progress=_tty_progress())
    finally:
        store.close()
    refused = len(result.refused)
    if args.json:
        print(json.dumps({"previews": [p.as_json() for p in result.previews], "refused": refused},
                         ensure_ascii=False, indent=1))
    else:
        for preview in result.previews:
            print(exchange.summary_text(preview))
        done = sum(p.status == "imported" for p in result.previews)
        already = sum(p.status == "already" for p in result.previews)
        verb = "đã nhập" if args.yes else "sẵn sàng nhập (xem trước; thêm --yes để nhập)"
        ready = done if args.yes else sum(p.status == "ready" for p in result.previews)
        print(f"Xong: {ready} gói {verb}, {already} gói đã nhập trước đây, {refused} gói bị từ chối "
              f"(done, with {refused} refused).")
    return EXIT_ERROR if refused else EXIT_OK


def _tty_progress():  # noqa: ANN202
    """A progress line on a terminal's stderr (nothing when output goes to a file or a program)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, text: str) -> None:
        percent = f"{100 * done // total:3d}%" if total else ""
        sys.stderr.write(f"\r{percent} {text[:70]:<70}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _bundle_files(names: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.glob("*.hnb")))
        else:
            files.append(path)
    if not files:
        raise AppError("Không có tệp gói dữ liệu (.hnb) nào.", "no bundle files (.hnb) found")
    return files


def _bundle_inspect(args: argparse.Namespace) -> int:
    from app.sync.bundle import read_bundle
    from app.sync.crypto import CryptoRefused, PublicKeys

    bundle = read_bundle(Path(args.file))
    data = dict(bundle.manifest)
    keys = data.get("sender_keys")
    try:
        data["sender_fingerprint"] = PublicKeys.from_json(keys).fingerprint if keys else None
    except CryptoRefused:
        data["sender_fingerprint"] = None
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return EXIT_OK
    direction = {"up": "gửi cấp trên", "down": "gửi cấp dưới"}[data["direction"]]
    print(f"Gói {Path(args.file).name} — định dạng {data['format']}, mã gói {data['id']}")
    print(f"Từ {data['sender']} đến {data['recipient']} ({direction}), gói số {data.get('number', '?')}, "
          f"lập lúc {data.get('created_at', '?')}")
    print(f"Thay đổi số {data['seq_from']} đến {data['seq_to']}; vân tay khóa nơi gửi: {data['sender_fingerprint'] or '?'}")
    for table, count in data["counts"].items():
        print(f"  {table:<16} {count:>8}")
    return EXIT_OK


def _bundle_log(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from app.store.models import SyncLedger

    with store.session() as session:
        rows = [{"bundle": r.bundle_id, "sender": r.sender, "direction": r.direction, "number": r.number,
                 "file": r.file_name, "imported_at": r.imported_at.isoformat(timespec="seconds"),
                 "seq_from": r.seq_from, "seq_to": r.seq_to, "summary": r.summary}
                for r in session.scalars(select(SyncLedger).order_by(SyncLedger.imported_at))]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    from app.domain.formats import fmt_date

    for row in rows:
        tables = row["summary"].get("tables", {})
        changes = sum(c["new"] + c["changed"] + c["deleted"] for c in tables.values())
        when = fmt_date(datetime.fromisoformat(row["imported_at"]))
        print(f"{when} {row['imported_at'][11:16]}  {row['file']:<28} từ {row['sender']:<8} {changes:>8} thay đổi")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import run_demo

    store = _open(args)
    try:
        result = run_demo(store, scale=args.scale, as_unit=args.as_unit, progress=_tty_progress())
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
    from app.domain.documents import ISSUING
    from app.domain.formats import parse_date
    from app.services.printing import check_settings, check_target, save_profile, with_settings, write
    from app.services.printing.context import load_context

    if not args.out and not args.preview:
        raise AppError("Hãy chỉ ra tệp kết quả (--out TỆP) hoặc xem trước (--preview).", "give --out FILE or --preview")
    if args.preview and args.out and not args.out.lower().endswith(".pdf"):
        raise AppError("Xem trước chỉ dùng với tệp PDF.", "--preview works with PDF output")
    out = Path(args.out) if args.out else _preview_file(args.document)
    check_target(args.document, out)
    issued = None
    if args.date:
        try:
            issued = parse_date(args.date)
        except ValueError as exc:
            raise AppError(f"Ngày “{args.date}” không đúng dạng dd/MM/yyyy.", f"bad date {args.date!r}: use dd/MM/yyyy") from exc
    options = _certificate_options(args) if args.document == "certificates" else {}
    basis = _basis_lines(args.basis_file) if args.basis_file else None
    # Checked like every other door; remembered only once the document was written. (A decision's
    # number goes with its form and conference: awards.issue.)
    number = args.number if args.document not in ISSUING else None
    settings = check_settings(signer_name=args.signer, place_name=args.place,
                              numbers={args.document: number} if number else None)
    store = _open(args, create=False)
    try:
        pending = None
        if args.document in ISSUING:
            from app.services.awards import commit, issue

            pending = issue(store, args.conference, number=args.number, issued=issued, form=args.form,
                            base_salary=args.base_salary, basis=basis)
        ctx = load_context(store, args.conference, issued, pending)
        write(with_settings(ctx, settings), args.document, out, **options)
        if pending is not None:
            commit(store, pending)
        if settings:
            save_profile(store, ctx.unit.id, **settings)
        if args.document == "decision" and ctx.commendations and ctx.commendations.announced:
            announced = "; ".join(f"{label} ({c} tập thể, {i} cá nhân)" for label, c, i in ctx.commendations.announced)
            print(f"Hình thức cấp trên, chỉ công bố tại hội nghị (không ra quyết định ở đây): {announced}", file=sys.stderr)
        if args.document in ISSUING and ctx.commendations:
            for item in ctx.commendations.decisions:
                if not item.number:
                    print(f"Quyết định “{item.label}” chưa có số: chưa vào sổ khen thưởng (thêm --number N"
                          f"{' --form ' + item.form if len(ctx.commendations.decisions) > 1 else ''}).", file=sys.stderr)
    finally:
        store.close()
    print(out)
    if args.preview:
        from app.domain.documents import document_file_name
        from app.services.printing import KIND_LABELS
        from app.ui.print_preview import show_preview

        show_preview(out, KIND_LABELS[args.document], document_file_name(args.document, ".pdf"))
    return EXIT_OK


def _certificate_options(args: argparse.Namespace) -> dict:
    options: dict = {"test_page": args.test_page, "form": args.form}
    if args.template:
        options["template"] = args.template
    if args.calibrate:
        from app.services.printing.certificates import parse_offset

        options["offset"] = parse_offset(args.calibrate)
    if args.only:
        try:
            options["only"] = {int(part) for part in args.only.replace(";", ",").split(",") if part.strip()}
        except ValueError as exc:
            raise AppError(f"--only “{args.only}”: hãy ghi các số vào sổ, cách nhau bằng dấu phẩy.",
                           f"--only {args.only!r}: give register numbers separated by commas") from exc
    return options


def _basis_lines(name: str) -> list[str]:
    try:
        return Path(name).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError(f"Không đọc được tệp căn cứ {name} (cần văn bản UTF-8).", f"cannot read the basis file {name}") from exc


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


def cmd_backups(args: argparse.Namespace) -> int:
    from app.services.backups import backups
    from app.store.backup import keep_count, set_keep_count

    if args.keep is not None:
        set_keep_count(args.keep)
        print(f"Giữ lại {args.keep} bản sao lưu tự động gần nhất của mỗi cơ sở dữ liệu.", file=sys.stderr)
    found = backups()
    if args.json:
        print(json.dumps([b.as_json() for b in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    from app.domain.formats import fmt_date
    from app.paths import backups_dir

    print(f"{len(found)} bản sao lưu trong {backups_dir()} (giữ lại {keep_count()} bản mỗi cơ sở dữ liệu):")
    for b in found:
        lists = b.counts.get("honorees", "?")
        print(f"{fmt_date(b.at.date())} {b.at:%H:%M}  {b.size / 1e6:7.1f} MB  {lists!s:>7} điển hình  "
              f"{b.reason_text:<44}  {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backups import restore

    result = restore(args.db, Path(args.file), apply=args.yes)
    for line in result.summary.lines():
        print(line)
    if not args.yes:
        print("Chưa thay đổi gì (xem trước). Thêm --yes để khôi phục; cơ sở dữ liệu đang dùng sẽ được sao lưu trước.")
        return EXIT_OK
    if result.replaced is not None:
        print(f"Cơ sở dữ liệu trước khi khôi phục được giữ ở: {result.replaced}")
    print(f"Đã khôi phục (lược đồ {result.schema}).")
    return EXIT_OK


def cmd_xlsx(args: argparse.Namespace) -> int:
    from app.services import spreadsheet_export, spreadsheet_import

    store = _open(args, create=False)
    try:
        if args.xlsx_command == "export":
            out = Path(args.out)
            if args.list == "progress":
                spreadsheet_export.export_progress(store, out, plan=args.plan)
            elif args.list == "register":
                from app.services.awards import export_register

                print(f"{export_register(store, out)} dòng", file=sys.stderr)
            else:
                count = spreadsheet_export.export_list(store, args.list, out, consolidated=args.all,
                                                       progress=_tty_progress())
                print(f"{count} dòng", file=sys.stderr)
            print(out)
            return EXIT_OK
        plan = spreadsheet_import.plan_import(store, args.list, Path(args.file), args.maps)
        for line in plan.report_lines():
            print(line)
        for line, before, after in plan.conversions[:50]:
            print(f"  chuyển mã dòng {line}: {before} → {after}")
        plan.check()
        if args.dry_run:
            print("Chạy thử (--dry-run): chưa nhập gì.")
            return EXIT_OK
        count = spreadsheet_import.apply_import(store, plan, args.maps)
        print(f"Đã nhập {count} dòng.")
    finally:
        store.close()
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.spreadsheet_export import export_report

    store = _open(args, create=False)
    try:
        print(export_report(store, Path(args.out), plan=args.plan))
    finally:
        store.close()
    return EXIT_OK


def cmd_exports(args: argparse.Namespace) -> int:
    from app.domain.formats import fmt_date
    from app.services.journal import exports

    store = _open(args, create=False)
    try:
        rows = [{"at": r.at.isoformat(timespec="seconds"), "kind": r.kind, "target": r.target, "rows": r.rows,
                 "recipient": r.recipient} for r in exports(store)]
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    for row in rows:
        when = datetime.fromisoformat(row["at"])
        to = f" → {row['recipient']}" if row["recipient"] else ""
        print(f"{fmt_date(when.date())} {row['at'][11:16]}  {row['kind']:<18} {row['rows']:>8} dòng{to}  {row['target']}")
    return EXIT_OK


def cmd_desk(args: argparse.Namespace) -> int:
    from app.ui.desk import run_desk

    if args.self_test:
        from app.selftest import self_test

        return self_test()
    bundle = getattr(args, "bundle", None)
    return run_desk(args.db, bundle=Path(bundle) if bundle else None)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import take_screenshots

    for path in take_screenshots(args.db, Path(args.out), args.lang, args.size):
        print(path)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "units": cmd_units,
    "keys": cmd_keys,
    "bundle": cmd_bundle,
    "xlsx": cmd_xlsx,
    "report": cmd_report,
    "exports": cmd_exports,
    "info": cmd_info,
    "check": cmd_check,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "print": cmd_print,
    "screenshots": cmd_screenshots,
    "plan": lambda args: _plans().cmd_plan(args),
    "conference": lambda args: _plans().cmd_conference(args),
}


def _plans():  # noqa: ANN202
    from app.cli import plans

    return plans


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return (and, as a script, exit with) the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Vietnamese text must survive a Windows pipe or an old code page: always UTF-8.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    bundle = _bundle_argument(argv)
    args = build_parser().parse_args(argv)
    args.bundle = bundle
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
        # The type and the place, never the message: a database error's message carries values.
        log = log_unexpected(exc, _command_words(args))
        sys.stderr.write(f"Lỗi: sự cố không mong đợi ({exc.__class__.__name__}); chi tiết ghi ở {log} "
                         f"(error: unexpected {exc.__class__.__name__}; see {log})\n")
        return EXIT_ERROR


def _bundle_argument(argv: list[str]) -> str | None:
    """``hoinghi FILE.hnb`` (a double-clicked bundle): take the file out of *argv*; the window
    then opens with its import preview."""
    for index, value in enumerate(argv):
        if value.lower().endswith(".hnb") and (index == 0 or argv[index - 1] != "--db") and value not in COMMANDS:
            if any(a in COMMANDS for a in argv[:index]):
                return None  # a sub-command's own argument (bundle import/inspect FILE.hnb)
            del argv[index]
            return value
    return None


def _command_words(args: argparse.Namespace) -> str:
    """The command as the error log records it: the sub-commands and the options given, without
    their values (a name, a password file, a signer are never logged)."""
    words = ["hoinghi", args.command or "(desk)"]
    words += [str(v) for k, v in vars(args).items() if k.endswith("_command") and v]
    words += [str(getattr(args, k)) for k in ("document", "list") if isinstance(getattr(args, k, None), str)]
    words += [f"--{k.replace('_', '-')}" for k, v in vars(args).items()
              if k not in ("command", "document", "list") and not k.endswith("_command") and v not in (None, False, [])]
    return " ".join(words)


def run() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":
    run()
