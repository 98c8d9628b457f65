"""How the conference is run on the day: protocol order, the honouring batches, the presenters.

Pure functions over plain objects (see ``shared/domain/ceremony.md``): the MC script, the
introductions, the seating, the name cards and the attendance sheet all use the same order.

Protocol order (§3): level of the guest (higher-level guests, same-level guests, heroes, the host
unit, groups), then the block of the post (Party, People's Council, People's Committee, Front and
political-social organisations, others), then the rank of the post within its block — read from
the post *text* through a catalogue of posts (data) — then the official's manual order, then the
Vietnamese name order.

A post text is recognised only when the *whole* text is accounted for: a catalogue entry, then
only known qualifiers (``post_qualifier``: the place — "xã", "phường Phú Thủy", "thành phố Phan
Thiết" —, the body — "Đảng ủy", "Huyện ủy", "HĐND" —, a neighbourhood — "thôn 3", "khu phố 3" —
only after the posts that are held there) and the proper name a place or an organisation ends
with ("Giám đốc Công ty Cổ phần Nước mắm Phan Thiết"). "Trưởng ban Dân vận khu phố" is not the
Party's "Trưởng Ban Dân vận": it is flagged unknown and sits at the end of its category's block.
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
_WORD = re.compile(r"[^\W_]+")
_FORMER = ("nguyen",)
#: Kinds of post qualifier (``post_qualifier`` catalogue, ``data.kind``): a place ("xã", "thành
#: phố") and a body ("Đảng ủy", "HĐND") may follow any post; a neighbourhood ("thôn", "khu phố")
#: and an organisation ("Công ty", "Trường", "Sở") only the posts it lists (``data.after``). A
#: catalogue entry ending with any of them ("Hiệu trưởng Trường") may be followed by a proper name.
PLACE, BODY, LOCAL, ORGANISATION = "place", "body", "local", "organisation"


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
class Qualifier:
    """Words that may follow a post in a post text (see :data:`PLACE` …)."""

    kind: str
    after: frozenset[str] | None = None  # LOCAL: the posts held there (None: any post)


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
    HĐND, UBND, MTTQ …) do not matter; a part is the longest catalogue entry it starts with whose
    rest is only known qualifiers and proper names (see the module's notes); "nguyên …" marks a
    former holder."""

    def __init__(
        self,
        posts: Iterable[tuple[Post, Sequence[str]]],
        abbreviations: Mapping[str, str],
        qualifiers: Iterable[tuple[str, Qualifier]] = (),
    ) -> None:
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
        self._qualifiers: dict[tuple[str, ...], Qualifier] = {}
        for words, qualifier in qualifiers:
            tokens = self._expand(_tokens(words))
            if tokens:
                self._qualifiers.setdefault(tokens, qualifier)
        self._longest_qualifier = max((len(q) for q in self._qualifiers), default=0)
        self._parsed: dict[str, tuple[PostPart, ...]] = {}

    @classmethod
    def from_items(
        cls,
        posts: Iterable[tuple[str, str, Mapping[str, Any]]],
        abbreviations: Mapping[str, str],
        qualifiers: Iterable[tuple[str, Mapping[str, Any]]] = (),
    ) -> PostCatalogue:
        """From catalogue rows ``(code, label, data)`` with data ``{block, rank, unique, match, ignore}``,
        and qualifier rows ``(words, data)`` with data ``{kind, after}``."""
        return cls(
            (
                (
                    Post(
                        code,
                        label,
                        int(data.get("block", UNKNOWN_BLOCK)),
                        int(data.get("rank", UNKNOWN_RANK)),
                        bool(data.get("unique")),
                        bool(data.get("ignore")),
                    ),
                    tuple(data.get("match", ())),
                )
                for code, label, data in posts
            ),
            abbreviations,
            (
                (
                    words,
                    Qualifier(
                        str(data.get("kind", PLACE)),
                        frozenset(data["after"]) if data.get("after") is not None else None,
                    ),
                )
                for words, data in qualifiers
            ),
        )

    def _expand(self, tokens: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for token in tokens:
            out.extend(self.abbreviations.get(token, (token,)))
        return tuple(out)

    def _words(self, text: str) -> list[tuple[str, bool]]:
        """The tokens of *text* (abbreviations expanded), each with whether its word is written
        with a capital or a digit (a proper name's word: "Hàm Chính", "3")."""
        out: list[tuple[str, bool]] = []
        for word in _WORD.findall(text):
            named = word[:1].isupper() or word[:1].isdigit()
            out.extend((token, named) for token in self._expand(_tokens(word)))
        return out

    def _qualifier_at(self, tokens: Sequence[str], start: int) -> tuple[int, Qualifier | None]:
        for length in range(min(self._longest_qualifier, len(tokens) - start), 0, -1):
            qualifier = self._qualifiers.get(tuple(tokens[start : start + length]))
            if qualifier is not None:
                return length, qualifier
        return 0, None

    def _ends_named(self, entry: Sequence[str]) -> bool:
        """Whether the catalogue entry ends with a place, a body or an organisation (the proper
        name of which may follow: "Hiệu trưởng Trường" + "THCS Nguyễn Du")."""
        return any(
            tuple(entry[-length:]) in self._qualifiers
            for length in range(1, min(len(entry), self._longest_qualifier) + 1)
        )

    def _accounted(self, post: Post, entry: Sequence[str], rest: Sequence[tuple[str, bool]]) -> bool:
        """Whether the words after the entry are only qualifiers allowed after *post* and proper
        names. A name follows a place, a body, or an entry ending with an organisation; it may
        hold small words and words that are qualifiers elsewhere ("Sở Lao động - Thương binh và
        Xã hội", "Phát triển nông thôn") — both readings are tried. A neighbourhood ("khu phố 3")
        after a post not held there refuses the text."""
        tokens = [token for token, _ in rest]
        seen: dict[tuple[int, bool, bool], bool] = {}

        def fits(at: int, may_name: bool, in_name: bool) -> bool:
            if at == len(rest):
                return True
            key = (at, may_name, in_name)
            if key not in seen:  # every step moves forward: no cycle
                seen[key] = reads(at, may_name, in_name)
            return seen[key]

        def reads(at: int, may_name: bool, in_name: bool) -> bool:
            length, qualifier = self._qualifier_at(tokens, at)
            if qualifier is not None:
                if qualifier.after is not None:
                    allowed = post.code in qualifier.after
                else:  # a place, a body: after any post; a neighbourhood, an organisation: only as listed
                    allowed = qualifier.kind in (PLACE, BODY)
                named_next = at + length < len(rest) and rest[at + length][1]
                if qualifier.kind == LOCAL and not allowed and (named_next or not in_name):
                    return False  # "Trưởng ban Dân vận khu phố (3)": a neighbourhood post
                if allowed and fits(at + length, True, False):
                    return True
            named = rest[at][1]
            return (in_name or (may_name and named)) and fits(at + 1, may_name, True)

        return fits(0, self._ends_named(entry), False)

    def part(self, text: str) -> PostPart:
        words = self._words(text)
        former = bool(words) and words[0][0] in _FORMER
        if former:
            words = words[1:]
        tokens = tuple(token for token, _ in words)
        for length in range(min(len(tokens), self._longest), 0, -1):
            post = self._patterns.get(tokens[:length])
            if post is not None and self._accounted(post, tokens[:length], words[length:]):
                return PostPart(text, post, former)
        return PostPart(text, None, former)

    def parts(self, text: str | None) -> list[PostPart]:
        """The posts named in *text*. A piece after a comma that cannot start a post continues
        the one before ("Giám đốc Sở Văn hóa, Thể thao và Du lịch" is one post), as does a place
        that names no post ("Chủ tịch UBND xã Hàm Chính, huyện Hàm Thuận Bắc")."""
        known = self._parsed.get(text or "")
        if known is not None:
            return list(known)
        pieces: list[str] = []
        for piece in _SPLIT.split(text or ""):
            if not piece.strip():
                continue
            tokens = self._expand(_tokens(piece))
            place = self._qualifier_at(tokens, 0)[1]
            if (
                pieces
                and tokens
                and (
                    tokens[0] not in self._heads
                    or (place is not None and place.kind == PLACE and self.part(piece).post is None)
                )
            ):
                pieces[-1] = f"{pieces[-1]}, {piece.strip()}"
            else:
                pieces.append(piece.strip())
        parsed = tuple(self.part(piece) for piece in pieces)
        if len(self._parsed) >= 4096:  # post texts repeat: a district's lists hold a few hundred
            self._parsed.clear()
        self._parsed[text or ""] = parsed
        return list(parsed)

    def highest_first(self, text: str | None) -> str:
        """The posts of *text* highest first ("Chủ tịch UBND xã, Phó Bí thư Đảng ủy" → "Phó Bí
        thư Đảng ủy, Chủ tịch UBND xã"); parts the catalogue does not know keep their place at the end."""
        parts = self.parts(text)
        if len(parts) < 2:
            return text or ""

        def standing(n: int) -> tuple[int, int, bool]:
            post = parts[n].post
            return (
                (post.block, post.rank, parts[n].former)
                if post and not post.ignore
                else (UNKNOWN_BLOCK + 1, n, False)
            )

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


def protocol_order(
    invitees: Sequence[T],
    place: Callable[[T], Place],
    manual: Callable[[T], int | None],
    name_key: Callable[[T], str],
) -> list[T]:
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
    """ "Đồng chí", "Ông" or "Bà" at the start of a line."""
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
