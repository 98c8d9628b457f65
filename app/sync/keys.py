"""This installation's keys and the keys it knows of other units.

* The installation's own keys are made at ``hoinghi init`` (or on first use) and kept in its
  database; they can be saved to a password-protected **recovery file** and restored on a new PC.
* A **registration file** carries a unit's code, name and public keys (self-signed): carried on a
  stick, it is how a parent and a child learn each other's keys before the first bundle, and how a
  parent re-registers a unit whose PC was replaced.
* Known keys of other units are kept in ``sync_peers``; a different key for a known unit is never
  taken silently: it needs an official's explicit acceptance.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.files import write_atomically
from app.store.base import utcnow
from app.store.db import Store
from app.store.models import Meta, SyncPeer, Unit
from app.sync.crypto import CryptoRefused, Identity, PublicKeys, verify

IDENTITY_KEY = "sync_identity"
REGISTRATION_KIND = "hoinghi-registration"
RECOVERY_KIND = "hoinghi-key-recovery"
MAX_KEY_FILE = 64 * 1024
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MIN_PASSWORD = 8


def installation_identity(store: Store) -> Identity:
    """The installation's private keys; made and stored the first time they are asked for."""
    with store.session() as session:
        row = session.get(Meta, IDENTITY_KEY)
        if row is not None and row.value:
            try:
                return Identity.from_text(row.value)
            except (ValueError, KeyError, TypeError) as exc:
                raise AppError("Khóa của máy này bị hỏng; hãy khôi phục từ tệp khóa dự phòng.",
                               "this installation's keys are damaged; restore them from the recovery file") from exc
        identity = Identity.generate()
        session.merge(Meta(key=IDENTITY_KEY, value=identity.to_text()))
    return identity


def own_unit(store: Store) -> Unit:
    """This installation's unit, or a clear error when ``init`` was not run."""
    if store.unit_id:
        with store.session() as session:
            unit = session.get(Unit, store.unit_id)
        if unit is not None:
            return unit
    raise AppError("Máy này chưa gắn với đơn vị nào; chạy hoinghi init --unit MÃ trước.",
                   "this installation belongs to no unit yet; run hoinghi init --unit CODE first")


# -- registration files -------------------------------------------------------------------------
@dataclass(frozen=True)
class Registration:
    unit: str
    name: str
    keys: PublicKeys


def _registration_body(unit: str, name: str, keys: PublicKeys) -> bytes:
    body = {"kind": REGISTRATION_KIND, "format": 1, "unit": unit, "name": name, **keys.as_json()}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_registration(store: Store, path: Path) -> Registration:
    """Save this unit's code, name and public keys, signed with its key, to *path*."""
    unit = own_unit(store)
    identity = installation_identity(store)
    keys = identity.public()
    body = _registration_body(unit.code, unit.name, keys)
    document = {**json.loads(body), "fingerprint": keys.fingerprint,
                "signature": base64.b64encode(identity.sign(body)).decode()}
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return Registration(unit.code, unit.name, keys)


def _read_json(path: Path, what_vi: str) -> dict:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise ValueError("too large")
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return data
    except (OSError, ValueError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise AppError(f"Tệp {path.name} không phải {what_vi} hoặc đã hỏng.", f"{path.name}: not a valid file ({exc})") from exc


def read_registration(path: Path) -> Registration:
    """A registration file's unit and keys, after checking its self-signature."""
    data = _read_json(path, "tệp đăng ký khóa")
    try:
        if data.get("kind") != REGISTRATION_KIND:
            raise CryptoRefused("Tệp không phải tệp đăng ký khóa.", "not a registration file")
        unit, name = data["unit"], data["name"]
        if not isinstance(unit, str) or not isinstance(name, str) or not unit:
            raise CryptoRefused("Tệp đăng ký khóa thiếu mã hoặc tên đơn vị.", "registration without unit code or name")
        keys = PublicKeys.from_json(data)
        signature = base64.b64decode(str(data.get("signature", "")), validate=True)
        verify(keys, _registration_body(unit, name, keys), signature)
    except (CryptoRefused, KeyError, ValueError) as exc:
        vi = exc.vi if isinstance(exc, CryptoRefused) else "Tệp đăng ký khóa không đúng dạng."
        raise AppError(f"{path.name}: {vi}", f"{path.name}: invalid registration file ({exc})") from exc
    return Registration(unit, name, keys)


# -- known keys of other units ------------------------------------------------------------------
@dataclass(frozen=True)
class KeyStatus:
    unit: str
    fingerprint: str
    state: str  # "new", "same" or "changed"
    previous: str | None = None


def peer_status(session: Session, unit: str, keys: PublicKeys) -> KeyStatus:
    peer = session.get(SyncPeer, unit)
    if peer is None:
        return KeyStatus(unit, keys.fingerprint, "new")
    if peer.fingerprint == keys.fingerprint:
        return KeyStatus(unit, keys.fingerprint, "same")
    return KeyStatus(unit, keys.fingerprint, "changed", peer.fingerprint)


def peer_keys(session: Session, unit: str) -> PublicKeys | None:
    peer = session.get(SyncPeer, unit)
    if peer is None:
        return None
    return PublicKeys.from_json({"sign": peer.sign_key, "box": peer.box_key})


def accept_keys(session: Session, unit: str, keys: PublicKeys, how: str) -> KeyStatus:
    """Trust *keys* for *unit* (an official has compared the fingerprint). A replaced key keeps
    the old fingerprint for the record; what the peer acknowledged is kept."""
    status = peer_status(session, unit, keys)
    if status.state == "same":
        return status
    peer = session.get(SyncPeer, unit)
    values = {"sign_key": keys.as_json()["sign"], "box_key": keys.as_json()["box"], "fingerprint": keys.fingerprint,
              "accepted_at": utcnow(), "accepted_how": how}
    if peer is None:
        session.add(SyncPeer(unit_code=unit, acked_seq=0, ack_stamp=0, **values))
    else:
        for key, value in values.items():
            setattr(peer, key, value)
        peer.previous_fingerprint = status.previous
    return status


def register(store: Store, registration: Registration, accept: bool) -> KeyStatus:
    """What registering *registration* means (new, same, changed key); store it when *accept*."""
    own = own_unit(store)
    if registration.unit == own.code:
        raise AppError("Đây là tệp đăng ký của chính đơn vị này.", "this is this unit's own registration file")
    with store.session() as session:
        if session.scalars(select(Unit).where(Unit.code == registration.unit)).first() is None:
            raise AppError(f"Đơn vị {registration.unit} không có trong danh mục đơn vị của máy này.",
                           f"unit {registration.unit} is not in this installation's registry")
        if not accept:
            return peer_status(session, registration.unit, registration.keys)
        return accept_keys(session, registration.unit, registration.keys, "registration")


# -- recovery files -----------------------------------------------------------------------------
def _password_key(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, **SCRYPT).derive(password.encode("utf-8"))


def write_recovery(store: Store, path: Path, password: str) -> Path:
    """Save this installation's private keys, encrypted with *password* (scrypt + ChaCha20-Poly1305)."""
    if len(password) < MIN_PASSWORD:
        raise AppError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", f"the password needs at least {MIN_PASSWORD} characters")
    unit = own_unit(store)
    identity = installation_identity(store)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"kind": RECOVERY_KIND, "format": 1, "unit": unit.code, "fingerprint": identity.public().fingerprint}
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    sealed = ChaCha20Poly1305(_password_key(password, salt)).encrypt(nonce, identity.to_text().encode(), aad)
    document = {**header, "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                "keys": base64.b64encode(sealed).decode()}
    return write_atomically(path, json.dumps(document, indent=1).encode("utf-8"))


def restore_recovery(store: Store, path: Path, password: str) -> str:
    """Put the keys saved in a recovery file back on this installation; return their fingerprint.

    Only keys of this installation's own unit are accepted."""
    data = _read_json(path, "tệp khóa dự phòng")
    unit = own_unit(store)
    try:
        header = {k: data[k] for k in ("kind", "format", "unit", "fingerprint")}
        if header["kind"] != RECOVERY_KIND:
            raise ValueError("not a recovery file")
        salt, nonce, sealed = (base64.b64decode(str(data[k]), validate=True) for k in ("salt", "nonce", "keys"))
    except (KeyError, ValueError) as exc:
        raise AppError(f"Tệp {path.name} không phải tệp khóa dự phòng.", f"{path.name} is not a key recovery file") from exc
    if header["unit"] != unit.code:
        raise AppError(f"Tệp khóa dự phòng này của đơn vị {header['unit']}, không phải {unit.code}.",
                       f"this recovery file belongs to unit {header['unit']}, not {unit.code}")
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    try:
        text = ChaCha20Poly1305(_password_key(password, salt)).decrypt(nonce, sealed, aad).decode("utf-8")
        identity = Identity.from_text(text)
    except (InvalidTag, ValueError, KeyError) as exc:
        raise AppError("Mật khẩu không đúng, hoặc tệp khóa dự phòng đã hỏng.", "wrong password or damaged recovery file") from exc
    with store.session() as session:
        session.merge(Meta(key=IDENTITY_KEY, value=identity.to_text()))
    return identity.public().fingerprint
