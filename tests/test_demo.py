"""The demo data set: shaped like the plan, deterministic, the same records on every level."""

import unicodedata
from collections import Counter

from sqlalchemy import func, select

from app.domain.vntext import fold
from app.services.database import open_database
from app.services.demo import run_demo
from app.store.models import Conference, Honoree, Invitee, Unit


def test_shape_of_the_province_demo(demo_store):
    with demo_store.session() as s:
        kinds = Counter(s.scalars(select(Unit.kind)))
        assert kinds["tinh"] == 1 and 8 <= kinds["huyen"] <= 12 and 100 <= kinds["xa"] <= 140
        assert 30 <= kinds["so-nganh"] + kinds["doan-the"] + kinds["doanh-nghiep"] + kinds["co-quan"] <= 50
        per_unit = dict(
            s.execute(select(Honoree.owner_unit_id, func.count()).group_by(Honoree.owner_unit_id)).all()
        )
        assert len(per_unit) == 173 and min(per_unit.values()) >= 20 and max(per_unit.values()) <= 200
        invitees = dict(
            s.execute(select(Invitee.conference_id, func.count()).group_by(Invitee.conference_id)).all()
        )
        assert min(invitees.values()) >= 15 and max(invitees.values()) <= 80
        statuses = Counter(s.scalars(select(Conference.status)))
        assert statuses["held"] and statuses["reported"] and statuses["planned"]


def test_names_are_real_looking_with_every_tone_and_two_word_families(demo_store):
    with demo_store.session() as s:
        names = s.scalars(select(Honoree.name).where(Honoree.collective.is_(False))).all()
    joined = " ".join(names)
    marks = set(unicodedata.normalize("NFD", joined))
    for tone in ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323"):  # huyền hỏi ngã sắc nặng
        assert tone in marks
    assert "Đ" in joined
    assert any(n.startswith("Tôn Thất ") for n in names) and any(n.startswith("Âu Dương ") for n in names)
    assert all(fold(n) for n in names)


def test_commune_demo_holds_the_same_records_as_the_province_demo(demo_store, tmp_path):
    commune = open_database(str(tmp_path / "commune.sqlite"))
    try:
        result = run_demo(commune, as_unit="22978")
        assert result.unit == "22978" and result.counts["conferences"] == 1

        def rows(store):
            with store.session() as s:
                unit = s.scalars(select(Unit).where(Unit.code == "22978")).one()
                return {
                    h.id: (h.name, h.sort_key, h.field, h.commendations, h.achievement)
                    for h in s.scalars(select(Honoree).where(Honoree.owner_unit_id == unit.id))
                }

        mine, province = rows(commune), rows(demo_store)
        assert mine and mine == province
        with commune.session() as s:
            assert s.scalar(select(func.count()).select_from(Unit)) == 173
            assert s.scalar(select(func.count()).select_from(Conference)) == 1
    finally:
        commune.close()


def test_scale_multiplies_honorees(tmp_path):
    one = open_database(str(tmp_path / "one.sqlite"))
    three = open_database(str(tmp_path / "three.sqlite"))
    try:
        a = run_demo(one, as_unit="593").counts["honorees"]
        b = run_demo(three, scale=3, as_unit="593").counts["honorees"]
        assert b == 3 * a
    finally:
        one.close()
        three.close()
