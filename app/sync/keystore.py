"""Where an installation's private keys live: never in its database.

* In the **OS credential store** through the ``keyring`` library — Windows Credential Manager
  (works offline), the macOS Keychain, the Secret Service on a Linux desktop — when it has a usable
  backend;
* otherwise (a headless Linux, no backend) in a **key file** ``keys/<installation-id>.key`` in the
  data folder, readable by the user only (0600 in a 0700 folder; on Windows the profile folder that
  holds the data folder is already private).

Either way the entry is named by the database's installation id (``meta.installation_id``), so each
database finds its own keys and two databases on one PC never mix them. A copy of the database — a
backup, a file carried on a stick — holds no private key and cannot sign for the unit; on another PC
it needs ``hoinghi keys restore`` (the password-protected recovery file).

``HOINGHI_KEYSTORE=file`` uses the key file only (the tests, a portable copy of the app);
``HOINGHI_KEYSTORE=keyring`` requires the credential store (an error when it has no backend).

The stored secret is the JSON text of :meth:`app.sync.crypto.Identity.to_text` plus ``kind`` and
``installation`` (see docs/bundle-format.md, "Key storage").
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.paths import data_dir

SERVICE = "HoiNghiDHTT"
KIND = "hoinghi-private-keys"
ENV = "HOINGHI_KEYSTORE"
_INSTALLATION = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MAX_FILE = 16 * 1024


def _checked(installation: str) -> str:
    if not _INSTALLATION.fullmatch(installation or ""):
        raise AppError(
            "Mã cài đặt trong cơ sở dữ liệu bị hỏng; không tìm được khóa của máy.",
            "the database's installation id is malformed; its keys cannot be found",
        )
    return installation.lower()


def key_file(installation: str) -> Path:
    """The key file of *installation* in the data folder (whether or not it exists)."""
    return data_dir() / "keys" / f"{_checked(installation)}.key"


def _mode() -> str:
    return os.environ.get(ENV, "").strip().lower()


def _backend() -> Any | None:  # noqa: ANN401 — a keyring backend
    """The credential store's backend, or ``None`` when it has none usable (or the file is forced)."""
    if _mode() == "file":
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        unusable = isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null")
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            unusable = True
    except Exception:  # noqa: BLE001 — a broken keyring installation is "no credential store"
        backend, unusable = None, True
    if unusable:
        if _mode() == "keyring":
            raise AppError(
                "Không dùng được kho mật khẩu của hệ điều hành để giữ khóa.",
                "the OS credential store has no usable backend (HOINGHI_KEYSTORE=keyring)",
            )
        return None
    return backend


def encode(installation: str, secret: str) -> str:
    """What is stored: the identity's JSON with ``kind`` and ``installation`` added."""
    data = json.loads(secret)
    return json.dumps(
        {"kind": KIND, "installation": _checked(installation), **data}, sort_keys=True, separators=(",", ":")
    )


def _decode(installation: str, stored: str | None) -> str | None:
    if not stored:
        return None
    try:
        data = json.loads(stored) if len(stored) <= MAX_FILE else None
    except ValueError:
        data = None
    if (
        not isinstance(data, dict)
        or data.get("kind") != KIND
        or data.get("installation") != _checked(installation)
    ):
        raise AppError(
            "Khóa của máy này bị hỏng; hãy khôi phục từ tệp khóa dự phòng (hoinghi keys restore).",
            "this installation's stored keys are damaged; restore them (hoinghi keys restore)",
        )
    return json.dumps({k: v for k, v in data.items() if k not in ("kind", "installation")})


def load(installation: str) -> str | None:
    """The private keys (identity JSON) kept for *installation*, or ``None`` when this PC has none."""
    backend = _backend()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, _checked(installation))
        except Exception:  # noqa: BLE001 — a locked or broken store: try the key file
            found = None
        if found:
            return _decode(installation, found)
    return _decode(installation, _read_file(key_file(installation)))


def backend_name() -> str | None:
    """The credential store's backend the keys would go to (``None``: the key file)."""
    backend = _backend()
    return None if backend is None else f"{type(backend).__module__}.{type(backend).__name__}"


def location(installation: str) -> str:
    """Where :func:`save` puts (and :func:`load` first looks for) this installation's keys, in words."""
    backend = _backend()
    if backend is not None:
        return f"kho mật khẩu của hệ điều hành ({type(backend).__name__}), mục {SERVICE}/{_checked(installation)}"
    return str(key_file(installation))


def save(installation: str, secret: str) -> str:
    """Keep *secret* (identity JSON) for *installation*, read it back, and return where it went.

    Raises :class:`AppError` — with the previous keys untouched — when nothing could keep it."""
    stored = encode(installation, secret)
    backend = _backend()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _checked(installation), stored)
            if backend.get_password(SERVICE, _checked(installation)) == stored:
                _remove_file(key_file(installation))  # one copy only: the credential store's
                return "keyring"
        except Exception:  # noqa: BLE001 — fall back to the key file, as if there were no store
            if _mode() == "keyring":
                raise AppError(
                    "Không ghi được khóa vào kho mật khẩu của hệ điều hành.",
                    "cannot write the keys to the OS credential store",
                ) from None
    path = key_file(installation)
    _write_file(path, stored)
    if _read_file(path) != stored:
        raise AppError(
            f"Đọc lại tệp khóa {path} thấy khác; khóa chưa được lưu.",
            f"the key file {path} reads back differently; the keys were not saved",
        )
    return "file"


def _read_file(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE:
            raise AppError(f"Tệp khóa {path} quá lớn (không phải tệp khóa).", f"key file {path} is too large")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError(f"Không đọc được tệp khóa {path}.", f"cannot read the key file {path}") from exc


def _write_file(path: Path, text: str) -> None:
    """Write the key file readable by the user only: created 0600 in a 0700 folder, fsynced, then
    renamed over the old one (a crash leaves the old file or the new one, never half of one)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        partial.unlink(missing_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(handle, text.encode("utf-8"))
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(partial, path)
    except OSError as exc:
        raise AppError(
            f"Không ghi được tệp khóa {path} (ổ đĩa đầy hoặc không có quyền ghi).",
            f"cannot write the key file {path}: {exc.strerror or exc}",
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def _remove_file(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
