"""The district desk: progress of the units below, review notes down and back, the delegate roll-up."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.paths import resources_dir
from app.services.reviews import notes_for_this_unit, notes_written_here
from app.store.models import Delegate, Honoree, ReviewNote, Unit
from app.ui.review_panels import ConsolidatedPanel, ReviewPanel
from app.ui.units_below_view import LATE, ProgressPanel
from tests.syncing import COMMUNE, DISTRICT, PROVINCE, opened

TODAY = date(2025, 12, 31)


def expected_late(path) -> set[str]:
    """Late units computed straight from the file and the plan, independently of the service."""
    plan = json.loads((resources_dir() / "plans" / "binh-thuan-2025.json").read_text(encoding="utf-8"))
    deadlines = {
        code: date.fromisoformat(g["deadline"])
        for code, g in plan["rules"]["groups"].items()
        if g.get("deadline")
    }
    con = sqlite3.connect(path)
    province = con.execute("select id from units where parent_id is null").fetchone()[0]
    late = set()
    for code, group, status, day in con.execute(
        "select u.code, u.unit_group, c.status, c.date from units u left join conferences c "
        "on c.owner_unit_id = u.id and c.deleted = 0 where u.id != ?",
        (province,),
    ):
        deadline = deadlines.get(group)
        if deadline is None:
            continue
        held = status in ("held", "reported") and day is not None
        if (held and date.fromisoformat(day) > deadline) or (not held and TODAY > deadline):
            late.add(code)
    return late


def test_progress_view_shows_the_demo_late_units_as_late_and_filters_work(
    qtbot, demo_store, demo_db, tmp_path
):
    panel = ProgressPanel(demo_store, demo_store.unit_id, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1400, 800)
    panel.show()
    everyone = panel.visible_codes()
    assert len(everyone) == 172
    panel.grab().save(str(tmp_path / "progress.png"))

    late = expected_late(demo_db)
    assert 10 < len(late) < 172
    panel.state.setCurrentIndex(panel.state.findData("late"))
    assert set(panel.visible_codes()) == late
    first = panel.model.item(0, 0)
    rows = [first] + [first.child(i, 0) for i in range(first.rowCount())]
    coloured = [r for r in rows if r.text().rsplit("(", 1)[1].rstrip(")") in late]
    assert coloured and all(r.background().color() == LATE for r in coloured)

    panel.kind.setCurrentIndex(panel.kind.findData("xa"))
    communes = set(panel.visible_codes())
    con = sqlite3.connect(demo_db)
    kinds = dict(con.execute("select code, kind from units").fetchall())
    assert communes and communes <= late and {kinds[c] for c in communes} == {"xa"}
    panel.state.setCurrentIndex(panel.state.findData("all"))
    assert len(panel.visible_codes()) == sum(k == "xa" for k in kinds.values())
    assert "đơn vị" in panel.totals.text() and "cấp 2:" in panel.totals.text()
    levels = panel.report.totals_by_level()
    assert sorted(levels) == [1, 2] and sum(f["units"] for f in levels.values()) == 172
    assert sum(f["individuals"] for f in levels.values()) == panel.report.totals()["individuals"]

    panel.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    charts = panel.save_charts(tmp_path)
    assert [p.name for p in charts] == [
        "bieu-do-linh-vuc.png",
        "bieu-do-doi-tuong.png",
        "bieu-do-tien-do.png",
    ]
    assert all(p.stat().st_size > 2000 for p in charts)
    panel.grab().save(str(tmp_path / "progress-charts.png"))


def consolidated_panel(qtbot, store, table: str) -> ConsolidatedPanel:
    panel = ConsolidatedPanel.for_table(store, table)
    qtbot.addWidget(panel)
    return panel


def test_a_review_note_reaches_the_commune_and_comes_back_resolved(qtbot, trio):
    trio.load(DISTRICT, trio.export(COMMUNE))
    with opened(trio.db(DISTRICT)) as store:
        panel = consolidated_panel(qtbot, store, "honorees")
        model = panel.model
        assert model.total > 0 and not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)
        panel.view.selectRow(0)
        target = panel.selected_ids()[0]
        assert panel.write_note("Đề nghị bổ sung số quyết định khen thưởng.") == 1
    [down] = trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))
    assert down.tables["review_notes"].new == 1

    with opened(trio.db(COMMUNE)) as store:
        [note] = notes_for_this_unit(store)
        assert note.target_id == target and note.status == "open"
        review = ReviewPanel(store)
        qtbot.addWidget(review)
        assert review.incoming.rowCount() == 1
        review.incoming.selectRow(0)
        assert review.resolve("Đã bổ sung Quyết định số 15/QĐ-UBND.")
        assert review.incoming.item(0, 3).text() == "Đã xử lý"
    [up] = trio.load(DISTRICT, trio.export(COMMUNE))
    assert up.tables["review_notes"].changed == 1
    with opened(trio.db(DISTRICT)) as store:
        [note] = notes_written_here(store)
        assert (note.status, note.resolution) == ("resolved", "Đã bổ sung Quyết định số 15/QĐ-UBND.")
    # The resolution arriving at the district does not bounce back as a change to the commune.
    [again] = trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))
    assert again.tables.get("review_notes") is None or again.tables["review_notes"].changed == 0


def test_the_delegate_roll_up_sends_approved_delegates_up(qtbot, trio):
    trio.load(DISTRICT, trio.export(COMMUNE))
    with opened(trio.db(DISTRICT)) as store:
        panel = consolidated_panel(qtbot, store, "delegates")
        model = panel.model
        assert model.total >= 2
        panel.view.selectRow(0)
        picked = panel.selected_ids()
        assert panel.approve() == 1 and panel.approve() == 0  # approving twice changes nothing
        assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is not None
    [up] = trio.load(PROVINCE, trio.export(DISTRICT))
    assert up.status == "imported"
    with opened(trio.db(PROVINCE)) as store, store.session() as session:
        district = session.scalars(select(Unit.id).where(Unit.code == DISTRICT)).one()
        sent = session.scalars(select(Delegate).where(Delegate.source_id.in_(picked))).all()
        assert [d.owner_unit_id for d in sent] == [district]
        source_row = session.get(Delegate, picked[0])
        assert sent[0].name == source_row.name and sent[0].status == "proposed"


def test_a_note_is_refused_on_the_units_own_records(trio):
    from app.errors import AppError
    from app.services.reviews import add_note

    with opened(trio.db(DISTRICT)) as store:
        with store.session() as session:
            own = session.scalars(select(Honoree.id).where(Honoree.owner_unit_id == store.unit_id)).first()
        try:
            add_note(store, "honorees", own, "tự góp ý")
        except AppError as exc:
            assert "lower units" in exc.en
        else:
            raise AssertionError("a note on the unit's own record was accepted")
        with store.session() as session:
            assert session.scalars(select(ReviewNote)).first() is None
