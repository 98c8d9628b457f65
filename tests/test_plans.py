"""Plans as records (#16): authored at the top, carried down, read-only below; several plans and
conferences side by side; a new plan from an old one; periods and words from the plan, never code."""

from __future__ import annotations

import ast
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.domain.formats import parse_date
from app.domain.plan import parse_period, plan_problems, shift_years_in_text
from app.errors import AppError
from app.services import plans
from app.services.checks import conference_findings
from app.services.conference import create_conference, unit_conference
from app.services.database import open_database
from app.services.printing import render_document
from app.store.db import SCHEMA_HEAD, alembic_config, make_engine
from app.store.models import Conference, Plan, Unit
from app.sync.bundle import make_bundle, write_bundle
from app.sync.exchange import to_wire
from app.sync.keys import installation_identity
from tests.conftest import dump
from tests.syncing import COMMUNE, DISTRICT, PROVINCE, opened

APP = Path(__file__).resolve().parent.parent / "app"
SHIPPED = "binh-thuan-dhtt-2025"
TEMPLATE = "mau-tong-ket-nam"


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _finding_codes(store, conference_id: str) -> set[str]:
    with store.session() as session:
        conference = session.get(Conference, conference_id)
        unit = session.get(Unit, conference.owner_unit_id)
        return {f.code for f in conference_findings(session, conference, unit)}


# -- the province's plan reaches the commune, which follows it and cannot change it ---------------
def _province_plan(trio) -> str:
    """The province makes the 2026 annual review plan from the shipped template and moves group
    A's deadline to 05/12/2026; returns its code."""
    with opened(trio.db(PROVINCE)) as store:
        plan = plans.new_plan_from(store, TEMPLATE, "2026", "annual")
        data, editable, _ = plans.editable_document(store, plan.code)
        assert editable
        data["rules"]["groups"]["A"]["deadline"] = "2026-12-05"
        data["document"] = {"number": "215/KH-UBND", "date": "2026-10-01", "body": "Ủy ban nhân dân tỉnh"}
        plans.save_plan(store, plan.code, data)
        return plan.code


def _carry_down(trio) -> None:
    assert [p.status for p in trio.load(DISTRICT, trio.export(PROVINCE, DISTRICT))] == ["imported"]
    assert [p.status for p in trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))] == ["imported"]


def test_a_province_plan_reaches_a_commune_through_the_district_and_its_deadlines_rule_the_checks(trio):
    code = _province_plan(trio)
    _carry_down(trio)
    with opened(trio.db(COMMUNE)) as store:
        summary, data = plans.plan_summary(store, code)
        assert summary.issuer == PROVINCE and not summary.editable  # the commune sees who issued it
        assert "215/KH-UBND" in summary.document
        assert data["rules"]["groups"]["A"]["deadline"] == "2026-12-05"
        late = create_conference(store, store.unit_id, None, date(2026, 12, 10), None, plan=code)
        on_time = create_conference(store, store.unit_id, None, date(2026, 12, 4), None, plan=code)
        assert "late" in _finding_codes(
            store, late.id
        )  # after the province's 05/12, before the template's 15/12
        assert "late" not in _finding_codes(store, on_time.id)
        assert "no-delegates" not in _finding_codes(
            store, on_time.id
        )  # the annual plan does not switch it on


def test_a_commune_cannot_change_its_superiors_plan_at_its_desk(trio, tmp_path):
    code = _province_plan(trio)
    _carry_down(trio)
    path = trio.db(COMMUNE)
    with opened(path) as store:
        data, editable, issuer = plans.editable_document(store, code)
        assert not editable and issuer
        data["rules"]["groups"]["A"]["deadline"] = "2026-12-31"
        before = dump(path)
        with pytest.raises(AppError, match="issued by"):
            plans.save_plan(store, code, data)
        file = tmp_path / "sua.json"
        file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(AppError, match="issued by"):
            plans.import_plan(store, file, apply=True)
    assert dump(path) == before
    assert main(["--db", str(path), "plan", "import", str(file), "--yes"]) == 1


def test_a_commune_sending_a_changed_plan_is_refused_at_the_district(trio):
    code = _province_plan(trio)
    _carry_down(trio)
    with opened(trio.db(COMMUNE)) as store:
        with store.session() as session:
            from app.services.registry import UnitTree

            tree = UnitTree.load(session)
            row = dict(session.execute(select(Plan.__table__).where(Plan.code == code)).mappings().one())
            codes = dict(session.execute(select(Plan.id, Plan.code)).all())
        line = to_wire(Plan, row, tree.codes, codes)
        line["rules"]["groups"]["A"]["deadline"] = "2026-12-31"  # the commune gives itself more time
        line["version"] = line["version"] + 5
        me = installation_identity(store)
    with opened(trio.db(DISTRICT)) as district:
        district_keys = installation_identity(district).public()
    extra = {
        "installation": "bbbbbbbb-0000-4000-8000-000000000001",
        "sender_keys": me.public().as_json(),
        "acks": [],
        "number": 9,
    }
    bundle = make_bundle(
        me, COMMUNE, district_keys, DISTRICT, "up", [{"t": "plans", "r": line}], 1, 10, extra
    )
    path = write_bundle(bundle, trio.usb / f"{COMMUNE}_20261201_9.hnb")
    before = dump(trio.db(DISTRICT))
    [preview] = trio.load(DISTRICT, path)
    assert preview.status == "refused" and "kế hoạch" in preview.reason.vi
    assert dump(trio.db(DISTRICT)) == before


def test_a_communes_own_plan_and_its_conference_travel_up(trio):
    with opened(trio.db(COMMUNE)) as store:
        own = plans.new_plan_from(store, TEMPLATE, "2026", "annual")
        conference = create_conference(store, store.unit_id, None, date(2026, 12, 1), None, plan=own.code)
    [preview] = trio.load(DISTRICT, trio.export(COMMUNE))
    assert preview.status == "imported"
    with opened(trio.db(DISTRICT)) as store:
        summary, _ = plans.plan_summary(store, own.code)
        assert summary.issuer == COMMUNE and not summary.editable
        assert plans.wording_for(store, conference.id).period == "2026"


# -- several plans and conferences side by side -------------------------------------------------
def test_two_conferences_of_different_plans_print_their_own_periods(demo_store, tmp_path):
    store = demo_store
    unit_id = store.unit_id
    first = unit_conference(store, unit_id)
    annual = plans.new_plan_from(store, TEMPLATE, "2026", "annual")
    second = create_conference(store, unit_id, None, date(2026, 12, 10), None, plan=annual.code)
    with (
        store.session() as session
    ):  # the conference dates themselves are printed: keep them apart from the periods
        session.get(Conference, first.id).date = date(2024, 3, 20)
    for conference, ours, other in (
        (first.id, "giai đoạn 2020 - 2025", "năm 2026"),
        (second.id, "năm 2026", "2020 - 2025"),
    ):
        for kind in ("programme", "script"):
            text = _text(
                render_document(
                    store, kind, tmp_path / f"{kind}-{conference}.pdf", conference, issued=date(2024, 11, 5)
                )
            )
            assert ours in " ".join(text.split()), (kind, conference)
            assert other not in " ".join(text.split()), (kind, conference)
    assert plans.wording_for(store, second.id).next_phrase == "năm 2027"
    from openpyxl import load_workbook

    from app.services.conference import set_current
    from app.services.spreadsheet_export import export_list

    for conference, period in ((first.id, "GIAI ĐOẠN 2020 - 2025"), (second.id, "NĂM 2026")):
        set_current(store, conference)
        export_list(store, "honorees", tmp_path / "ds.xlsx")
        assert load_workbook(tmp_path / "ds.xlsx").active["A1"].value.endswith(period)
    # the desk's award figures are those of the conference's plan period
    from app.services.records import SPECS, RecordSource

    tallies = RecordSource(store, SPECS["award_tallies"], second.id, unit_id)
    assert tallies.count() == 0
    tallies.insert([{"form": "giay-khen-chu-tich-xa", "individuals": 4}])
    assert [r["period"] for r in tallies.page(0, 10)] == ["2026"]
    assert {
        r["period"] for r in RecordSource(store, SPECS["award_tallies"], first.id, unit_id).page(0, 50)
    } == {"2020-2025"}


def test_print_without_a_conference_takes_the_one_the_unit_works_on(demo_store, tmp_path):
    store = demo_store
    annual = plans.new_plan_from(store, TEMPLATE, "2026", "annual")
    create_conference(store, store.unit_id, None, date(2026, 12, 10), None, plan=annual.code)
    out = tmp_path / "ct.pdf"
    store.close()
    assert main(["--db", str(store.path), "print", "programme", "--out", str(out)]) == 0
    assert "năm 2026" in _text(out)


# -- a new plan from an old one -----------------------------------------------------------------
def _dates(value, path=""):
    """Every date (and year-bearing text) in a plan document, by where it is."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _dates(item, f"{path}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _dates(item, f"{path}.{number}")
    elif isinstance(value, str):
        try:
            yield path, parse_date(value)
        except ValueError:
            pass


def test_plan_new_shifts_every_date(store, capsys):
    with store.session() as session:
        plan = plans.find_plan(session, SHIPPED)
        plan.doc_date = date(2024, 7, 15)
    _, before = plans.plan_summary(store, SHIPPED)
    store.close()
    assert (
        main(
            [
                "--db",
                str(store.path),
                "plan",
                "new",
                "--from",
                SHIPPED,
                "--period",
                "2025-2030",
                "--kind",
                "five-year",
            ]
        )
        == 0
    )
    new_code = capsys.readouterr().out.strip().splitlines()[-1]
    again = open_database(str(store.path))
    try:
        _, after = plans.plan_summary(again, new_code)
    finally:
        again.close()
    old_dates, new_dates = dict(_dates(before)), dict(_dates(after))
    assert set(old_dates) == set(new_dates) and len(old_dates) >= 4  # three deadlines and the issuing date
    for where, day in old_dates.items():
        assert new_dates[where] == day.replace(year=day.year + 5), where
    assert after["period"] == "2025-2030" and after["rules"]["next_period"] == "2030-2035"
    assert after["document"]["number"] is None  # not issued yet
    labels = [g["deadline_label"] for g in after["rules"]["groups"].values()]
    assert labels == ["quý I/2030", "quý II/2030", "quý III/2030"]
    assert after["name"].endswith("năm 2030")


def test_years_in_texts_move_but_document_numbers_keep_theirs():
    text = "Nghị định 98/2023/NĐ-CP; trước ngày 15/12/2025; quý I/2025; giai đoạn 2020-2025"
    assert (
        shift_years_in_text(text, 1)
        == "Nghị định 98/2023/NĐ-CP; trước ngày 15/12/2026; quý I/2026; giai đoạn 2021-2026"
    )


def test_plan_new_and_conference_new_print_the_new_id_last(store, capsys):
    from app.services.installation import init_unit
    from app.services.registry import UnitRow, import_units

    import_units(
        store, [UnitRow(0, "T", "Tỉnh Thử", "tinh", ""), UnitRow(0, "X1", "Xã Một", "xa", "T")], "test"
    )
    init_unit(store, "X1")
    store.close()
    db = ["--db", str(store.path)]
    assert main([*db, "plan", "new", "--from", TEMPLATE, "--period", "2027", "--kind", "annual"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main([*db, "conference", "new", "--plan", code, "--date", "12/12/2027"]) == 0
    conference_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main([*db, "plan", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    mine = next(p for p in listed if p["id"] == code)
    assert {"id", "name", "period", "kind", "issuer"} <= set(mine)
    assert mine["period"] == "2027" and mine["kind"] == "annual" and mine["issuer"] == "X1"
    assert main([*db, "conference", "list", "--json"]) == 0
    conferences = json.loads(capsys.readouterr().out)
    assert conferences[0]["id"] == conference_id and conferences[0]["plan"] == code
    assert main([*db, "conference", "new", "--plan", code, "--date", "31/02/2027"]) == 1
    assert main([*db, "plan", "new", "--from", "khong-co", "--period", "2027"]) == 1
    assert main([*db, "plan", "new", "--from", TEMPLATE, "--period", "năm sau"]) == 1


# -- files: export, import with a preview, validation ------------------------------------------
def test_plan_export_import_round_trip_previews_before_applying(store, tmp_path, capsys):
    out = tmp_path / "ke-hoach.json"
    db = ["--db", str(store.path)]
    store.close()
    assert main([*db, "plan", "export", SHIPPED, "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["code"] == SHIPPED and data["period"] == "2020-2025" and data["kind"] == "five-year"
    data["code"] = "tinh-x-2026"
    data["name"] = "Kế hoạch tổ chức Hội nghị điển hình tiên tiến năm 2026 của tỉnh X"
    data["period"] = "2026"
    for group in data["rules"]["groups"].values():
        group["deadline"] = "30/06/2026"  # an IT officer may write dates the Vietnamese way
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main([*db, "plan", "import", str(out)]) == 0
    assert "Xem trước" in capsys.readouterr().out
    assert main([*db, "plan", "show", "tinh-x-2026"]) == 1  # nothing imported by the preview
    assert main([*db, "plan", "import", str(out), "--yes"]) == 0
    capsys.readouterr()
    assert main([*db, "plan", "show", "tinh-x-2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "tinh-x-2026"
    again = open_database(db[1])
    try:
        _, stored = plans.plan_summary(again, "tinh-x-2026")
    finally:
        again.close()
    assert stored["rules"]["groups"]["A"]["deadline"] == "2026-06-30"
    # changing one deadline: the preview names it
    data["rules"]["groups"]["A"]["deadline"] = "2026-05-31"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main([*db, "plan", "import", str(out)]) == 0
    preview = capsys.readouterr().out
    assert "rules.groups.A.deadline" in preview and "2026-05-31" in preview


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["rules"]["groups"]["A"].update(deadline="2031-03-31"), "nằm ngoài giai đoạn"),
        (
            lambda d: d["rules"]["agenda"].append({"code": "dai", "title": "Dài", "minutes": 300}),
            "quá thời lượng",
        ),
        (lambda d: d["rules"]["agenda"][4].update(minutes=0), "cần có thời lượng"),
        (lambda d: d["rules"]["groups"]["A"]["forms"].append("khong-co"), "không có trong danh mục"),
        (lambda d: d.update(period="hai nghìn"), "Giai đoạn"),
        (lambda d: d.update(kind="weekly"), "Loại kế hoạch"),
        (lambda d: d.pop("rules"), "rules"),
    ],
)
def test_a_broken_plan_file_is_refused_with_its_reason_and_nothing_changes(
    store, tmp_path, capsys, change, message
):
    _, data = plans.plan_summary(store, SHIPPED)
    data["code"] = "hong"
    change(data)
    path = tmp_path / "hong.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump(store.path)
    store.close()
    assert main(["--db", str(store.path), "plan", "import", str(path), "--yes"]) == 1
    assert message in capsys.readouterr().err
    assert dump(store.path) == before


def test_garbage_plan_files_get_one_clear_line(store, tmp_path, capsys):
    store.close()
    for content in (b"{not json", b"\xff\xfe\x00", b"[1, 2]"):
        path = tmp_path / "rac.json"
        path.write_bytes(content)
        assert main(["--db", str(store.path), "plan", "import", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Lỗi:") and err.count("\n") == 1 and "Traceback" not in err


def test_validation_is_one_function_for_every_door():
    data = json.loads(
        (APP.parent / "resources" / "plans" / "binh-thuan-2025.json").read_text(encoding="utf-8")
    )
    assert plan_problems(plans.normalise(data)) == []
    assert parse_period("2020 - 2025") == (2020, 2025) and parse_period("2026") == (2026, 2026)
    with pytest.raises(ValueError):
        parse_period("2026-2020")


# -- an existing database from before plans were records --------------------------------------
def test_a_database_from_revision_0008_keeps_its_conference_on_the_shipped_plan(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
    engine.dispose()
    seed = json.loads(
        (APP.parent / "resources" / "plans" / "binh-thuan-2025.json").read_text(encoding="utf-8")
    )
    stamp = "2024-11-01 08:00:00"
    con = sqlite3.connect(path)
    record = "created_at, updated_at, seq, version, deleted"
    con.execute(
        f"insert into units (id, code, name, kind, unit_group, sort_key, search_text, {record}) values "
        "('u1', '22915', 'Phường Phú Thủy', 'xa', 'A', 'k', 'phuong phu thuy', ?, ?, 1, 1, 0)",
        (stamp, stamp),
    )
    old_rules = {k: v for k, v in seed["rules"].items() if k not in ("checks", "wording", "target_groups")}
    con.execute(
        f"insert into plans (id, code, name, period_start, period_end, rules, {record}) values "
        "('p1', ?, ?, 2020, 2025, ?, ?, ?, 2, 1, 0)",
        (SHIPPED, seed["name"], json.dumps(old_rules), stamp, stamp),
    )
    for number, plan_id in ((1, "p1"), (2, None)):
        con.execute(
            f"insert into conferences (id, owner_unit_id, plan_id, form, title, date, status, {record}) values "
            "(?, 'u1', ?, 'tuyen-duong-dhtt', ?, '2025-03-20', 'held', ?, ?, ?, 1, 0)",
            (f"c{number}", plan_id, f"Hội nghị {number}", stamp, stamp, 2 + number),
        )
    con.execute("insert into meta (key, value) values ('unit_id', 'u1')")
    con.execute("insert into counters (name, value) values ('change_seq', 4)")
    con.commit()
    con.close()
    store = open_database(str(path))
    try:
        with store.session() as session:
            conferences = session.scalars(select(Conference).order_by(Conference.id)).all()
            assert [c.plan_id for c in conferences] == ["p1", "p1"]
            plan = session.get(Plan, "p1")
            assert plan.code == SHIPPED and plan.kind == "five-year"
            assert (
                "wording" in plan.rules and plan.rules["agenda"] == old_rules["agenda"]
            )  # added, not replaced
        assert plans.wording_for(store, "c2").period_phrase == "giai đoạn 2020 - 2025"
        assert store.revision() == SCHEMA_HEAD  # 0009 (plans), then any later revision
    finally:
        store.close()


# -- no period written in code ------------------------------------------------------------------
def _literals(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and id(node) not in docstrings
            and isinstance(node.value, str | int)
        ):
            yield node


def test_no_plan_year_is_written_in_the_code():
    found = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _literals(tree):
            text = str(node.value)
            for year in ("2020", "2025", "2030"):
                if year in text:
                    found.append(f"{path.relative_to(APP.parent)}:{node.lineno}: {text[:60]!r}")
    assert found == []


def test_the_literal_check_would_catch_a_year():
    tree = ast.parse('"""Docstring 2025."""\nx = f"giai đoạn 2020 - {y}"  # comment 2030\nz = 2025\n')
    assert sorted(
        str(n.value) for n in _literals(tree) if any(y in str(n.value) for y in ("2020", "2025"))
    ) == ["2025", "giai đoạn 2020 - "]
