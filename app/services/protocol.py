"""Protocol order of a conference's invitees, from the post catalogue (``resources/catalogues/
ceremony.json``, editable in the database): one place for the desk, the printed documents,
the seating, the name cards and ``check``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.ceremony import GROUP_LEVEL, UNKNOWN_BLOCK, Place, PostCatalogue, heading_key, protocol_key
from app.services.catalogues import catalogue
from app.store.models import Invitee

#: The word for the Party committee in a heading ("Về phía lãnh đạo Đảng ủy"), by unit kind.
PARTY_WORD = {"huyen": "Huyện ủy", "tinh": "Tỉnh ủy"}


@dataclass
class Protocol:
    """The catalogues behind protocol order, read once."""

    posts: PostCatalogue
    levels: dict[str, dict[str, Any]] = field(default_factory=dict)  # attendee category → {level, block}
    level_labels: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    block_labels: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: The English window's names of levels, blocks and posts (the catalogues' ``label_en``), by
    #: ("level", n), ("block", n), ("post", code); a value an office added without one shows as written.
    english: dict[tuple[str, int | str], str] = field(default_factory=dict)

    def place(self, position: str | None, category: str | None) -> Place:
        data = self.levels.get(category or "", {})
        level = int(data.get("level", GROUP_LEVEL))
        return self.posts.place(position, level, int(data.get("block", UNKNOWN_BLOCK)))

    def key(self, invitee: Any) -> tuple[Any, ...]:  # noqa: ANN401 — an Invitee or a row with its columns
        return protocol_key(
            self.place(invitee.position, invitee.category), invitee.manual_order, invitee.sort_key
        )

    def presents(self, place: Place) -> bool:
        """Leaders who present awards (higher-level guests and the host unit's leaders)."""
        return bool(self.level_labels.get(place.level, ("", {}))[1].get("presents"))

    @property
    def by_block(self) -> frozenset[int]:
        return frozenset(level for level, (_, data) in self.level_labels.items() if data.get("by_block"))

    def heading(self, place: Place, unit_kind: str | None = None) -> str:
        """ "lãnh đạo Đảng ủy", "Ủy ban nhân dân", "lãnh đạo cấp trên" … (after "Về phía")."""
        level, block = heading_key(place, self.by_block)
        if block:
            label, data = self.block_labels.get(block, ("", {}))
        else:
            label, data = self.level_labels.get(level, ("", {}))
        text = data.get("intro") or label
        return text.replace("{party}", PARTY_WORD.get(unit_kind or "", "Đảng ủy"))

    def why(self, place: Place, english: bool = False) -> tuple[str, str]:
        """What the desk shows beside an invitee: (level · block, post) — why the row sits there;
        *english*: as the English window says it."""
        level = self.level_labels.get(place.level, (str(place.level), {}))[0]
        block = self.block_labels.get(place.block, (str(place.block), {}))[0]
        if english:
            level = self.english.get(("level", place.level)) or level
            block = self.english.get(("block", place.block)) or block
        if place.post is not None:
            label = (self.english.get(("post", place.post.code)) if english else None) or place.post.label
            post = (("former " if english else "nguyên ") if place.former else "") + label
        elif english:
            post = "(post not in the catalogue)" if place.unknown else "(no post given)"
        else:
            post = "(chức vụ chưa có trong danh mục)" if place.unknown else "(không ghi chức vụ)"
        return f"{level} · {block}", post


def load_protocol(session: Session) -> Protocol:
    post_items = catalogue(session, "post")
    posts = PostCatalogue.from_items(
        ((i.code, i.label, i.data or {}) for i in post_items),
        {i.code: i.label for i in catalogue(session, "post_abbreviation")},
        ((i.label, i.data or {}) for i in catalogue(session, "post_qualifier")),
    )
    levels = {i.code: i.data or {} for i in catalogue(session, "attendee_category")}
    level_items = [i for i in catalogue(session, "protocol_level") if i.code.isdigit()]
    block_items = [i for i in catalogue(session, "post_block") if i.code.isdigit()]
    level_labels = {int(i.code): (i.label, i.data or {}) for i in level_items}
    block_labels = {int(i.code): (i.label, i.data or {}) for i in block_items}
    english: dict[tuple[str, int | str], str] = {
        ("post", i.code): i.label_en for i in post_items if i.label_en
    }
    english.update({("level", int(i.code)): i.label_en for i in level_items if i.label_en})
    english.update({("block", int(i.code)): i.label_en for i in block_items if i.label_en})
    return Protocol(posts, levels, level_labels, block_labels, english)


def ordered_invitees(session: Session, conference_id: str, protocol: Protocol | None = None) -> list[Invitee]:
    """The conference's invitees in protocol order."""
    protocol = protocol or load_protocol(session)
    invitees = session.scalars(select(Invitee).where(Invitee.conference_id == conference_id)).all()
    return sorted(invitees, key=protocol.key)


def tie_group(protocol: Protocol, invitee: Any) -> tuple[Any, ...]:  # noqa: ANN401
    """Invitees of one tie group share level, block, post rank and former/incumbent: only the
    manual order (then the name) orders them — the rows a drag may reorder."""
    return protocol.place(invitee.position, invitee.category).key


def unique_post_clashes(protocol: Protocol, invitees: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    """Posts that only one person holds (Bí thư, Chủ tịch UBND …) named by two incumbents of the
    same unit (same workplace): ``[(post label, invitees)]``."""
    holders: dict[tuple[str, str], list[Any]] = {}
    for invitee in invitees:
        for part in protocol.posts.parts(invitee.position):
            if part.post is not None and part.post.unique and not part.former:
                holders.setdefault((part.post.code, (invitee.workplace or "").strip().lower()), []).append(
                    invitee
                )
    return [
        (protocol.posts.posts[code].label, people) for (code, _), people in holders.items() if len(people) > 1
    ]
