"""Random Unicode — control characters and NUL, surrogates (escaped, as a file or JSON carries
them), bidi overrides, zero-width characters, formula starters, 10,000-character runs — through
every door and every file: spreadsheet import → xlsx export → print (PDF and Word) → bundle →
district import, plus a bundle record carrying the text itself. Each step accepts it or refuses
it with one sentence (AppError / InvalidValue); nothing else may happen."""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.domain.fields import InvalidValue
from app.errors import AppError
from app.services.printing import render_document
from app.services.spreadsheet_export import export_list
from app.services.spreadsheet_import import apply_import, plan_import
from app.sync.exchange import export_bundle, import_bundles
from tests.syncing import COMMUNE, DISTRICT, NAMES, Trio, copy_keys, opened
from tests.test_input_doors import _lines
from tests.test_sync import _signed

SPICE = [
    "\x00",
    "\x01",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\ufffe",
    "\r",
    "\n",
    "\t",
    "=",
    "+",
    "-",
    "@",
    "\ud800",
    "\udfff",
    "Đ",
    "ễ",
    "\u0301",
    "\u0323",
    " ",
    "\u00a0",
    "😀",
    "\U0001f1fb",
    "\U0001f1f3",
    "ỷ",
    "ñ",
]
characters = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), st.sampled_from(SPICE)
)
short = st.text(characters, max_size=40)
long = st.builds(
    lambda text, size: (text * (size // max(1, len(text)) + 1))[:size],
    st.text(characters, min_size=1, max_size=12),
    st.sampled_from([120, 300, 301, 9_999, 10_000, 10_001]),
)
values = st.one_of(short, short, long)
rows = st.lists(
    st.tuples(values, values, values, st.one_of(st.integers(1800, 2100).map(str), short)),
    min_size=1,
    max_size=3,
)


def _escaped(text: str) -> str:
    """A file cannot hold a lone surrogate: it travels escaped (``\\ud800``)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _hostile(trio: Trio, lines: list[dict]) -> Path:
    """A properly signed bundle whose record lines are written as a hostile program may write them:
    JSON with ``ensure_ascii``, so a lone surrogate travels as ``\\ud800`` (UTF-8 cannot hold it, and
    the app's own writer never has one to write) and arrives as a lone surrogate after ``json.loads``."""

    def ascii_records(records: Iterable[dict]) -> tuple[bytes, int, dict[str, int]]:
        records = list(records)
        data = b"".join(
            json.dumps(r, ensure_ascii=True, separators=(",", ":"), default=str).encode() + b"\n"
            for r in records
        )
        counts: dict[str, int] = {}
        for r in records:
            counts[str(r.get("t", ""))] = counts.get(str(r.get("t", "")), 0) + 1
        return zlib.compress(data, 6), len(data), counts

    with patch("app.sync.bundle.encode_records", ascii_records):
        return _signed(trio, lines)


def _write(folder: Path, data: list[tuple[str, str, str, str]], as_xlsx: bool) -> Path:
    header = ["Họ và tên", "Chức vụ", "Thành tích", "Năm sinh"]
    if as_xlsx:
        wb = Workbook()
        ws = wb.active
        ws.append(header)
        for row in data:  # a workbook cannot hold control characters either
            ws.append([ILLEGAL_CHARACTERS_RE.sub("", _escaped(value)) for value in row])
        path = folder / "ds.xlsx"
        wb.save(path)
        return path
    path = folder / "ds.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([[_escaped(v) for v in row] for row in data])
    return path


def _step(work) -> str:
    """Run one step: "ok", or "refused" with one sentence. Anything else fails the test."""
    try:
        work()
    except (AppError, InvalidValue) as exc:
        message = getattr(exc, "vi", str(exc))
        assert message and "\n" not in message.strip(), message
        return "refused"
    return "ok"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=rows, as_xlsx=st.booleans(), record=st.tuples(values, values, values))
def test_random_unicode_through_every_door_and_file(trio_template, _isolated_home, data, as_xlsx, record):
    folder = Path(tempfile.mkdtemp(prefix="hoinghi-unicode-"))
    try:
        for name in NAMES.values():
            shutil.copy(trio_template / f"{name}.sqlite", folder / f"{name}.sqlite")
        copy_keys(
            trio_template / "home", _isolated_home
        )  # the installations' private keys, outside the files
        trio = Trio(folder)
        sheet = _write(folder, data, as_xlsx)
        with opened(trio.db(COMMUNE)) as store:

            def spreadsheet_import() -> None:
                plan = plan_import(store, "honorees", sheet)
                apply_import(store, plan)

            _step(spreadsheet_import)
            assert _step(lambda: export_list(store, "honorees", folder / "out.xlsx")) == "ok"
            for suffix in (".pdf", ".docx"):
                assert _step(lambda s=suffix: render_document(store, "honorees", folder / f"ds{s}")) == "ok"
            assert _step(lambda: export_bundle(store, trio.usb)) == "ok"
        bundles = sorted(trio.usb.glob("*.hnb"))
        with opened(trio.db(DISTRICT)) as store:
            [preview] = import_bundles(store, bundles).previews
        assert preview.status == "imported", preview.reason  # what the commune accepted, the district accepts
        for bundle in bundles:
            bundle.unlink()

        lines = _lines(trio)  # a bundle record carrying the random text itself (JSON escapes surrogates)
        honoree = next(line for line in lines if line["t"] == "honorees")
        honoree["r"].update(name=record[0], position=record[1], achievement=record[2], collective=True)
        with opened(trio.db(DISTRICT)) as store:
            [preview] = import_bundles(store, [_hostile(trio, lines)]).previews
        assert preview.status in ("imported", "refused")
        if preview.status == "refused":
            assert "\n" not in preview.reason.vi
        with opened(trio.db(DISTRICT)) as store:
            assert (
                _step(lambda: export_list(store, "honorees", folder / "all.xlsx", consolidated=True)) == "ok"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
