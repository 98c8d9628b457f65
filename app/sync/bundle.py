"""The ``.hnb`` bundle container: writing it safely to a stick, and reading it defensively.

A bundle is a zip archive with exactly three members (see docs/bundle-format.md):

* ``manifest.json`` — UTF-8 JSON: format version, bundle id, sender and recipient unit codes,
  direction, change-sequence range, record counts per table, SHA-256 of ``payload.bin``,
  the payload's plain size;
* ``manifest.sig`` — Ed25519 signature of the exact bytes of ``manifest.json`` by the sender;
* ``payload.bin`` — the records as JSON lines, zlib-compressed, then sealed for the recipient
  (:func:`app.sync.crypto.seal`).

Reading checks, in order, and refuses with one sentence at the first failure: file size, a readable
zip, member names and count, member sizes and compression ratios, manifest shape and format
version, recipient, signature, payload hash, decryption, decompressed size, each JSON line. Any
other failure while reading a file (a hostile one: nesting that would exhaust the stack, a member
that exhausts memory, a zip library error) is that file's refusal too (:func:`refusing`), never
a crash. JSON from outside is parsed by :func:`loads_bounded`, which refuses deep nesting before
parsing. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.jsonsafe import MAX_DEPTH, loads_bounded
from app.errors import AppError
from app.files import replacing
from app.sync.crypto import CryptoRefused, Identity, PublicKeys, seal, verify

FORMAT = 1
MEMBERS = ("manifest.json", "manifest.sig", "payload.bin")
MAX_FILE = 1 << 30  # 1 GiB on the stick
MAX_MANIFEST = 1 << 20
MAX_PLAIN = 4 << 30  # decompressed records
MAX_RATIO = 200  # plain size / compressed size; real bundles are around 5–10
PARSE_CHUNK = 4 << 20  # bytes of record lines parsed in one call
MAX_INT = 2**62  # numbers of the manifest (change numbers, counts) stay below it
DIRECTIONS = ("up", "down")


class BundleRefused(AppError):
    """A bundle that is not imported, with the one-line reason (nothing was changed)."""


@contextmanager
def refusing(name: str) -> Iterator[None]:
    """Whatever goes wrong while reading the bundle file *name* becomes its refusal: a
    :class:`BundleRefused` with one line, never an exception that would stop a batch."""
    try:
        yield
    except AppError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise BundleRefused(
            f"Tệp {name} quá lớn hoặc lồng quá sâu để đọc (nghi là tệp độc hại); bị từ chối.",
            f"{name}: too large or too deeply nested to read ({exc.__class__.__name__})",
        ) from None
    except Exception as exc:  # a zip library or decoder error on a hostile file
        raise BundleRefused(
            f"Tệp {name} bị hỏng hoặc không phải gói dữ liệu ({exc.__class__.__name__}); bị từ chối.",
            f"{name}: cannot be read as a bundle ({exc.__class__.__name__})",
        ) from exc


@dataclass
class Bundle:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    payload: bytes  # sealed

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"])

    @property
    def recipient(self) -> str:
        return str(self.manifest["recipient"])

    @property
    def direction(self) -> str:
        return str(self.manifest["direction"])


def bundle_name(sender_code: str, day: str, seq: int) -> str:
    """``<unit-code>_<yyyymmdd>_<seq>.hnb``."""
    return f"{sender_code}_{day}_{seq}.hnb"


def encode_records(lines: Iterable[dict[str, Any]]) -> tuple[bytes, int, dict[str, int]]:
    """JSON lines, zlib-compressed; return (compressed, plain size, count per table)."""
    packer = zlib.compressobj(6)
    out = io.BytesIO()
    plain = 0
    counts: dict[str, int] = {}
    for line in lines:
        text = json.dumps(line, ensure_ascii=False, separators=(",", ":"), default=str)
        try:
            data = text.encode("utf-8") + b"\n"
        except UnicodeEncodeError:  # a lone surrogate (no stored text has one): JSON's \u escapes
            data = json.dumps(line, separators=(",", ":"), default=str).encode("ascii") + b"\n"
        plain += len(data)
        table = str(line.get("t", ""))
        counts[table] = counts.get(table, 0) + 1
        out.write(packer.compress(data))
    out.write(packer.flush())
    return out.getvalue(), plain, counts


def make_bundle(
    sender: Identity,
    sender_code: str,
    recipient: PublicKeys,
    recipient_code: str,
    direction: str,
    lines: Iterable[dict[str, Any]],
    seq_from: int,
    seq_to: int,
    extra: dict[str, Any] | None = None,
) -> Bundle:
    if direction not in DIRECTIONS:
        raise ValueError(direction)
    compressed, plain, counts = encode_records(lines)
    sealed = seal(compressed, recipient)
    manifest = {
        "format": FORMAT,
        "id": str(uuid.uuid4()),
        "sender": sender_code,
        "recipient": recipient_code,
        "direction": direction,
        "seq_from": seq_from,
        "seq_to": seq_to,
        "counts": counts,
        "payload_sha256": hashlib.sha256(sealed).hexdigest(),
        "plain_size": plain,
        **(extra or {}),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    return Bundle(manifest, manifest_bytes, sender.sign(manifest_bytes), sealed)


#: One fixed time stamp for the members (the ZIP epoch): a bundle's bytes depend on its content only.
ZIP_STAMP = (1980, 1, 1, 0, 0, 0)


def write_bundle(bundle: Bundle, path: Path) -> Path:
    """Write *bundle* to *path*: a temporary name, flush and fsync, rename, then read back and
    compare. A full or removed stick leaves no file under the final name."""
    with replacing(path, "USB đầy, đã bị rút ra, hoặc chỉ đọc") as partial:
        with zipfile.ZipFile(partial, "w") as archive:
            archive.writestr(
                zipfile.ZipInfo("manifest.json", ZIP_STAMP),
                bundle.manifest_bytes,
                compress_type=zipfile.ZIP_DEFLATED,
            )
            archive.writestr(zipfile.ZipInfo("manifest.sig", ZIP_STAMP), bundle.signature)
            archive.writestr(zipfile.ZipInfo("payload.bin", ZIP_STAMP), bundle.payload)
    try:
        again = read_bundle(path)
        same = again.manifest_bytes == bundle.manifest_bytes and again.payload == bundle.payload
    except BundleRefused:  # the stick gave back something unreadable
        same = False
    if not same:
        path.unlink(missing_ok=True)
        raise BundleRefused(
            "Đọc lại tệp vừa ghi thấy khác; USB có thể hỏng — hãy thử USB khác.",
            "the file read back differs from what was written; try another stick",
        )
    return path


def read_bundle(path: Path) -> Bundle:
    """The bundle's parts after the structural checks (no key needed yet). Any failure is a
    :class:`BundleRefused`."""
    with refusing(path.name):
        return _read_bundle(path)


def _read_bundle(path: Path) -> Bundle:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRefused(
            f"Không đọc được tệp {path.name}.", f"cannot read {path}: {exc.strerror}"
        ) from exc
    if size > MAX_FILE:
        raise BundleRefused("Tệp quá lớn để là một gói dữ liệu.", "file too large for a bundle")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = [i.filename for i in infos]
            if any("/" in n or "\\" in n or ".." in n or ":" in n for n in names):
                raise BundleRefused("Gói chứa tên tệp có đường dẫn; bị từ chối.", "member names with paths")
            if sorted(names) != sorted(MEMBERS):
                raise BundleRefused(
                    "Gói không có đúng ba phần manifest.json, manifest.sig, payload.bin.",
                    f"unexpected members {names}",
                )
            by_name = {i.filename: i for i in infos}
            for info in infos:
                limit = MAX_MANIFEST if info.filename != "payload.bin" else MAX_FILE
                if info.file_size > limit or info.file_size > max(info.compress_size, 1) * MAX_RATIO:
                    raise BundleRefused(
                        "Gói có phần quá lớn hoặc nén bất thường (nghi là tệp độc hại).",
                        "a member too large or too highly compressed (archive bomb?)",
                    )
            parts = {name: _read_member(archive, by_name[name]) for name in MEMBERS}
    except zipfile.BadZipFile as exc:
        raise BundleRefused(
            "Tệp bị hỏng hoặc không phải gói dữ liệu (.hnb).", "corrupt or not a bundle (bad zip)"
        ) from exc
    except (zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError, OSError) as exc:
        raise BundleRefused("Tệp bị hỏng (đọc không trọn).", f"corrupt bundle: {exc}") from exc
    try:
        manifest = loads_bounded(parts["manifest.json"])
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise BundleRefused("Phần mô tả (manifest) của gói bị hỏng.", "malformed manifest") from exc
    _check_manifest(manifest)
    return Bundle(manifest, parts["manifest.json"], parts["manifest.sig"], parts["payload.bin"])


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ValueError("member size differs from the directory")
    return data


def _check_manifest(manifest: object) -> None:
    if not isinstance(manifest, dict):
        raise BundleRefused("Phần mô tả (manifest) của gói không đúng dạng.", "manifest is not an object")
    version = manifest.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise BundleRefused(
            "Gói được tạo bởi phiên bản mới hơn của phần mềm; hãy cập nhật phần mềm.",
            f"bundle format {version} is newer than this app ({FORMAT}); update the app",
        )
    shape = {
        "format": int,
        "id": str,
        "sender": str,
        "recipient": str,
        "direction": str,
        "seq_from": int,
        "seq_to": int,
        "counts": dict,
        "payload_sha256": str,
        "plain_size": int,
    }
    for key, kind in shape.items():
        if not isinstance(manifest.get(key), kind) or isinstance(manifest.get(key), bool):
            raise BundleRefused(
                f"Phần mô tả của gói thiếu hoặc sai mục “{key}”.", f"manifest field {key!r} missing or wrong"
            )
    if manifest["format"] < 1 or manifest["direction"] not in DIRECTIONS:
        raise BundleRefused("Phần mô tả của gói không hợp lệ.", "manifest values out of range")
    numbers = [manifest["seq_from"], manifest["seq_to"], *manifest["counts"].values()]
    if not all(type(n) is int and 0 <= n < MAX_INT for n in numbers):
        raise BundleRefused(
            "Phần mô tả của gói có số thay đổi hoặc số bản ghi bất thường.",
            "manifest change numbers or counts out of range",
        )
    if not 0 <= manifest["plain_size"] <= MAX_PLAIN:
        raise BundleRefused("Gói khai kích thước dữ liệu bất thường.", "declared plain size out of range")


def check_exchange_fields(manifest: dict[str, Any]) -> None:
    """The optional manifest fields of the exchange — the sending ``installation`` and its
    ``acks`` (what the sender holds of the recipient's changes) — when present, of the right shape."""
    for name, kind in (("installation", str), ("acks", list)):
        if name in manifest and not isinstance(manifest[name], kind):
            raise BundleRefused(
                "Phần mô tả của gói không hợp lệ.", f"manifest field {name!r} has a wrong type"
            )
    for ack in manifest.get("acks", []):
        if not (
            isinstance(ack, dict)
            and isinstance(ack.get("installation"), str)
            and type(ack.get("seq")) is int
            and 0 <= ack["seq"] < MAX_INT
        ):
            raise BundleRefused(
                "Phần xác nhận trong gói không hợp lệ.", "malformed acknowledgement in the manifest"
            )


def verify_bundle(bundle: Bundle, sender_keys: PublicKeys) -> None:
    """The manifest is signed by *sender_keys* and the payload is the one it names (its hash);
    :class:`BundleRefused` otherwise. Nothing about a bundle is believed before this."""
    try:
        verify(sender_keys, bundle.manifest_bytes, bundle.signature)
    except CryptoRefused as exc:
        raise BundleRefused(exc.vi, exc.en) from exc
    if hashlib.sha256(bundle.payload).hexdigest() != bundle.manifest["payload_sha256"]:
        raise BundleRefused(
            "Dữ liệu trong gói không khớp mã kiểm tra (gói bị sửa hoặc hỏng).", "payload hash mismatch"
        )


def open_payload(bundle: Bundle, me: Identity, my_code: str, sender_keys: PublicKeys) -> list[dict[str, Any]]:
    """Check recipient, signature and hash, decrypt, and return every record line. Raises
    :class:`BundleRefused` on the first problem — before the caller has applied anything."""
    if bundle.recipient != my_code:
        raise BundleRefused(
            f"Gói này gửi cho đơn vị {bundle.recipient}, không phải đơn vị này ({my_code}).",
            f"bundle addressed to {bundle.recipient}, not {my_code}",
        )
    verify_bundle(bundle, sender_keys)
    try:
        compressed = me.open(bundle.payload)
    except CryptoRefused as exc:
        raise BundleRefused(exc.vi, exc.en) from exc
    lines = list(_lines(compressed, bundle.manifest["plain_size"]))
    counts: dict[str, int] = {}
    for line in lines:
        counts[line["t"]] = counts.get(line["t"], 0) + 1
    if counts != bundle.manifest["counts"]:
        raise BundleRefused(
            "Số bản ghi trong gói khác với khai báo.", "record counts differ from the manifest"
        )
    return lines


def _lines(compressed: bytes, declared: int) -> Iterator[dict[str, Any]]:
    unpacker = zlib.decompressobj()
    try:
        plain = unpacker.decompress(compressed, declared + 1)
    except zlib.error as exc:
        raise BundleRefused("Dữ liệu trong gói bị hỏng.", "corrupt payload") from exc
    if len(plain) != declared or not unpacker.eof:
        raise BundleRefused(
            "Dữ liệu trong gói dài khác với khai báo.", "payload size differs from the manifest"
        )
    if plain and not plain.endswith(b"\n"):
        raise BundleRefused("Dữ liệu trong gói bị cắt cụt.", "the last record line is cut off")
    number, pos = 0, 0
    while pos < len(plain):
        # A few MB of lines parsed at once: far fewer calls than one per line, and memory stays
        # bounded (a line holds no raw newline, so lines joined by commas form a JSON array).
        end = plain.find(b"\n", min(pos + PARSE_CHUNK, len(plain) - 1))
        part = plain[pos : end + 1]
        count = part.count(b"\n")
        try:
            lines = loads_bounded(b"[" + part[:-1].replace(b"\n", b",") + b"]", MAX_DEPTH + 1)
        except ValueError:
            lines = None
        if not isinstance(lines, list) or len(lines) != count:
            lines = list(_each_line(part, number))  # find the bad line to name it
        for line in lines:
            number += 1
            if type(line) is not dict or type(line.get("t")) is not str or type(line.get("r")) is not dict:
                raise BundleRefused(
                    f"Dòng dữ liệu {number} trong gói không đúng dạng.",
                    f"record line {number} has a wrong shape",
                )
            yield line
        pos = end + 1


def _each_line(plain: bytes, before: int) -> Iterator[Any]:
    for number, raw in enumerate(plain.split(b"\n")[:-1], start=before + 1):
        try:
            yield loads_bounded(raw)
        except ValueError as exc:
            raise BundleRefused(
                f"Dòng dữ liệu {number} trong gói bị hỏng.", f"malformed record line {number}"
            ) from exc
