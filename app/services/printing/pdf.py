"""Blocks → PDF with reportlab (fonts embedded as subsets)."""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle
from reportlab.platypus.flowables import HRFlowable

from app.domain.formats import unbroken_periods
from app.long_work import Progress, report
from app.services.printing import blocks as b
from app.services.printing.fonts import FAMILY, fit_size, font_name, printable, register, widest

_ALIGN = {"justify": TA_JUSTIFY, "center": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}


@lru_cache(maxsize=512)
def _style(
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    indent: float = 0,
    before: float = 0,
    after: float = 0,
    leading: float = 1.2,
    keep: bool = False,
) -> ParagraphStyle:
    return ParagraphStyle(
        "s",
        fontName=font_name(bold, italic),
        bulletFontName=font_name(bold, italic),
        fontSize=size,
        leading=size * leading,
        alignment=_ALIGN[align],
        firstLineIndent=indent,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=keep,
    )


@lru_cache(maxsize=8192)
def _text(text: str) -> str:
    return escape(printable(text))


def _p(text: str, **style: object) -> Paragraph:
    return Paragraph(_text(text), _style(**style))  # type: ignore[arg-type]


def _rule(width: float) -> list[Flowable]:
    """A solid rule under the line above, clear of its descenders (table cells ignore spaceBefore)."""
    return [
        Spacer(1, 3.5),
        HRFlowable(
            width=width, thickness=0.6, color=colors.black, spaceBefore=0, spaceAfter=3, hAlign="CENTER"
        ),
    ]


def _lines(text: str) -> str:
    return "<br/>".join(_text(line) for line in text.split("\n"))


class _Renderer:
    def __init__(self, doc: b.Document) -> None:
        self.doc = doc
        self.page = landscape(A4) if doc.landscape else A4
        self.width = self.page[0] - (b.MARGIN_LEFT + b.MARGIN_RIGHT) * mm

    def header(self, h: b.Header) -> list[Flowable]:
        left_w, right_w = self.width * 0.42, self.width * 0.58
        usable_l, usable_r = left_w - 8, right_w - 8
        left: list[Flowable] = []
        if h.parent_body:
            parent = h.parent_body.upper()
            left.append(
                Paragraph(_lines(parent), _style(fit_size(parent, False, 12.5, usable_l), leading=1.15))
            )
        body = h.issuing_body.upper()
        left.append(Paragraph(_lines(body), _style(12.5, bold=True, leading=1.15)))
        left += _rule(min(widest(body, True, 12.5), usable_l) * 0.4)
        title_size = fit_size(b.NATIONAL_TITLE, True, 12.5, usable_r)
        right: list[Flowable] = [
            _p(b.NATIONAL_TITLE, size=title_size, bold=True, leading=1.15),
            _p(b.MOTTO, size=13.5, bold=True, leading=1.15),
            *_rule(stringWidth(b.MOTTO, font_name(True), 13.5)),
        ]
        number = [_p(h.number, size=13)] if h.number else []
        date = [_p(h.place_date, size=13.5, italic=True)] if h.place_date else []
        table = RLTable([[left, right], [number, date]], colWidths=[left_w, right_w], splitInRow=1)
        table.setStyle(
            RLTableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("FONT", (0, 0), (-1, -1), font_name(), 12),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [table]

    def title(self, t: b.Title) -> list[Flowable]:
        out: list[Flowable] = [_p(t.kind.upper(), size=14, bold=True, before=14, after=2)]
        for line in t.summary:
            out.append(_p(unbroken_periods(line), size=14, bold=True, after=0))
        out += _rule(
            min(self.width * 0.3, max(widest(line, True, 14) for line in t.summary) * 0.5)
            if t.summary
            else self.width * 0.25
        )
        if t.note:
            out.append(_p(unbroken_periods(t.note), size=13, italic=True, after=4))
        out.append(Spacer(1, 6))
        return out

    def para(self, p: b.Para) -> Flowable:
        markup = "".join(
            (
                f"<b>{_text(r.text)}</b>"
                if r.bold
                else f"<i>{_text(r.text)}</i>"
                if r.italic
                else _text(r.text)
            )
            if not (r.bold and r.italic)
            else f"<b><i>{_text(r.text)}</i></b>"
            for r in p.runs
        )
        style = _style(
            p.size,
            align=p.align,
            indent=10 * mm if p.indent else 0,
            before=p.space_before,
            after=p.space_after,
            leading=1.25,
            keep=p.keep_with_next,
        )
        return Paragraph(markup, style)

    def table(self, t: b.Table) -> Flowable:
        head = [Paragraph(_text(c.title), _style(t.size, bold=True)) for c in t.columns]
        data: list[list[object]] = [head]
        commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), font_name(), t.size),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        cell_styles = [_style(t.size, align=c.align, leading=1.2) for c in t.columns]
        for row in t.rows:
            if isinstance(row, b.Section):
                index = len(data)
                data.append(
                    [Paragraph(_text(row.text), _style(t.size, bold=True, align="left"))]
                    + [""] * (len(t.columns) - 1)
                )
                commands.append(("SPAN", (0, index), (-1, index)))
                continue
            if isinstance(row, b.Total):
                index = len(data)
                data.append(
                    [Paragraph(_text(row.label), _style(t.size, bold=True, align="right"))]
                    + [""] * (len(t.columns) - 2)
                    + [Paragraph(_text(row.value), _style(t.size, bold=True, align=t.columns[-1].align))]
                )
                commands.append(("SPAN", (0, index), (-2, index)))
                continue
            cells: list[object] = [
                Paragraph(_text(cell), style) for cell, style in zip(row, cell_styles, strict=True)
            ]
            if t.row_height:
                # A minimum, not a fixed, height: a strut in the last cell; longer cells still grow.
                cells[-1] = [cells[-1], Spacer(0.1, t.row_height * mm - 5)]
            data.append(cells)
        # splitInRow: a row taller than a page (a long achievement) continues on the next page.
        table = RLTable(data, colWidths=[c.width * self.width for c in t.columns], repeatRows=1, splitInRow=1)
        table.setStyle(RLTableStyle(commands))
        return table

    def signature(self, s: b.Signature) -> list[Flowable]:
        left: list[Flowable] = []
        if s.recipients:
            left.append(_p("Nơi nhận:", size=12, bold=True, italic=True, align="left"))
            left += [_p(r, size=11, align="left", leading=1.15) for r in s.recipients]
        right: list[Flowable] = []
        if s.authority:
            right.append(_p(s.authority.upper(), size=13, bold=True, leading=1.15))
        right.append(_p(s.title.upper(), size=13, bold=True, leading=1.15))
        right.append(Spacer(1, 24 * mm))
        right.append(_p(s.name, size=13, bold=True))
        table = RLTable([[left, right]], colWidths=[self.width * 0.45, self.width * 0.55], splitInRow=1)
        table.setStyle(
            RLTableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONT", (0, 0), (-1, -1), font_name(), 12),
                    ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ]
            )
        )
        return [Spacer(1, 8), table]

    def flowables(self) -> list[Flowable]:
        """The story. A mail merge repeats the same header, title, lines and signature on every
        page: blocks are immutable, so each distinct small block is laid out once and its
        flowables are drawn again wherever it recurs (they never split). Each occurrence is a
        shallow copy: reportlab marks a flowable it moved to the next page ("postponed") and
        refuses to move the same object twice — a repeated line ("MC: Xin chúc mừng…") that
        lands at the foot of two pages must be two objects."""
        out: list[Flowable] = []
        made: dict[b.Block, list[Flowable]] = {}
        for block in self.doc.blocks:
            if isinstance(block, b.Table):
                out.append(self.table(block))  # may split across pages: always fresh
            elif isinstance(block, b.PageBreak):
                out.append(RLPageBreak())
            elif isinstance(block, b.Signature):
                if block not in made:
                    made[block] = self.signature(block)
                out.append(KeepTogether(made[block]))
            else:
                if block not in made:
                    made[block] = (
                        self.header(block)
                        if isinstance(block, b.Header)
                        else (self.title(block) if isinstance(block, b.Title) else [self.para(block)])
                    )
                out += [copy(flowable) for flowable in made[block]]
        return out

    def write(self, path: Path, progress: Progress | None = None) -> None:
        fonts = register()
        page_w, page_h = self.page

        def numbered(canvas, document) -> None:  # noqa: ANN001
            if self.doc.page_numbers and document.page > 1:
                canvas.setFont(font_name(), 13)
                canvas.drawCentredString(
                    b.MARGIN_LEFT * mm + self.width / 2, page_h - 12 * mm, str(document.page)
                )

        frame = Frame(
            b.MARGIN_LEFT * mm,
            b.MARGIN_BOTTOM * mm,
            self.width,
            page_h - (b.MARGIN_TOP + b.MARGIN_BOTTOM) * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template = BaseDocTemplate(
            str(path),
            pagesize=self.page,
            title=printable(self.doc.title),
            author="Hội nghị ĐHTT",
            creator=f"Hội nghị ĐHTT ({fonts.name})",
            subject=printable(self.doc.title),
            pageTemplates=[PageTemplate("page", [frame], onPage=numbered)],
            initialFontName=font_name(),
            initialFontSize=13,  # no unembedded Helvetica in the file
        )
        flowables = self.flowables()
        if progress is not None:
            total, done = len(flowables), [0]

            def placed(_flowable: Flowable) -> None:
                done[0] += 1
                if done[0] % 50 == 0 or done[0] == total:
                    report(progress, done[0], total, f"Trang {template.page}")

            template.afterFlowable = placed  # type: ignore[method-assign]
        template.build(flowables)


def write_pdf(doc: b.Document, path: Path, progress: Progress | None = None) -> None:
    _Renderer(doc).write(path, progress)


__all__ = ["write_pdf", "FAMILY"]
