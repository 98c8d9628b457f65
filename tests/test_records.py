"""RecordSource: the paged, sorted, searched lists behind every table of the desk."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.vntext import fold
from app.services.records import SPECS, RecordSource
from app.store.models import Honoree


def expected_ids(store, term: str, descending: bool) -> list[str]:
    """The order the list must show, by a plain query over every live honoree (no index tricks)."""
    with store.session() as s:
        rows = s.execute(
            select(Honoree.id, Honoree.sort_key, Honoree.name).where(Honoree.deleted.is_(False))
        ).all()
    hits = [r for r in rows if fold(term) in fold(r.name)]
    hits.sort(key=lambda r: r.id)
    hits.sort(key=lambda r: r.sort_key, reverse=descending)
    return [r.id for r in hits]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("term", ["nguyen van", "Đức", "thi"])
def test_search_in_name_order_matches_a_plain_query(demo_store, term, descending):
    source = RecordSource(
        demo_store, SPECS["honorees"], everything=True, search=term, sort_key="name", descending=descending
    )
    want = expected_ids(demo_store, term, descending)
    assert source.count() == len(want) > 0
    got: list[str] = []
    while len(got) < len(want):
        page = source.page(len(got), 97)
        assert page, "a page came back empty before the end"
        got += [row["id"] for row in page]
    assert got == want
    assert source.page(len(want), 97) == []


def test_search_sorted_by_another_column_still_filters(demo_store):
    source = RecordSource(demo_store, SPECS["honorees"], everything=True, search="duc", sort_key="birth_year")
    rows = source.page(0, 500)
    assert source.count() >= len(rows) > 0
    assert all("duc" in fold(r["name"]) for r in rows)
    years = [r["birth_year"] if r["birth_year"] is not None else -1 for r in rows]
    assert years == sorted(years)


def test_a_deleted_row_leaves_the_search_after_reload(demo_store):
    source = RecordSource(demo_store, SPECS["honorees"], everything=True, search="nguyen van")
    before = source.count()
    first = source.page(0, 1)[0]["id"]
    source.delete([first])
    assert source.count() == before - 1
    assert first not in [r["id"] for r in source.page(0, 50)]
