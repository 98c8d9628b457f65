"""Trust nothing that arrives: references stay inside the sender's own data, every bundle on its own
(a hostile file never stops the batch), the signature before the ledger, sane versions."""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.sync.bundle as bundle_module
from app.cli.main import main
from app.sync.bundle import make_bundle, open_payload, read_bundle, write_bundle
from app.sync.exchange import MAX_VERSION, MODELS, references
from app.sync.keys import installation_identity
from tests.conftest import dump
from tests.syncing import COMMUNE, DISTRICT, OTHER_COMMUNE, PROVINCE, Trio, opened


# -- helpers ------------------------------------------------------------------------------------
def identity(trio: Trio, code: str):
    with opened(trio.db(code)) as store:
        return installation_identity(store)


def signed(trio: Trio, sender: str, recipient: str, lines: list[dict], direction: str = "up") -> Path:
    """A bundle properly signed by *sender* and sealed for *recipient*, with chosen record lines."""
    me = identity(trio, sender)
    extra = {"installation": str(uuid.uuid4()), "sender_keys": me.public().as_json(), "acks": [], "number": 9}
    made = make_bundle(
        me, sender, identity(trio, recipient).public(), recipient, direction, lines, 1, 10, extra
    )
    return write_bundle(made, trio.usb / f"{sender}_20250101_{uuid.uuid4().hex[:8]}.hnb")


def lines_of(trio: Trio, sender: str, recipient: str) -> dict[str, list[dict]]:
    """The record lines of a real bundle from *sender* to *recipient*, by table (the file removed)."""
    path = trio.export(sender, recipient)
    with opened(trio.db(recipient)) as store:
        lines = open_payload(
            read_bundle(path), installation_identity(store), recipient, identity(trio, sender).public()
        )
    path.unlink()
    by_table: dict[str, list[dict]] = {}
    for line in lines:
        by_table.setdefault(line["t"], []).append(line)
    return by_table


def owned_by(trio: Trio, code: str, table: str, unit: str) -> str:
    """The id of a record of *table* owned by *unit* in *code*'s database."""
    con = sqlite3.connect(trio.db(code))
    try:
        row = con.execute(
            f"select x.id from {table} x join units u on u.id = x.owner_unit_id where u.code = ? "
            "order by x.id limit 1",
            (unit,),
        ).fetchone()
    finally:
        con.close()
    assert row, f"no {table} of {unit} in {code}'s database"
    return row[0]


def one_line(trio: Trio, table: str) -> dict:
    """A real line of *table* from the commune (up) or from the district (down), to edit."""
    if table == "unit_profiles" and table not in trio.up_lines:  # the demo commune has none: a new one
        return {
            "t": table,
            "r": {
                "id": str(uuid.uuid4()),
                "owner_unit_id": COMMUNE,
                "version": 1,
                "signer_name": "Nguyễn Văn Ký",
            },
        }
    up = trio.up_lines if table in trio.up_lines else trio.down_lines
    return copy.deepcopy(up[table][0])


@pytest.fixture
def hostile(trio: Trio) -> Trio:
    """The trio after the commune's honest first bundle reached the district (so the commune's own
    records exist there) and the district's first bundle reached the commune; with real lines of
    every table to make hostile bundles from."""
    trio.up_lines = lines_of(trio, COMMUNE, DISTRICT)
    trio.down_lines = lines_of(trio, DISTRICT, COMMUNE)
    assert trio.load(DISTRICT, trio.export(COMMUNE))[0].status == "imported"
    assert trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))[0].status == "imported"
    return trio


# -- references stay inside the sender's subtree --------------------------------------------------
def _up(trio: Trio, table: str, column: str, value: object) -> tuple[str, Path]:
    line = one_line(trio, table)
    line["r"][column] = value
    return DISTRICT, signed(trio, COMMUNE, DISTRICT, [line])


def _down(trio: Trio, table: str, column: str, value: object) -> tuple[str, Path]:
    line = one_line(trio, table)
    line["r"][column] = value
    line["r"]["version"] = line["r"].get("version", 1) + 1
    return COMMUNE, signed(trio, DISTRICT, COMMUNE, [line], "down")


def _note_up(trio: Trio, **change: object) -> tuple[str, Path]:
    """A review note's resolution coming up from the commune, with one column changed."""
    note = {
        "id": str(uuid.uuid4()),
        "owner_unit_id": DISTRICT,
        "target_unit_id": COMMUNE,
        "target_table": "honorees",
        "target_id": one_line(trio, "honorees")["r"]["id"],
        "text": "Xem lại",
        "status": "resolved",
        "resolution": "Đã sửa",
        "version": 2,
        "origin": str(uuid.uuid4()),
        **change,
    }
    return DISTRICT, signed(trio, COMMUNE, DISTRICT, [{"t": "review_notes", "r": note}])


# Each reference column of each synced table, pointed outside what the sender may write.
CASES = {
    # reference data, from the district down to the commune
    ("units", "parent_id"): lambda t: _down(t, "units", "parent_id", "99999"),
    ("units", "owner_unit_id"): lambda t: _down(t, "units", "owner_unit_id", COMMUNE),
    ("plans", "owner_unit_id"): lambda t: _down(t, "plans", "owner_unit_id", COMMUNE),
    ("catalogue_items", "owner_unit_id"): lambda t: _down(
        t, "catalogue_items", "owner_unit_id", OTHER_COMMUNE
    ),
    # review notes: their resolution coming up from the commune
    ("review_notes", "owner_unit_id"): lambda t: _note_up(t, owner_unit_id=OTHER_COMMUNE),
    ("review_notes", "target_unit_id"): lambda t: _note_up(t, target_unit_id=OTHER_COMMUNE),
    ("review_notes", "target_id"): lambda t: _note_up(
        t, target_table="conferences", target_id=owned_by(t, DISTRICT, "conferences", DISTRICT)
    ),
    # a plan the district does not hold
    ("conferences", "plan_id"): lambda t: _up(t, "conferences", "plan_id", "KH-KHONG-CO"),
    # the district's own records, named from the commune's
    ("speeches", "honoree_id"): lambda t: _up(
        t, "speeches", "honoree_id", owned_by(t, DISTRICT, "honorees", DISTRICT)
    ),
    ("delegates", "honoree_id"): lambda t: _up(
        t, "delegates", "honoree_id", owned_by(t, DISTRICT, "honorees", DISTRICT)
    ),
    ("delegates", "source_id"): lambda t: _up(
        t, "delegates", "source_id", owned_by(t, DISTRICT, "delegates", DISTRICT)
    ),
}
for _model in MODELS.values():
    for _ref in references(_model):
        if _ref.column == "owner_unit_id" and _model.__tablename__ not in (
            "units",
            "plans",
            "catalogue_items",
            "review_notes",
        ):
            CASES[(_model.__tablename__, "owner_unit_id")] = lambda t, table=_model.__tablename__: _up(
                t, table, "owner_unit_id", OTHER_COMMUNE
            )
        elif _ref.column == "conference_id":
            CASES[(_model.__tablename__, "conference_id")] = lambda t, table=_model.__tablename__: _up(
                t, table, "conference_id", owned_by(t, DISTRICT, "conferences", DISTRICT)
            )
EVERY_REFERENCE = sorted((m.__tablename__, r.column) for m in MODELS.values() for r in references(m))


def test_every_reference_column_has_a_case():
    assert set(EVERY_REFERENCE) == set(CASES)
    assert ("delegates", "source_id") in EVERY_REFERENCE and ("review_notes", "target_id") in EVERY_REFERENCE


@pytest.mark.parametrize("table,column", EVERY_REFERENCE)
def test_a_reference_outside_the_senders_data_refuses_the_whole_bundle(hostile, table, column):
    receiver, path = CASES[(table, column)](hostile)
    before = dump(hostile.db(receiver))
    [result] = hostile.load(receiver, path)
    assert result.status == "refused", result.as_json()
    assert column in result.reason.en and "\n" not in result.reason.vi and "\n" not in result.reason.en
    assert "Bản ghi thứ 1" in result.reason.vi  # the record is named
    assert dump(hostile.db(receiver)) == before


def test_a_reference_to_a_record_in_neither_the_bundle_nor_the_database_is_refused(hostile):
    receiver, path = _up(hostile, "honorees", "conference_id", str(uuid.uuid4()))
    before = dump(hostile.db(receiver))
    [result] = hostile.load(receiver, path)
    assert result.status == "refused" and "neither in the bundle nor in this database" in result.reason.en
    assert dump(hostile.db(receiver)) == before


def test_references_to_the_senders_own_records_pass(hostile):
    """The control: the same kind of edit, pointing at the commune's own conference, is imported."""
    line = one_line(hostile, "honorees")
    line["r"]["conference_id"] = one_line(hostile, "conferences")["r"]["id"]
    line["r"]["achievement"], line["r"]["version"] = "Sửa hợp lệ", line["r"]["version"] + 1
    [result] = hostile.load(DISTRICT, signed(hostile, COMMUNE, DISTRICT, [line]))
    assert result.status == "imported" and result.tables["honorees"].changed == 1


def _relayed(trio: Trio, cross: bool) -> Path:
    """The district's bundle to the province relaying the neighbour commune's conference and a
    commune honoree pointing at it (*cross*) or at its own commune's conference."""
    conference = one_line(trio, "conferences")
    neighbour = copy.deepcopy(conference)
    neighbour["r"]["id"], neighbour["r"]["owner_unit_id"] = str(uuid.uuid4()), OTHER_COMMUNE
    honoree = one_line(trio, "honorees")
    honoree["r"]["conference_id"] = neighbour["r"]["id"] if cross else conference["r"]["id"]
    return signed(trio, DISTRICT, PROVINCE, [conference, neighbour, honoree])


def test_a_relayed_record_pointing_into_a_neighbours_conference_is_refused(hostile):
    before = dump(hostile.db(PROVINCE))
    [result] = hostile.load(PROVINCE, _relayed(hostile, cross=True))
    assert result.status == "refused", result.as_json()
    assert "conference_id" in result.reason.en and OTHER_COMMUNE in result.reason.en
    assert dump(hostile.db(PROVINCE)) == before
    [control] = hostile.load(PROVINCE, _relayed(hostile, cross=False))
    assert control.status == "imported" and control.tables["honorees"].new == 1


# -- a record's version --------------------------------------------------------------------------
@pytest.mark.parametrize("version", [2**62 - 1, MAX_VERSION + 1, 0])
def test_an_absurd_version_is_refused_not_frozen_in(hostile, version):
    receiver, path = _up(hostile, "honorees", "version", version)
    before = dump(hostile.db(receiver))
    [result] = hostile.load(receiver, path)
    assert result.status == "refused" and "version" in result.reason.vi
    assert dump(hostile.db(receiver)) == before
    line = one_line(hostile, "honorees")  # a later honest change still arrives
    line["r"]["achievement"], line["r"]["version"] = "Sửa sau", line["r"]["version"] + 1
    [later] = hostile.load(DISTRICT, signed(hostile, COMMUNE, DISTRICT, [line]))
    assert later.status == "imported" and later.tables["honorees"].changed == 1


# -- the signature before the ledger -------------------------------------------------------------
def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    change(parts)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def _edit_manifest(parts: dict) -> None:
    manifest = json.loads(parts["manifest.json"])
    manifest["seq_from"] = 0
    parts["manifest.json"] = json.dumps(manifest).encode()


def _edit_payload(parts: dict) -> None:
    payload = bytearray(parts["payload.bin"])
    payload[-1] ^= 0xFF
    parts["payload.bin"] = bytes(payload)


@pytest.mark.parametrize(
    "change,reason", [(_edit_manifest, "bad signature"), (_edit_payload, "hash mismatch")]
)
def test_a_tampered_copy_of_an_imported_bundle_is_refused_not_already_imported(trio, change, reason):
    honest = trio.export(COMMUNE)
    assert trio.load(DISTRICT, honest)[0].status == "imported"
    tampered = _rezip(honest, trio.usb / "copy.hnb", change)
    before = dump(trio.db(DISTRICT))
    [result] = trio.load(DISTRICT, tampered)
    assert result.status == "refused" and reason in result.reason.en
    assert dump(trio.db(DISTRICT)) == before
    assert trio.load(DISTRICT, honest)[0].status == "already"


# -- each bundle on its own: hostile files on the stick ------------------------------------------
def nested_manifest(path: Path, depth: int = 100_000) -> Path:
    """A bundle-shaped zip whose manifest is an array nested *depth* deep (stored, not deflated, so
    that no compression-ratio check stops it before the parser)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", b"[" * depth + b"]" * depth)
        archive.writestr("manifest.sig", b"\0" * 64)
        archive.writestr("payload.bin", b"\0" * 64)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_hostile_file_before_an_honest_bundle_never_stops_the_batch(trio, capsys):
    nested_manifest(trio.usb / "0-hostile.hnb")  # sorts before the honest one
    honest = trio.export(COMMUNE)
    assert sorted(p.name for p in trio.usb.glob("*.hnb")) == ["0-hostile.hnb", honest.name]
    code, out, err = run(capsys, "--db", str(trio.db(DISTRICT)), "bundle", "import", str(trio.usb), "--yes")
    assert code == 1 and "done, with 1 refused" in out and "Traceback" not in out + err
    assert "ĐÃ NHẬP" in out.split("Gói " + honest.name)[1].splitlines()[0]
    with sqlite3.connect(trio.db(DISTRICT)) as con:
        assert con.execute("select count(*) from sync_ledger").fetchone()[0] == 1
    con.close()


def test_bundle_inspect_survives_a_hostile_file_with_one_line(trio, capsys):
    code, out, err = run(
        capsys,
        "--db",
        str(trio.db(DISTRICT)),
        "bundle",
        "inspect",
        str(nested_manifest(trio.usb / "0-hostile.hnb")),
    )
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "malformed manifest" in err


@pytest.mark.parametrize("failure", [MemoryError, RecursionError, zipfile.LargeZipFile, KeyError, OSError])
def test_any_failure_reading_one_file_refuses_that_file_and_the_batch_goes_on(
    trio, capsys, monkeypatch, failure
):
    honest = trio.export(COMMUNE)
    bad = trio.usb / "0-bad.hnb"
    bad.write_bytes(honest.read_bytes())
    real = bundle_module._read_member

    def reading(archive, info):
        if Path(str(archive.filename)).name == bad.name:
            raise failure("from the zip library")
        return real(archive, info)

    monkeypatch.setattr(bundle_module, "_read_member", reading)
    code, out, err = run(capsys, "--db", str(trio.db(DISTRICT)), "bundle", "inspect", str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    results = trio.load(DISTRICT, bad, honest)
    assert [r.status for r in results] == ["refused", "imported"]
    assert "\n" not in results[0].reason.en


def deep_record_bundle(trio: Trio, monkeypatch: pytest.MonkeyPatch, depth: int = 100_000) -> Path:
    """A properly signed and sealed bundle whose one record line nests *depth* deep."""
    raw = b'{"t":"honorees","r":{"movements":' + b"[" * depth + b"]" * depth + b"}}\n"
    with monkeypatch.context() as patch:
        patch.setattr(
            bundle_module, "encode_records", lambda lines: (zlib.compress(raw), len(raw), {"honorees": 1})
        )
        return signed(trio, COMMUNE, DISTRICT, [])


def test_a_record_line_nested_deep_is_refused_by_its_number(trio, monkeypatch):
    path = deep_record_bundle(trio, monkeypatch)
    before = dump(trio.db(DISTRICT))
    results = trio.load(DISTRICT, path, trio.export(COMMUNE))
    assert [r.status for r in results] == ["refused", "imported"]
    assert "record line 1" in results[0].reason.en
    assert before != dump(trio.db(DISTRICT))  # the honest one was imported


def test_an_unexpected_fault_of_ours_refuses_that_bundle_and_is_logged(trio, monkeypatch, _isolated_home):
    import app.sync.planning as planning

    honest = trio.export(COMMUNE)
    first = trio.usb / "0-first.hnb"
    first.write_bytes(honest.read_bytes())
    real = planning.plan_records
    calls = []

    def failing_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ZeroDivisionError("a bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(planning, "plan_records", failing_once)
    results = trio.load(DISTRICT, first, honest)
    assert [r.status for r in results] == ["refused", "imported"]
    assert "ZeroDivisionError" in results[0].reason.en
    assert "ZeroDivisionError" in (_isolated_home / "hoinghi-errors.log").read_text(encoding="utf-8")


# -- the format document ---------------------------------------------------------------------------
def test_the_format_document_lists_every_column_and_reference_as_the_reader_checks_them():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_bundle_tables", Path(__file__).resolve().parent.parent / "docs" / "make_bundle_tables.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.DOCUMENT.read_text(encoding="utf-8")
    assert module.rewritten(text) == text, (
        "docs/bundle-format.md is stale: run python docs/make_bundle_tables.py"
    )
    for table, column in EVERY_REFERENCE:
        assert f"#### `{table}`" in text and f"| `{column}` |" in text


# -- the bounded JSON parse ----------------------------------------------------------------------------
def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


_TRICKY_TEXT = st.text(alphabet='[]{}"\\ab\n\u0000ứ', max_size=8)
_JSON_VALUES = st.recursive(
    st.none() | st.integers() | _TRICKY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY_TEXT, inner, max_size=3),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(value=_JSON_VALUES, ascii_only=st.booleans())
def test_the_nesting_check_is_exact_whatever_the_strings_hold(value, ascii_only):
    from app.domain.jsonsafe import shallow_json

    text = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    depth = _depth(value)
    for limit in (max(depth - 1, 0), depth, depth + 1):
        assert shallow_json(text, limit) == (depth <= limit), (text, limit)


def test_brackets_inside_strings_cannot_hide_deep_nesting():
    from app.domain.jsonsafe import loads_bounded

    # Every structural "[" is followed by a string holding "]", every structural "]" preceded by a
    # string holding "[": counting all brackets sees depth 1, the parser would go 200 deep.
    hidden = b"[" + b'"]",[' * 200 + b'"["' + b'],"["' * 200 + b"]"
    assert _depth(json.loads(hidden)) == 201
    with pytest.raises(ValueError, match="nested more than"):
        loads_bounded(hidden)
