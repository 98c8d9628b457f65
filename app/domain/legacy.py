"""Text typed in the legacy Vietnamese encodings TCVN3 (ABC, fonts ``.VnTime``…) and VNI (fonts
``VNI-Times``…), read back as Latin-1 letters, converted to Unicode (NFC).

* TCVN3 puts each Vietnamese letter in one byte: ``hép møt tÕt`` is ``hộp mứt tết``. It has no
  upper-case accented letters: the ``…H`` fonts (``.VnTimeH``) draw every letter upper-case, so
  text in those fonts is upper-cased after converting.
* VNI writes a base letter followed by a mark character: ``Xin chaøo caùc baïn`` is
  ``Xin chào các bạn``; ``ơ``, ``ư``, ``đ`` and the ``i`` and ``ỵ`` letters are single characters.

:func:`detect` decides from the font name when there is one, else from the characters: a text
that holds letters Vietnamese never uses (``µ``, ``ø``, ``ï``…) is converted both ways and the
candidate that leaves no such letter and makes the most Vietnamese letters wins. Pure standard
library, no Qt.
"""

from __future__ import annotations

import re
import unicodedata

# -- TCVN3 --------------------------------------------------------------------------------------
_TCVN3_PAIRS = (
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ "
    "µà ¸á ¶ả ·ã ¹ạ »ằ ¾ắ ¼ẳ ½ẵ Æặ Çầ Êấ Èẩ Éẫ Ëậ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ åồ èố æổ çỗ éộ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ"
)
TCVN3 = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split()}

# -- VNI ----------------------------------------------------------------------------------------
_VNI_SINGLE = {
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "ñ": "đ",
    "Ñ": "Đ",
    "ì": "ì",
    "í": "í",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "Ì": "Ì",
    "Í": "Í",
    "Æ": "Ỉ",
    "Ó": "Ĩ",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}
# Marks after a base letter (lower-case form; an upper-case mark means the same).
_PLAIN_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_HAT_TONES = {"à": "\u0300", "á": "\u0301", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # with â ê ô
_BREVE_TONES = {"è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # with ă


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(base: str, mark: str, letter: str) -> None:
        for b, m in ((base, mark), (base.upper(), mark.upper())):
            out = letter if b.islower() else letter.upper()
            table[b + m] = unicodedata.normalize("NFC", out)
            table[b + (m.upper() if b.islower() else m.lower())] = unicodedata.normalize("NFC", out)

    for base in "aeiouy":
        for mark, tone in _PLAIN_TONES.items():
            add(base, mark, base + tone)
    for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        add(base, "â", hat)
        for mark, tone in _HAT_TONES.items():
            add(base, mark, hat + tone)
    add("a", "ê", "ă")
    for mark, tone in _BREVE_TONES.items():
        add("a", mark, "ă" + tone)
    for base, horn in (("ô", "ơ"), ("ö", "ư")):  # ơ and ư with a tone
        for mark, tone in _PLAIN_TONES.items():
            add(base, mark, horn + tone)
    return table


VNI_PAIRS = _vni_table()
_VNI_PATTERN = re.compile(
    "|".join(sorted(map(re.escape, VNI_PAIRS), key=len, reverse=True))
    + "|"
    + "|".join(map(re.escape, _VNI_SINGLE))
)

# Characters the legacy encodings produce that Vietnamese text never holds (symbols such as ² or °
# are not among them: "5 m²" is ordinary Unicode text).
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
FOREIGN = (set(TCVN3) | set(_VNI_SINGLE) | set("øùûõïåäëæöñîØÙÛÕÏÅÄËÆÖÑÎ")) - _VIETNAMESE_LATIN1
# A letter only Unicode has (ă đ ơ ư and the toned letters): legacy text read as Latin-1 never does.
UNICODE_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_VIETNAMESE_ONLY = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def from_tcvn3(text: str, upper: bool = False) -> str:
    """TCVN3 text (read as Latin-1) in Unicode NFC; *upper* for the ``…H`` fonts."""
    out = "".join(TCVN3.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFC", out.upper() if upper else out)


def from_vni(text: str) -> str:
    """VNI text (read as Latin-1) in Unicode NFC."""

    def one(match: re.Match[str]) -> str:
        found = match.group(0)
        return VNI_PAIRS.get(found) or _VNI_SINGLE[found]

    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(one, text))


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name tells: ``"tcvn3"``, ``"tcvn3-upper"``, ``"vni"`` or None."""
    name = (font or "").strip().lower()
    if name.startswith(".vn"):
        return "tcvn3-upper" if name.endswith("h") else "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return None


def foreign_letters(text: str) -> int:
    """How many letters of *text* Vietnamese never uses (a sign of a legacy encoding)."""
    return sum(ch in FOREIGN for ch in text)


_VNI_MARKS = set(_PLAIN_TONES) | set(_HAT_TONES) | set(_BREVE_TONES) | {"â", "ê"}
_VNI_MARKS |= {m.upper() for m in _VNI_MARKS}
_VNI_BASES = set("aeiouyAEIOUYôöÔÖ")


def detect(text: str) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when *text* reads as that encoding, None when it is Unicode.

    Both conversions are tried; the one that leaves fewer letters Vietnamese never uses wins. When
    both leave none (short texts often do), the shape decides: in VNI nearly every such letter is
    a mark right after a vowel (``chaøo``), in TCVN3 it is the vowel itself (``møt``)."""
    foreign = foreign_letters(text)
    if not foreign or UNICODE_VIETNAMESE.search(text):
        return None
    left = {"tcvn3": foreign_letters(from_tcvn3(text)), "vni": foreign_letters(from_vni(text))}
    if left["tcvn3"] != left["vni"]:
        return min(left, key=lambda name: left[name])
    after_vowel = sum(
        1
        for before, ch in zip(text, text[1:], strict=False)
        if ch in FOREIGN and ch in _VNI_MARKS and before in _VNI_BASES
    )
    return "vni" if after_vowel * 2 >= foreign else "tcvn3"


def convert(text: str, encoding: str | None) -> str:
    """*text* from *encoding* (as :func:`detect` or :func:`font_encoding` name it) to Unicode."""
    if encoding == "tcvn3":
        return from_tcvn3(text)
    if encoding == "tcvn3-upper":
        return from_tcvn3(text, upper=True)
    if encoding == "vni":
        return from_vni(text)
    return text
