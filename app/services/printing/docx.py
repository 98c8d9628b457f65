"""Blocks → Word (.docx) with python-docx, in the same layout, for offices that edit before signing."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.domain.vntext import scrub
from app.services.printing import blocks as b

FONT = "Times New Roman"  # the decree's font; every Windows PC has it
_ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _no_borders(table) -> None:  # noqa: ANN001
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _rule(container, width_mm: float, avail_mm: float) -> None:  # noqa: ANN001
    """A solid rule of *width_mm* centred in *avail_mm*: the bottom border of an empty, tiny,
    indented paragraph of its own (so the text above keeps its full width)."""
    paragraph = container.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(3)
    paragraph.paragraph_format.line_spacing = Pt(2)
    run = paragraph.add_run("")
    run.font.size = Pt(1)
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.append(border)
    side = max(0.0, (avail_mm - width_mm) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)


def _widths(table, widths_mm: list[float]) -> None:  # noqa: ANN001
    """Fixed column widths that Word and LibreOffice both honour (grid, cells, fixed layout)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


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
        self.width = (297 if doc.landscape else 210) - b.MARGIN_LEFT - b.MARGIN_RIGHT
        normal = self.word.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(13)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(0)
        if doc.page_numbers:
            section.different_first_page_header_footer = True
            paragraph = section.header.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE")
            paragraph._p.append(field)

    def _para(self, container, text: str = "", size: float = 13, bold: bool = False, italic: bool = False,  # noqa: ANN001
              align: str = "center", before: float = 0, after: float = 0):  # noqa: ANN202
        paragraph = container.add_paragraph()
        paragraph.alignment = _ALIGN[align]
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(after)
        if text:
            run = paragraph.add_run(scrub(text))
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
        return paragraph

    @staticmethod
    def _cell_para(cell):  # noqa: ANN001, ANN205
        """The cell's first (empty) paragraph, then new ones."""
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) == 1 and not getattr(cell, "_used", False):
            cell._used = True
            return first
        return cell.add_paragraph()

    def _cell_text(self, cell, text: str, size: float = 13, bold: bool = False, italic: bool = False,  # noqa: ANN001
                   align: str = "center"):  # noqa: ANN202
        paragraph = self._cell_para(cell)
        paragraph.alignment = _ALIGN[align]
        if text:
            run = paragraph.add_run(scrub(text))
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
        return paragraph

    def header(self, h: b.Header) -> None:
        table = self.word.add_table(rows=2, cols=2)
        _no_borders(table)
        left_w, right_w = self.width * 0.42, self.width * 0.58
        _widths(table, [left_w, right_w])
        left, right = table.cell(0, 0), table.cell(0, 1)
        if h.parent_body:
            self._cell_text(left, h.parent_body.upper(), 12.5)
        self._cell_text(left, h.issuing_body.upper(), 12.5, bold=True)
        widest = max(len(line) for line in h.issuing_body.split("\n"))
        _rule(left, min(left_w - 4, widest * 2.6) * 0.4, left_w)
        self._cell_text(right, b.NATIONAL_TITLE, 12, bold=True)
        self._cell_text(right, b.MOTTO, 13, bold=True)
        _rule(right, 62, right_w)
        if h.number:
            self._cell_text(table.cell(1, 0), h.number, 13)
        if h.place_date:
            self._cell_text(table.cell(1, 1), h.place_date, 13.5, italic=True)

    def title(self, t: b.Title) -> None:
        self._para(self.word, t.kind.upper(), 14, bold=True, before=14, after=2)
        for line in t.summary:
            self._para(self.word, line, 14, bold=True)
        if t.summary:
            _rule(self.word, self.width * 0.3, self.width)
        if t.note:
            self._para(self.word, t.note, 13, italic=True, before=2, after=4)
        self._para(self.word, "", after=4)

    def para(self, p: b.Para) -> None:
        paragraph = self.word.add_paragraph()
        paragraph.alignment = _ALIGN[p.align]
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(p.space_before), Pt(p.space_after)
        fmt.first_line_indent = Mm(10) if p.indent else None
        fmt.keep_with_next = p.keep_with_next
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
        for row in t.rows:
            cells = table.add_row().cells
            if isinstance(row, b.Section):
                merged = cells[0].merge(cells[-1])
                self._cell_text(merged, row.text, t.size, bold=True, align="left")
                continue
            for cell, text, column in zip(cells, row, t.columns, strict=True):
                self._cell_text(cell, text, t.size, align=column.align)
            if t.row_height:
                table.rows[-1].height = Mm(t.row_height)
                table.rows[-1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        _widths(table, widths)

    def signature(self, s: b.Signature) -> None:
        self._para(self.word, "", after=6)
        table = self.word.add_table(rows=1, cols=2)
        _no_borders(table)
        _widths(table, [self.width * 0.45, self.width * 0.55])
        left, right = table.cell(0, 0), table.cell(0, 1)
        if s.recipients:
            self._cell_text(left, "Nơi nhận:", 12, bold=True, italic=True, align="left")
            for recipient in s.recipients:
                self._cell_text(left, recipient, 11, align="left")
        if s.authority:
            self._cell_text(right, s.authority.upper(), 13, bold=True)
        self._cell_text(right, s.title.upper(), 13, bold=True)
        for _ in range(4):
            self._cell_text(right, "", 13)
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
                self.word.add_page_break()
        self.word.core_properties.title = scrub(self.doc.title)[:255]
        self.word.core_properties.author = "Hội nghị ĐHTT"
        self.word.save(str(path))


def write_docx(doc: b.Document, path: Path) -> None:
    _Writer(doc).write(path)
