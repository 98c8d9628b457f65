"""Regenerate the column tables of docs/bundle-format.md from the code that reads bundles.

    python docs/make_bundle_tables.py

The tables sit between ``<!-- columns:begin -->`` and ``<!-- columns:end -->``; a test fails when
they differ from what :func:`app.store.synced.wire_columns` and
:func:`app.store.synced.references` say, so the document cannot drift from the reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCUMENT = HERE / "bundle-format.md"
BEGIN, END = "<!-- columns:begin -->", "<!-- columns:end -->"
JSON_TYPES = {
    "str": "string",
    "int": "integer",
    "bool": "true/false",
    "date": "string `YYYY-MM-DD`",
    "datetime": "string, UTC `YYYY-MM-DDTHH:MM:SS[.ffffff]`",
    "time": "string `HH:MM:SS`",
    "json": "array or object",
}


def tables() -> str:
    """The markdown: one table per synced table, in the order bundles carry them."""
    from app.store.synced import DOWN_MODELS, UNIT_REFS, UP_MODELS, references, wire_columns
    from app.sync.wire import MAX_VERSION

    out: list[str] = []
    for model in (*DOWN_MODELS, *UP_MODELS):
        refs = {r.column: r for r in references(model)}
        out.append(f"#### `{model.__tablename__}`\n")
        out.append("| column | JSON | required | limit | points at |")
        out.append("|---|---|---|---|---|")
        for column in wire_columns(model):
            kind = JSON_TYPES[column.kind]
            required = (
                "yes" if column.name == "id" or (not column.nullable and not column.has_default) else ""
            )
            if column.name == "id":
                limit = "a UUID"
            elif column.name == "version":
                limit = f"1 … {MAX_VERSION:,}".replace(",", " ")
            elif column.kind == "str":
                limit = f"{column.limit:,} characters".replace(",", " ")
            elif getattr(column, "bounds", None) is not None and column.kind == "int":
                low, high = column.bounds.minimum, column.bounds.maximum
                limit = f"{low if low is not None else '…'} – {high if high is not None else 'this year'}"
            elif getattr(column, "bounds", None) is not None and column.kind == "date":
                from app.domain.fields import FIRST_YEAR, LAST_YEAR

                limit = f"years {FIRST_YEAR} – {LAST_YEAR}"
            elif column.kind == "int":
                limit = "below 2^62 either way"
            else:
                limit = ""
            ref = refs.get(column.name)
            if ref is None:
                points = ""
            elif column.name in UNIT_REFS:
                points = "a unit, by its **code**"
            elif ref.table == "plans":
                points = "a plan, by its **code**"
            elif ref.table is None:
                points = f"the id of a record of the table named in `{ref.via}`"
            else:
                points = f"the id of a `{ref.table}` record"
            out.append(f"| `{column.name}` | {kind} | {required} | {limit} | {points} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def rewritten(text: str) -> str:
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{tables()}{END}{tail}"


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    DOCUMENT.write_text(rewritten(DOCUMENT.read_text(encoding="utf-8")), encoding="utf-8")
    print(DOCUMENT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
