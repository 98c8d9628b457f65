"""Regenerate the README's pictures of the printed documents from demo data.

    python docs/make_pictures.py

Writes docs/pictures/<document>.png (page 1 of each document of the demo commune Xã Hàm Chính).
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
    from app.services.database import open_database
    from app.services.demo import run_demo
    from app.services.printing import KINDS, write
    from app.services.printing.context import load_context

    store = open_database(str(home / "demo.sqlite"))
    run_demo(store, as_unit="23083")
    ctx = load_context(store, None, date(2025, 2, 10))
    out = HERE / "pictures"
    out.mkdir(exist_ok=True)
    for kind in KINDS:
        pdf = home / f"{kind}.pdf"
        write(ctx, kind, pdf)
        page = pypdfium2.PdfDocument(str(pdf))[0]
        page.render(scale=80 / 72).to_pil().convert("L").save(out / f"{kind}.png", optimize=True)
        print(out / f"{kind}.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
