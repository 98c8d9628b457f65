"""The .hnb container: signed manifest, sealed payload, and a clean refusal for every bad file."""

from __future__ import annotations

import functools
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import AppError
from app.sync.bundle import (
    FORMAT,
    BundleRefused,
    bundle_name,
    make_bundle,
    open_payload,
    read_bundle,
    write_bundle,
)
from app.sync.crypto import Identity, PublicKeys

COMMUNE, DISTRICT = "22978", "593"
RECORDS = [
    {"t": "honorees", "r": {"id": f"id-{n}", "name": f"Nguyễn Văn Ánh {n}", "birth_year": 1980 + n % 30}}
    for n in range(300)
] + [{"t": "speeches", "r": {"id": "s-1", "title": "Đổi mới sáng tạo"}}]

commune, district, stranger = Identity.generate(), Identity.generate(), Identity.generate()


def a_bundle(
    folder: Path, lines=RECORDS, recipient_code: str = DISTRICT, recipient: Identity = district
) -> Path:
    bundle = make_bundle(commune, COMMUNE, recipient.public(), recipient_code, "up", lines, 1, 400)
    return write_bundle(bundle, folder / bundle_name(COMMUNE, "20250305", 1))


def test_round_trip_keeps_every_record_and_its_diacritics(tmp_path):
    path = a_bundle(tmp_path)
    assert path.name == "22978_20250305_1.hnb" and [p.name for p in tmp_path.iterdir()] == [path.name]
    bundle = read_bundle(path)
    assert bundle.manifest["counts"] == {"honorees": 300, "speeches": 1}
    assert bundle.manifest["format"] == FORMAT and bundle.sender == COMMUNE
    assert open_payload(bundle, district, DISTRICT, commune.public()) == RECORDS


def test_a_lone_surrogate_is_written_as_a_json_escape_not_a_crash(tmp_path):
    """A crafted record (no stored text holds one) still makes a bundle: that line in \\u escapes."""
    lines = [*RECORDS[:2], {"t": "honorees", "r": {"id": "id-x", "name": "Ánh \ud800"}}]
    bundle = read_bundle(a_bundle(tmp_path, lines))
    assert open_payload(bundle, district, DISTRICT, commune.public()) == lines


def test_personal_data_is_not_readable_in_the_file(tmp_path):
    raw = a_bundle(tmp_path).read_bytes()
    assert "Nguyễn".encode() not in raw and b"Nguy" not in raw


def test_size_per_honoree_record_is_small(tmp_path):
    many = [
        {"t": "honorees", "r": {"id": f"0000-{n:08d}", "name": f"Trần Thị Bé {n}", "field": "nong-nghiep"}}
        for n in range(5000)
    ]
    assert a_bundle(tmp_path, many).stat().st_size / 5000 < 80


def test_keys_survive_their_text_form_and_fingerprint_is_stable():
    again = Identity.from_text(commune.to_text())
    assert again.public() == commune.public()
    assert again.public().fingerprint == commune.public().fingerprint != district.public().fingerprint
    assert PublicKeys.from_json(commune.public().as_json()) == commune.public()
    assert len(commune.public().fingerprint) == 49


def refuses(path: Path, me: Identity = district, code: str = DISTRICT, sender: Identity = commune) -> str:
    with pytest.raises(BundleRefused) as caught:
        open_payload(read_bundle(path), me, code, sender.public())
    return caught.value.en


def test_wrong_recipient(tmp_path):
    assert "addressed to" in refuses(a_bundle(tmp_path), code="594")


def test_unknown_or_changed_sender_key(tmp_path):
    assert "bad signature" in refuses(a_bundle(tmp_path), sender=stranger)


def test_sealed_for_someone_else(tmp_path):
    path = a_bundle(tmp_path, recipient=stranger)
    assert "does not decrypt" in refuses(path)


def rewrite(path: Path, change) -> Path:
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts = change(parts)
    out = path.with_name("changed.hnb")
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out


def test_edited_manifest_breaks_the_signature(tmp_path):
    def edit(parts):
        manifest = json.loads(parts["manifest.json"])
        manifest["seq_to"] += 1
        parts["manifest.json"] = json.dumps(manifest).encode()
        return parts

    assert "bad signature" in refuses(rewrite(a_bundle(tmp_path), edit))


def test_payload_hash_mismatch(tmp_path):
    def edit(parts):
        payload = bytearray(parts["payload.bin"])
        payload[-1] ^= 1
        parts["payload.bin"] = bytes(payload)
        return parts

    assert "hash mismatch" in refuses(rewrite(a_bundle(tmp_path), edit))


def test_truncated_file(tmp_path):
    path = a_bundle(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BundleRefused, match="corrupt"):
        read_bundle(path)


def test_member_names_with_paths(tmp_path):
    def edit(parts):
        parts["../manifest.sig"] = parts.pop("manifest.sig")
        return parts

    with pytest.raises(BundleRefused, match="paths"):
        read_bundle(rewrite(a_bundle(tmp_path), edit))


def test_archive_bomb(tmp_path):
    bomb = tmp_path / "bomb.hnb"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{" + b" " * 5_000_000 + b"}")
        archive.writestr("manifest.sig", b"x" * 64)
        archive.writestr("payload.bin", b"x")
    with pytest.raises(BundleRefused, match="archive bomb"):
        read_bundle(bomb)


def test_future_format_version_says_update_the_app(tmp_path):
    def edit(parts):
        manifest = json.loads(parts["manifest.json"])
        manifest["format"] = FORMAT + 1
        parts["manifest.json"] = json.dumps(manifest).encode()
        return parts

    with pytest.raises(BundleRefused) as caught:
        read_bundle(rewrite(a_bundle(tmp_path), edit))
    assert "cập nhật phần mềm" in caught.value.vi


def test_malformed_records_are_refused(tmp_path):
    path = a_bundle(tmp_path, [{"t": "honorees", "r": "not a record"}])
    assert "wrong shape" in refuses(path)


def test_a_full_stick_leaves_no_file(tmp_path, monkeypatch):
    import os

    bundle = make_bundle(commune, COMMUNE, district.public(), DISTRICT, "up", RECORDS, 1, 400)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(AppError, match="cannot write") as caught:
        write_bundle(bundle, tmp_path / "x.hnb")
    assert "USB đầy" in caught.value.vi
    assert list(tmp_path.iterdir()) == []


@functools.cache
def fuzz_original() -> bytes:
    """One real bundle, made once: hypothesis needs the same bytes on every run."""
    with tempfile.TemporaryDirectory() as folder:
        return a_bundle(Path(folder), RECORDS[:40]).read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_bundles_are_refused_cleanly(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    damaged = bytearray(fuzz_original())
    how = data.draw(st.sampled_from(["flip", "truncate", "splice"]))
    if how == "flip":
        for at in data.draw(st.lists(st.integers(0, len(damaged) - 1), min_size=1, max_size=8)):
            damaged[at] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        damaged = damaged[: data.draw(st.integers(0, len(damaged) - 1))]
    else:
        start = data.draw(st.integers(0, len(damaged) - 1))
        damaged[start:start] = data.draw(st.binary(min_size=1, max_size=64))
    path = folder / "damaged.hnb"
    path.write_bytes(bytes(damaged))
    try:
        lines = open_payload(read_bundle(path), district, DISTRICT, commune.public())
    except BundleRefused:
        return
    # a change that touches no checked byte (zip padding, timestamps) must still give the records exactly
    assert lines == RECORDS[:40]


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_keys_are_made_at_init_and_shown_with_their_fingerprint(tmp_path, capsys):
    from app.cli.main import main

    db = str(tmp_path / "x.sqlite")
    assert main(["--db", db, "keys", "show"]) == 1
    assert "hoinghi init" in capsys.readouterr().err
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "init", "--unit", "60"]) == 0
    printed = capsys.readouterr().out
    assert main(["--db", db, "keys", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["unit"] == "60" and shown["fingerprint"] in printed
    assert PublicKeys.from_json(shown).fingerprint == shown["fingerprint"]
    assert main(["--db", db, "keys", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == shown  # made once, then kept


@pytest.mark.parametrize("read_back", ["unreadable", "different"])
def test_a_bad_read_back_leaves_no_file(tmp_path, monkeypatch, read_back):
    import app.sync.bundle as bundle_module

    bundle = make_bundle(commune, COMMUNE, district.public(), DISTRICT, "up", RECORDS, 1, 400)
    other = make_bundle(commune, COMMUNE, district.public(), DISTRICT, "up", RECORDS[:1], 1, 400)

    def bad(path):
        if read_back == "unreadable":
            raise BundleRefused("Tệp bị hỏng.", "corrupt bundle")
        return other

    monkeypatch.setattr(bundle_module, "read_bundle", bad)
    with pytest.raises(BundleRefused, match="try another stick"):
        write_bundle(bundle, tmp_path / "x.hnb")
    assert list(tmp_path.iterdir()) == []
