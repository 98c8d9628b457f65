"""A printed document as neutral blocks, rendered to PDF (reportlab) and Word (python-docx).

Each document is built once as blocks; both renderers draw the same blocks, so the Word file an
office edits holds exactly the text of the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Header:
    """Decree 30/2020 header: issuing bodies and number (left), national title, motto, place and
    date (right)."""

    parent_body: str
    issuing_body: str
    number: str | None
    place_date: str | None


@dataclass(frozen=True)
class Title:
    """Document type (upper case, bold) and its summary (trích yếu), with a short rule under it."""

    kind: str
    summary: tuple[str, ...] = ()
    note: str | None = None  # an italic line under the summary, e.g. "(Kèm theo …)"


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    align: str = "justify"  # justify | center | left | right
    indent: bool = True  # first-line indent 1 cm
    size: float = 13
    space_before: float = 0
    space_after: float = 6
    keep_with_next: bool = False

    @staticmethod
    def of(text: str, **kw: object) -> Para:
        return Para((Run(text),), **kw)  # type: ignore[arg-type]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the text width
    align: str = "left"


@dataclass(frozen=True)
class Section:
    """A row spanning every column, e.g. "I. TẬP THỂ (12)"."""

    text: str


@dataclass(frozen=True)
class Total:
    """A bold row: *label* across every column but the last, *value* in the last ("Cộng … | 16.920.000")."""

    label: str
    value: str


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...] | Section | Total, ...]
    size: float = 12
    row_height: float | None = None  # minimum height in mm (signature columns)


@dataclass(frozen=True)
class Signature:
    authority: str
    title: str
    name: str
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Header | Title | Para | Table | Signature | PageBreak


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
    page_numbers: bool = True  # from page 2, centred in the top margin

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


# Page layout (Decree 30/2020): A4, margins in millimetres.
MARGIN_TOP = 20
MARGIN_BOTTOM = 20
MARGIN_LEFT = 30
MARGIN_RIGHT = 15
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
