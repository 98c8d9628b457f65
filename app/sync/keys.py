"""This installation's keys and the keys it knows of other units.

* The installation's own keys are made at ``hoinghi init`` (or on first use) and kept **outside its
  database** (:mod:`app.sync.keystore`: the OS credential store, or a key file readable by the user
  only), under the database's installation id; the database keeps only the public keys
  (``meta.sync_public``), so that a copy of it on another PC knows its keys are elsewhere. They can be
  saved to a password-protected **recovery file** and restored on a new PC (:mod:`app.sync.recovery`).
* A **registration file** carries a unit's code, name and public keys (self-signed): carried on a
  stick, it is how a parent and a child learn each other's keys before the first bundle, and how a
  parent re-registers a unit whose PC was replaced.
* Known keys of other units are kept in ``sync_peers``; a different key for a known unit is never
  taken silently: it needs an official's explicit acceptance.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.jsonsafe import loads_bounded
from app.errors import AppError
from app.files import write_atomically
from app.store.backup import SECRET_META_KEYS, drop_secrets_from
from app.store.base import utcnow
from app.store.db import Store, sqlite_connection
from app.store.models import Meta, SyncPeer, Unit
from app.sync import keystore
from app.sync.crypto import CryptoRefused, Identity, PublicKeys, verify

#: Where versions before schema 0009 kept the private keys (moved out on open: :func:`move_keys_out`).
IDENTITY_KEY = SECRET_META_KEYS[0]
#: This installation's public keys, JSON ``{"box", "sign"}`` (what a copy of the database knows).
PUBLIC_KEY = "sync_public"
REGISTRATION_KIND = "hoinghi-registration"
MAX_KEY_FILE = 64 * 1024


class KeysMissing(AppError):
    """The database has keys, but this PC does not hold its private part (a copied database)."""


def _identity(text: str) -> Identity:
    try:
        return Identity.from_text(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise AppError(
            "Khóa của máy này bị hỏng; hãy khôi phục từ tệp khóa dự phòng (hoinghi keys restore).",
            "this installation's keys are damaged; restore them from the recovery file "
            "(hoinghi keys restore)",
        ) from exc


def _public_text(keys: PublicKeys) -> str:
    return json.dumps(keys.as_json(), sort_keys=True, separators=(",", ":"))


def stored_public(store: Store) -> PublicKeys | None:
    """The public keys the database says are its own (``None``: none made yet)."""
    text = store.get_meta(PUBLIC_KEY)
    if not text:
        return None
    try:
        return PublicKeys.from_json(json.loads(text))
    except (ValueError, CryptoRefused) as exc:
        raise AppError(
            "Khóa công khai lưu trong cơ sở dữ liệu bị hỏng.", "the stored public keys are damaged"
        ) from exc


def remember_public(store: Store, keys: PublicKeys) -> None:
    """Record *keys* as this database's own public keys (``meta.sync_public``)."""
    with store.session() as session:
        session.merge(Meta(key=PUBLIC_KEY, value=_public_text(keys)))


def keys_missing() -> KeysMissing:
    return KeysMissing(
        "Khóa bí mật của đơn vị không có trên máy này (cơ sở dữ liệu được chép hoặc khôi phục từ máy khác); "
        "hãy khôi phục từ tệp khóa dự phòng: hoinghi keys restore TỆP (hoặc Trao đổi dữ liệu qua USB › Khóa và vân tay › Khôi phục khóa).",
        "this database's private keys are not on this PC (the database was copied or restored from another PC); "
        "restore them from the recovery file: hoinghi keys restore FILE",
    )


def installation_identity(store: Store) -> Identity:
    """The installation's private keys, from the key store; made and stored the first time they are
    asked for. A database whose keys are elsewhere (copied from another PC) raises
    :class:`KeysMissing`, pointing to ``keys restore``."""
    move_keys_out(store)
    text = keystore.load(store.installation_id)
    public = stored_public(store)
    if text is not None:
        identity = _identity(text)
        if public is None:
            remember_public(store, identity.public())
        elif identity.public() != public:
            raise AppError(
                "Khóa giữ trên máy này không khớp với khóa của cơ sở dữ liệu; hãy khôi phục khóa đúng từ tệp khóa "
                "dự phòng (hoinghi keys restore TỆP).",
                "the keys kept on this PC do not match this database's public keys; restore the right ones "
                "(hoinghi keys restore FILE)",
            )
        return identity
    if public is not None:
        raise keys_missing()
    identity = Identity.generate()
    keystore.save(store.installation_id, identity.to_text())
    remember_public(store, identity.public())
    return identity


def installation_public(store: Store) -> PublicKeys:
    """This installation's public keys — known even where its private keys are not (a copied database)."""
    move_keys_out(store)
    return stored_public(store) or installation_identity(store).public()


def private_keys_here(store: Store) -> bool:
    """Whether this PC holds the private keys of this database (or none were made yet)."""
    try:
        installation_identity(store)
    except KeysMissing:
        return False
    return True


def move_keys_out(store: Store) -> bool:
    """Move private keys that a version before schema 0009 kept in the database into the key store.

    Written to the key store and read back first; only then is the row deleted (its bytes
    overwritten, the file rebuilt) and older backups in the backups folder cleaned the same way.
    Interrupted anywhere, the keys are in the database, the key store or both — never lost; running
    it again finishes the job. True when there was something to move."""
    text = store.get_meta(IDENTITY_KEY)
    if text is None:
        return False
    if text:
        identity = _identity(text)
        kept = keystore.load(store.installation_id)
        if kept is None:
            keystore.save(store.installation_id, identity.to_text())
            public = identity.public()
        else:
            # Keys already kept for this installation (a later "keys restore", or this move done
            # from another copy of the same database): the kept ones are the current ones.
            public = _identity(kept).public()
    else:
        public = None
    with store.session() as session:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
        session.execute(delete(Meta).where(Meta.key == IDENTITY_KEY))
        if public is not None and session.get(Meta, PUBLIC_KEY) is None:
            session.add(Meta(key=PUBLIC_KEY, value=_public_text(public)))
    if store.path is not None:
        _compact(store)
        from app.paths import backups_dir

        for backup in sorted(backups_dir().glob("*.sqlite")):
            drop_secrets_from(backup)
    return True


def _compact(store: Store) -> None:
    """Rebuild the SQLite file and fold the write-ahead log into it, so that no freed page or log
    frame keeps the deleted keys. Best effort: another program holding the file only delays it."""
    import sqlite3

    with store.engine.connect() as connection:
        raw = sqlite_connection(connection)
        for statement in ("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
            try:
                raw.execute(statement)
            except sqlite3.Error:
                pass


def own_unit(store: Store) -> Unit:
    """This installation's unit, or a clear error when ``init`` was not run."""
    if store.unit_id:
        with store.session() as session:
            unit = session.get(Unit, store.unit_id)
        if unit is not None:
            return unit
    raise AppError(
        "Máy này chưa gắn với đơn vị nào; chạy hoinghi init --unit MÃ trước.",
        "this installation belongs to no unit yet; run hoinghi init --unit CODE first",
    )


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
    document = {
        **json.loads(body),
        "fingerprint": keys.fingerprint,
        "signature": base64.b64encode(identity.sign(body)).decode(),
    }
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return Registration(unit.code, unit.name, keys)


def read_key_file(path: Path, what_vi: str) -> dict[str, Any]:
    """A registration or recovery file's JSON object, refused with one clear message when too large
    or not one (*what_vi* names the kind of file in the message)."""
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise ValueError("too large")
        data = loads_bounded(path.read_bytes())
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return data
    except (OSError, ValueError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise AppError(
            f"Tệp {path.name} không phải {what_vi} hoặc đã hỏng.", f"{path.name}: not a valid file ({exc})"
        ) from exc


def read_registration(path: Path) -> Registration:
    """A registration file's unit and keys, after checking its self-signature."""
    data = read_key_file(path, "tệp đăng ký khóa")
    try:
        if data.get("kind") != REGISTRATION_KIND:
            raise CryptoRefused("Tệp không phải tệp đăng ký khóa.", "not a registration file")
        unit, name = data["unit"], data["name"]
        if not isinstance(unit, str) or not isinstance(name, str) or not unit:
            raise CryptoRefused(
                "Tệp đăng ký khóa thiếu mã hoặc tên đơn vị.", "registration without unit code or name"
            )
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
    values = {
        "sign_key": keys.as_json()["sign"],
        "box_key": keys.as_json()["box"],
        "fingerprint": keys.fingerprint,
        "accepted_at": utcnow(),
        "accepted_how": how,
    }
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
        raise AppError(
            "Đây là tệp đăng ký của chính đơn vị này.", "this is this unit's own registration file"
        )
    with store.session() as session:
        if session.scalars(select(Unit).where(Unit.code == registration.unit)).first() is None:
            raise AppError(
                f"Đơn vị {registration.unit} không có trong danh mục đơn vị của máy này.",
                f"unit {registration.unit} is not in this installation's registry",
            )
        if not accept:
            return peer_status(session, registration.unit, registration.keys)
        return accept_keys(session, registration.unit, registration.keys, "registration")
