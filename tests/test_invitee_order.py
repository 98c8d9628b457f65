"""The desk's invitee list: protocol order with the reason for each row, moves among equals kept as
a manual order (surviving a re-sort, undoable), moves across posts refused with the reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.printing.context import load_context
from app.store.models import Invitee

COMMUNE = "23083"


@pytest.fixture
def desk(demo_desk):
    window = demo_desk(COMMUNE, "commune.sqlite")
    return window


def names(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [r["name"] for r in model.rows]


def column(model, key: str) -> int:
    return [c.key for c in model.source.spec.columns].index(key)


def equals(model) -> tuple[int, int]:
    """Two neighbouring rows of equal standing (same level, block, post)."""
    rows = model.rows
    for n in range(len(rows) - 1):
        if (rows[n]["standing"], rows[n]["ranked_post"]) == (
            rows[n + 1]["standing"],
            rows[n + 1]["ranked_post"],
        ):
            return n, n + 1
    raise AssertionError("the demo has no two invitees of equal standing")


def test_the_list_shows_protocol_order_and_why(qtbot, desk):
    model = desk.show_section("invitees").model
    ctx = load_context(desk.store, None)
    assert names(model) == [p.name for p in ctx.invitees]  # the same order as the script and name cards
    assert [r["order"] for r in model.rows] == list(range(1, len(model.rows) + 1))
    first = model.rows[0]
    assert first["standing"].startswith("Khách cấp trên") and first["ranked_post"]
    party = next(
        r
        for r in model.rows
        if "Bí thư Đảng ủy" in (r["position"] or "") and not r["position"].startswith("nguyên")
    )
    assert party["standing"] == "Chủ nhà · Đảng" and party["ranked_post"] == "Bí thư Đảng ủy"


def test_a_move_among_equals_survives_a_re_sort_and_undoes(qtbot, desk):
    panel = desk.show_section("invitees")
    model = panel.model
    before = names(model)
    upper, lower = equals(model)
    model.move_row(lower, upper)
    after = names(model)
    assert after[upper] == before[lower] and after[lower] == before[upper]
    assert after == [p.name for p in load_context(desk.store, None).invitees]  # printed the same way
    with desk.store.session() as s:
        manual = {i.name: i.manual_order for i in s.scalars(select(Invitee))}
    assert manual[before[lower]] < manual[before[upper]]
    # click the name header, then the order header again: the move is still there
    model.sort(column(model, "name"))
    assert names(model) != after
    model.sort(column(model, "order"))
    assert names(model) == after
    desk.undo.undo()
    assert names(model) == before
    with desk.store.session() as s:
        assert {i.name: i.manual_order for i in s.scalars(select(Invitee))} == dict.fromkeys(manual)
    desk.undo.redo()
    assert names(model) == after
    # keyboard: Ctrl+Down on the row moved up puts it back
    panel.view.selectRow(upper)
    panel.move_selected(1)
    assert names(model) == before


def test_a_move_across_posts_is_refused_with_the_reason(qtbot, desk):
    panel = desk.show_section("invitees")
    model = panel.model
    before = names(model)
    messages: list[str] = []
    panel.message.connect(messages.append)
    chair = next(n for n, r in enumerate(model.rows) if r["ranked_post"] == "Phó Bí thư Đảng ủy")
    model.move_row(chair, 0)  # above the higher-level guests: not by hand
    assert names(model) == before and desk.undo.count() == 0
    assert messages and "chức vụ" in messages[-1] and "Phó Bí thư Đảng ủy" in messages[-1]
    # sorted by name, no move at all: back to the protocol order first
    model.sort(column(model, "name"))
    model.move_row(1, 0)
    assert "Thứ tự" in messages[-1] and desk.undo.count() == 0


def test_editing_a_post_moves_the_row_to_its_place(qtbot, desk):
    model = desk.show_section("invitees").model
    last = len(names(model)) - 1
    row = model.rows[last]
    model.setData(model.index(last, column(model, "category")), "cap-tren")
    model.setData(
        model.index(model.row_of(row["id"]), column(model, "position")), "Phó Bí thư Thường trực Huyện ủy"
    )
    assert model.row_of(row["id"]) == 0  # a higher-level guest, Party block, Phó Bí thư Thường trực: first
    assert model.rows[0]["ranked_post"] == "Phó Bí thư Thường trực Đảng ủy"
    desk.undo.undo()
    desk.undo.undo()
    assert model.row_of(row["id"]) == last
