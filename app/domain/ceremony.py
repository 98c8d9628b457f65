"""How the conference is run on the day: protocol order, the honouring batches, the presenters.

Pure functions over plain objects (see ``shared/domain/ceremony.md``): the MC script, the
introductions, the seating, the name cards and the attendance sheet all use the same order.

Protocol order (§3): level of the guest (higher-level guests, same-level guests, heroes, the host
unit, groups), then the block of the post (Party, People's Council, People's Committee, Front and
political-social organisations, others), then the rank of the post within its block — read from
the post *text* through a catalogue of posts (data) — then the official's manual order, then the
Vietnamese name order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain.vntext import fold

T = TypeVar("T")

#: Levels introduced one by one; the last level (groups) is greeted as groups.
GROUP_LEVEL = 4
UNKNOWN_BLOCK = 5
UNKNOWN_RANK = 999
#: Sort position of an invitee the official has not placed by hand (after those placed).
NO_MANUAL = 10**6

_SPLIT = re.compile(r"\s*(?:[,;]|\bkiêm\b|\bkiem\b)\s*", re.IGNORECASE)
_TOKEN = re.compile(r"[^0-9a-z]+")
_FORMER = ("nguyen",)


@dataclass(frozen=True)
class Post:
    """One post of the catalogue: its block (1 Party … 5 others) and rank within the block
    (lower is higher). ``ignore``: a word that is not a post (military rank, degree)."""

    code: str
    label: str
    block: int
    rank: int
    unique: bool = False
    ignore: bool = False


@dataclass(frozen=True)
class PostPart:
    """One post named in a post text ("Phó Bí thư Đảng ủy, Chủ tịch UBND xã" has two)."""

    text: str
    post: Post | None
    former: bool = False


@dataclass(frozen=True)
class Place:
    """Where an invitee sits in protocol order, and why."""

    level: int
    block: int
    rank: int
    former: bool
    post: Post | None  # the post that placed the invitee (the highest one named); None: unknown
    unknown: tuple[str, ...] = ()  # parts of the post text the catalogue does not know

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.level, self.block, self.rank, int(self.former))

    @property
    def named(self) -> bool:
        return self.level < GROUP_LEVEL


class PostCatalogue:
    """Recognises post texts: accents, case, spelling variants and abbreviations (BTV, BCH,
    HĐND, UBND, MTTQ …) do not matter; a part matches the longest catalogue entry it starts
    with; "nguyên …" marks a former holder."""

    def __init__(self, posts: Iterable[tuple[Post, Sequence[str]]], abbreviations: Mapping[str, str]) -> None:
        self.abbreviations = {fold(k): tuple(_tokens(v)) for k, v in abbreviations.items()}
        self.posts: dict[str, Post] = {}
        self._patterns: dict[tuple[str, ...], Post] = {}
        for post, spellings in posts:
            self.posts[post.code] = post
            for spelling in (post.label, *spellings):
                tokens = self._expand(_tokens(spelling))
                if tokens:
                    self._patterns.setdefault(tokens, post)
        self._longest = max((len(p) for p in self._patterns), default=0)
        self._heads = frozenset(p[0] for p in self._patterns) | set(_FORMER)

    @classmethod
    def from_items(cls, posts: Iterable[tuple[str, str, Mapping[str, Any]]],
                   abbreviations: Mapping[str, str]) -> PostCatalogue:
        """From catalogue rows ``(code, label, data)`` with data ``{block, rank, unique, match, ignore}``."""
        return cls(((Post(code, label, int(data.get("block", UNKNOWN_BLOCK)), int(data.get("rank", UNKNOWN_RANK)),
                          bool(data.get("unique")), bool(data.get("ignore"))), tuple(data.get("match", ())))
                    for code, label, data in posts), abbreviations)

    def _expand(self, tokens: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for token in tokens:
            out.extend(self.abbreviations.get(token, (token,)))
        return tuple(out)

    def part(self, text: str) -> PostPart:
        tokens = self._expand(_tokens(text))
        former = bool(tokens) and tokens[0] in _FORMER
        if former:
            tokens = tokens[1:]
        for length in range(min(len(tokens), self._longest), 0, -1):
            post = self._patterns.get(tokens[:length])
            if post is not None:
                return PostPart(text, post, former)
        return PostPart(text, None, former)

    def parts(self, text: str | None) -> list[PostPart]:
        """The posts named in *text*. A piece after a comma that cannot start a post continues
        the one before ("Giám đốc Sở Văn hóa, Thể thao và Du lịch" is one post)."""
        pieces: list[str] = []
        for piece in _SPLIT.split(text or ""):
            if not piece.strip():
                continue
            tokens = self._expand(_tokens(piece))
            if pieces and tokens and tokens[0] not in self._heads:
                pieces[-1] = f"{pieces[-1]}, {piece.strip()}"
            else:
                pieces.append(piece.strip())
        return [self.part(piece) for piece in pieces]

    def highest_first(self, text: str | None) -> str:
        """The posts of *text* highest first ("Chủ tịch UBND xã, Phó Bí thư Đảng ủy" → "Phó Bí
        thư Đảng ủy, Chủ tịch UBND xã"); parts the catalogue does not know keep their place at the end."""
        parts = self.parts(text)
        if len(parts) < 2:
            return text or ""

        def standing(n: int) -> tuple[int, int, bool]:
            post = parts[n].post
            return (post.block, post.rank, parts[n].former) if post and not post.ignore else (UNKNOWN_BLOCK + 1, n, False)

        ranked = sorted(range(len(parts)), key=standing)
        ignored = [n for n in range(len(parts)) if (post := parts[n].post) is not None and post.ignore]
        order = ignored + [n for n in ranked if n not in ignored]  # a rank ("Đại tá") stays in front
        return ", ".join(parts[n].text.strip() for n in order)

    def place(self, text: str | None, level: int, default_block: int = UNKNOWN_BLOCK) -> Place:
        """The invitee's place: by the highest post named in *text* (block first, then rank);
        a text naming no known post sits at the end of *default_block* (its category's)."""
        parts = self.parts(text)
        known = [p for p in parts if p.post is not None and not p.post.ignore]
        unknown = tuple(p.text for p in parts if p.post is None)
        if not known:
            return Place(level, default_block, UNKNOWN_RANK, False, None, unknown)
        best = min(known, key=lambda p: (p.post.block, p.post.rank, p.former))  # type: ignore[union-attr]
        post = best.post
        assert post is not None
        return Place(level, post.block, post.rank, best.former, post, unknown)


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.split(fold(text)) if t]


def protocol_order(invitees: Sequence[T], place: Callable[[T], Place], manual: Callable[[T], int | None],
                   name_key: Callable[[T], str]) -> list[T]:
    """State-protocol order: level, block, post rank (former holders after the incumbents of the
    same post), then the official's manual order, then Vietnamese name order."""
    return sorted(invitees, key=lambda i: protocol_key(place(i), manual(i), name_key(i)))


def protocol_key(place: Place, manual: int | None, name_key: str) -> tuple[Any, ...]:
    return (*place.key, NO_MANUAL if manual is None else manual, name_key)


def heading_key(place: Place, by_block: frozenset[int] = frozenset({3})) -> tuple[int, int]:
    """Introductions group the named guests under one heading per level — and, for the levels in
    *by_block* (the host unit), per block. A prefix of the sort key, so each heading is printed once."""
    return (place.level, place.block if place.level in by_block else 0)


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
