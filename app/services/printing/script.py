"""The conference's running script: the introductions, the decisions read, the honouring
batches and the MC's lines for each agenda item (templates: resources/templates/script-vi.json)."""

from __future__ import annotations

import json
from collections.abc import Callable

from app.domain.ceremony import Batch, honouring_batches, salutation
from app.domain.formats import time_range
from app.paths import resources_dir
from app.services.printing.blocks import Document, Para, Run, Title
from app.services.printing.context import PrintContext, in_sentence
from app.services.printing.document_parts import _conference_name, _header, _label, _require, _wording


def batches(ctx: PrintContext) -> list[Batch]:
    """The honouring batches, presented by the named guests in protocol order."""
    leaders = (
        [p for p in ctx.invitees if p.presents] or [p for p in ctx.invitees if p.named] or ctx.invitees[:1]
    )
    return honouring_batches(
        ctx.honorees,
        lambda h: ctx.award_rank.get(h.award, 99),
        lambda h: h.collective,
        lambda h: h.award,
        leaders,
        ctx.profile.batch_size,
    )


def _introductions(ctx: PrintContext) -> list[Para]:
    """Guests introduced by name in protocol order, each group heading once ("Về phía …, có:"),
    then the groups greeted together (154/2004 art. 9)."""
    out = [Para.of("MC: Tới dự hội nghị, Ban Tổ chức trân trọng giới thiệu:", indent=True)]
    current = None
    for person in (p for p in ctx.invitees if p.named):
        if person.heading != current:
            current = person.heading
            out.append(Para((Run(f"Về phía {current}, có:", italic=True),), indent=True, space_after=2))
        line = f"– {salutation(person.honorific, person.gender)} {person.name}"
        if person.post_and_unit:
            line += f" – {person.post_and_unit}"
        out.append(Para.of(line + ";", indent=True, space_after=2))
    groups = list(dict.fromkeys(p.category for p in ctx.invitees if not p.named))
    if groups:
        labels = ", ".join(ctx.intro.get(g, g) for g in groups)
        out.append(
            Para.of(
                f"– Cùng các đồng chí đại diện lãnh đạo các ban, ngành, đoàn thể và {labels}.", indent=True
            )
        )
    out.append(Para.of("MC: Xin trân trọng giới thiệu và nhiệt liệt chào mừng quý vị đại biểu.", indent=True))
    return out


def _batch_paras(ctx: PrintContext) -> list[Para]:
    out: list[Para] = []
    for batch in batches(ctx):
        award = ctx.label("commendation", batch.award) or "khen thưởng"
        who = "tập thể" if batch.collective else "cá nhân"
        out.append(
            Para(
                (Run(f"Đợt {batch.number}: ", bold=True), Run(f"{award} — {len(batch.recipients)} {who}")),
                indent=False,
                keep_with_next=True,
                space_before=4,
            )
        )
        out.append(
            Para.of(f"MC: Kính mời các {who} có tên sau lên nhận {award}:", indent=True, space_after=2)
        )
        for n, person in enumerate(batch.recipients, start=1):
            out.append(
                Para.of(
                    f"{n}. {person.name}"
                    + (f" – {person.workplace}" if person.workplace and not person.collective else ""),
                    indent=True,
                    space_after=0,
                )
            )
        if batch.presenter is not None:
            presenter = batch.presenter
            post = f" – {presenter.position}" if presenter.position else ""
            out.append(
                Para.of(
                    f"MC: Trân trọng kính mời {salutation(presenter.honorific, presenter.gender).lower()} "
                    f"{presenter.name}{post} lên trao {award}.",
                    indent=True,
                    space_before=2,
                )
            )
        out.append(Para.of("MC: Xin chúc mừng các " + who + "; kính mời quý vị về chỗ.", indent=True))
    return out


def _decision_paras(ctx: PrintContext, reader: str) -> list[Para]:
    """The reader reads the unit's own decisions (number, date, who decides) and announces the
    higher-level forms, which come with their own decisions."""
    from app.domain.formats import official_date
    from app.services.printing.decision import decision_number

    commendations = ctx.commendations
    own = []
    for item in commendations.decisions if commendations else []:
        number = decision_number(ctx, item)
        of = commendations.issuer.of if commendations and commendations.issuer else ""
        own.append(
            f"Quyết định số {number or '…'} {official_date(item.issued)} của {of} về việc tặng {item.short} cho "
            f"{len(item.collectives)} tập thể, {len(item.individuals)} cá nhân"
        )
    text = (
        "; ".join(own)
        or ctx.profile.decision
        or (
            "Quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước "
            + _wording(ctx).period_phrase
        )
    )
    out = [Para.of(f"Đồng chí {reader}: đọc {text}.", indent=True)]
    if commendations and commendations.announced:
        higher = "; ".join(f"{label} ({c} tập thể, {i} cá nhân)" for label, c, i in commendations.announced)
        out.append(
            Para.of(
                f"Đồng chí {reader}: công bố các hình thức khen thưởng của cấp trên (theo quyết định của cấp "
                f"trên): {higher}.",
                indent=True,
            )
        )
    return out


def script(ctx: PrintContext) -> Document:
    _require(ctx.agenda, "nội dung chương trình", "agenda")
    templates = json.loads((resources_dir() / "templates" / "script-vi.json").read_text(encoding="utf-8"))
    doc = Document("Kịch bản điều hành")
    conf = ctx.conference
    doc.add(_header(ctx, None), Title("KỊCH BẢN ĐIỀU HÀNH", (_conference_name(ctx),)))
    doc.add(_label("Thời gian: ", f"{ctx.when}."), _label("Địa điểm: ", f"{conf.venue or '…'}."))
    doc.add(_label("Người dẫn chương trình (MC): ", ctx.profile.mc_name or "Ban Tổ chức phân công."))
    chair = conf.chair or "chủ trì hội nghị"
    values = {
        "unit": in_sentence(ctx.unit.name),
        "conference": _conference_name(ctx)[:1].lower() + _conference_name(ctx)[1:],
        "chair": chair,
        "period": _wording(ctx).period,
        "next_period": _wording(ctx).next_period,
        "period_phrase": _wording(ctx).period_phrase,
        "next_phrase": _wording(ctx).next_phrase,
        "plan": _wording(ctx).plan_name,
        "mc": ctx.profile.mc_name or "MC",
        "reader": ctx.profile.reader_name or "đại diện bộ phận thi đua, khen thưởng",
    }
    specials: dict[str, Callable[[], list[Para]]] = {
        "@introductions": lambda: _introductions(ctx),
        "@speeches": lambda: (
            [
                Para.of(
                    f"MC: Hội nghị nghe tham luận “{title}” của {presenter} ({minutes} phút).", indent=True
                )
                for presenter, title, _field, minutes in ctx.speeches
            ]
            or [Para.of("(Chưa có tham luận nào trong danh sách.)", indent=True)]
        ),
        "@decision": lambda: _decision_paras(ctx, values["reader"]),
        "@batches": lambda: _batch_paras(ctx),
        "@delegates": lambda: (
            [
                Para.of(
                    f"{n}. {d.name}" + (f" – {d.post_and_unit}" if d.post_and_unit else ""),
                    indent=True,
                    space_after=0,
                )
                for n, d in enumerate(ctx.delegates, start=1)
            ]
            or [Para.of("(Chưa có danh sách đại biểu.)", indent=True)]
        ),
    }
    for line in templates["_opening"]:
        doc.add(Para.of(line.format(**values), indent=True))
    for n, item in enumerate(ctx.agenda, start=1):
        doc.add(
            Para(
                (
                    Run(f"{time_range(item.start, item.end)}   ", bold=True),
                    Run(f"{n}. {item.title}", bold=True),
                ),
                indent=False,
                keep_with_next=True,
                space_before=8,
            )
        )
        for line in templates.get(item.kind, templates["custom"]):
            if line in specials:
                doc.add(*specials[line]())
            else:
                doc.add(
                    Para.of(
                        line.format(**values, presenter=item.presenter or chair, title=item.title),
                        indent=True,
                    )
                )
    return doc
