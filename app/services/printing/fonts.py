"""The serif font of official documents: Times New Roman where installed, else the shipped
Liberation Serif (metric-compatible, complete for Vietnamese). Embedded as a subset."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.domain.vntext import scrub
from app.paths import resources_dir

FAMILY = "DocSerif"
STYLES = ("regular", "bold", "italic", "bolditalic")

_CANDIDATES: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "Times New Roman",
        {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bolditalic": "timesbi.ttf"},
    ),
    (
        "Times New Roman",
        {
            "regular": "Times_New_Roman.ttf",
            "bold": "Times_New_Roman_Bold.ttf",
            "italic": "Times_New_Roman_Italic.ttf",
            "bolditalic": "Times_New_Roman_Bold_Italic.ttf",
        },
    ),
)


@dataclass(frozen=True)
class FontSet:
    name: str
    files: dict[str, Path]


def _system_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/Library/Fonts"), Path.home() / ".fonts"]
    return dirs


@lru_cache(maxsize=1)
def find_fonts() -> FontSet:
    """Times New Roman if the system has all four styles, else the shipped Liberation Serif."""
    if not os.environ.get("HOINGHI_SHIPPED_FONT"):
        for name, files in _CANDIDATES:
            for folder in _system_dirs():
                paths = {style: folder / file for style, file in files.items()}
                if all(p.is_file() for p in paths.values()):
                    return FontSet(name, paths)
    folder = resources_dir() / "fonts"
    return FontSet(
        "Liberation Serif",
        {
            "regular": folder / "LiberationSerif-Regular.ttf",
            "bold": folder / "LiberationSerif-Bold.ttf",
            "italic": folder / "LiberationSerif-Italic.ttf",
            "bolditalic": folder / "LiberationSerif-BoldItalic.ttf",
        },
    )


@lru_cache(maxsize=1)
def register() -> FontSet:
    """Register the family with reportlab (once) and return it."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = find_fonts()
    names = {style: f"{FAMILY}-{style}" for style in STYLES}
    for style, path in fonts.files.items():
        pdfmetrics.registerFont(TTFont(names[style], str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bolditalic"],
    )
    for bold in (0, 1):
        for italic in (0, 1):
            style = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
            addMapping(FAMILY, bold, italic, names[style])
    return fonts


def font_name(bold: bool = False, italic: bool = False) -> str:
    register()
    style = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
    return f"{FAMILY}-{style}"


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    covered: set[int] | None = None
    for style in STYLES:
        cmap = set(pdfmetrics.getFont(f"{FAMILY}-{style}").face.charToGlyph)
        covered = cmap if covered is None else covered & cmap
    return frozenset(covered or ())


@lru_cache(maxsize=16384)
def printable(text: str) -> str:
    """*text* in NFC with every character the font lacks replaced by its base letter (or "?"),
    so that no missing-glyph box is ever printed; control characters and NUL (in values stored by
    older versions) are dropped."""
    text = unicodedata.normalize("NFC", scrub(text))  # control characters, NUL: never printed
    covered = _covered()
    if covered.issuperset(map(ord, text.replace("\n", "").replace("\t", ""))):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\t":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        out.append(base if base and ord(base) in covered else "?")
    return "".join(out)


def missing_glyphs(text: str) -> set[str]:
    covered = _covered()
    return {ch for ch in unicodedata.normalize("NFC", text) if ord(ch) not in covered and ch not in "\n\t"}


def fit_size(text: str, bold: bool, size: float, width: float, smallest: float = 10.5) -> float:
    """The largest size (from *size*, by half points, not below *smallest*) at which every line
    of *text* fits *width* points — the same decision for the PDF and the Word copy."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while (
        size > smallest
        and max(stringWidth(printable(line), font_name(bold), size) for line in text.split("\n")) > width
    ):
        size -= 0.5
    return size


def widest(text: str, bold: bool, size: float) -> float:
    """Width in points of the widest line of *text*."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max(stringWidth(printable(line), font_name(bold), size) for line in text.split("\n"))
