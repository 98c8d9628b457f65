"""The password-protected **recovery file** of this installation's private keys: the password
rules (the one check for the command line, the first-run wizard and the sync dialog), the key
derived from it (scrypt) and the file written and restored on a new PC (ChaCha20-Poly1305).

The keys themselves — where they are kept, registration and trust of other units — are
:mod:`app.sync.keys`.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import AppError
from app.files import write_atomically
from app.store.db import Store
from app.sync import keystore
from app.sync.crypto import Identity
from app.sync.keys import installation_identity, move_keys_out, own_unit, read_key_file, remember_public

RECOVERY_KIND = "hoinghi-key-recovery"
#: scrypt cost of new recovery files (n = 2^17: 128 MiB and about half a second on an old PC).
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
#: Recovery files of format 1 carry no parameters: they were made with these.
SCRYPT_FORMAT_1 = {"n": 2**15, "r": 8, "p": 1}
#: The most a recovery file may ask for (a hostile file must not take all memory or hours).
SCRYPT_LIMITS = {"n": 2**20, "r": 16, "p": 4}
RECOVERY_FORMAT = 2
MIN_PASSWORD = 10
#: Passwords an attacker tries first: refused whatever their length (compared without accents,
#: case and spaces).
COMMON_PASSWORDS = frozenset(
    {
        "0123456789",
        "1234567890",
        "12345678910",
        "123456789a",
        "a123456789",
        "1234567890a",
        "0987654321",
        "1111111111",
        "0000000000",
        "1234512345",
        "1122334455",
        "1234554321",
        "123123123123",
        "147258369",
        "qwertyuiop",
        "qwertyuiop123",
        "1q2w3e4r5t",
        "1qaz2wsx3edc",
        "asdfghjkl1",
        "abcd123456",
        "abc1234567",
        "password",
        "password1",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "iloveyou123",
        "matkhau",
        "matkhau1",
        "matkhau12",
        "matkhau123",
        "matkhau1234",
        "matkhaumoi",
        "matkhaucuatoi",
        "admin12345",
        "administrator",
        "admin123456",
        "khongbiet",
        "khongcomatkhau",
        "vietnam123",
        "vietnam1234",
        "hoinghi123",
        "hoinghidhtt",
        "hoinghidhtt1",
        "ubnd123456",
        "12345678xa",
    }
)


def _fold_password(password: str) -> str:
    from app.domain.vntext import fold

    return "".join(fold(password).split())


def check_password(password: str) -> None:
    """Refuse a recovery password that is too short or one of the first an attacker tries — the one
    check for the command line, the first-run wizard and the sync dialog."""
    password = unicodedata.normalize("NFC", password)
    if len(password) < MIN_PASSWORD:
        raise AppError(
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.",
            f"the password needs at least {MIN_PASSWORD} characters",
        )
    folded = _fold_password(password)
    if folded in COMMON_PASSWORDS or len(set(folded)) <= 2:
        raise AppError(
            "Mật khẩu này quá dễ đoán (có trong danh sách mật khẩu thường gặp); hãy chọn mật khẩu khác.",
            "this password is too easy to guess (it is on the list of common passwords); choose another",
        )


def _password_key(password: str, salt: bytes, cost: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, **cost).derive(password.encode("utf-8"))


def _recovery_aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True).encode("utf-8")


def write_recovery(store: Store, path: Path, password: str) -> Path:
    """Save this installation's private keys, encrypted with *password* (scrypt + ChaCha20-Poly1305)."""
    check_password(password)
    unit = own_unit(store)
    identity = installation_identity(store)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "kind": RECOVERY_KIND,
        "format": RECOVERY_FORMAT,
        "unit": unit.code,
        "fingerprint": identity.public().fingerprint,
        "kdf": {"name": "scrypt", **SCRYPT},
    }
    key = _password_key(unicodedata.normalize("NFC", password), salt, SCRYPT)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, identity.to_text().encode("utf-8"), _recovery_aad(header))
    document = {
        **header,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "keys": base64.b64encode(sealed).decode(),
    }
    return write_atomically(path, json.dumps(document, indent=1).encode("utf-8"))


def _recovery_cost(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, int]]:
    """The recovery file's header (its associated data) and scrypt parameters, checked."""
    if data.get("format") == 1:
        return {k: data[k] for k in ("kind", "format", "unit", "fingerprint")}, SCRYPT_FORMAT_1
    header = {k: data[k] for k in ("kind", "format", "unit", "fingerprint", "kdf")}
    kdf = header["kdf"]
    if header["format"] != RECOVERY_FORMAT or not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("unknown recovery format or key derivation")
    cost: dict[str, int] = {}
    for name in ("n", "r", "p"):
        value = kdf.get(name)
        if type(value) is not int or not 1 <= value <= SCRYPT_LIMITS[name]:
            raise ValueError(f"scrypt parameter {name} out of range")
        cost[name] = value
    if cost["n"] < 2 or cost["n"] & (cost["n"] - 1):
        raise ValueError("scrypt n is not a power of two")
    return header, cost


def restore_recovery(store: Store, path: Path, password: str) -> str:
    """Put the keys saved in a recovery file back on this installation (into the key store of this
    PC, for this database); return their fingerprint. Only keys of this installation's own unit are
    accepted."""
    data = read_key_file(path, "tệp khóa dự phòng")
    unit = own_unit(store)
    try:
        if data.get("kind") != RECOVERY_KIND:
            raise ValueError("not a recovery file")
        header, cost = _recovery_cost(data)
        salt, nonce, sealed = (
            base64.b64decode(str(data[k]), validate=True) for k in ("salt", "nonce", "keys")
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise AppError(
            f"Tệp {path.name} không phải tệp khóa dự phòng.", f"{path.name} is not a key recovery file"
        ) from exc
    if header["unit"] != unit.code:
        raise AppError(
            f"Tệp khóa dự phòng này của đơn vị {header['unit']}, không phải {unit.code}.",
            f"this recovery file belongs to unit {header['unit']}, not {unit.code}",
        )
    # New files: the password as typed, in NFC, UTF-8. Format 1 used the text as typed; try both.
    tries = [unicodedata.normalize("NFC", password)]
    if header["format"] == 1 and password not in tries:
        tries.append(password)
    text = None
    for attempt in tries:
        try:
            text = ChaCha20Poly1305(_password_key(attempt, salt, cost)).decrypt(
                nonce, sealed, _recovery_aad(header)
            )
            break
        except (InvalidTag, ValueError):
            continue
    try:
        if text is None:
            raise ValueError("wrong password")
        identity = Identity.from_text(text.decode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        raise AppError(
            "Mật khẩu không đúng, hoặc tệp khóa dự phòng đã hỏng.", "wrong password or damaged recovery file"
        ) from exc
    move_keys_out(store)
    keystore.save(store.installation_id, identity.to_text())
    remember_public(store, identity.public())
    return identity.public().fingerprint
