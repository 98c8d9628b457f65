"""Private keys live outside the database (credential store or a user-only key file, per
installation id): no database file, backup or copy can sign for the unit; an old database's keys
move out on open; the recovery file is strong and its password checked the same everywhere."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import stat
import unicodedata
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.cli.main import main
from app.errors import AppError
from app.services.database import open_database
from app.store.db import SCHEMA_HEAD
from app.sync import keys, keystore, recovery
from app.sync.crypto import Identity
from tests.syncing import COMMUNE, DISTRICT, opened

PASSWORD = "ba con mèo trèo cây cau"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def secrets_of(identity: Identity) -> list[bytes]:
    """Every form in which the private keys could appear in a file: raw, base64, the JSON text."""
    data = json.loads(identity.to_text())
    raw = [base64.b64decode(data["sign"]), base64.b64decode(data["box"])]
    return raw + [data["sign"].encode(), data["box"].encode()]


def holds_any(path: Path, secrets: list[bytes]) -> bool:
    blobs = [path.read_bytes()] + [p.read_bytes() for p in path.parent.glob(path.name + "-*")]
    return any(secret in blob for secret in secrets for blob in blobs)


@pytest.fixture
def commune(tmp_path: Path, unit_demo) -> Path:
    """A commune's installation with demo data and its keys made."""
    path = tmp_path / "xa.sqlite"
    unit_demo(COMMUNE, path)
    with opened(path) as store:
        keys.installation_identity(store)
    return path


def identity_of(path: Path) -> Identity:
    with opened(path) as store:
        return keys.installation_identity(store)


def installation_of(path: Path) -> str:
    with sqlite3.connect(path) as con:
        value = con.execute("select value from meta where key = 'installation_id'").fetchone()[0]
    con.close()
    return value


# -- where the keys are ---------------------------------------------------------------------------
def test_the_keys_are_in_a_user_only_key_file_and_not_in_the_database(commune, _isolated_home):
    identity = identity_of(commune)
    key_file = _isolated_home / "keys" / f"{installation_of(commune)}.key"
    assert key_file.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    stored = json.loads(key_file.read_text(encoding="utf-8"))
    assert stored["kind"] == keystore.KIND and stored["installation"] == installation_of(commune)
    assert not holds_any(commune, secrets_of(identity))
    with sqlite3.connect(commune) as con:
        meta = dict(con.execute("select key, value from meta").fetchall())
    con.close()
    assert keys.IDENTITY_KEY not in meta and json.loads(meta[keys.PUBLIC_KEY]) == identity.public().as_json()


def test_two_databases_on_one_pc_keep_their_own_keys(commune, tmp_path):
    other = tmp_path / "huyen.sqlite"
    assert main(["--db", str(other), "demo", "--as-unit", DISTRICT]) == 0
    first, second = identity_of(commune), identity_of(other)
    assert first.public() != second.public()
    assert identity_of(commune).public() == first.public() and identity_of(other).public() == second.public()


def test_backups_hold_no_private_key(commune, tmp_path, capsys, _isolated_home):
    secrets = secrets_of(identity_of(commune))
    code, out, _ = run(capsys, "--db", str(commune), "backup", "--to", str(tmp_path / "usb"))
    assert code == 0 and not holds_any(Path(out.strip()), secrets)
    code, out, _ = run(capsys, "--db", str(commune), "backup")
    assert code == 0 and Path(out.strip()).parent == _isolated_home / "backups"
    for backup in (_isolated_home / "backups").glob("*.sqlite"):
        assert not holds_any(backup, secrets)


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_a_backup_copied_to_another_data_folder_cannot_sign_until_its_keys_are_restored(
    commune, tmp_path, capsys, monkeypatch
):
    # The district knows the commune's key, so the copy would otherwise be able to send in its name.
    district = tmp_path / "huyen.sqlite"
    assert main(["--db", str(district), "demo", "--as-unit", DISTRICT]) == 0
    for me, other in ((commune, district), (district, commune)):
        assert main(["--db", str(other), "keys", "export", "--out", str(tmp_path / "reg.hnk")]) == 0
        assert main(["--db", str(me), "keys", "import", str(tmp_path / "reg.hnk"), "--yes"]) == 0
    secret = tmp_path / "mk.txt"
    secret.write_text(PASSWORD, encoding="utf-8")
    assert (
        main(
            [
                "--db",
                str(commune),
                "keys",
                "export",
                "--recovery",
                "--out",
                str(tmp_path / "dp.hnk"),
                "--password-file",
                str(secret),
            ]
        )
        == 0
    )
    capsys.readouterr()
    code, out, _ = run(capsys, "--db", str(commune), "backup", "--to", str(tmp_path / "usb"))
    fingerprint = identity_of(commune).public().fingerprint

    other_pc = tmp_path / "may-khac"
    monkeypatch.setenv("HOINGHI_HOME", str(other_pc / "home"))
    copied = other_pc / "xa.sqlite"
    other_pc.mkdir()
    shutil.copy(out.strip(), copied)
    stick = tmp_path / "usb2"
    stick.mkdir()
    code, out, err = run(capsys, "--db", str(copied), "bundle", "export", "--to", str(stick))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "keys restore" in err
    assert list(stick.iterdir()) == []
    code, out, err = run(capsys, "--db", str(copied), "keys", "show", "--json")
    assert code == 0 and json.loads(out)["fingerprint"] == fingerprint and "keys restore" in err

    code, out, _ = run(
        capsys,
        "--db",
        str(copied),
        "keys",
        "restore",
        str(tmp_path / "dp.hnk"),
        "--password-file",
        str(secret),
    )
    assert code == 0 and fingerprint in out
    code, out, _ = run(capsys, "--db", str(copied), "bundle", "export", "--to", str(stick))
    assert code == 0 and Path(out.strip()).parent == stick


# -- an old database's keys move out -----------------------------------------------------------------
def make_legacy(path: Path, home: Path) -> Identity:
    """Turn a current database into one from before 0009: the keys in the meta table, no key file,
    the schema one revision before the one that moves keys out."""
    from alembic.script import ScriptDirectory

    from app.store.db import alembic_config

    before = ScriptDirectory.from_config(alembic_config()).get_revision("0011").down_revision
    with opened(path) as store:
        identity = keys.installation_identity(store)
        keystore.key_file(store.installation_id).unlink()
    with sqlite3.connect(path) as con:
        con.execute("delete from meta where key = ?", (keys.PUBLIC_KEY,))
        con.execute("insert into meta (key, value) values (?, ?)", (keys.IDENTITY_KEY, identity.to_text()))
        con.execute("update alembic_version set version_num = ?", (before,))
    con.close()
    return identity


def test_opening_an_old_database_moves_its_keys_out_of_it_and_its_backups(commune, tmp_path, _isolated_home):
    identity = make_legacy(commune, _isolated_home)
    secrets = secrets_of(identity)
    assert holds_any(commune, secrets)
    older_backup = _isolated_home / "backups" / "xa-20240101-000000.sqlite"
    older_backup.parent.mkdir(exist_ok=True)
    shutil.copy(commune, older_backup)  # an automatic backup an older version made

    store = open_database(str(commune))
    try:
        assert store.revision() == SCHEMA_HEAD
        assert keys.installation_identity(store).public() == identity.public()  # the same keys, moved
        assert store.get_meta(keys.IDENTITY_KEY) is None
    finally:
        store.close()
    assert keystore.load(installation_of(commune)) is not None
    assert not holds_any(commune, secrets)
    backups = list((_isolated_home / "backups").glob("*.sqlite"))
    assert len(backups) == 2  # the one made before the upgrade, and the older one
    for backup in backups:
        assert not holds_any(backup, secrets), backup.name


def test_the_move_is_safe_if_the_key_store_fails_and_finishes_on_the_next_open(
    commune, _isolated_home, monkeypatch
):
    identity = make_legacy(commune, _isolated_home)

    def full_disk(installation: str, secret: str) -> str:
        raise AppError("Không ghi được tệp khóa.", "cannot write the key file")

    with monkeypatch.context() as patch:
        patch.setattr(keystore, "save", full_disk)
        store = open_database(str(commune))  # opens all the same
        try:
            assert (
                store.get_meta(keys.IDENTITY_KEY) == identity.to_text()
            )  # not deleted: not yet kept elsewhere
            with pytest.raises(AppError, match="cannot write the key file"):
                keys.installation_identity(store)
        finally:
            store.close()
    store = open_database(str(commune))
    try:
        assert store.get_meta(keys.IDENTITY_KEY) is None
        assert keys.installation_identity(store).public() == identity.public()
        assert keys.move_keys_out(store) is False  # nothing left to move
    finally:
        store.close()


def test_keys_kept_here_win_over_older_ones_found_in_a_database(commune, _isolated_home):
    """An old backup opened after a "keys restore" put other keys here: the restored ones stay."""
    old = make_legacy(commune, _isolated_home)
    current = Identity.generate()
    keystore.save(installation_of(commune), current.to_text())
    with opened(commune) as store:
        assert keys.installation_identity(store).public() == current.public() != old.public()
        assert store.get_meta(keys.IDENTITY_KEY) is None


# -- the OS credential store -----------------------------------------------------------------------
class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for Windows Credential Manager."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


@pytest.fixture
def credential_store(monkeypatch):
    monkeypatch.delenv("HOINGHI_KEYSTORE")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous if not isinstance(previous, MemoryKeyring) else fail.Keyring())


def test_with_a_credential_store_the_keys_go_there_and_no_file_is_written(
    credential_store, tmp_path, _isolated_home
):
    path = tmp_path / "xa.sqlite"
    assert main(["--db", str(path), "demo", "--as-unit", COMMUNE]) == 0
    identity = identity_of(path)
    installation = installation_of(path)
    assert (keystore.SERVICE, installation) in credential_store.items
    assert not (_isolated_home / "keys" / f"{installation}.key").exists()
    assert identity_of(path).public() == identity.public()


def test_a_credential_store_that_fails_falls_back_to_the_key_file(monkeypatch, tmp_path, _isolated_home):
    monkeypatch.delenv("HOINGHI_KEYSTORE")
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        path = tmp_path / "xa.sqlite"
        assert main(["--db", str(path), "demo", "--as-unit", COMMUNE]) == 0
        identity = identity_of(path)
        assert (_isolated_home / "keys" / f"{installation_of(path)}.key").is_file()
        assert identity_of(path).public() == identity.public()
    finally:
        keyring.set_keyring(previous)


def test_no_usable_backend_means_the_key_file(monkeypatch):
    monkeypatch.delenv("HOINGHI_KEYSTORE")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert keystore._backend() is None
        monkeypatch.setenv("HOINGHI_KEYSTORE", "keyring")
        with pytest.raises(AppError, match="credential store"):
            keystore._backend()
    finally:
        keyring.set_keyring(previous)


def test_a_hostile_installation_id_never_names_a_path():
    with pytest.raises(AppError, match="installation id"):
        keystore.key_file("../../etc/passwd")


# -- the recovery file ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "password",
    [
        "ngắn quá",
        "1234567890",
        "Mật khẩu 123",
        "MATKHAU1234",
        "aaaaaaaaaaaa",
        "abababababab",
        " password123 ",
    ],
)
def test_weak_recovery_passwords_are_refused_everywhere(commune, tmp_path, capsys, password):
    with pytest.raises(AppError) as caught:
        recovery.check_password(password)
    assert caught.value.vi and caught.value.en and "\n" not in caught.value.vi
    secret = tmp_path / "mk.txt"
    secret.write_text(password, encoding="utf-8")
    code, _, err = run(
        capsys,
        "--db",
        str(commune),
        "keys",
        "export",
        "--recovery",
        "--out",
        str(tmp_path / "dp.hnk"),
        "--password-file",
        str(secret),
    )
    assert (
        code == 1 and caught.value.en in err and caught.value.vi in err and not (tmp_path / "dp.hnk").exists()
    )


def test_a_strong_recovery_file_restores_with_the_password_typed_either_way(commune, tmp_path):
    with opened(commune) as store:
        recovery.write_recovery(store, tmp_path / "dp.hnk", PASSWORD)
        fingerprint = keys.installation_public(store).fingerprint
    document = json.loads((tmp_path / "dp.hnk").read_text(encoding="utf-8"))
    assert document["format"] == 2 and document["kdf"] == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}
    decomposed = unicodedata.normalize("NFD", PASSWORD)  # an input method typing combining accents
    assert decomposed != PASSWORD
    with opened(commune) as store:
        assert recovery.restore_recovery(store, tmp_path / "dp.hnk", decomposed) == fingerprint


def test_an_old_recovery_file_still_restores(commune, tmp_path):
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    identity = identity_of(commune)
    header = {
        "kind": recovery.RECOVERY_KIND,
        "format": 1,
        "unit": COMMUNE,
        "fingerprint": identity.public().fingerprint,
    }
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(b"12345678")  # as version 1 wrote them
    sealed = ChaCha20Poly1305(key).encrypt(
        nonce, identity.to_text().encode(), json.dumps(header, sort_keys=True).encode()
    )
    document = {
        **header,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "keys": base64.b64encode(sealed).decode(),
    }
    (tmp_path / "cu.hnk").write_text(json.dumps(document), encoding="utf-8")
    with opened(commune) as store:
        assert (
            recovery.restore_recovery(store, tmp_path / "cu.hnk", "12345678") == identity.public().fingerprint
        )


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "scrypt", "n": 2**30, "r": 8, "p": 1},
        {"name": "scrypt", "n": 3, "r": 8, "p": 1},
        {"name": "argon9", "n": 2**17, "r": 8, "p": 1},
        "scrypt",
    ],
)
def test_a_recovery_file_asking_for_absurd_work_is_refused_at_once(commune, tmp_path, kdf):
    with opened(commune) as store:
        recovery.write_recovery(store, tmp_path / "dp.hnk", PASSWORD)
    document = json.loads((tmp_path / "dp.hnk").read_text(encoding="utf-8"))
    document["kdf"] = kdf
    (tmp_path / "dp.hnk").write_text(json.dumps(document), encoding="utf-8")
    with opened(commune) as store, pytest.raises(AppError, match="not a key recovery file"):
        recovery.restore_recovery(store, tmp_path / "dp.hnk", PASSWORD)


def test_a_key_file_nested_deep_is_refused_not_a_crash(commune, tmp_path, capsys):
    (tmp_path / "sau.hnk").write_bytes(b"[" * 30_000 + b"]" * 30_000)
    code, _, err = run(capsys, "--db", str(commune), "keys", "import", str(tmp_path / "sau.hnk"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not a valid file" in err


# -- the window: the same password check ---------------------------------------------------------------
def test_the_sync_dialog_refuses_a_weak_password_before_asking_where_to_save(qtbot, commune, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from app.ui.sync_dialog import SyncDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1234567890", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    with opened(commune) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        assert not dialog.keys_missing.isVisibleTo(dialog) and not dialog.restore.isVisibleTo(dialog)
        dialog.export_recovery()
    assert warnings and "dễ đoán" in warnings[0]


def test_the_sync_dialog_of_a_copied_database_says_so_and_restores_the_keys(
    qtbot, commune, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.sync_dialog import SyncDialog

    with opened(commune) as store:
        recovery.write_recovery(store, tmp_path / "dp.hnk", PASSWORD)
        fingerprint = keys.installation_public(store).fingerprint
    monkeypatch.setenv("HOINGHI_HOME", str(tmp_path / "may-moi"))  # the database on another PC
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    with opened(commune) as store:
        dialog = SyncDialog(store)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(2)
        assert dialog.keys_missing.isVisibleTo(dialog) and "tệp khôi phục" in dialog.keys_missing.text()
        assert "hoinghi " not in dialog.keys_missing.text()  # no command line in the window (#18)
        assert dialog.fingerprint.text() == fingerprint
        dialog.grab().save(str(tmp_path / "sync-keys-missing.png"))
        assert dialog.restore_recovery(tmp_path / "dp.hnk", PASSWORD)
        assert not dialog.keys_missing.isVisibleTo(dialog) and informed and fingerprint in informed[0]
        assert keys.private_keys_here(store)
