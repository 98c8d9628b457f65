"""Keys of an installation and the two operations bundles need: sign/verify and seal/open.

* Signing: Ed25519 over the manifest bytes.
* Sealing for a recipient: an ephemeral X25519 key agreed with the recipient's X25519 key,
  HKDF-SHA256 to a 32-byte key, ChaCha20-Poly1305 (an AEAD). Only the recipient can open it, and
  any changed byte makes opening fail.

The ``cryptography`` package does the cryptography; nothing here is home-made beyond wiring.
Layout of a sealed blob: ``ephemeral public key (32) | nonce (12) | ciphertext + tag``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AppError

SEAL_INFO = b"hoinghi-bundle-payload-v1"
FINGERPRINT_TAG = b"hoinghi-unit-keys-v1"


class CryptoRefused(AppError):
    """A signature or a sealed payload that does not check out."""


@dataclass(frozen=True)
class PublicKeys:
    """What others know of a unit: its signing and encryption public keys (32 bytes each)."""

    sign: bytes
    box: bytes

    @property
    def fingerprint(self) -> str:
        """Twenty bytes of SHA-256 over both keys, as ten groups of four hex digits — short
        enough to read over the phone, compared on screen before a key is trusted."""
        digest = hashlib.sha256(FINGERPRINT_TAG + self.sign + self.box).hexdigest().upper()[:40]
        return "-".join(digest[i : i + 4] for i in range(0, 40, 4))

    def as_json(self) -> dict[str, str]:
        return {"sign": base64.b64encode(self.sign).decode(), "box": base64.b64encode(self.box).decode()}

    @classmethod
    def from_json(cls, data: object) -> PublicKeys:
        try:
            assert isinstance(data, dict)
            sign, box = (
                base64.b64decode(data["sign"], validate=True),
                base64.b64decode(data["box"], validate=True),
            )
        except (AssertionError, KeyError, TypeError, ValueError) as exc:
            raise CryptoRefused("Khóa công khai không đúng dạng.", "malformed public keys") from exc
        if len(sign) != 32 or len(box) != 32:
            raise CryptoRefused("Khóa công khai không đúng độ dài.", "public keys of the wrong length")
        return cls(sign, box)


@dataclass(frozen=True)
class Identity:
    """This installation's private keys."""

    sign_key: Ed25519PrivateKey
    box_key: X25519PrivateKey

    @classmethod
    def generate(cls) -> Identity:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def public(self) -> PublicKeys:
        return PublicKeys(
            self.sign_key.public_key().public_bytes_raw(), self.box_key.public_key().public_bytes_raw()
        )

    def to_text(self) -> str:
        """The private keys as one line of JSON (kept outside the database: app.sync.keystore)."""
        return json.dumps(
            {
                "sign": base64.b64encode(self.sign_key.private_bytes_raw()).decode(),
                "box": base64.b64encode(self.box_key.private_bytes_raw()).decode(),
            }
        )

    @classmethod
    def from_text(cls, text: str) -> Identity:
        data = json.loads(text)
        return cls(
            Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["sign"])),
            X25519PrivateKey.from_private_bytes(base64.b64decode(data["box"])),
        )

    def sign(self, data: bytes) -> bytes:
        return self.sign_key.sign(data)

    def open(self, sealed: bytes) -> bytes:
        """Open a blob sealed for this installation; refuse anything changed or meant for another."""
        if len(sealed) < 32 + 12 + 16:
            raise CryptoRefused("Dữ liệu mã hóa bị cắt cụt.", "sealed payload truncated")
        ephemeral, nonce, body = sealed[:32], sealed[32:44], sealed[44:]
        mine = self.box_key.public_key().public_bytes_raw()
        key = _key(self.box_key.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral, mine)
        try:
            return ChaCha20Poly1305(key).decrypt(nonce, body, SEAL_INFO)
        except InvalidTag as exc:
            raise CryptoRefused(
                "Không giải mã được dữ liệu (gói bị sửa, hỏng, hoặc không gửi cho đơn vị này).",
                "the payload does not decrypt (changed, corrupt, or not for this unit)",
            ) from exc


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=SEAL_INFO).derive(
        shared
    )


def seal(data: bytes, recipient: PublicKeys) -> bytes:
    """Encrypt *data* so that only the holder of *recipient*'s private key can read it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _key(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box)), ephemeral_public, recipient.box
    )
    nonce = os.urandom(12)
    return ephemeral_public + nonce + ChaCha20Poly1305(key).encrypt(nonce, data, SEAL_INFO)


def verify(keys: PublicKeys, data: bytes, signature: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(keys.sign).verify(signature, data)
    except (InvalidSignature, ValueError) as exc:
        raise CryptoRefused(
            "Chữ ký của gói dữ liệu không đúng (gói bị sửa, hoặc khóa của nơi gửi đã đổi).",
            "bad signature (the bundle was changed, or the sender's key is not the known one)",
        ) from exc
