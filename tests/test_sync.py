"""USB sync between installations: commune → district → province and back, on real databases."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.cli.main import main
from app.services.database import open_database
from app.services.demo import run_demo
from app.store.changes import tombstone
from app.store.models import Honoree, Meta, SyncConflict, SyncPeer
from app.sync import keystore
from app.sync.bundle import make_bundle, read_bundle, write_bundle
from app.sync.exchange import UP_MODELS, export_bundle, import_bundles
from app.sync.keys import (
    PUBLIC_KEY,
    accept_keys,
    installation_identity,
    read_registration,
    register,
    write_registration,
)
from tests.conftest import dump
from tests.syncing import (
    COMMUNE,
    DISTRICT,
    NAMES,
    OTHER_COMMUNE,
    PROVINCE,
    Trio,
    data_home,
    opened,
    second_pc,
)


def owned_rows(path: Path, unit_code: str) -> dict[str, list[dict]]:
    """Every record owned by *unit_code*, field by field, with unit and plan ids as codes (ids of
    reference data differ between installations) and without the local change number."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    codes = dict(con.execute("select id, code from units").fetchall())
    plans = dict(con.execute("select id, code from plans").fetchall())
    owner = con.execute("select id from units where code = ?", (unit_code,)).fetchone()[0]
    out = {}
    for model in UP_MODELS:
        rows = []
        for row in con.execute(
            f"select * from {model.__tablename__} where owner_unit_id = ? order by id", (owner,)
        ):
            record = dict(row)
            record.pop("seq")
            record["owner_unit_id"] = codes[record["owner_unit_id"]]
            if "plan_id" in record and record["plan_id"]:
                record["plan_id"] = plans[record["plan_id"]]
            rows.append(record)
        out[model.__tablename__] = rows
    con.close()
    return out


def ack_round(trio: Trio) -> None:
    """The district acknowledges what it holds of the commune (a bundle down)."""
    assert trio.load(COMMUNE, trio.export(DISTRICT, COMMUNE))[0].status == "imported"


def edit_first_honoree(path: Path, text: str) -> str:
    with opened(path) as store, store.session() as session:
        honoree = session.scalars(select(Honoree).order_by(Honoree.id)).first()
        honoree.achievement = text
        return honoree.id


# -- the whole journey --------------------------------------------------------------------------
def test_commune_to_district_to_province_field_by_field_and_acks_flow_back(trio):
    up = trio.export(COMMUNE)
    assert up.name.startswith(f"{COMMUNE}_") and up.suffix == ".hnb"
    [imported] = trio.load(DISTRICT, up)
    assert imported.status == "imported" and imported.tables["honorees"].new > 0
    [forwarded] = trio.load(PROVINCE, trio.export(DISTRICT))
    assert forwarded.status == "imported"

    commune = owned_rows(trio.db(COMMUNE), COMMUNE)
    assert sum(len(rows) for rows in commune.values()) > 50
    assert owned_rows(trio.db(DISTRICT), COMMUNE) == commune
    assert owned_rows(trio.db(PROVINCE), COMMUNE) == commune
    # The district's own records travelled too, and nothing of any other unit.
    assert owned_rows(trio.db(PROVINCE), DISTRICT) == owned_rows(trio.db(DISTRICT), DISTRICT)
    assert owned_rows(trio.db(PROVINCE), OTHER_COMMUNE) == {m.__tablename__: [] for m in UP_MODELS}

    # Acknowledgements flow back down: each sender learns how far its parent holds its changes.
    trio.load(DISTRICT, trio.export(PROVINCE, DISTRICT))
    ack_round(trio)
    for code, parent, bundle in ((COMMUNE, DISTRICT, up), (DISTRICT, PROVINCE, None)):
        with opened(trio.db(code)) as store, store.session() as session:
            peer = session.get(SyncPeer, parent)
            assert peer.acked_seq > 0
            if bundle is not None:
                assert peer.acked_seq == read_bundle(bundle).manifest["seq_to"]


def test_reimport_changes_nothing_and_says_already_imported(trio):
    up = trio.export(COMMUNE)
    trio.load(DISTRICT, up)
    before = dump(trio.db(DISTRICT))
    [again] = trio.load(DISTRICT, up)
    assert again.status == "already"
    assert dump(trio.db(DISTRICT)) == before


def test_after_one_edit_the_next_bundle_holds_that_record_alone(trio):
    trio.load(DISTRICT, trio.export(COMMUNE))
    ack_round(trio)
    record = edit_first_honoree(trio.db(COMMUNE), "Sáng kiến mới được công nhận năm 2025")
    bundle = trio.export(COMMUNE)
    assert read_bundle(bundle).manifest["counts"] == {"honorees": 1}
    [result] = trio.load(DISTRICT, bundle)
    assert result.tables["honorees"].changed == 1
    con = sqlite3.connect(trio.db(DISTRICT))
    assert con.execute("select achievement, version from honorees where id = ?", (record,)).fetchone() == (
        "Sáng kiến mới được công nhận năm 2025",
        2,
    )


def test_a_tombstone_propagates_to_the_province(trio):
    trio.load(DISTRICT, trio.export(COMMUNE))
    trio.load(PROVINCE, trio.export(DISTRICT))
    ack_round(trio)
    trio.load(DISTRICT, trio.export(PROVINCE, DISTRICT))
    with opened(trio.db(COMMUNE)) as store, store.session() as session:
        honoree = session.scalars(select(Honoree).order_by(Honoree.id)).first()
        tombstone(honoree)
        gone = honoree.id
    [down] = trio.load(DISTRICT, trio.export(COMMUNE))
    assert down.tables["honorees"].deleted == 1
    [further] = trio.load(PROVINCE, trio.export(DISTRICT))
    assert (
        further.tables == {"honorees": further.tables["honorees"]} and further.tables["honorees"].deleted == 1
    )
    for code in (DISTRICT, PROVINCE):
        row = (
            sqlite3.connect(trio.db(code))
            .execute("select deleted from honorees where id = ?", (gone,))
            .fetchone()
        )
        assert row == (1,)


def test_an_older_bundle_imported_after_a_newer_one_changes_nothing(trio):
    old = trio.export(COMMUNE)
    edit_first_honoree(trio.db(COMMUNE), "Bản sửa mới nhất")
    new = trio.export(COMMUNE)
    trio.load(DISTRICT, new)
    before = owned_rows(trio.db(DISTRICT), COMMUNE)
    [late] = trio.load(DISTRICT, old)
    assert late.status == "imported"
    assert all(c.new == c.changed == c.deleted == 0 for c in late.tables.values())
    assert owned_rows(trio.db(DISTRICT), COMMUNE) == before


def test_two_pcs_of_one_unit_editing_the_same_record_make_a_conflict_not_a_silent_loss(trio):
    trio.load(DISTRICT, trio.export(COMMUNE))
    # the commune's second PC, restored from the same keys
    second = second_pc(trio.db(COMMUNE), trio.folder / "c2.sqlite", "aaaaaaaa-0000-4000-8000-000000000002")
    record = edit_first_honoree(trio.db(COMMUNE), "Sửa ở máy thứ nhất")
    edit_first_honoree(second, "Sửa ở máy thứ hai")
    first_bundle = trio.export(COMMUNE)
    with opened(second) as store:
        second_bundle = export_bundle(store, trio.usb).path
    trio.load(DISTRICT, first_bundle)
    [clash] = trio.load(DISTRICT, second_bundle)
    assert clash.status == "imported" and [c["id"] for c in clash.conflicts] == [record]
    with opened(trio.db(DISTRICT)) as store, store.session() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        assert conflict.incoming["achievement"] == "Sửa ở máy thứ hai" and conflict.resolved_at is None
        assert session.get(Honoree, record).achievement == "Sửa ở máy thứ nhất"
        number = conflict.id
    assert [c.record_id for c in open_conflicts_of(trio.db(DISTRICT))] == [record]
    code = main(["--db", str(trio.db(DISTRICT)), "bundle", "settle", str(number), "--keep", "incoming"])
    assert code == 0 and open_conflicts_of(trio.db(DISTRICT)) == []
    row = (
        sqlite3.connect(trio.db(DISTRICT))
        .execute("select achievement from honorees where id = ?", (record,))
        .fetchone()
    )
    assert row == ("Sửa ở máy thứ hai",)
    assert main(["--db", str(trio.db(DISTRICT)), "bundle", "settle", str(number), "--keep", "local"]) == 1


def open_conflicts_of(path: Path) -> list:
    from app.sync.exchange import open_conflicts

    with opened(path) as store:
        return open_conflicts(store)


# -- refusals: one reason each, the database unchanged -----------------------------------------
def _identity(path: Path):
    with opened(path) as store:
        return installation_identity(store)


def _district_keys(trio: Trio):
    return _identity(trio.db(DISTRICT)).public()


def _signed(trio: Trio, lines: list[dict], **manifest) -> Path:
    """A bundle properly signed by the commune and sealed for the district, with chosen records."""
    me = _identity(trio.db(COMMUNE))
    extra = {
        "installation": "bbbbbbbb-0000-4000-8000-000000000001",
        "sender_keys": me.public().as_json(),
        "acks": [],
        "number": 9,
        **manifest,
    }
    bundle = make_bundle(me, COMMUNE, _district_keys(trio), DISTRICT, "up", lines, 1, 10, extra)
    return write_bundle(bundle, trio.usb / f"{COMMUNE}_20250101_9.hnb")


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    parts = change(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def _record_of(trio: Trio) -> dict:
    up = trio.export(COMMUNE)
    with opened(trio.db(DISTRICT)) as store:
        from app.sync.bundle import open_payload

        lines = open_payload(
            read_bundle(up), installation_identity(store), DISTRICT, _identity(trio.db(COMMUNE)).public()
        )
    up.unlink()
    return next(line for line in lines if line["t"] == "honorees")


def case_wrong_recipient(trio: Trio) -> Path:
    return trio.export(DISTRICT)  # addressed to the province, carried to the district by mistake


def case_unknown_key(trio: Trio) -> Path:
    with sqlite3.connect(trio.db(DISTRICT)) as con:
        con.execute("delete from sync_peers where unit_code = ?", (COMMUNE,))
    return trio.export(COMMUNE)


def new_keys(path: Path) -> None:
    """The installation at *path* makes new keys, as a new PC does (no recovery file used)."""
    with opened(path) as store:
        keystore.key_file(store.installation_id).unlink()
        with store.session() as session:
            session.delete(session.get(Meta, PUBLIC_KEY))


def case_changed_key(trio: Trio) -> Path:
    new_keys(trio.db(COMMUNE))
    return trio.export(COMMUNE)


def case_bad_signature(trio: Trio) -> Path:
    def change(parts: dict) -> dict:
        manifest = json.loads(parts["manifest.json"])
        manifest["seq_from"] = 0
        parts["manifest.json"] = json.dumps(manifest).encode()
        return parts

    return _rezip(trio.export(COMMUNE), trio.usb / "edited.hnb", change)


def case_payload_hash(trio: Trio) -> Path:
    def change(parts: dict) -> dict:
        payload = bytearray(parts["payload.bin"])
        payload[-1] ^= 0xFF
        parts["payload.bin"] = bytes(payload)
        return parts

    return _rezip(trio.export(COMMUNE), trio.usb / "payload.hnb", change)


def case_truncated(trio: Trio) -> Path:
    path = trio.export(COMMUNE)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def case_corrupt_zip(trio: Trio) -> Path:
    path = trio.export(COMMUNE)
    raw = bytearray(path.read_bytes())
    raw[-30:] = b"\x00" * 30  # the central directory's end record
    path.write_bytes(bytes(raw))
    return path


def case_archive_bomb(trio: Trio) -> Path:
    def change(parts: dict) -> dict:
        parts["manifest.sig"] = b"\x00" * 900_000
        return parts

    return _rezip(trio.export(COMMUNE), trio.usb / "bomb.hnb", change)


def case_member_path(trio: Trio) -> Path:
    def change(parts: dict) -> dict:
        parts["../manifest.sig"] = parts.pop("manifest.sig")
        return parts

    return _rezip(trio.export(COMMUNE), trio.usb / "paths.hnb", change)


def case_future_format(trio: Trio) -> Path:
    me = _identity(trio.db(COMMUNE))

    def change(parts: dict) -> dict:
        manifest = json.loads(parts["manifest.json"])
        manifest["format"] = 99  # a newer app made it, and signed it properly
        parts["manifest.json"] = json.dumps(manifest).encode()
        parts["manifest.sig"] = me.sign(parts["manifest.json"])
        return parts

    return _rezip(trio.export(COMMUNE), trio.usb / "future.hnb", change)


def case_malformed_record(trio: Trio) -> Path:
    line = _record_of(trio)
    line["r"]["birth_year"] = "nineteen eighty"
    return _signed(trio, [line])


def case_ownership(trio: Trio) -> Path:
    line = _record_of(trio)
    line["r"]["owner_unit_id"] = OTHER_COMMUNE  # a commune sending another commune's record
    return _signed(trio, [line])


def case_not_a_child(trio: Trio) -> Path:
    """A commune sending straight to the province, over its district's head."""
    me = _identity(trio.db(COMMUNE))
    province = _identity(trio.db(PROVINCE)).public()
    bundle = make_bundle(
        me, COMMUNE, province, PROVINCE, "up", [], 1, 1, {"sender_keys": me.public().as_json()}
    )
    return write_bundle(bundle, trio.usb / f"{COMMUNE}_20250101_8.hnb")


def trio_registration(trio: Trio, code: str) -> Path:
    path = trio.usb / f"{code}.hnk"
    with opened(trio.db(code)) as store:
        write_registration(store, path)
    return path


REFUSALS = {
    "wrong recipient": (case_wrong_recipient, "addressed to", DISTRICT),
    "unknown sender key": (case_unknown_key, "unknown sender key", DISTRICT),
    "changed sender key": (case_changed_key, "key changed", DISTRICT),
    "bad signature": (case_bad_signature, "bad signature", DISTRICT),
    "payload hash mismatch": (case_payload_hash, "hash mismatch", DISTRICT),
    "truncated zip": (case_truncated, "corrupt", DISTRICT),
    "corrupt zip": (case_corrupt_zip, "corrupt", DISTRICT),
    "archive bomb": (case_archive_bomb, "archive bomb", DISTRICT),
    "member names with paths": (case_member_path, "paths", DISTRICT),
    "future format": (case_future_format, "update the app", DISTRICT),
    "malformed record": (case_malformed_record, "malformed record", DISTRICT),
    "ownership violation": (case_ownership, "outside the sender's subtree", DISTRICT),
    "sender not a child": (case_not_a_child, "not a child", PROVINCE),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_each_refusal_has_one_reason_and_leaves_the_database_unchanged(trio, name):
    make, reason, receiver = REFUSALS[name]
    bundle = make(trio)
    before = dump(trio.db(receiver))
    [result] = trio.load(receiver, bundle)
    assert result.status == "refused", result
    assert reason in result.reason.en and "\n" not in result.reason.vi
    assert dump(trio.db(receiver)) == before


def test_a_new_key_is_accepted_only_with_its_fingerprint(trio):
    with sqlite3.connect(trio.db(DISTRICT)) as con:
        con.execute("delete from sync_peers where unit_code = ?", (COMMUNE,))
    bundle = trio.export(COMMUNE)
    [preview] = trio.preview(DISTRICT, bundle)
    assert preview.status == "ready" and preview.key.state == "new"
    fingerprint = preview.key.fingerprint
    assert any(fingerprint in w for w in preview.warnings)
    [wrong] = trio.load(DISTRICT, bundle, trust=("0000-1111",))
    assert wrong.status == "refused"
    [right] = trio.load(DISTRICT, bundle, trust=(fingerprint,))
    assert right.status == "imported"
    with opened(trio.db(DISTRICT)) as store, store.session() as session:
        assert session.get(SyncPeer, COMMUNE).fingerprint == fingerprint


def test_a_changed_key_is_re_registered_explicitly(trio):
    case_changed_key(trio).unlink()
    registration = read_registration(trio_registration(trio, COMMUNE))
    with opened(trio.db(DISTRICT)) as store:
        status = register(store, registration, accept=False)
        assert status.state == "changed" and status.previous and status.previous != status.fingerprint
        register(store, registration, accept=True)
    [result] = trio.load(DISTRICT, trio.export(COMMUNE))
    assert result.status == "imported"


def test_one_bad_bundle_in_a_batch_never_blocks_the_others(trio):
    good = trio.export(COMMUNE)
    broken = trio.usb / "hong.hnb"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    results = trio.load(DISTRICT, broken, good)
    assert [r.status for r in results] == ["refused", "imported"]


# -- a crash in the middle ---------------------------------------------------------------------
KILLER = r"""
import sys, time
from pathlib import Path
import app.sync.apply as apply

real = apply.write_received
def slow(*args, **kwargs):
    count = real(*args, **kwargs)
    Path(sys.argv[1]).write_text("writing")
    time.sleep(60)
    return count
apply.write_received = slow
from app.cli.main import main
sys.exit(main(["--db", sys.argv[2], "bundle", "import", sys.argv[3], "--yes"]))
"""


def test_sigkill_in_the_middle_of_an_import_leaves_the_database_as_before(trio, tmp_path):
    bundle = trio.export(COMMUNE)
    before = dump(trio.db(DISTRICT))
    marker = tmp_path / "writing"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    process = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(marker), str(trio.db(DISTRICT)), str(bundle)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    con = sqlite3.connect(trio.db(DISTRICT))
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    con.close()
    assert dump(trio.db(DISTRICT)) == before
    [result] = trio.load(DISTRICT, bundle)  # and the same bundle imports cleanly afterwards
    assert result.status == "imported"


# -- fuzzing real bundles -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_bundles(trio_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("fuzz")
    for name in NAMES.values():
        shutil.copy(trio_template / f"{name}.sqlite", folder / f"{name}.sqlite")
    with data_home(trio_template / "home"):
        trio = Trio(folder)
        up = trio.export(COMMUNE)
        down = trio.export(DISTRICT, COMMUNE)
        [genuine] = trio.preview(DISTRICT, up)
    return {
        "up": up.read_bytes(),
        "down": down.read_bytes(),
        "db": trio.db(DISTRICT),
        "keys": trio_template / "home",
        "dump": dump(trio.db(DISTRICT)),
        "counts": {t: c.as_json() for t, c in genuine.tables.items()},
    }


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_real_bundles_are_refused_cleanly_or_imported_whole(real_bundles, tmp_path_factory, data):
    raw = bytearray(real_bundles["up"])
    how = data.draw(st.sampled_from(["flip", "truncate", "splice"]))
    if how == "flip":
        for at in data.draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=4)):
            raw[at] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        other = real_bundles["down"]
        start = data.draw(st.integers(0, len(raw) - 1))
        length = data.draw(st.integers(1, 400))
        source = data.draw(st.integers(0, max(0, len(other) - length)))
        raw[start : start + length] = other[source : source + length]
    folder = tmp_path_factory.mktemp("case")
    db = folder / "d.sqlite"
    shutil.copy(real_bundles["db"], db)
    path = folder / f"{COMMUNE}_20250101_1.hnb"
    path.write_bytes(bytes(raw))
    with data_home(real_bundles["keys"]), opened(db) as store:
        [result] = import_bundles(store, [path], backup=False).previews
    if result.status == "refused":
        assert result.reason.vi and "\n" not in result.reason.en
        assert dump(db) == real_bundles["dump"]
    else:  # a change the format does not cover (zip padding): the genuine records, all of them
        assert result.status == "imported"
        assert {t: c.as_json() for t, c in result.tables.items()} == real_bundles["counts"]


# -- the command line ---------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_keys_and_bundles_end_to_end(trio, capsys, tmp_path):
    c, d = str(trio.db(COMMUNE)), str(trio.db(DISTRICT))
    code, out, _ = run(capsys, "--db", c, "keys", "export", "--out", str(tmp_path / "xa.hnk"))
    assert code == 0 and out.strip() == str(tmp_path / "xa.hnk")
    code, out, _ = run(capsys, "--db", d, "keys", "import", str(tmp_path / "xa.hnk"))
    assert code == 0 and "đã được chấp nhận trước đây" in out

    code, out, _ = run(capsys, "--db", c, "bundle", "export", "--to", str(trio.usb))
    path = Path(out.strip())
    assert code == 0 and path.is_file() and path.parent == trio.usb

    code, out, _ = run(capsys, "--db", c, "bundle", "inspect", str(path), "--json")
    manifest = json.loads(out)
    assert code == 0 and manifest["sender"] == COMMUNE and manifest["recipient"] == DISTRICT

    before = dump(trio.db(DISTRICT))
    code, out, _ = run(capsys, "--db", d, "bundle", "import", str(path))
    assert code == 0 and "XEM TRƯỚC" in out and "Điển hình" in out
    assert dump(trio.db(DISTRICT)) == before  # a preview changes nothing

    bad = trio.usb / "hong.hnb"
    bad.write_bytes(b"garbage")
    code, out, _ = run(capsys, "--db", d, "bundle", "import", str(trio.usb), "--yes", "--json")
    result = json.loads(out)
    assert code == 1 and result["refused"] == 1
    assert sorted(p["status"] for p in result["previews"]) == ["imported", "refused"]
    code, out, _ = run(capsys, "--db", d, "bundle", "import", str(path), "--yes")
    assert code == 0 and "ĐÃ NHẬP TRƯỚC ĐÂY" in out and "done, with 0 refused" in out
    code, out, _ = run(capsys, "--db", d, "bundle", "log", "--json")
    assert [row["file"] for row in json.loads(out)] == [path.name]


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_cli_recovery_file_restores_the_keys_on_a_new_pc(trio, capsys, tmp_path):
    c = str(trio.db(COMMUNE))
    secret = tmp_path / "matkhau.txt"
    secret.write_text("mật khẩu đủ dài\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "--db",
        c,
        "keys",
        "export",
        "--recovery",
        "--out",
        str(tmp_path / "du-phong.hnk"),
        "--password-file",
        str(secret),
    )
    assert code == 0
    _, shown, _ = run(capsys, "--db", c, "keys", "show", "--json")
    old = json.loads(shown)["fingerprint"]

    fresh = str(tmp_path / "may-moi.sqlite")
    store = open_database(fresh)
    run_demo(store, as_unit=COMMUNE)
    store.close()
    _, shown, _ = run(capsys, "--db", fresh, "keys", "show", "--json")
    assert json.loads(shown)["fingerprint"] != old

    wrong = tmp_path / "sai.txt"
    wrong.write_text("mật khẩu sai rồi", encoding="utf-8")
    code, _, err = run(
        capsys,
        "--db",
        fresh,
        "keys",
        "restore",
        str(tmp_path / "du-phong.hnk"),
        "--password-file",
        str(wrong),
    )
    assert code == 1 and "wrong password" in err
    code, out, _ = run(
        capsys,
        "--db",
        fresh,
        "keys",
        "restore",
        str(tmp_path / "du-phong.hnk"),
        "--password-file",
        str(secret),
    )
    assert code == 0 and old in out
    _, shown, _ = run(capsys, "--db", fresh, "keys", "show", "--json")
    assert json.loads(shown)["fingerprint"] == old


def test_keys_accepted_for_a_peer_are_kept_across_a_restart(trio):
    with opened(trio.db(DISTRICT)) as store, store.session() as session:
        other = installation_identity(store).public()
        accept_keys(session, OTHER_COMMUNE, other, "registration")
    with opened(trio.db(DISTRICT)) as store, store.session() as session:
        assert session.get(SyncPeer, OTHER_COMMUNE).fingerprint == other.fingerprint


def test_cancel_during_a_batch_keeps_the_bundles_done_and_rolls_back_the_current_one(trio):
    from app.long_work import Cancelled

    first = trio.export(COMMUNE)
    record = edit_first_honoree(trio.db(COMMUNE), "Sửa sau gói đầu")
    second = trio.export(COMMUNE)
    before = dump(trio.db(DISTRICT))
    seen: list[tuple[int, int, str]] = []

    def cancel_at(name: str):
        def progress(done: int, total: int, text: str) -> None:
            seen.append((done, total, text))
            if text.startswith(name) and "Đang ghi" in text:
                raise Cancelled()

        return progress

    with opened(trio.db(DISTRICT)) as store, pytest.raises(Cancelled):
        import_bundles(store, [first, second], progress=cancel_at(first.name))
    assert dump(trio.db(DISTRICT)) == before  # nothing was imported: "nothing changed" is true

    seen.clear()
    with opened(trio.db(DISTRICT)) as store:
        result = import_bundles(store, [first, second], progress=cancel_at(second.name))
    assert [p.status for p in result.previews] == ["imported", "cancelled"]
    assert all(b >= a for (a, _, _), (b, _, _) in zip(seen, seen[1:], strict=False))  # progress only grows
    row = (
        sqlite3.connect(trio.db(DISTRICT))
        .execute("select version from honorees where id = ?", (record,))
        .fetchone()
    )
    assert row == (1,)  # the second bundle's edit was rolled back
