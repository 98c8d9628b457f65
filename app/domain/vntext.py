"""Vietnamese text: one form (NFC), accent-folded search text and collation sort keys.

Pure standard library: the store, the services and the UI all use these functions, so a name
is normalised, searched and ordered the same way everywhere (screen, PDF, Excel, bundle).

Collation follows ICU's ``vi`` tailoring, the order Qt's ``QCollator`` and spreadsheet tools use
(see ``docs/vietnamese-order.md``):

* primary level — letters ``a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z``;
  space and punctuation before digits, digits before letters;
* secondary level — tones: none < huyền < hỏi < ngã < sắc < nặng;
* tertiary level — lower case before upper case.

The key is plain ASCII (``0-9a-z``) so that a byte-wise ``ORDER BY`` gives the Vietnamese order
on SQLite and on PostgreSQL alike; ``'0'`` ends each level and is lower than every weight.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "nfc",
    "scrub",
    "fold",
    "collation_key",
    "name_sort_key",
    "split_full_name",
    "split_family",
    "full_name",
    "file_slug",
    "classic_tones",
]

_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"

# Primary weights, all in 36..1295 so that each encodes to two base-36 characters whose first is
# never '0' (the level terminator).
_W_SPACE = 36
_W_PUNCT = 37
_W_DIGIT = 40
_W_LETTER = 60
_W_OTHER = 100

_PRIMARY: dict[str, int] = {ch: _W_LETTER + i for i, ch in enumerate(_LETTERS)}
_PRIMARY.update({str(d): _W_DIGIT + d for d in range(10)})

# Combining marks that make another letter (primary) and those that carry the tone (secondary).
_LETTER_MODIFIERS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn
_TONES = {"\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0301": 5, "\u0323": 6}  # huyền hỏi ngã sắc nặng

_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # two in a row, or any white space but a plain space

# Characters no official's text holds, removed at every door (typing, paste, spreadsheet, CLI
# option, bundle record) and before every file written: C0 and C1 control characters and NUL
# (tab, line feed and carriage return apart: they are white space), lone surrogates,
# non-characters, bidirectional embeddings, overrides, isolates and marks, zero-width spaces and
# joiners, the byte-order mark. XML (.xlsx, .docx) cannot hold most of them at all.
_UNWANTED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)

# Two-word family names (họ kép) and compound family names that break the "first word is the
# family name" rule. The user can always correct a split by hand; this only sets the default.
_TWO_WORD_FAMILIES = frozenset(
    {
        "âu dương",
        "tôn thất",
        "tôn nữ",
        "công tằng tôn nữ",
        "công tôn",
        "tư mã",
        "gia cát",
        "hoàng phủ",
        "nguyễn phúc",
        "thân trọng",
    }
)


def scrub(text: str) -> str:
    """*text* without the characters no official's text holds (control characters, NUL, lone
    surrogates, bidi overrides, zero-width characters — see ``_UNWANTED``); nothing else changes.
    What every file writer applies to values stored before these were refused at the door."""
    if text.isprintable() or not _UNWANTED.search(text):  # isprintable: one fast pass for nearly every value
        return text
    return _UNWANTED.sub("", text)


def nfc(text: str | None) -> str | None:
    """Return *text* in the one form every door stores: Unicode NFC, without control characters,
    NUL, bidi overrides or zero-width characters (:func:`scrub`), surrounding white space trimmed;
    ``None`` stays ``None``.

    Inner runs of white space (including non-breaking spaces pasted from Word, tabs and line
    breaks) become one space.
    """
    if text is None:
        return None
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if text.isprintable() and "  " not in text:  # nearly every value (no control, format or odd space)
        return text.strip()
    text = unicodedata.normalize("NFC", _UNWANTED.sub("", text)).strip()  # "e", ZWSP, "◌́" → "é"
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-folded, lower-case form for searching: ``"Nguyễn Văn Đức"`` → ``"nguyen van duc"``.

    Đ/đ has no Unicode decomposition, so it is mapped to d explicitly.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "d").replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def _enc(weight: int) -> str:
    return _BASE36[weight // 36] + _BASE36[weight % 36]


# An open syllable "oa", "oe" or "uy" (not after q) with its tone on the second vowel: "hoà", "thuỷ".
_SECOND_VOWEL_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])"
)


def classic_tones(text: str) -> str:
    """*text* with the tone of every open "oa", "oe", "uy" syllable on the first vowel — "hòa",
    "khỏe", "thủy", "hủy" — the placement of the official unit names and of "CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM"; "hoà", "khoẻ", "thuỷ", "huỷ" are the same words written the newer way."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _SECOND_VOWEL_TONE.sub(r"\1\3\2", decomposed)
    return text if moved == decomposed else unicodedata.normalize("NFC", moved)


def _clusters(text: str) -> list[str]:
    """Split into base characters with their trailing combining marks (on the NFD form), the
    tone of an open oa/oe/uy syllable counted on its first vowel (so "Hoà" and "Hòa" sort alike)."""
    out: list[str] = []
    decomposed = unicodedata.normalize("NFD", text)
    for ch in _SECOND_VOWEL_TONE.sub(r"\1\3\2", decomposed):
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _weights(cluster: str) -> tuple[int, str, str]:
    base = cluster[0]
    modifiers = "".join(m for m in cluster[1:] if m in _LETTER_MODIFIERS)
    tone = max((_TONES.get(m, 1) for m in cluster[1:]), default=1)
    letter = unicodedata.normalize("NFC", base + modifiers)
    lower = letter.lower()
    primary = _PRIMARY.get(lower)
    if primary is None:
        if lower.isspace():
            primary = _W_SPACE
        elif not lower.isalnum():
            primary = _W_PUNCT
        else:
            # Letters outside the Vietnamese alphabet: after z, ordered by code point.
            primary = _W_OTHER + min(ord(lower), 1195)
    return primary, str(tone), "2" if letter != lower else "1"


@lru_cache(maxsize=131072)
def collation_key(text: str) -> str:
    """Sort key of *text* under the Vietnamese collation, as an ASCII string.

    Level by level (all primaries, then tones, then case), each level ended by ``'0'``; trailing
    default weights of the secondary and tertiary levels are dropped, as ICU does, which keeps
    the key short without changing the order.
    """
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    for cluster in _clusters(text):
        p, s, t = _weights(cluster)
        primary.append(_enc(p))
        secondary.append(s)
        tertiary.append(t)
    return "".join(primary) + "0" + "".join(secondary).rstrip("1") + "0" + "".join(tertiary).rstrip("1") + "0"


def split_family(family_middle: str) -> tuple[str, str]:
    """Split "họ và tên đệm" into (family name, middle name), knowing two-word family names."""
    words = family_middle.split()
    if not words:
        return "", ""
    lowered = [w.lower() for w in words]
    for size in (4, 3, 2):
        if len(words) > size - 1 and " ".join(lowered[:size]) in _TWO_WORD_FAMILIES:
            return " ".join(words[:size]), " ".join(words[size:])
    return words[0], " ".join(words[1:])


def name_sort_key(family_middle: str, given: str) -> str:
    """Key that orders persons as official lists do: given name, then middle name, then family."""
    family, middle = split_family(family_middle)
    return collation_key(given) + collation_key(middle) + collation_key(family)


def split_full_name(name: str) -> tuple[str, str]:
    """Split a full name typed in one cell into ("họ và tên đệm", "tên"): the last word is the
    given name. Returns ``("", name)`` for a one-word name."""
    words = (nfc(name) or "").split(" ")
    if len(words) <= 1:
        return "", words[0] if words else ""
    return " ".join(words[:-1]), words[-1]


def full_name(family_middle: str | None, given: str | None) -> str:
    """Join the two stored parts of a person's name for display."""
    return " ".join(part for part in (family_middle or "", given or "") if part)


def file_slug(text: str) -> str:
    """A file name for *text*, as offices write them to travel by e-mail and USB:
    ``"Chương trình hội nghị"`` → ``"chuong-trinh-hoi-nghi"``."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")
