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


@pytest.mark.parametrize(("text", "folded"), [
    ("Nguyễn Văn A", "nguyen van a"),
    ("Đức", "duc"),
    ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
    (unicodedata.normalize("NFD", "Hồ Ưng Ơn"), "ho ung on"),
])
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
    people = [("Lê", "Bình"), ("Nguyễn Thị", "Ánh"), ("Trần Văn", "An"), ("Âu Dương", "An"), ("Bùi Văn", "An")]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [("Âu Dương", "An"), ("Bùi Văn", "An"), ("Trần Văn", "An"), ("Nguyễn Thị", "Ánh"), ("Lê", "Bình")]


def test_two_word_family_names():
    assert split_family("Tôn Thất Minh") == ("Tôn Thất", "Minh")
    assert split_family("Âu Dương") == ("Âu Dương", "")
    assert split_family("Nguyễn Thị Thu") == ("Nguyễn", "Thị Thu")
    assert split_full_name("Nguyễn Văn  An") == ("Nguyễn Văn", "An")
    assert split_full_name("H'Hen") == ("", "H'Hen")


def test_same_order_as_icu_on_a_real_name_list():
    """Our stored key orders a real list of names exactly as ICU (Qt's QCollator, vi) does."""
    from PySide6.QtCore import QCollator, QLocale

    from app.services.demo import _load

    pools = _load("names.json")
    words = (
        [f for f, _ in pools["family"]] + pools["middle_male"] + pools["middle_female"]
        + pools["given_male"] + pools["given_female"]
    )
    words += [w.upper() for w in words[:20]] + [w.lower() for w in words[20:40]]
    words += ["Nguyen", "Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn", "Ngô-Lan", "A1", "A10", "A2"]
    collator = QCollator(QLocale("vi_VN"))
    icu = sorted(set(words), key=functools.cmp_to_key(collator.compare))
    ours = sorted(set(words), key=collation_key)
    assert ours == icu
