"""How the conference is run on the day: protocol order, the honouring batches, the presenters.

Pure functions over plain objects (see ``shared/domain/ceremony.md``): the MC script, the
introductions and the seating all use the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

#: Invitees whose protocol rank is below this are introduced by name; the rest as groups.
NAMED_BELOW = 400


def protocol_order(invitees: Sequence[T], rank: Callable[[T], int], name_key: Callable[[T], str]) -> list[T]:
    """State-protocol order: by protocol rank (guests of higher levels first, the host unit's own
    leaders after), then by Vietnamese name order as the last, stable tie-break."""
    return sorted(invitees, key=lambda i: (rank(i), name_key(i)))


def salutation(honorific: str | None, gender: str | None) -> str:
    """"Đồng chí", "Ông" or "Bà" at the start of a line."""
    if honorific:
        return honorific[:1].upper() + honorific[1:]
    return "Bà" if gender == "nu" else "Ông"


@dataclass(frozen=True)
class Batch:
    number: int
    award: str
    collective: bool
    recipients: tuple[Any, ...]
    presenter: Any | None


def honouring_batches(
    honorees: Sequence[T],
    award_rank: Callable[[T], int],
    is_collective: Callable[[T], bool],
    award_of: Callable[[T], str],
    presenters: Sequence[Any],
    size: int = 10,
) -> list[Batch]:
    """Split the honorees (already in the printed list's order) into batches going up on stage.

    Higher forms before lower; within a form, collectives before individuals; within that, the
    list's order. A batch never mixes forms or collectives with individuals and holds at most
    *size* recipients. Batch 1 is presented by the highest-ranking leader, each later batch by
    the next one, cycling when there are fewer leaders than batches.
    """
    size = max(1, size)
    indexed = list(enumerate(honorees))
    indexed.sort(key=lambda pair: (award_rank(pair[1]), not is_collective(pair[1]), pair[0]))
    batches: list[Batch] = []
    group: list[T] = []
    group_key: tuple[str, bool] | None = None

    def close() -> None:
        if group and group_key is not None:
            presenter = presenters[len(batches) % len(presenters)] if presenters else None
            batches.append(Batch(len(batches) + 1, group_key[0], group_key[1], tuple(group), presenter))

    for _, honoree in indexed:
        key = (award_of(honoree), is_collective(honoree))
        if key != group_key or len(group) >= size:
            close()
            group = []
            group_key = key
        group.append(honoree)
    close()
    return batches
