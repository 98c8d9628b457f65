"""``hoinghi screenshots --out DIR [--lang vi|en]``: pictures of the window's sections (for the docs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, NO_STORE

STORE = NO_STORE  # the window opens --db itself


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("screenshots", help="chụp ảnh màn hình các mục của cửa sổ (cho tài liệu)")
    p.add_argument("--out", required=True, help="thư mục lưu ảnh PNG")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")


def run(args: argparse.Namespace, store: None) -> int:
    from app.ui.screenshots import take_screenshots

    for path in take_screenshots(args.db, Path(args.out), args.lang):
        print(path)
    return EXIT_OK
