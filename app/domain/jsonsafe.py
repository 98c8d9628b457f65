"""JSON from outside — a bundle, a registration file, a plan file, a certificate template — parsed
without letting a hostile file crash the program: :func:`loads_bounded` refuses nesting deeper
than a limit *before* parsing, so no input can make the parser recurse without bound (a file
nested 100,000 deep is a ``ValueError``, not a ``RecursionError``)."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32  # nesting of JSON objects and arrays (a bundle's record line needs 6, a manifest 3)

_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_JSON_STRING = re.compile(rb'"[^"]*"')
_SQUARE = bytes.maketrans(b"{}", b"[]")


class TooDeep(ValueError):
    """JSON nested deeper than the reader allows."""


def _nesting_within(brackets: bytes, limit: int) -> bool:
    """Whether *brackets* (only ``[]{}``) is balanced and nests at most *limit* deep: with braces
    counted as brackets, each pass removes the innermost pairs (one level), so *limit* passes
    empty any shallow enough text. (Whether each pair matches in kind is the parser's concern.)"""
    brackets = brackets.translate(_SQUARE)
    for _ in range(limit):
        if not brackets:
            return True
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):
            return False
        brackets = shorter
    return not brackets


def shallow_json(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON text *data* is balanced and nests objects and arrays at most *limit* deep,
    found without parsing it and in a few passes of C-speed byte operations: drop the escapes that
    involve quotes (``\\\\`` and ``\\"``), keep only quotes and brackets, drop empty strings
    ``""`` (two adjacent quotes can only close one string and open the next, so dropping them
    keeps every bracket where it was, inside or outside a string), drop the strings left (those
    holding brackets, rare), then count the brackets that remain — the structure the parser would
    follow."""
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = data.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' in structure:
        structure = _JSON_STRING.sub(b"", structure)
    return _nesting_within(structure, limit)


def loads_bounded(data: bytes, limit: int = MAX_DEPTH) -> Any:  # noqa: ANN401
    """``json.loads`` of untrusted UTF-8 bytes that refuses (:class:`TooDeep`, a ``ValueError``)
    nesting deeper than *limit* before parsing, so no input can make the parser recurse without
    bound."""
    text = data.decode("utf-8")  # first: random bytes are "not UTF-8 text", not "nested too deep"
    if not shallow_json(data, limit):
        raise TooDeep(f"JSON nested more than {limit} deep")
    return json.loads(text)
