"""``hoinghi bundle export|import|inspect|log|conflicts|settle``: USB bundles to the parent and the
children. ``bundle import`` exits 1 when any bundle was refused ("done, with N refused"); the JSON
shapes are those of :mod:`app.sync.listings` and of each preview's ``as_json()``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_ERROR, EXIT_OK, NO_STORE, group, print_json, tty_progress
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = {
    "export": EXISTING,
    "import": EXISTING,
    "inspect": NO_STORE,
    "log": EXISTING,
    "conflicts": EXISTING,
    "settle": EXISTING,
}


def add_parser(sub: Any) -> None:  # noqa: ANN401
    bundle = group(sub, "bundle", "gói dữ liệu USB gửi cấp trên / cấp dưới")
    p = bundle.add_parser("export", help="ghi gói dữ liệu mới (mặc định: gửi cấp trên)")
    p.add_argument("--to", required=True, help="thư mục đích (thường là USB)")
    p.add_argument("--for", dest="recipient", help="mã đơn vị nhận (cấp trên hoặc một cấp dưới)")
    p = bundle.add_parser("import", help="nhập gói dữ liệu (không có --yes: chỉ xem trước)")
    p.add_argument("files", nargs="+", help="tệp .hnb hoặc thư mục chứa các tệp .hnb")
    p.add_argument("--yes", action="store_true", help="nhập thật (sau khi xem trước)")
    p.add_argument(
        "--trust-key",
        dest="trust",
        action="append",
        default=[],
        metavar="VÂN-TAY",
        help="chấp nhận khóa mới/khóa đã đổi có vân tay này (sau khi đã so với đơn vị gửi)",
    )
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
    p.add_argument(
        "--keep",
        required=True,
        choices=("local", "incoming"),
        help="local: bản trong máy; incoming: bản trong gói",
    )


def run(args: argparse.Namespace, store: Store | None) -> int:
    if args.bundle_command == "inspect":
        return _inspect(args)
    assert store is not None
    return {"export": _export, "import": _import, "log": _log, "conflicts": _conflicts, "settle": _settle}[
        args.bundle_command
    ](args, store)


def _export(args: argparse.Namespace, store: Store) -> int:
    from app.sync.exchange import export_bundle

    result = export_bundle(store, Path(args.to), args.recipient)
    print(result.path)
    counts = ", ".join(f"{k}: {v}" for k, v in result.counts.items()) or "không có thay đổi mới"
    print(f"Gói cho {result.recipient} ({counts})", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace, store: Store) -> int:
    from app.sync.exchange import import_bundles, summary_text
    from app.sync.listings import batch_as_json

    result = import_bundles(
        store, _files(args.files), apply=args.yes, trust=args.trust, progress=tty_progress()
    )
    refused = len(result.refused)
    if args.json:
        print_json(batch_as_json(result))
    else:
        for preview in result.previews:
            print(summary_text(preview))
        already = sum(p.status == "already" for p in result.previews)
        verb = "đã nhập" if args.yes else "sẵn sàng nhập (xem trước; thêm --yes để nhập)"
        ready = sum(p.status == ("imported" if args.yes else "ready") for p in result.previews)
        print(
            f"Xong: {ready} gói {verb}, {already} gói đã nhập trước đây, {refused} gói bị từ chối "
            f"(done, with {refused} refused)."
        )
    return EXIT_ERROR if refused else EXIT_OK


def _files(names: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = Path(name)
        files.extend(sorted(path.glob("*.hnb")) if path.is_dir() else [path])
    if not files:
        raise AppError("Không có tệp gói dữ liệu (.hnb) nào.", "no bundle files (.hnb) found")
    return files


def _inspect(args: argparse.Namespace) -> int:
    from app.sync.listings import bundle_cover

    cover = bundle_cover(Path(args.file))
    if args.json:
        print_json(cover.as_json())
        return EXIT_OK
    data = cover.manifest
    direction = {"up": "gửi cấp trên", "down": "gửi cấp dưới"}[data["direction"]]
    print(f"Gói {cover.file.name} — định dạng {data['format']}, mã gói {data['id']}")
    print(
        f"Từ {data['sender']} đến {data['recipient']} ({direction}), gói số {data.get('number', '?')}, "
        f"lập lúc {data.get('created_at', '?')}"
    )
    print(
        f"Thay đổi số {data['seq_from']} đến {data['seq_to']}; vân tay khóa nơi gửi: {cover.sender_fingerprint or '?'}"
    )
    for table, count in data["counts"].items():
        print(f"  {table:<16} {count:>8}")
    return EXIT_OK


def _log(args: argparse.Namespace, store: Store) -> int:
    from app.domain.formats import fmt_date
    from app.sync.listings import imported_bundles

    entries = imported_bundles(store)
    if args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    for e in entries:
        print(
            f"{fmt_date(e.imported_at)} {e.imported_at:%H:%M}  {e.file:<28} từ {e.sender:<8} {e.changes:>8} thay đổi"
        )
    return EXIT_OK


def _conflicts(args: argparse.Namespace, store: Store) -> int:
    from app.sync.listings import waiting_conflicts

    conflicts = waiting_conflicts(store)
    if args.json:
        print_json([c.as_json() for c in conflicts])
        return EXIT_OK
    for c in conflicts:
        print(f"{c.id:>4}  {c.label}: “{c.name}” (đơn vị {c.unit}, phiên bản {c.local_version})")
    return EXIT_OK


def _settle(args: argparse.Namespace, store: Store) -> int:
    from app.sync.exchange import settle_conflict

    settle_conflict(store, args.conflict, args.keep)
    print(
        f"Đã xử lý xung đột {args.conflict}: giữ {'bản trong máy' if args.keep == 'local' else 'bản trong gói'}."
    )
    return EXIT_OK
