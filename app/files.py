"""Writing a file so that its final name only ever holds a complete copy."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import AppError


def write_atomically(path: Path, data: bytes) -> Path:
    """Write *data* to ``.<name>.partial`` beside *path*, flush and fsync, then rename.

    A full disk or a pulled-out stick leaves nothing under the final name (and no partial file).
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise AppError(
            f"Không ghi được {path.name} (ổ đĩa đầy, USB đã bị rút ra, hoặc chỉ đọc). Chưa có tệp nào được ghi.",
            f"cannot write {path}: {exc.strerror or exc}",
        ) from exc
    return path
