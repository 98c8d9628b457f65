"""One validation of text and values for every door — typing, paste, spreadsheet import, CLI
options, bundle records — with the same limits the district's bundle reader enforces; values
stored by older versions are reported by ``check``, cleaned on the next edit, and never make an
export or a print fail."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.domain.fields import MINUTES, InvalidValue, parse_value
from app.domain.vntext import nfc
from app.services.records import SPECS, RecordSource
from app.services.spreadsheet_import import plan_import
from app.store.models import AgendaItem, Honoree, Invitee, UnitProfile
from app.store.values import value_kinds
from app.sync.bundle import open_payload, read_bundle
from app.sync.exchange import wire_columns
from app.sync.keys import installation_identity
from tests.conftest import dump
from tests.conftest import run_cli as run
from tests.syncing import COMMUNE, DISTRICT, opened
from tests.test_sync import _identity, _signed

DIRTY = "Nguyễn\x00 Văn\u202e Bẩn\u200b\x07"  # NUL, a bidi override, a zero-width space, a bell
CLEAN = "Nguyễn Văn Bẩn"


# -- one table of limits --------------------------------------------------------------------------
def test_every_local_door_uses_the_bundle_readers_limits():
    for model in (Honoree, Invitee, AgendaItem, UnitProfile):
        wire = {c.name: c for c in wire_columns(model)}
        for key, kind in value_kinds(model).items():
            if kind.name == "text":
                assert kind.limit == wire[key].limit, (model.__tablename__, key)
            elif kind.name in ("int", "year", "minutes"):
                assert wire[key].bounds == kind
    assert value_kinds(Honoree)["name"].limit == 300
    assert SPECS["honorees"].column("name").kind.limit == 300  # the desk's cell knows it too
    assert SPECS["agenda_items"].column("minutes").kind == MINUTES


def test_the_one_text_rule():
    assert nfc(DIRTY) == CLEAN
    assert nfc("a\ud800b\ufeff\u2066c\u2069") == "abc"  # lone surrogate, BOM, bidi isolates
    assert parse_value(SPECS["honorees"].column("achievement").kind, "x\x00\x1fy") == "xy"
    with pytest.raises(InvalidValue, match="10000 characters"):
        parse_value(SPECS["honorees"].column("name").kind, "A" * 10_000)
    for minutes in ("0", "-30", "601"):
        with pytest.raises(InvalidValue):
            parse_value(MINUTES, minutes)
    assert parse_value(MINUTES, "45") == 45
    with pytest.raises(InvalidValue):
        parse_value(SPECS["honorees"].column("birth_year").kind, "1850")


# -- typing and paste in the desk ---------------------------------------------------------------
def _desk(qtbot, path: Path):
    from app.services.conference import unit_conference
    from app.services.database import open_database
    from app.ui.desk import DeskWindow

    store = open_database(str(path))
    window = DeskWindow(store, unit_conference(store, store.unit_id).id)
    qtbot.addWidget(window)
    window.show()
    return window, store


def test_a_cell_refuses_what_the_district_would_refuse(commune_db):
    with opened(commune_db) as store:
        with store.session() as session:
            conference = session.scalars(select(Honoree.conference_id)).first()
        source = RecordSource(store, SPECS["honorees"], conference_id=conference, unit_id=store.unit_id)
        with pytest.raises(InvalidValue, match="at most 300"):
            source.parse("name", "A" * 10_000)
        with pytest.raises(InvalidValue, match="family_middle"):  # fits the name, not a person's parts
            source.parse("name", " ".join(["Nguyễn"] * 25) + " An")
        assert source.parse("name", DIRTY) == CLEAN
        agenda = RecordSource(store, SPECS["agenda_items"], conference_id=conference, unit_id=store.unit_id)
        with pytest.raises(InvalidValue):
            agenda.parse("minutes", "-30")


def test_a_paste_with_a_too_long_name_changes_nothing_and_names_the_row(qtbot, commune_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    window, store = _desk(qtbot, commune_db)
    panel = window.show_section("honorees")
    before = panel.model.rowCount()
    panel.paste(f"{CLEAN}\n{'B' * 10_000}\n")
    assert said and "Dòng 2" in said[0] and "tối đa 300" in said[0]
    assert panel.model.rowCount() == before
    panel.paste(f"{DIRTY}\n")
    assert panel.model.rowCount() == before + 1
    window.close()
    store.close()
    names = [r[0] for r in sqlite3.connect(commune_db).execute("select name from honorees")]
    assert CLEAN in names and not any("\x00" in n or "\u202e" in n for n in names)


def test_the_unit_form_cannot_take_more_than_the_district_accepts(qtbot, commune_db):
    from PySide6.QtWidgets import QLineEdit

    window, store = _desk(qtbot, commune_db)
    panel = window.show_section("unit")
    signer = panel.widgets["signer_name"]
    assert (
        isinstance(signer, QLineEdit) and signer.maxLength() == value_kinds(UnitProfile)["signer_name"].limit
    )
    signer.setText(DIRTY)
    signer.editingFinished.emit()
    window.close()
    store.close()
    stored = sqlite3.connect(commune_db).execute("select signer_name from unit_profiles").fetchone()[0]
    assert stored == CLEAN


# -- spreadsheet import ---------------------------------------------------------------------------
def test_a_spreadsheet_row_over_the_limit_is_refused_with_its_row_named(commune_db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh", "Chức vụ", "Thành tích"])
    ws.append(["Nguyễn\u202e Văn Bẩn\u200b", 1980, "Cán bộ", "Tốt"])  # a workbook cannot hold NUL
    ws.append(["C" * 10_000, 1981, "Cán bộ", "Tốt"])
    ws.append(["Lê Thị Dài", 1982, "Cán bộ", "x" * 10_001])
    xlsx = tmp_path / "ds.xlsx"
    wb.save(xlsx)
    csv = tmp_path / "ds.csv"  # a CSV can
    csv.write_text(
        f"Họ và tên,Năm sinh,Chức vụ\n{DIRTY},1980,Cán bộ\x01\n{'C' * 10_000},1981,Cán bộ\n", encoding="utf-8"
    )
    with opened(commune_db) as store:
        plans = [plan_import(store, "honorees", path) for path in (xlsx, csv)]
    for plan in plans:
        by_line = {r.line: r for r in plan.rows}
        assert by_line[2].status == "import" and by_line[2].values["name"] == CLEAN
        assert by_line[2].values["position"] == "Cán bộ"
        assert by_line[3].status == "refused"
        assert any("“Họ và tên”" in n and "tối đa 300" in n for n in by_line[3].notes)
        assert "dòng 3: TỪ CHỐI" in "\n".join(plan.report_lines())
    by_line = {r.line: r for r in plans[0].rows}
    assert by_line[4].status == "refused" and any("“Thành tích”" in n for n in by_line[4].notes)


# -- CLI options ----------------------------------------------------------------------------------
def test_print_with_a_10000_character_signer_fails_and_saves_nothing(commune_db, tmp_path, capsys):
    before = dump(commune_db)
    out = tmp_path / "ct.pdf"
    code, _, err = run(
        capsys, "--db", commune_db, "print", "programme", "--out", out, "--signer", "K" * 10_000
    )
    assert code == 1 and err.count("\n") == 1 and "Người ký" in err and "tối đa 120" in err
    assert not out.exists() and dump(commune_db) == before
    code, _, err = run(capsys, "--db", commune_db, "print", "programme", "--out", out)
    assert code == 0, err  # the next print is not blocked by a remembered bad value


def test_print_settings_are_saved_only_after_the_document_was_written(
    commune_db, tmp_path, capsys, monkeypatch
):
    from app.errors import AppError
    from app.services import printing

    def fail(*_args, **_kwargs):
        raise AppError("Ổ đĩa đầy.", "disk full")

    before = dump(commune_db)
    monkeypatch.setattr(printing, "write", fail)
    code, _, _ = run(
        capsys,
        "--db",
        commune_db,
        "print",
        "programme",
        "--out",
        tmp_path / "a.pdf",
        "--signer",
        "Lê Văn Ký",
        "--place",
        "Phan Thiết",
        "--number",
        "12",
    )
    assert code == 1 and dump(commune_db) == before
    monkeypatch.undo()
    code, _, err = run(
        capsys,
        "--db",
        commune_db,
        "print",
        "programme",
        "--out",
        tmp_path / "a.pdf",
        "--signer",
        DIRTY,
        "--place",
        "Phan\x00 Thiết",
        "--number",
        "12",
    )
    assert code == 0, err
    row = (
        sqlite3.connect(commune_db)
        .execute("select signer_name, place_name, numbers from unit_profiles")
        .fetchone()
    )
    assert row[:2] == (CLEAN, "Phan Thiết") and json.loads(row[2])["programme"] == "12"


# -- bundle records -------------------------------------------------------------------------------
def _lines(trio) -> list[dict]:
    """The records of a real bundle from the commune to the district (the bundle file removed)."""
    up = trio.export(COMMUNE)
    with opened(trio.db(DISTRICT)) as store:
        lines = open_payload(
            read_bundle(up), installation_identity(store), DISTRICT, _identity(trio.db(COMMUNE)).public()
        )
    up.unlink()
    return lines


def test_negative_agenda_minutes_arrive_by_bundle_and_are_refused(trio):
    lines = _lines(trio)
    agenda = next(line for line in lines if line["t"] == "agenda_items")
    agenda["r"]["minutes"] = -30
    before = dump(trio.db(DISTRICT))
    [preview] = trio.load(DISTRICT, _signed(trio, lines))
    assert preview.status == "refused"
    assert "agenda_items" in preview.reason.vi and "minutes" in preview.reason.vi
    assert dump(trio.db(DISTRICT)) == before


def test_a_name_the_desk_refuses_is_refused_in_a_bundle_and_hidden_characters_are_dropped(trio):
    lines = _lines(trio)
    honoree = next(line for line in lines if line["t"] == "honorees")
    honoree["r"]["name"] = "D" * 10_000
    [preview] = trio.load(DISTRICT, _signed(trio, lines))
    assert preview.status == "refused" and "honorees" in preview.reason.vi
    honoree["r"].update(name=DIRTY, collective=True, field="nong-nghiep\x00", achievement="Tốt\u202e lắm\x1b")
    honoree["r"].pop("family_middle", None)
    honoree["r"].pop("given", None)
    [preview] = trio.load(DISTRICT, _signed(trio, lines))
    assert preview.status == "imported", preview.reason
    row = (
        sqlite3.connect(trio.db(DISTRICT))
        .execute("select name, field, achievement from honorees where id = ?", (honoree["r"]["id"],))
        .fetchone()
    )
    assert row == (CLEAN, "nong-nghiep", "Tốt lắm")


def test_a_bad_value_stored_by_an_older_version_stops_the_export_with_the_record_named(trio):
    with sqlite3.connect(trio.db(COMMUNE)) as con:
        con.execute("update agenda_items set minutes = -30 where position = 1")
    from app.errors import AppError

    with pytest.raises(AppError, match="agenda_items.*minutes") as refused:
        trio.export(COMMUNE)
    assert refused.value.vi.startswith("Chương trình") and "hoinghi check" in refused.value.vi
    assert not list(trio.usb.glob("*.hnb"))


# -- values stored by older versions --------------------------------------------------------------
def _spoil(path: Path) -> dict[str, str]:
    """Write bad values straight into the file, as an older version (or a raw tool) could have."""
    with sqlite3.connect(path) as con:
        honoree = con.execute("select id from honorees where collective = 0 order by id").fetchone()[0]
        invitee = con.execute("select id from invitees order by id").fetchone()[0]
        con.execute(
            "update honorees set name = ?, family_middle = ?, given = ?, achievement = ? where id = ?",
            ("Lê\x00 Văn Bẩn\x0b", "Lê\x00 Văn", "Bẩn\x0b", '=HYPERLINK("http://x";"y")\x01', honoree),
        )
        con.execute("update invitees set position = ? where id = ?", ("Chủ tịch\x00" + "x" * 10_100, invitee))
        con.execute("update agenda_items set minutes = -30 where position = 2")
    return {"honoree": honoree, "invitee": invitee}


def test_check_reports_bad_stored_values_and_the_next_edit_cleans_them(commune_db, capsys):
    ids = _spoil(commune_db)
    code, out, _ = run(capsys, "--db", commune_db, "check", "--json")
    assert code == 0
    findings = [f for r in json.loads(out)["conferences"] for f in r["findings"] if f["code"] == "bad_value"]
    by_table = {f["table"]: f for f in findings}
    assert ids["honoree"] in by_table["honorees"]["ids"] and ids["invitee"] in by_table["invitees"]["ids"]
    assert "agenda_items" in by_table and all(f["severity"] == "error" for f in findings)
    code, out, _ = run(capsys, "--db", commune_db, "check")
    assert "ký tự điều khiển" in out and "Quá dài" in out

    with opened(commune_db) as store:
        RecordSource(store, SPECS["honorees"], everything=True).update(ids["honoree"], "birth_year", 1977)
    name, achievement = (
        sqlite3.connect(commune_db)
        .execute("select name, achievement from honorees where id = ?", (ids["honoree"],))
        .fetchone()
    )
    assert (name, achievement) == ("Lê Văn Bẩn", '=HYPERLINK("http://x";"y")')


def test_control_characters_stored_by_an_older_version_never_break_an_export_or_a_print(
    commune_db, tmp_path, capsys
):
    _spoil(commune_db)
    out = tmp_path / "ds.xlsx"
    code, _, err = run(capsys, "--db", commune_db, "xlsx", "export", "honorees", "--out", out)
    assert code == 0, err
    values = [
        c.value for row in load_workbook(out).active.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert "Lê Văn Bẩn" in values and not any("\x00" in v or "\x01" in v for v in values)
    for kind in ("honorees", "invitations", "attendance"):
        for suffix in (".docx", ".pdf"):
            code, _, err = run(
                capsys, "--db", commune_db, "print", kind, "--out", tmp_path / f"{kind}{suffix}"
            )
            assert code == 0, (kind, suffix, err)


def test_the_longest_allowed_values_print_as_pdf_and_docx(commune_db, tmp_path, capsys):
    """Every text column at its limit on a record of each list: rows taller than a page
    continue on the next one; nothing fails."""
    from app.store.models import Conference, Delegate, Speech

    words = "Nguyễn Thị Hoàng Phường Ủy ban nhân dân ĐHTT Trưởng Bắc xã ".split()

    def longest(limit: int) -> str:
        text = " ".join(words[i % len(words)] for i in range(limit))
        return text[:limit].rstrip()

    codes = (
        "category",
        "field",
        "target_group",
        "award_form",
        "status",
        "kind",
        "gender",
        "form",
        "period",
        "name",
        "family_middle",
        "given",
    )
    with opened(commune_db) as store, store.session() as session:
        for model in (Conference, AgendaItem, Invitee, Honoree, Speech, Delegate, UnitProfile):
            kinds = value_kinds(model)
            for record in session.scalars(select(model).order_by(model.id).limit(1)):
                for key, kind in kinds.items():
                    if kind.name == "text" and key not in codes:
                        setattr(record, key, longest(kind.limit))
                if hasattr(record, "family_middle") and not record.collective:
                    record.family_middle, record.given = longest(120), "A" * 60
    with sqlite3.connect(commune_db) as con:  # two letters of the mail merge are enough (each is pages long)
        con.execute(
            "update invitees set deleted = 1 where id not in (select id from invitees order by id limit 2)"
        )
    for kind in ("programme", "invitations", "honorees", "delegates", "attendance", "script"):
        for suffix in (".pdf", ".docx"):
            code, _, err = run(
                capsys, "--db", commune_db, "print", kind, "--out", tmp_path / f"{kind}{suffix}"
            )
            assert code == 0, (kind, suffix, err)


def test_a_unit_registry_file_with_a_too_long_name_is_refused_row_by_row(tmp_path, capsys):
    path = tmp_path / "don-vi.csv"
    path.write_text(
        "code,name,kind,parent\n90,Tỉnh\u202e Thử\x00,tinh,\n90001," + "X" * 10_000 + ",xa,90\n",
        encoding="utf-8",
    )
    db = tmp_path / "dv.sqlite"
    code, _, err = run(capsys, "--db", db, "units", "import", path)
    assert code == 1 and "dòng 3" in err and "tối đa 200" in err and "dòng 2" not in err
    path.write_text("code,name,kind,parent\n90,Tỉnh\u202e Thử\x00,tinh,\n", encoding="utf-8")
    assert run(capsys, "--db", db, "units", "import", path)[0] == 0
    assert sqlite3.connect(db).execute("select name from units where code = '90'").fetchone()[0] == "Tỉnh Thử"


def test_a_plan_file_with_a_too_long_name_is_refused(tmp_path, capsys, commune_db):
    out = tmp_path / "ke-hoach.json"
    code, made, err = run(
        capsys, "--db", commune_db, "plan", "new", "--from", "binh-thuan-dhtt-2025", "--period", "2026-2030"
    )
    assert code == 0, err
    plan = made.strip().splitlines()[-1]
    assert run(capsys, "--db", commune_db, "plan", "export", plan, "--out", out)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["name"] = "K" * 10_000
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump(commune_db)
    code, _, err = run(capsys, "--db", commune_db, "plan", "import", out, "--yes")
    assert code == 1 and "tối đa 300" in err and dump(commune_db) == before
