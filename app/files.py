"""Writing a file so that its final name only ever holds a complete copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import AppError


@contextmanager
def replacing(path: Path, why: str = "ổ đĩa đầy, USB đã bị rút ra, hoặc chỉ đọc") -> Iterator[Path]:
    """Yield ``.<name>.partial`` beside *path* to write to; when the block ends, fsync it and
    rename it to *path*. A full disk or a pulled-out stick (any ``OSError``) becomes one
    :class:`AppError` naming *why*, and leaves nothing under either name."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise AppError(
            f"Không ghi được {path.name} ({why}). Chưa có tệp nào được ghi.",
            f"cannot write {path}: {exc.strerror or exc}",
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write *data* to *path* through :func:`replacing`."""
    with replacing(path) as partial:
        partial.write_bytes(data)
    return path
