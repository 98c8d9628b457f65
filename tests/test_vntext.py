"""Vietnamese text: NFC, accent folding, collation order."""

import functools
import unicodedata

import pytest

from app.domain.vntext import collation_key, fold, name_sort_key, nfc, split_family, split_full_name


def test_nfc_normalises_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert decomposed != "Nguyễn Thị Ánh"
    assert nfc(decomposed) == "Nguyễn Thị Ánh"
    assert len(nfc(decomposed)) == len("Nguyễn Thị Ánh")


def test_nfc_trims_and_folds_inner_white_space():
    assert nfc("  Lê\u00a0 Văn\tTám ") == "Lê Văn Tám"
    assert nfc(None) is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn A", "nguyen van a"),
        ("Đức", "duc"),
        ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
        (unicodedata.normalize("NFD", "Hồ Ưng Ơn"), "ho ung on"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_given_names_in_vietnamese_order():
    names = ["Đức", "Bình", "Ân", "Dũng", "Ánh", "An"]
    assert sorted(names, key=collation_key) == ["An", "Ánh", "Ân", "Bình", "Dũng", "Đức"]


def test_d_with_stroke_after_d_not_after_z():
    assert collation_key("Dương") < collation_key("Đào") < collation_key("Em")
    assert collation_key("Đào") < collation_key("Yến")


def test_tone_order_follows_icu():
    # none < huyền < hỏi < ngã < sắc < nặng
    ordered = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    assert sorted(reversed(ordered), key=collation_key) == ordered


def test_persons_sort_by_given_then_middle_then_family():
    people = [
        ("Lê", "Bình"),
        ("Nguyễn Thị", "Ánh"),
        ("Trần Văn", "An"),
        ("Âu Dương", "An"),
        ("Bùi Văn", "An"),
    ]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [
        ("Âu Dương", "An"),
        ("Bùi Văn", "An"),
        ("Trần Văn", "An"),
        ("Nguyễn Thị", "Ánh"),
        ("Lê", "Bình"),
    ]


def test_two_word_family_names():
    assert split_family("Tôn Thất Minh") == ("Tôn Thất", "Minh")
    assert split_family("Âu Dương") == ("Âu Dương", "")
    assert split_family("Nguyễn Thị Thu") == ("Nguyễn", "Thị Thu")
    assert split_full_name("Nguyễn Văn  An") == ("Nguyễn Văn", "An")
    assert split_full_name("H'Hen") == ("", "H'Hen")


def test_same_order_as_icu_on_a_real_name_list():
    """Our stored key orders a real list of names exactly as ICU (Qt's QCollator, vi) does."""
    from PySide6.QtCore import QCollator, QLocale

    from app.services.demo_people import load_pool

    pools = load_pool("names.json")
    words = (
        [f for f, _ in pools["family"]]
        + pools["middle_male"]
        + pools["middle_female"]
        + pools["given_male"]
        + pools["given_female"]
    )
    words += [w.upper() for w in words[:20]] + [w.lower() for w in words[20:40]]
    words += ["Nguyen", "Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn", "Ngô-Lan", "A1", "A10", "A2"]
    collator = QCollator(QLocale("vi_VN"))
    icu = sorted(set(words), key=functools.cmp_to_key(collator.compare))
    ours = sorted(set(words), key=collation_key)
    assert ours == icu


# -- one tone placement written, both read (issue #18) ------------------------------------------
TONE_PAIRS = [
    ("hoà", "hòa"),
    ("Thuỷ", "Thủy"),
    ("Huỷ", "Hủy"),
    ("khoẻ", "khỏe"),
    ("HOÀ", "HÒA"),
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hòa"),
    ("xoá", "xóa"),
    ("khoá", "khóa"),
]


@pytest.mark.parametrize(("newer", "classic"), TONE_PAIRS)
def test_both_tone_placements_search_and_sort_alike(newer, classic):
    from app.domain.vntext import classic_tones

    assert classic_tones(newer) == classic and classic_tones(classic) == classic
    assert fold(newer) == fold(classic)
    assert collation_key(newer) == collation_key(classic)
    family, given = split_full_name(newer)
    assert name_sort_key(family, given) == name_sort_key(*split_full_name(classic))


def test_tone_placement_leaves_other_syllables_alone():
    from app.domain.vntext import classic_tones

    for word in ("quý", "quỹ", "Hoàng", "ngoài", "thuyền", "khuỷu", "Quảng", "hoạch", "Thủy"):
        assert classic_tones(word) == word


def test_search_and_order_take_either_placement(demo_store):
    """An official typing "Hòa" finds "Nguyễn Thị Hoà"; the two spellings sort as one name."""
    from app.services.records import SPECS, RecordSource

    source = RecordSource(demo_store, SPECS["honorees"], everything=True)
    first, second = (r["id"] for r in source.page(0, 2))
    source.update(first, "name", "Nguyễn Thị Hoà Zzy")
    source.update(second, "name", "Nguyễn Thị Hòa Zzy")
    for typed in ("Hòa Zzy", "hoà zzy", "hoa zzy"):
        source.search = typed
        assert sorted(r["id"] for r in source.page(0, 10)) == sorted((first, second)), typed
    with demo_store.session() as session:
        from app.store.models import Honoree

        keys = {session.get(Honoree, i).sort_key for i in (first, second)}
    assert len(keys) == 1  # the same key: neither spelling sorts apart from the other


WRITTEN = (
    "app",
    "resources/i18n",
    "resources/templates",
    "resources/catalogues",
    "resources/plans",
    "forms",
    "README.md",
    "docs",
)


def test_the_app_writes_one_tone_placement():
    """Every text the app writes — window, translations, printed fixed texts, messages, README —
    places the tone as "CỘNG HÒA" does (hòa, thủy, hủy, khóa), never the newer hoà / thuỷ / huỷ."""
    import re
    from pathlib import Path

    from app.domain.vntext import classic_tones

    root = Path(__file__).resolve().parent.parent
    found = []
    for place in WRITTEN:
        path = root / place
        files = (
            [path]
            if path.is_file()
            else [f for f in path.rglob("*") if f.suffix in (".py", ".ts", ".json", ".md", ".ui")]
        )
        for file in files:
            if file.name == "vntext.py":
                continue  # where the two placements are described
            text = file.read_text(encoding="utf-8")
            for number, line in enumerate(text.splitlines(), 1):
                for word in re.findall(r"\w+", line):
                    if (
                        classic_tones(word) != word and classic_tones(word) not in line
                    ):  # "hòa / hoà": an explanation
                        found.append(f"{file.relative_to(root)}:{number}: {word} → {classic_tones(word)}")
    assert not found, "\n".join(found)
