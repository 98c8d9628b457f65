"""What every printed document shares: the header, the signature, the title's conference name,
the labelled lines and the plan's wording (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

from app.domain.document_kinds import NUMBER_CODES
from app.domain.formats import document_number, place_date_line
from app.domain.plan import PlanWording
from app.errors import AppError
from app.services.printing.blocks import Header, Para, Run, Signature
from app.services.printing.context import PrintContext

# Document-type codes in the number (Decree 30/2020, appendix III).
CODES = {kind: NUMBER_CODES[kind] for kind in ("programme", "invitations")}


def _header(ctx: PrintContext, kind: str | None) -> Header:
    number = None
    if kind in CODES:
        number = document_number(ctx.profile.numbers.get(kind), CODES[kind], ctx.profile.issuer)
    return Header(
        ctx.profile.parent_body,
        ctx.profile.issuing_body,
        number,
        place_date_line(ctx.profile.place, ctx.issued),
    )


def _signature(ctx: PrintContext, recipients: tuple[str, ...] = ()) -> Signature:
    issuer = ctx.profile.issuer or ""
    default_recipients = ("- Như trên;", f"- Lưu: VT{', ' + issuer if issuer and issuer != 'UBND' else ''}.")
    return Signature(
        ctx.profile.authority,
        ctx.profile.signer_title,
        ctx.profile.signer_name,
        recipients or default_recipients,
    )


def _conference_name(ctx: PrintContext) -> str:
    return ctx.conference.title


def _require(items: list, what_vi: str, what_en: str) -> None:
    if not items:
        raise AppError(
            f"Danh sách {what_vi} đang trống; chưa có gì để in.",
            f"the {what_en} list is empty; nothing to print",
        )


def _label(run_label: str, text: str) -> Para:
    return Para((Run(run_label, bold=True), Run(text)))


def _wording(ctx: PrintContext) -> PlanWording:
    """The period and words of the conference's plan (read with the context)."""
    if ctx.wording is None:
        raise AppError("Hội nghị chưa gắn với kế hoạch nào.", "the conference follows no plan")
    return ctx.wording
