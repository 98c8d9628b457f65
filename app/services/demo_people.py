"""The demo's people: the shipped name pools (``resources/demo/``), random Vietnamese names from
them, and the holders of a unit's posts (:class:`Guest`) — for :mod:`app.services.demo_units`."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from typing import Any

from app.domain.vntext import full_name
from app.paths import resources_dir


def load_pool(name: str) -> Any:  # noqa: ANN401
    return json.loads((resources_dir() / "demo" / name).read_text(encoding="utf-8"))


class Names:
    """Random Vietnamese names and texts from the shipped pools."""

    def __init__(self) -> None:
        pools = load_pool("names.json")
        self.pools = pools
        self.rosters = load_pool("rosters.json")
        self.family = [f for f, _ in pools["family"]]
        self.family_w = [w for _, w in pools["family"]]
        self.ethnic = [e for e, _ in pools["ethnicity"]]
        self.ethnic_w = [w for _, w in pools["ethnicity"]]

    def person(self, rng: random.Random) -> tuple[str, str, str]:
        gender = "nam" if rng.random() < 0.55 else "nu"
        family = rng.choices(self.family, self.family_w)[0]
        middle = rng.choice(self.pools["middle_male" if gender == "nam" else "middle_female"])
        given = rng.choice(self.pools["given_male" if gender == "nam" else "given_female"])
        return f"{family} {middle}", given, gender


COMRADES = ("cap-tren", "cap-uy", "chinh-quyen", "mttq", "chinh-tri-xa-hoi", "luc-luong-vu-trang")


@dataclass
class Guest:
    """One invitee of the demo roster: the holder of a post (one holder per unique post)."""

    category: str
    family_middle: str
    given: str
    gender: str
    position: str
    workplace: str
    role: str = ""
    agenda: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return full_name(self.family_middle, self.given)

    @property
    def as_presenter(self) -> str:
        """ "Nguyễn Văn An, Chủ tịch UBND xã Hàm Chính" — the post the item is presented in (the last named)."""
        return f"{self.name}, {self.position.split(', ')[-1]}"

    @property
    def as_chair(self) -> str:
        """ "Nguyễn Văn An, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hàm Chính" (the conference's chair)."""
        return f"{self.name}, {self.position}"


def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def first_match(rules: list[list[str]], name: str) -> str:
    return next(value for prefix, value in rules if name.startswith(prefix))
