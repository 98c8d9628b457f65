"""``hoinghi print KIND --out FILE.pdf|FILE.docx [--preview] …``: a document of the conference.
Everything typed (number, signer, place, date, base salary, căn cứ) is checked before the database
is opened, and remembered only once the document was written."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXISTING, EXIT_OK, parse_day
from app.domain.document_kinds import KINDS
from app.errors import AppError

if TYPE_CHECKING:
    from app.store.db import Store

STORE = EXISTING
DOCUMENTS = KINDS  # every document the app prints (app.domain.document_kinds)


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("print", help="in văn bản hội nghị ra PDF hoặc Word (.docx)")
    p.add_argument("document", choices=DOCUMENTS, help="loại văn bản")
    p.add_argument("--out", help="tệp kết quả .pdf hoặc .docx")
    p.add_argument("--preview", action="store_true", help="mở cửa sổ xem trước để in, lưu PDF")
    p.add_argument("--conference", help="mã hội nghị hoặc mã đơn vị (khi cơ sở dữ liệu có nhiều hội nghị)")
    p.add_argument("--number", help="số văn bản (được ghi nhớ cho lần sau)")
    p.add_argument("--signer", help="họ tên người ký (được ghi nhớ cho lần sau)")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng (được ghi nhớ cho lần sau)")
    p.add_argument("--date", help="ngày ban hành dd/MM/yyyy (mặc định: hôm nay; quyết định: ngày đã ghi nhớ)")
    p.add_argument(
        "--form", help="decision, certificates: mã hình thức khen thưởng (khi đơn vị cấp nhiều hình thức)"
    )
    p.add_argument("--base-salary", dest="base_salary", help="decision: mức lương cơ sở, đồng (được ghi nhớ)")
    p.add_argument(
        "--basis-file",
        dest="basis_file",
        help="decision: tệp các dòng căn cứ, mỗi dòng một căn cứ (được ghi nhớ)",
    )
    p.add_argument("--template", help="certificates: mẫu phôi (mã hoặc tệp .json)")
    p.add_argument(
        "--calibrate",
        metavar="X,Y",
        help="certificates: dịch mọi ô X mm sang phải, Y mm xuống dưới (số âm: ngược lại)",
    )
    p.add_argument(
        "--test-page",
        dest="test_page",
        action="store_true",
        help="certificates: trang thử trên giấy trắng: khung các ô và thước milimét",
    )
    p.add_argument(
        "--only", help="certificates: chỉ in các số vào sổ này (ví dụ 3,7,12), để in lại phôi hỏng"
    )


@dataclass(frozen=True)
class _Job:
    """The options, checked: where to write, the issuing date, the certificate options, the căn cứ
    lines and the print settings to remember."""

    out: Path
    issued: date | None
    options: dict[str, Any]
    basis: list[str] | None
    settings: dict[str, Any]


def prepare(args: argparse.Namespace) -> None:
    from app.domain.document_kinds import ISSUING
    from app.services.printing import check_settings, check_target

    if not args.out and not args.preview:
        raise AppError(
            "Hãy chỉ ra tệp kết quả (--out TỆP) hoặc xem trước (--preview).", "give --out FILE or --preview"
        )
    if args.preview and args.out and not args.out.lower().endswith(".pdf"):
        raise AppError("Xem trước chỉ dùng với tệp PDF.", "--preview works with PDF output")
    out = Path(args.out) if args.out else _preview_file(args.document)
    check_target(args.document, out)
    issued = parse_day(args.date) if args.date else None
    options = _certificate_options(args) if args.document == "certificates" else {}
    basis = _basis_lines(args.basis_file) if args.basis_file else None
    # Checked like every other door; remembered only once the document was written. (A decision's
    # number goes with its form and conference: awards.issue.)
    number = args.number if args.document not in ISSUING else None
    settings = check_settings(
        signer_name=args.signer, place_name=args.place, numbers={args.document: number} if number else None
    )
    args.job = _Job(out, issued, options, basis, settings)


def run(args: argparse.Namespace, store: Store) -> int:
    from app.domain.document_kinds import ISSUING
    from app.services.printing import save_profile, with_settings, write
    from app.services.printing.context import load_context

    job: _Job = args.job
    pending = None
    if args.document in ISSUING:
        from app.services.awards import commit, issue

        pending = issue(
            store,
            args.conference,
            number=args.number,
            issued=job.issued,
            form=args.form,
            base_salary=args.base_salary,
            basis=job.basis,
        )
    ctx = load_context(store, args.conference, job.issued, pending)
    write(with_settings(ctx, job.settings), args.document, job.out, **job.options)
    if pending is not None:
        commit(store, pending)
    if job.settings:
        save_profile(store, ctx.unit.id, **job.settings)
    if args.document == "decision" and ctx.commendations and ctx.commendations.announced:
        announced = "; ".join(
            f"{label} ({c} tập thể, {i} cá nhân)" for label, c, i in ctx.commendations.announced
        )
        print(
            f"Hình thức cấp trên, chỉ công bố tại hội nghị (không ra quyết định ở đây): {announced}",
            file=sys.stderr,
        )
    if args.document in ISSUING and ctx.commendations:
        for item in ctx.commendations.decisions:
            if not item.number:
                print(
                    f"Quyết định “{item.label}” chưa có số: chưa vào sổ khen thưởng (thêm --number N"
                    f"{' --form ' + item.form if len(ctx.commendations.decisions) > 1 else ''}).",
                    file=sys.stderr,
                )
    print(job.out)
    if args.preview:
        store.close()  # the preview may stay open a long time: let go of the database first (closing twice is harmless)
        _show_preview(args.document, job.out)
    return EXIT_OK


def _show_preview(document: str, out: Path) -> None:
    from app.domain.document_kinds import document_file_name
    from app.services.printing import KIND_LABELS
    from app.ui.print_preview import show_preview

    show_preview(out, KIND_LABELS[document], document_file_name(document, ".pdf"))


def _certificate_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"test_page": args.test_page, "form": args.form}
    if args.template:
        options["template"] = args.template
    if args.calibrate:
        from app.services.printing.certificates import parse_offset

        options["offset"] = parse_offset(args.calibrate)
    if args.only:
        try:
            options["only"] = {int(part) for part in args.only.replace(";", ",").split(",") if part.strip()}
        except ValueError as exc:
            raise AppError(
                f"--only “{args.only}”: hãy ghi các số vào sổ, cách nhau bằng dấu phẩy.",
                f"--only {args.only!r}: give register numbers separated by commas",
            ) from exc
    return options


def _basis_lines(name: str) -> list[str]:
    try:
        return Path(name).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError(
            f"Không đọc được tệp căn cứ {name} (cần văn bản UTF-8).", f"cannot read the basis file {name}"
        ) from exc


def _preview_file(document: str) -> Path:
    from app.paths import data_dir

    folder = data_dir() / "preview"
    folder.mkdir(exist_ok=True)
    return folder / f"{document}.pdf"
