"""Blocks → Word (.docx) with python-docx, in the same layout, for offices that edit before signing.

The Word copy mirrors the PDF's geometry so that Word and LibreOffice break pages where the PDF
does: exact line heights (the PDF's leading), the same paddings, font sizes chosen by the same
fitting rule, and every table exactly as wide as the text area (its border on the margins).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.domain.formats import unbroken_periods
from app.domain.vntext import scrub
from app.services.printing import blocks as b
from app.services.printing.fonts import fit_size, widest

FONT = "Times New Roman"  # the decree's font; every Windows PC has it
_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
TWIPS_PER_PT = 20
MM_PER_PT = 25.4 / 72


def _twips(points: float) -> str:
    return str(round(points * TWIPS_PER_PT))


def _no_borders(table) -> None:  # noqa: ANN001
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _exact(paragraph, height: float) -> None:  # noqa: ANN001
    """Line height exactly *height* points (the PDF's leading)."""
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(height)


def _rule(container, width_mm: float, avail_mm: float) -> None:  # noqa: ANN001
    """A solid rule of *width_mm* centred in *avail_mm*: the bottom border of an empty, tiny,
    indented paragraph of its own (so the text above keeps its full width)."""
    paragraph = container.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(1.5)
    paragraph.paragraph_format.space_after = Pt(3)
    _exact(paragraph, 2)
    run = paragraph.add_run("")
    run.font.size = Pt(1)
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "5"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.append(border)
    side = max(0.0, (avail_mm - width_mm) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)


def _geometry(table, widths_mm: list[float], pad: tuple[float, float, float, float]) -> None:  # noqa: ANN001
    """Fixed column widths that Word and LibreOffice both honour (grid, cells, fixed layout,
    width), cell paddings *pad* (left, right, top, bottom, points) as in the PDF, and the table
    indented by its left padding so that its border, not its text, sits on the margin."""
    table.autofit = False
    props = table._tbl.tblPr
    for tag in ("w:tblW", "w:tblInd", "w:tblCellMar", "w:tblLayout"):
        for old in props.findall(qn(tag)):
            props.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(round(sum(widths_mm) / 25.4 * 1440)))
    width.set(qn("w:type"), "dxa")
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), _twips(pad[0]))
    indent.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    margins = OxmlElement("w:tblCellMar")
    for edge, value in zip(("left", "right", "top", "bottom"), pad, strict=True):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), _twips(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    # schema order inside tblPr: tblStyle, …, tblW, jc, …, tblInd, tblBorders, …, tblLayout, tblCellMar, tblLook
    style = props.find(qn("w:tblStyle"))
    position = list(props).index(style) + 1 if style is not None else 0
    for element in (width, indent):
        props.insert(position, element)
        position += 1
    look = props.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(layout)
        look.addprevious(margins)
    else:
        props.append(layout)
        props.append(margins)
    for column, size in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(size)
    for row in table.rows:
        for cell, size in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(size)


def _cant_split(row) -> None:  # noqa: ANN001
    props = row._tr.get_or_add_trPr()
    element = OxmlElement("w:cantSplit")
    props.append(element)


class _Writer:
    def __init__(self, doc: b.Document) -> None:
        self.doc = doc
        self.word = WordDocument()
        section = self.word.sections[0]
        if doc.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(b.MARGIN_TOP), Mm(b.MARGIN_BOTTOM)
        section.left_margin, section.right_margin = Mm(b.MARGIN_LEFT), Mm(b.MARGIN_RIGHT)
        section.header_distance = Mm(8)
        self.width = (297 if doc.landscape else 210) - b.MARGIN_LEFT - b.MARGIN_RIGHT
        self._defaults()
        normal = self.word.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(13)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        if doc.page_numbers:
            section.different_first_page_header_footer = True
            paragraph = section.header.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE")
            run = OxmlElement("w:r")
            props = OxmlElement("w:rPr")
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "26")
            props.append(size)
            run.append(props)
            field.append(run)
            paragraph._p.append(field)

    def _defaults(self) -> None:
        """The template's defaults add 10 pt after every paragraph and 1.15 line spacing: none
        of that in an official document (each paragraph sets its own)."""
        defaults = self.word.styles.element.find(qn("w:docDefaults"))
        spacing = (
            defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
            if defaults is not None
            else None
        )
        if spacing is not None:
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "240")
            spacing.set(qn("w:lineRule"), "auto")

    def _para(
        self,
        container,  # noqa: ANN001
        text: str = "",
        size: float = 13,
        bold: bool = False,
        italic: bool = False,
        align: str = "center",
        before: float = 0,
        after: float = 0,
        leading: float = 1.2,
    ):
        paragraph = container.add_paragraph()
        paragraph.alignment = _ALIGN[align]
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(after)
        _exact(paragraph, size * leading)
        if text:
            self._runs(paragraph, text, size, bold, italic)
        return paragraph

    @staticmethod
    def _runs(paragraph, text: str, size: float, bold: bool, italic: bool) -> None:  # noqa: ANN001
        for number, line in enumerate(text.split("\n")):
            run = paragraph.add_run(scrub(line))
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
            if number:
                run._r.insert(0, OxmlElement("w:br"))

    @staticmethod
    def _cell_para(cell):  # noqa: ANN001
        """The cell's first (empty) paragraph, then new ones."""
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) == 1 and not getattr(cell, "_used", False):
            cell._used = True
            return first
        return cell.add_paragraph()

    def _cell_text(
        self,
        cell,  # noqa: ANN001
        text: str,
        size: float = 13,
        bold: bool = False,
        italic: bool = False,
        align: str = "center",
        leading: float = 1.2,
        after: float = 0,
    ):
        paragraph = self._cell_para(cell)
        paragraph.alignment = _ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(after)
        _exact(paragraph, size * leading)
        if text:
            self._runs(paragraph, text, size, bold, italic)
        return paragraph

    def _spacer(self, container, height: float) -> None:  # noqa: ANN001
        """Empty vertical space of *height* points (the PDF's Spacer)."""
        paragraph = self._cell_para(container) if hasattr(container, "_tc") else container.add_paragraph()
        _exact(paragraph, height)
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run("")
        run.font.size = Pt(1)

    def header(self, h: b.Header) -> None:
        table = self.word.add_table(rows=2, cols=2)
        _no_borders(table)
        left_w, right_w = self.width * 0.42, self.width * 0.58
        _geometry(table, [left_w, right_w], (2, 2, 0, 2))
        usable_l, usable_r = left_w / MM_PER_PT - 8, right_w / MM_PER_PT - 8
        left, right = table.cell(0, 0), table.cell(0, 1)
        if h.parent_body:
            parent = h.parent_body.upper()
            self._cell_text(left, parent, fit_size(parent, False, 12.5, usable_l), leading=1.15)
        body = h.issuing_body.upper()
        self._cell_text(left, body, 12.5, bold=True, leading=1.15)
        _rule(left, min(widest(body, True, 12.5), usable_l) * 0.4 * MM_PER_PT, left_w - 4 * MM_PER_PT)
        self._cell_text(
            right, b.NATIONAL_TITLE, fit_size(b.NATIONAL_TITLE, True, 12.5, usable_r), bold=True, leading=1.15
        )
        self._cell_text(right, b.MOTTO, 13.5, bold=True, leading=1.15)
        _rule(right, widest(b.MOTTO, True, 13.5) * MM_PER_PT, right_w - 4 * MM_PER_PT)
        if h.number:
            self._cell_text(table.cell(1, 0), h.number, 13)
        if h.place_date:
            self._cell_text(table.cell(1, 1), h.place_date, 13.5, italic=True)

    def title(self, t: b.Title) -> None:
        self._para(self.word, t.kind.upper(), 14, bold=True, before=14, after=2)
        for line in t.summary:
            self._para(self.word, unbroken_periods(line), 14, bold=True)
        rule = (
            min(self.width * 0.3, max(widest(line, True, 14) for line in t.summary) * 0.5 * MM_PER_PT)
            if t.summary
            else self.width * 0.25
        )
        _rule(self.word, rule, self.width)
        if t.note:
            self._para(self.word, unbroken_periods(t.note), 13, italic=True, after=4)
        self._spacer(self.word, 6)

    def para(self, p: b.Para) -> None:
        paragraph = self.word.add_paragraph()
        paragraph.alignment = _ALIGN[p.align]
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(p.space_before), Pt(p.space_after)
        fmt.first_line_indent = Mm(10) if p.indent else None
        fmt.keep_with_next = p.keep_with_next
        _exact(paragraph, p.size * 1.25)
        for r in p.runs:
            run = paragraph.add_run(scrub(r.text))
            run.font.size, run.bold, run.italic = Pt(p.size), r.bold, r.italic

    def table(self, t: b.Table) -> None:
        table = self.word.add_table(rows=1, cols=len(t.columns))
        table.style = "Table Grid"
        widths = [c.width * self.width for c in t.columns]
        head = table.rows[0]
        header_props = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_props.append(repeat)
        for cell, column in zip(head.cells, t.columns, strict=True):
            self._cell_text(cell, column.title, t.size, bold=True)
        _cant_split(head)
        for row in t.rows:
            added = table.add_row()
            _cant_split(added)  # like the PDF: a row never splits across pages
            cells = added.cells
            if isinstance(row, b.Section):
                merged = cells[0].merge(cells[-1])
                self._cell_text(merged, row.text, t.size, bold=True, align="left")
                continue
            if isinstance(row, b.Total):
                merged = cells[0].merge(cells[-2])
                self._cell_text(merged, row.label, t.size, bold=True, align="right")
                self._cell_text(cells[-1], row.value, t.size, bold=True, align=t.columns[-1].align)
                continue
            for cell, text, column in zip(cells, row, t.columns, strict=True):
                self._cell_text(cell, text, t.size, align=column.align)
            if t.row_height:
                table.rows[-1].height = Mm(t.row_height)
                table.rows[-1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        _geometry(table, widths, (3, 3, 2, 3))

    def signature(self, s: b.Signature) -> None:
        self._spacer(self.word, 8)
        self.word.paragraphs[-1].paragraph_format.keep_with_next = True
        table = self.word.add_table(rows=1, cols=2)
        _no_borders(table)
        _geometry(table, [self.width * 0.45, self.width * 0.55], (0, 6, 3, 3))
        _cant_split(table.rows[0])
        left, right = table.cell(0, 0), table.cell(0, 1)
        if s.recipients:
            self._cell_text(left, "Nơi nhận:", 12, bold=True, italic=True, align="left")
            for recipient in s.recipients:
                self._cell_text(left, recipient, 11, align="left", leading=1.15)
        if s.authority:
            self._cell_text(right, s.authority.upper(), 13, bold=True, leading=1.15)
        self._cell_text(right, s.title.upper(), 13, bold=True, leading=1.15)
        self._spacer(right, 24 / MM_PER_PT)
        self._cell_text(right, s.name, 13, bold=True)

    def write(self, path: Path) -> None:
        for block in self.doc.blocks:
            if isinstance(block, b.Header):
                self.header(block)
            elif isinstance(block, b.Title):
                self.title(block)
            elif isinstance(block, b.Para):
                self.para(block)
            elif isinstance(block, b.Table):
                self.table(block)
            elif isinstance(block, b.Signature):
                self.signature(block)
            elif isinstance(block, b.PageBreak):
                paragraph = (
                    self.word.add_page_break()
                )  # its empty rest starts the next page: make it 1 pt high
                _exact(paragraph, 1)
                paragraph.runs[0].font.size = Pt(1)
        self.word.core_properties.title = scrub(self.doc.title)[:255]
        self.word.core_properties.author = "Hội nghị ĐHTT"
        self.word.save(str(path))


def write_docx(doc: b.Document, path: Path) -> None:
    _Writer(doc).write(path)
