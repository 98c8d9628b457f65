"""Printing the conference documents as PDF or Word, from the database.

``render_document(store, kind, out)`` is the one entry point (CLI, window, benchmarks): the file
is written under a temporary name and renamed only when complete, so a full disk or a crash
never leaves a half-written document under the name the official chose.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.document_kinds import ISSUING, KIND_LABELS, KINDS, PDF_ONLY, own_suffix
from app.domain.fields import DOCUMENT_NUMBER, NUMBER_KINDS, InvalidValue, document_number_value, parse_value
from app.errors import AppError
from app.files import replacing
from app.long_work import Progress, report
from app.services.changes import Changes, written_in
from app.services.printing.contents import BUILDERS
from app.services.printing.context import PrintContext, load_context
from app.store.db import Store
from app.store.models import UnitProfile
from app.store.values import check_value

FORMATS = (".pdf", ".docx")
__all__ = [
    "KINDS",
    "KIND_LABELS",
    "FORMATS",
    "render_document",
    "write",
    "check_target",
    "save_profile",
    "check_settings",
    "with_settings",
]


def check_target(kind: str, out: Path) -> str:
    """Validate what and where to print before any work; return the format (".pdf"/".docx")."""
    if kind not in KINDS:
        raise AppError(
            f"Không có loại văn bản “{kind}”; chọn: {', '.join(KINDS)}.", f"unknown document {kind!r}"
        )
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise AppError("Tên tệp phải có đuôi .pdf hoặc .docx.", "the output file must end in .pdf or .docx")
    if kind in PDF_ONLY and suffix == ".docx":
        what = "Biển tên" if kind == "namecards" else "Giấy khen"
        raise AppError(
            f"{what} chỉ in được dưới dạng PDF.",
            f"{'name cards' if kind == 'namecards' else 'certificates'} are printed as PDF only",
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise AppError(f"Thư mục {folder} không tồn tại.", f"folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise AppError(f"Không ghi được vào thư mục {folder}.", f"cannot write to folder {folder}")
    if out.is_dir():
        raise AppError(f"{out} là một thư mục.", f"{out} is a folder")
    return suffix


def write(ctx: PrintContext, kind: str, out: Path, progress: Progress | None = None, **options: Any) -> Path:  # noqa: ANN401
    """Build the document *kind* from *ctx* and write it to *out* atomically. *progress* may
    raise :class:`~app.long_work.Cancelled`: the partial file is removed and *out* is untouched.
    *options*: of the certificates (template, offset, test_page, only)."""
    suffix = check_target(kind, out)
    with replacing(out, "ổ đĩa đầy, tệp đang mở trong chương trình khác, hoặc không có quyền") as partial:
        if kind == "certificates":
            from app.services.printing.certificates import write_certificates

            write_certificates(ctx, partial, progress=progress, **options)
        elif kind == "namecards":
            from app.services.printing.namecards import write_namecards

            if not ctx.invitees:
                raise AppError(
                    "Danh sách khách mời đang trống; chưa có biển tên nào để in.",
                    "no invitees for name cards",
                )
            write_namecards(ctx.invitees, partial, progress=progress)
        else:
            document = BUILDERS[kind](ctx)
            if suffix == ".pdf":
                from app.services.printing.pdf import write_pdf

                write_pdf(document, partial, progress)
            else:
                from app.services.printing.docx import write_docx

                write_docx(document, partial)
    return out


def render_document(
    store: Store,
    kind: str,
    out: Path,
    conference: str | None = None,
    issued: date | None = None,
    progress: Progress | None = None,
    **options: Any,  # noqa: ANN401
) -> Path:
    check_target(kind, out)
    report(progress, 0, 0, "Đang đọc dữ liệu…")
    if kind not in ISSUING:
        return write(load_context(store, conference, issued), kind, out, progress, **options)
    from app.services.awards import commit, issue

    pending = issue(store, conference)  # decisions with a number: their honorees get register numbers
    written = write(load_context(store, conference, issued, pending), kind, out, progress, **options)
    commit(store, pending)  # only once the document was written
    return written


#: What the document settings are called in a message (the unit section's labels).
SETTING_LABELS = {
    "parent_body": "Cơ quan cấp trên",
    "issuing_body": "Cơ quan ban hành",
    "place_name": "Địa danh",
    "signer_name": "Người ký",
    "signer_title": "Chức vụ người ký",
    "authority": "Thẩm quyền ký",
    "mc_name": "Người dẫn chương trình",
    "reader_name": "Người đọc quyết định",
    "decision": "Quyết định",
    "batch_size": "Số người mỗi đợt",
    "numbers": "Số văn bản",
}


def check_settings(issuer_code: str | None = None, **values: Any) -> dict[str, Any]:  # noqa: ANN401
    """Document settings (``signer_name=…``, ``numbers={kind: number}``, …) checked by the rules
    of every door — cleaned text within its column's length, a document number a number — or one
    :class:`AppError` naming the setting. ``None`` values (not given) are left out. *issuer_code*: the
    issuer code of the unit ("UBND"), when known: a number typed with its document's own suffix
    ("15/CTr-UBND") is then stored as "15", any other suffix refused; before the unit is known
    the suffix is kept for :func:`with_settings` and :func:`save_profile` to settle."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        try:
            if key == "numbers":
                out[key] = {
                    kind: parse_value(DOCUMENT_NUMBER, number)
                    if issuer_code is None
                    else document_number_value(number, own_suffix(kind, issuer_code))
                    for kind, number in value.items()
                }
            else:
                out[key] = check_value(UnitProfile, key, value)
        except InvalidValue as exc:
            label = SETTING_LABELS.get(key, key)
            raise AppError(f"{label}: {exc.vi}", f"{key}: {exc}") from exc
    return out


def with_settings(ctx: PrintContext, settings: dict[str, Any]) -> PrintContext:
    """*ctx* printing with *settings* (from :func:`check_settings`) instead of the saved ones —
    to write a document before anything is remembered."""
    if settings.get("numbers"):
        settings = {**settings, **check_settings(ctx.profile.issuer, numbers=settings["numbers"])}
    fields = {"place": settings.get("place_name")} | {
        key: settings.get(key)
        for key in ("signer_name", "signer_title", "authority", "parent_body", "issuing_body")
    }
    profile = replace(ctx.profile, **{k: v for k, v in fields.items() if v})
    if settings.get("numbers"):
        profile.numbers = {**profile.numbers, **{k: v for k, v in settings["numbers"].items() if v}}
    return replace(ctx, profile=profile)


#: How the number fields of the unit's document settings are read (the others are text); the
#: batch size is never empty (the column takes no empty value).
PROFILE_KINDS = {"batch_size": replace(NUMBER_KINDS["batch_size"], required=True)}


def save_profile(store: Store, unit_id: str, **values: Any) -> Changes:  # noqa: ANN401
    """Remember document settings of a unit (signer, place, numbers by document kind, …), checked
    by :func:`check_settings` first (nothing is saved when one is refused); return what changed."""
    issuer = _issuer(store, unit_id) if values.get("numbers") else None
    values = check_settings(issuer, **values)
    numbers = values.pop("numbers", None)
    with store.session() as session:
        profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit_id)).first()
        if profile is None:
            profile = UnitProfile(owner_unit_id=unit_id, numbers={})
            session.add(profile)
        for key, value in values.items():
            setattr(profile, key, value)
        if numbers:
            profile.numbers = {**(profile.numbers or {}), **numbers}
    return written_in(session)


def _issuer(store: Store, unit_id: str) -> str:
    """The issuer code in the unit's document numbers ("UBND"): remembered, or from its kind."""
    from app.services.printing.context import issuer_code
    from app.store.models import Unit

    with store.session() as session:
        profile = session.scalars(select(UnitProfile).where(UnitProfile.owner_unit_id == unit_id)).first()
        remembered = str((profile.numbers or {}).get("issuer", "")) if profile else ""
        unit = session.get(Unit, unit_id)
        return remembered or (issuer_code(unit) if unit is not None else "")
