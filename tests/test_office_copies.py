"""Word copies in a real office suite: every .docx the app writes, converted to PDF by LibreOffice
(headless), has the pages of the app's own PDF, and no table (nor any text) runs into the margins.

LibreOffice is a system package (CI installs it, see .ci/run, and sets HOINGHI_REQUIRE_OFFICE=1 so
that a missing LibreOffice fails there); on a developer's machine without it these tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from app.domain.document_kinds import KINDS, PDF_ONLY
from app.services.awards import issue_now
from app.services.database import open_database
from app.services.printing import write
from app.services.printing.blocks import MARGIN_LEFT, MARGIN_RIGHT, Document, Para, Run
from app.services.printing.context import load_context
from app.services.printing.pdf import write_pdf
from tests.syncing import data_home

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
UNITS = ("23083", "593")  # a commune; a district (long lists, many batches)
WORD_KINDS = [k for k in KINDS if k not in PDF_ONLY]
MM = 72 / 25.4
TOLERANCE = 0.5 * MM  # a grid line's half width

needs_office = pytest.mark.skipif(
    SOFFICE is None and os.environ.get("HOINGHI_REQUIRE_OFFICE") != "1",
    reason="LibreOffice (soffice) is not installed; CI installs it",
)


@pytest.fixture(scope="module")
def converted(demo_template, tmp_path_factory):
    assert SOFFICE, "LibreOffice (soffice) is required here: apt-get install libreoffice-writer-nogui"
    folder = tmp_path_factory.mktemp("office")
    db = folder / "demo.sqlite"
    shutil.copy(demo_template, db)
    with data_home(folder / "home"):
        store = open_database(str(db))
        try:
            issue_now(store, UNITS[0], number="15", issued=date(2025, 3, 5))
            for unit in UNITS:
                ctx = load_context(store, unit, date(2025, 3, 5))
                for kind in WORD_KINDS:
                    write(ctx, kind, folder / f"{unit}-{kind}.pdf")
                    write(ctx, kind, folder / f"{unit}-{kind}.docx")
        finally:
            store.close()
    out = folder / "office"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sorted(str(p) for p in folder.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return folder, out


def extents(path: Path) -> list[tuple[float, float, float]]:
    """Per page: the page width and the leftmost and rightmost ink (text and lines) in points."""
    document = pypdfium2.PdfDocument(str(path))
    pages = []
    for page in document:
        width, _ = page.get_size()
        left, right = width, 0.0
        for item in page.get_objects(max_depth=4):
            bounds = (item.get_bounds if hasattr(item, "get_bounds") else item.get_pos)()
            left, right = min(left, bounds[0]), max(right, bounds[2])
        pages.append((width, left, right))
    document.close()
    return pages


@needs_office
@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("kind", WORD_KINDS)
def test_word_copy_has_the_pdfs_pages_and_stays_inside_the_text_area(converted, unit, kind):
    folder, office = converted
    ours = len(PdfReader(folder / f"{unit}-{kind}.pdf").pages)
    theirs = len(PdfReader(office / f"{unit}-{kind}.pdf").pages)
    assert theirs == ours, (
        f"{kind} of {unit}: LibreOffice lays the Word copy out on {theirs} pages, the app on {ours}"
    )
    for number, (width, left, right) in enumerate(extents(office / f"{unit}-{kind}.pdf"), start=1):
        assert left >= MARGIN_LEFT * MM - TOLERANCE, (
            f"page {number}: {(MARGIN_LEFT * MM - left) / MM:.1f} mm into the left margin"
        )
        assert right <= width - MARGIN_RIGHT * MM + TOLERANCE, (
            f"page {number}: {(right - width + MARGIN_RIGHT * MM) / MM:.1f} mm into the right margin"
        )


def test_a_repeated_line_may_fall_at_the_foot_of_many_pages(tmp_path):
    """The PDF renderer lays out a repeated block once: each occurrence must still be free to move
    to the next page (reportlab refuses to move one object twice). The honouring batches of a
    district's script did exactly that ("MC: Xin chúc mừng…" at the foot of two pages)."""
    doc = Document("Kịch bản")
    for n in range(60):
        doc.add(
            Para(
                (Run(f"Đợt {n}: ", bold=True), Run("Giấy khen — 10 cá nhân")),
                indent=False,
                keep_with_next=True,
                space_before=4,
            )
        )
        doc.add(
            Para.of(
                "MC: Kính mời các cá nhân có tên sau lên nhận Giấy khen của Chủ tịch UBND huyện:",
                space_after=2,
            )
        )
        for k in range(1 + n % 10):
            doc.add(Para.of(f"{k + 1}. Người số {n}-{k} – xã Hàm Chính", space_after=0))
        doc.add(
            Para.of(f"MC: Trân trọng kính mời đồng chí Lãnh đạo {n % 5} lên trao Giấy khen.", space_before=2)
        )
        doc.add(Para.of("MC: Xin chúc mừng các cá nhân; kính mời quý vị về chỗ."))
    out = tmp_path / "long.pdf"
    write_pdf(doc, out)
    assert len(PdfReader(out).pages) > 10
