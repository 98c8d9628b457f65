"""Entities round-trip; change sequence, tombstones, NFC and derived keys are one mechanism."""

import unicodedata
from datetime import date, datetime, time

from sqlalchemy import select, text

from app.store.changes import bulk_insert, current_seq, tombstone
from app.store.models import (
    AgendaItem,
    AwardTally,
    CatalogueItem,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Plan,
    ReviewNote,
    Speech,
    Unit,
)


def _unit(session, code="X1", name="Xã Hàm Chính", parent=None):
    unit = Unit(code=code, name=name, kind="xa", unit_group="A", parent_id=parent.id if parent else None)
    session.add(unit)
    session.flush()
    return unit


def _columns(obj):
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def test_every_entity_round_trips(store):
    with store.session() as s:
        province = _unit(s, "P", "Tỉnh Bình Thuận")
        unit = _unit(s, "X1", "Xã Hàm Chính", province)
        plan = Plan(
            code="p",
            name="Kế hoạch",
            period_start=2020,
            period_end=2025,
            rules={"groups": {"A": {"deadline": "2025-03-31"}}},
        )
        s.add(plan)
        s.flush()
        conf = Conference(
            owner_unit_id=unit.id,
            plan_id=plan.id,
            form="tuyen-duong-dhtt",
            title="Hội nghị",
            date=date(2025, 3, 20),
            start_time=time(7, 30),
            venue="Hội trường",
            chair="Chủ tịch",
            co_host="Bí thư",
            status="held",
            expected_attendance=120,
            notes="ghi chú",
        )
        s.add(conf)
        s.flush()
        honoree = Honoree(
            owner_unit_id=unit.id,
            conference_id=conf.id,
            family_middle="Nguyễn Văn",
            given="Đức",
            gender="nam",
            birth_year=1980,
            position="Nông dân",
            workplace="Thôn 1",
            field="nong-nghiep",
            target_group="nong-dan",
            movements=["chung-suc-ntm"],
            commendations=[
                {
                    "title": "Chiến sĩ thi đua cơ sở",
                    "decision_no": "12/QĐ-UBND",
                    "date": "2023-05-01",
                    "body": "UBND xã",
                }
            ],
            award_form="giay-khen-chu-tich-xa",
            achievement="Trồng thanh long VietGAP",
            ethnicity="Kinh",
            religion=None,
            notes="",
        )
        s.add(honoree)
        s.flush()
        records = [
            province,
            unit,
            plan,
            conf,
            honoree,
            CatalogueItem(
                catalogue="field",
                code="moi",
                label="Lĩnh vực mới",
                label_en="New",
                position=99,
                data={"x": 1},
                shipped=False,
            ),
            AgendaItem(
                owner_unit_id=unit.id,
                conference_id=conf.id,
                position=1,
                kind="chao-co",
                title="Chào cờ",
                minutes=5,
                presenter="MC",
            ),
            Invitee(
                owner_unit_id=unit.id,
                conference_id=conf.id,
                category="cap-uy",
                family_middle="Trần Thị",
                given="Ánh",
                honorific="đồng chí",
                position="Bí thư",
                workplace="Đảng ủy xã",
                protocol_rank=310,
                seat="A1",
                invitation_sent=True,
                attended=None,
            ),
            Speech(
                owner_unit_id=unit.id,
                conference_id=conf.id,
                position=1,
                honoree_id=honoree.id,
                presenter="Nguyễn Văn Đức",
                title="Mô hình thanh long",
                field="nong-nghiep",
                minutes=10,
                media="Video",
            ),
            Delegate(
                owner_unit_id=unit.id,
                conference_id=conf.id,
                honoree_id=honoree.id,
                family_middle="Nguyễn Văn",
                given="Đức",
                status="approved",
            ),
            AwardTally(
                owner_unit_id=unit.id,
                period="2020-2025",
                form="giay-khen-chu-tich-xa",
                collectives=3,
                individuals=20,
                workers=2,
                farmers=10,
                direct_labourers=12,
            ),
            ReviewNote(
                owner_unit_id=province.id,
                target_table="honorees",
                target_id=honoree.id,
                target_unit_id=unit.id,
                text="Bổ sung số quyết định",
            ),
        ]
        s.add_all(records)
        s.flush()
        expected = {(type(r), r.id): _columns(r) for r in records}
    with store.session() as s:
        for (model, record_id), columns in expected.items():
            loaded = s.get(model, record_id)
            assert loaded is not None, model
            assert _columns(loaded) == columns, model.__name__


def test_change_sequence_only_grows(store):
    seen = []
    with store.session() as s:
        unit = _unit(s)
        seen.append(unit.seq)
        h = Honoree(owner_unit_id=unit.id, family_middle="Lê", given="Bình")
        s.add(h)
        s.flush()
        seen.append(h.seq)
    with store.session() as s:
        h = s.get(Honoree, h.id)
        h.given = "Bính"
    with store.session() as s:
        h = s.get(Honoree, h.id)
        seen.append(h.seq)
        assert h.version == 2
        bulk_insert(
            s, Honoree, [{"owner_unit_id": unit.id, "family_middle": "Võ", "given": str(i)} for i in range(5)]
        )
        bulk_seqs = s.scalars(
            select(Honoree.seq).where(Honoree.family_middle == "Võ").order_by(Honoree.seq)
        ).all()
        seen.extend(bulk_seqs)
        seen.append(current_seq(s.connection()))
    assert seen == sorted(seen) and len(set(seen[:-1])) == len(seen) - 1


def test_unchanged_record_keeps_its_sequence(store):
    with store.session() as s:
        unit = _unit(s)
        seq = unit.seq
    with store.session() as s:
        u = s.get(Unit, unit.id)
        u.name = "Xã Hàm Chính"  # same value: not a change
    with store.session() as s:
        assert s.get(Unit, unit.id).seq == seq


def test_tombstone_hides_record_but_keeps_it_with_new_seq(store):
    with store.session() as s:
        unit = _unit(s)
        h = Honoree(owner_unit_id=unit.id, family_middle="Lê", given="Bình")
        s.add(h)
        s.flush()
        before = h.seq
    with store.session() as s:
        tombstone(s.get(Honoree, h.id))
    with store.session() as s:
        assert s.scalars(select(Honoree)).all() == []
        kept = s.scalars(select(Honoree).execution_options(include_deleted=True)).one()
        assert kept.deleted and kept.seq > before


def test_text_is_nfc_on_the_way_in_orm_and_core(store):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    with store.session() as s:
        unit = _unit(s, name=unicodedata.normalize("NFD", "Xã Đức Hạnh"))
        s.add(
            Honoree(owner_unit_id=unit.id, family_middle=nfd.rsplit(" ", 1)[0], given=nfd.rsplit(" ", 1)[1])
        )
        bulk_insert(s, Honoree, [{"owner_unit_id": unit.id, "collective": True, "name": nfd + " tập thể"}])
    with store.session() as s:
        names = s.scalars(select(Honoree.name)).all()
        raw_unit = s.execute(text("select name from units")).scalar_one()
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert "Nguyễn Thị Ánh" in names
    assert raw_unit == "Xã Đức Hạnh"


def test_database_orders_by_vietnamese_name_and_searches_without_accents(store):
    people = [
        ("Nguyễn Văn", "Đức"),
        ("Trần", "Dũng"),
        ("Lê Thị", "Ân"),
        ("Phạm", "Bình"),
        ("Võ Thị", "Ánh"),
        ("Hồ", "An"),
    ]
    with store.session() as s:
        unit = _unit(s)
        for fm, g in people:
            s.add(Honoree(owner_unit_id=unit.id, family_middle=fm, given=g))
    with store.session() as s:
        ordered = s.scalars(select(Honoree.given).order_by(Honoree.sort_key)).all()
        assert ordered == ["An", "Ánh", "Ân", "Bình", "Dũng", "Đức"]
        found = s.scalars(select(Honoree.name).where(Honoree.search_text.like("%nguyen van duc%"))).all()
        assert found == ["Nguyễn Văn Đức"]
        assert s.scalars(select(Honoree.name).where(Honoree.search_text.like("%duc%"))).all() == [
            "Nguyễn Văn Đức"
        ]


def test_sort_key_follows_an_edit_of_the_name(store):
    with store.session() as s:
        unit = _unit(s)
        h = Honoree(owner_unit_id=unit.id, family_middle="Lê", given="Bình")
        s.add(h)
    with store.session() as s:
        h = s.get(Honoree, h.id)
        old = h.sort_key
        h.given = "An"
    with store.session() as s:
        h = s.get(Honoree, h.id)
        assert h.name == "Lê An" and h.search_text == "le an" and h.sort_key < old


def test_timestamps_and_origin_are_set(store):
    with store.session() as s:
        unit = _unit(s)
    assert isinstance(unit.created_at, datetime) and unit.updated_at >= unit.created_at
    assert unit.origin == store.installation_id and len(unit.id) == 36


def test_every_synced_list_has_a_name_in_both_languages():
    from app.domain.list_names import TABLE_LABELS, TABLE_LABELS_EN, list_name
    from app.store.synced import MODELS

    assert set(TABLE_LABELS) == set(TABLE_LABELS_EN) == set(MODELS)
    assert list_name("honorees") == "Điển hình" and list_name("honorees", english=True) == "Honorees"
    assert list_name("no_such_table") == "no_such_table"
