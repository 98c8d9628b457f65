"""Protocol order from the post catalogue (ceremony.md §3), the demo's people, and `check`.

The ward below and its expected order are written by hand from ceremony.md, not from the code:
guests before hosts (higher level, same level, heroes, then the ward), then Party > HĐND > UBND >
MTTQ and political-social organisations > others, then the post (Bí thư > Phó Bí thư Thường trực >
Phó Bí thư > Ủy viên BTV > Ủy viên BCH; Chủ tịch > Phó Chủ tịch), a person with several posts by
the highest, "nguyên …" right after the incumbents of the same post, then the name.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.domain.ceremony import PostCatalogue
from app.domain.vntext import full_name, name_sort_key
from app.services.printing.contents import batches
from app.services.printing.context import load_context
from app.services.printing.script import _introductions
from app.services.protocol import load_protocol, unique_post_clashes
from app.store.models import Conference, Invitee, Unit


@dataclass
class Guest:
    category: str
    position: str
    family_middle: str
    given: str
    workplace: str = "phường Phú Thủy"
    manual_order: int | None = None

    @property
    def name(self) -> str:
        return full_name(self.family_middle, self.given)

    @property
    def sort_key(self) -> str:
        return name_sort_key(self.family_middle, self.given)


# Phường Phú Thủy (Thành phố Phan Thiết): every invitee, in the order the rule set gives (by hand).
WARD = [
    # level 0 — higher-level guests: Party post first, then UBND posts by rank
    Guest(
        "cap-tren",
        "Ủy viên BTV Thành ủy, Trưởng Ban Tuyên giáo Thành ủy",
        "Lê Thị",
        "Hoa",
        "thành phố Phan Thiết",
    ),
    Guest("cap-tren", "Phó Chủ tịch UBND thành phố Phan Thiết", "Trần Văn", "Bình", "thành phố Phan Thiết"),
    Guest("cap-tren", "Trưởng Phòng Nội vụ thành phố", "Phạm Minh", "Đức", "thành phố Phan Thiết"),
    # level 1 — same-level guests of other units
    Guest("luc-luong-vu-trang", "Đồn trưởng Đồn Biên phòng Phan Thiết", "Võ Văn", "Hải"),
    Guest("doanh-nghiep", "Giám đốc Công ty Cổ phần Nước mắm Phan Thiết", "Huỳnh Thị", "Mai"),
    # level 2 — heroes
    Guest("anh-hung", "Mẹ Việt Nam anh hùng", "Nguyễn Thị", "Lựu", ""),
    # level 3 — the ward. Party block:
    Guest("cap-uy", "Bí thư Đảng ủy phường", "Nguyễn Văn", "An"),
    Guest("cap-uy", "nguyên Bí thư Đảng ủy phường", "Hồ Văn", "Giáp"),
    Guest("cap-uy", "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường", "Đặng Văn", "Bảy"),
    Guest("chinh-quyen", "Chủ tịch UBND phường, Phó Bí thư Đảng ủy", "Lê Văn", "Cường"),
    Guest("cap-uy", "Uỷ viên Ban Thường vụ, Chủ nhiệm UBKT Đảng uỷ phường", "Trần Thị", "Dung"),
    Guest("chinh-quyen", "UV BTV Đảng ủy, PCT UBND phường", "Phan Văn", "Em"),
    Guest("chinh-quyen", "Đảng ủy viên, Phó Chủ tịch HĐND phường", "Bùi Thị", "Gấm"),
    # HĐND block (its chair is the Standing Deputy Secretary, above)
    Guest("chinh-quyen", "Phó Chủ tịch Hội đồng nhân dân phường", "Tôn Thất", "Tài"),
    # UBND block
    Guest("chinh-quyen", "Phó Chủ tịch UBND phường", "Đỗ Văn", "Hùng"),
    # MTTQ and political-social organisations
    Guest("mttq", "Chủ tịch Ủy ban MTTQ Việt Nam phường", "Ngô Thị", "Kim"),
    Guest("mttq", "Phó Chủ tịch UB MTTQ phường, Chủ tịch Hội LHPN phường", "Dương Thị", "Lan"),
    Guest("chinh-tri-xa-hoi", "Bí thư Đoàn TNCS Hồ Chí Minh phường", "Lý Văn", "Minh"),
    Guest("chinh-tri-xa-hoi", "Chủ tịch Hội CCB phường", "Mai Văn", "Nam"),
    # others
    Guest("chinh-quyen", "Trưởng Công an phường", "Châu Văn", "Phúc"),
    Guest("hoi-quan-chung", "Chủ tịch Hội Người cao tuổi phường", "Thái Văn", "Quý"),
    # level 4 — greeted as a group
    Guest("khach-moi", "Trưởng khu phố 3", "Lâm Văn", "Sơn"),
]
HEADINGS = [
    "lãnh đạo cấp trên",
    "các cơ quan, đơn vị, lực lượng vũ trang, doanh nghiệp trên địa bàn",
    "các Mẹ Việt Nam anh hùng, Anh hùng",
    "lãnh đạo Đảng ủy",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
    "các cơ quan, đơn vị, hội",
]


@pytest.fixture
def protocol(store):
    with store.session() as session:
        return load_protocol(session)


def test_the_ward_is_ordered_as_the_rule_set_says(protocol):
    for seed in range(5):
        shuffled = WARD[:]
        random.Random(seed).shuffle(shuffled)
        assert [g.name for g in sorted(shuffled, key=protocol.key)] == [g.name for g in WARD]


def test_each_heading_once_in_order_and_only_named_guests(protocol):
    places = [protocol.place(g.position, g.category) for g in WARD]
    headings = [protocol.heading(p, "xa") for p in places if p.named]
    assert list(dict.fromkeys(headings)) == HEADINGS
    # contiguous: a heading never comes back after another one
    changes = [h for n, h in enumerate(headings) if n == 0 or headings[n - 1] != h]
    assert changes == HEADINGS
    assert [p.named for p in places].count(False) == 1


def test_manual_order_breaks_ties_only(protocol):
    dung, em = WARD[10], WARD[11]  # two Ủy viên BTV: by name, Dung before Em
    assert protocol.key(dung) < protocol.key(em)
    moved = [
        Guest(
            g.category,
            g.position,
            g.family_middle,
            g.given,
            g.workplace,
            manual_order={"Em": 0, "Dung": 1}.get(g.given),
        )
        for g in WARD
    ]
    order = [g.given for g in sorted(moved, key=protocol.key)]
    assert order.index("Em") < order.index("Dung")
    # a manual order never lifts anyone above a higher post
    assert order.index("Cường") < order.index("Em") and order.index("Gấm") > order.index("Dung")


@pytest.mark.parametrize(
    ("text", "code", "former"),
    [
        ("Bí thư Đảng ủy xã Hàm Chính", "bi-thu", False),
        ("BÍ THƯ ĐẢNG ỦY", "bi-thu", False),
        ("Phó Bí thư Thường trực Huyện ủy", "pho-bi-thu-thuong-truc", False),
        ("PBT TT Đảng ủy", "pho-bi-thu-thuong-truc", False),
        ("Phó Bí thư Đảng uỷ, Chủ tịch UBND xã", "pho-bi-thu", False),
        ("Chủ tịch Ủy ban nhân dân xã, Phó Bí thư Đảng ủy", "pho-bi-thu", False),
        ("UV BTV Đảng ủy", "uy-vien-btv", False),
        ("Ủy viên BCH Đảng bộ xã", "uy-vien-bch", False),
        ("Chủ tịch HĐND xã", "chu-tich-hdnd", False),
        ("PCT HĐND xã", "pho-chu-tich-hdnd", False),
        ("Chủ tịch UB MTTQ VN xã", "chu-tich-mttq", False),
        ("Bí thư Đoàn Thanh niên xã", "bi-thu-doan", False),  # a Youth Union post, not a Party one
        ("Bí thư Chi bộ thôn 3", "bi-thu-chi-bo", False),
        ("nguyên Bí thư Đảng ủy xã", "bi-thu", True),
        ("Nguyên Chủ tịch UBND xã", "chu-tich-ubnd", True),
        ("Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "chi-huy-truong-quan-su", False),
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "giam-doc-so", False),
        ("Phó Chủ tịch UBND kiêm Trưởng Công an xã", "pho-chu-tich-ubnd", False),
    ],
)
def test_spellings_abbreviations_and_combined_posts(protocol, text, code, former):
    place = protocol.posts.place(text, 3)
    assert place.post is not None and place.post.code == code, text
    assert place.former is former and place.unknown == ()


def test_unknown_post_texts_are_not_guessed(protocol):
    place = protocol.posts.place("Trưởng đoàn công tác đặc biệt", 3, default_block=4)
    assert place.post is None and place.unknown == ("Trưởng đoàn công tác đặc biệt",)
    assert (place.block, place.rank) == (4, 999)  # last in its category's block
    mixed = protocol.posts.place("Phó Bí thư Đảng ủy, Tổng chỉ huy lễ hội", 3)
    assert mixed.post.code == "pho-bi-thu" and mixed.unknown == ("Tổng chỉ huy lễ hội",)


def test_posts_print_highest_first(protocol):
    assert (
        protocol.posts.highest_first("Chủ tịch UBND xã Hàm Chính, Phó Bí thư Đảng ủy")
        == "Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hàm Chính"
    )


def test_catalogue_is_data_and_extendable():
    posts = PostCatalogue.from_items(
        [("truong-ban", "Trưởng ban lễ tân", {"block": 2, "rank": 5, "match": ["TBLT"]})],
        {"hd": "Hội đồng"},
        [("phường", {"kind": "place"})],
    )
    assert posts.place("tblt phường", 3).post.code == "truong-ban"
    assert posts.place("tblt thôn", 3).post is None  # a qualifier the catalogue does not know
    assert posts.place("Bí thư", 3).post is None


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_check_flags_unknown_posts_and_two_holders_of_one_post(demo_db, capsys):
    from app.services.database import open_database

    store = open_database(str(demo_db))
    with store.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code == "23083")).one()
        conference = s.scalars(select(Conference).where(Conference.owner_unit_id == unit.id)).one()
        for family_middle, given, position in (
            ("Trần Văn", "Khách", "Trưởng đoàn nghệ thuật quần chúng"),
            ("Lê Văn", "Hai", "Bí thư Đảng ủy xã Hàm Chính"),
            ("Lê Văn", "Ba", "Bí thư Đảng ủy xã Hàm Chính"),
        ):
            s.add(
                Invitee(
                    conference_id=conference.id,
                    owner_unit_id=unit.id,
                    category="cap-uy",
                    honorific="đồng chí",
                    family_middle=family_middle,
                    given=given,
                    position=position,
                    workplace="xã Hàm Chính",
                )
            )
    store.close()
    capsys.readouterr()
    assert main(["--db", str(demo_db), "check", "--all", "--json"]) == 0
    report = next(r for r in json.loads(capsys.readouterr().out)["conferences"] if r["unit"] == "23083")
    codes = {f["code"]: f for f in report["findings"]}
    assert "Trưởng đoàn nghệ thuật quần chúng" in codes["unknown-post"]["message"]
    assert codes["unknown-post"]["table"] == "invitees" and len(codes["unknown-post"]["ids"]) == 1
    assert (
        "Bí thư Đảng ủy" in codes["post-held-twice"]["message"] and len(codes["post-held-twice"]["ids"]) >= 3
    )


def test_every_demo_unit_has_real_looking_people(demo_store):
    """One holder per unique post per unit; the chair and co-chair are invitees holding the
    roster's posts; leaders' agenda items and the award batches are presented by invitees; every
    post text is known to the catalogue; each heading is printed once."""
    with demo_store.session() as s:
        protocol = load_protocol(s)
        conferences = s.execute(
            select(Conference, Unit).join(Unit, Unit.id == Conference.owner_unit_id)
        ).all()
        by_conference: dict[str, list[Invitee]] = {}
        for invitee in s.scalars(select(Invitee)):
            by_conference.setdefault(invitee.conference_id, []).append(invitee)
        from app.store.models import AgendaItem

        agenda: dict[str, list[AgendaItem]] = {}
        for item in s.scalars(select(AgendaItem)):
            agenda.setdefault(item.conference_id, []).append(item)
        assert len(conferences) > 150
        for conference, unit in conferences:
            invitees = by_conference[conference.id]
            assert unique_post_clashes(protocol, invitees) == [], unit.name
            names = {i.name: i for i in invitees}
            for who in (conference.chair, conference.co_host):
                name, _, post = who.partition(", ")
                assert name in names and names[name].position == post, (unit.name, who)
            chair = names[conference.chair.partition(", ")[0]]
            assert protocol.place(chair.position, chair.category).named
            for item in agenda[conference.id]:
                if item.kind in ("khai-mac", "bao-cao-tong-ket", "phat-dong", "be-mac"):
                    assert item.presenter.partition(", ")[0] in names, (unit.name, item.kind, item.presenter)
            for invitee in invitees:
                assert protocol.place(invitee.position, invitee.category).unknown == (), (
                    unit.name,
                    invitee.position,
                )
    for code in ("23083", "22915", "593", "60", "60-S01", "60-S16", "DN-593-01"):
        ctx = load_context(demo_store, code)
        invited = {p.id for p in ctx.invitees}
        for batch in batches(ctx):
            assert batch.presenter.id in invited and batch.presenter.presents
        speakers = {p.name for p in ctx.invitees}
        assert all(
            presenter in speakers
            for presenter, *_ in ctx.speeches
            if not any(h.name == presenter and h.collective for h in ctx.honorees)
        )
        headings = [p.text for p in _introductions(ctx) if p.text.startswith("Về phía")]
        assert len(headings) == len(set(headings)) > 0, code
