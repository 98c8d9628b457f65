"""``hoinghi screenshots --out DIR [--lang vi|en]``: pictures of the window's sections (for the docs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, NO_STORE

STORE = NO_STORE  # the window opens --db itself


def _screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` → (1366, 768), for ``screenshots --size``."""
    width, sep, height = text.lower().partition("x")
    if not (
        sep
        and width.isdigit()
        and height.isdigit()
        and 640 <= int(width) <= 7680
        and 480 <= int(height) <= 4320
    ):
        raise argparse.ArgumentTypeError(
            f"cỡ màn hình phải dạng RỘNGxCAO, ví dụ 1024x768 (screen size WIDTHxHEIGHT): {text}"
        )
    return int(width), int(height)


def add_parser(sub: Any) -> None:  # noqa: ANN401
    p = sub.add_parser("screenshots", help="chụp ảnh màn hình các mục của cửa sổ (cho tài liệu)")
    p.add_argument("--out", required=True, help="thư mục lưu ảnh PNG")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")
    p.add_argument(
        "--size",
        default="1366x768",
        type=_screen_size,
        help="cỡ màn hình, ví dụ 1024x768 (cửa sổ được xếp như trên màn hình đó, có thanh tác vụ)",
    )


def run(args: argparse.Namespace, store: None) -> int:
    from app.ui.screenshots import take_screenshots

    for path in take_screenshots(args.db, Path(args.out), args.lang, args.size):
        print(path)
    return EXIT_OK
