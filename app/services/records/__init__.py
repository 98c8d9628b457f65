"""The desk's lists as data: which columns each list has (``specs``: keys, kinds, choices,
order), paged, sorted, searched access to its records (``source``: sorting and filtering run in
the database on indexed columns) and its writes (``writing``: each returns what it changed).

No Qt here, and no presentation: the window's one generic table model (``app.ui.table_model``)
is configured by a :class:`TableSpec`, talks to a :class:`RecordSource`, and takes its headers
and widths from its own column specs (``app.ui.columns``).
"""

from app.services.records.source import RecordSource
from app.services.records.specs import (
    CHOICE_TEXTS,
    CONSOLIDATED,
    FIXED_CHOICES,
    SPECS,
    Column,
    TableSpec,
    consolidated,
)

__all__ = [
    "CHOICE_TEXTS",
    "CONSOLIDATED",
    "FIXED_CHOICES",
    "SPECS",
    "Column",
    "RecordSource",
    "TableSpec",
    "consolidated",
]
