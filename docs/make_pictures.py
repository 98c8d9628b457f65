"""Regenerate the README's pictures of the printed documents from demo data.

    python docs/make_pictures.py

Writes docs/pictures/<document>.png (page 1 of each document of the demo commune Xã Hàm Chính),
the decision's annex, a certificate over a picture of its blank, and the blank's test page.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    import pypdfium2

    home = Path(tempfile.mkdtemp(prefix="hoinghi-pictures-"))
    os.environ["HOINGHI_HOME"] = str(home)
    from app.services.awards import issue_now
    from app.services.database import open_database
    from app.services.demo import run_demo
    from app.services.printing import KINDS, write
    from app.services.printing.certificates import write_certificates
    from app.services.printing.context import load_context

    store = open_database(str(home / "demo.sqlite"))
    run_demo(store, as_unit="23083")
    issue_now(
        store, None, number="15", issued=date(2025, 2, 10)
    )  # the decision has a number: the register fills
    ctx = load_context(store, None, date(2025, 2, 10))
    out = HERE / "pictures"
    out.mkdir(exist_ok=True)

    def picture(pdf: Path, name: str, page: int = 0, colour: bool = False) -> None:
        image = pypdfium2.PdfDocument(str(pdf))[page].render(scale=80 / 72).to_pil()
        (image.convert("RGB") if colour else image.convert("L")).save(out / f"{name}.png", optimize=True)
        print(out / f"{name}.png")

    for kind in KINDS:
        pdf = home / f"{kind}.pdf"
        write(ctx, kind, pdf)
        if kind != "certificates":
            picture(pdf, kind)
    picture(home / "decision.pdf", "decision-annex", page=1)
    write_certificates(ctx, home / "over-blank.pdf", blank=True)
    picture(home / "over-blank.pdf", "certificate", page=5, colour=True)
    write_certificates(ctx, home / "test-page.pdf", test_page=True)
    picture(home / "test-page.pdf", "certificate-test-page")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
