"""What the demo makes for one unit (:class:`UnitDemo`): its conference, agenda, invitees,
honorees, model reports, delegates and commendation figures, each table from its own generator
seeded by the unit's code — so a commune's records are the same in every demo database."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, time, timedelta
from typing import Any

from app.domain.plan import PlanRules, PlanWording
from app.domain.vntext import full_name
from app.services.demo_people import COMRADES, Guest, Names, first_match, new_uuid
from app.services.printing.context import in_sentence, place_of
from app.store.models import Unit


class UnitDemo:
    """Everything the demo makes for one unit, from its own seeded generator."""

    def __init__(
        self,
        unit: Unit,
        parent: Unit | None,
        rules: PlanRules,
        names: Names,
        scale: int,
        wording: PlanWording,
        forms: dict[str, str],
    ) -> None:
        self.unit = unit
        self.parent = parent
        self.rules = rules
        self.wording = wording
        self.form_labels = forms
        self.names = names
        self.scale = scale
        self.rng = random.Random(f"hoinghi-demo:{unit.code}")
        self.conference_id = new_uuid(self.rng)
        self.sample_honorees: list[dict[str, Any]] = []
        self.speakers: list[dict[str, Any]] = []  # honorees giving a model report (invited too)
        self._roster: list[Guest] | None = None

    @property
    def roster(self) -> list[Guest]:
        """The leaders and guests invited: one holder per post of the unit kind's roster."""
        if self._roster is None:
            self._roster = self._make_roster()
        return self._roster

    def _make_roster(self) -> list[Guest]:
        data = self.names.rosters
        rng = self.rng_for("invitees")
        unit, parent = self.unit, self.parent
        values = {
            "unit": in_sentence(unit.name),
            "place": place_of(unit),
            "party": first_match(data["party_by_name"], unit.name)
            if unit.kind in ("xa", "huyen", "tinh")
            else "Đảng ủy",
            "parent": in_sentence(parent.name) if parent else "",
            "parent_party": first_match(data["party_by_name"], parent.name) if parent else "",
            "head": first_match(data["head_by_name"], unit.name),
        }
        guests = []
        for category, post, options in data["rosters"].get(unit.kind, data["rosters"]["co-quan"]):
            if rng.random() >= options.get("chance", 1.0):
                continue
            position = post.format(**values)
            if category == "cap-tren" and unit.name in position:
                continue  # a guest "from above" who works in this very unit is a host, not a guest
            family_middle, given, gender = self.names.person(rng)
            wanted = options.get("gender")
            while wanted and gender != wanted:
                family_middle, given, gender = self.names.person(rng)
            workplace = (
                (values["parent"] if category == "cap-tren" else values["unit"])
                if category != "anh-hung"
                else ""
            )
            guests.append(
                Guest(
                    category,
                    family_middle,
                    given,
                    gender,
                    position,
                    workplace,
                    options.get("role", ""),
                    tuple(options.get("agenda", ())),
                )
            )
        return guests

    def holder(self, role: str) -> Guest | None:
        return next((g for g in self.roster if g.role == role), None)

    def rng_for(self, table: str) -> random.Random:
        return random.Random(f"hoinghi-demo:{self.unit.code}:{table}")

    # -- conference and agenda -------------------------------------------------------------
    def conference(self) -> dict[str, Any]:
        rng = self.rng_for("conference")
        group = self.rules.group(self.unit.unit_group)
        deadline = group.deadline if group and group.deadline else date(self.wording.end, 6, 30)
        forms = group.forms if group and group.forms else tuple(self.form_labels)[:1]
        roll = rng.random()
        if roll < 0.68:
            status, day = "held", deadline - timedelta(days=rng.randint(3, 45))
        elif roll < 0.84:
            status, day = "held", deadline + timedelta(days=rng.randint(5, 50))
        elif roll < 0.94:
            status, day = "planned", deadline + timedelta(days=rng.randint(20, 80))
        else:
            status, day = "planned", None
        if status == "held" and rng.random() < 0.3:
            status = "reported"
        form = rng.choice(forms)
        if rng.random() < 0.04:  # a few units pick a form the plan gives another group
            other = [
                f for g in self.rules.groups.values() if g is not group for f in g.forms if f not in forms
            ]
            form = other[0] if other else form
        chair, co_host = self.holder("chair"), self.holder("co_host")
        short = in_sentence(self.unit.name)
        return {
            "id": self.conference_id,
            "owner_unit_id": self.unit.id,
            "form": form,
            "title": self.wording.conference_title(self.form_labels.get(form, form), short),
            "date": day,
            "start_time": rng.choice([time(7, 30), time(8, 0), time(13, 30)]),
            "venue": rng.choice(self.names.pools["venues"]).format(unit=short),
            "chair": chair.as_chair if chair else None,
            "co_host": co_host.as_chair if co_host else None,
            "status": status,
            "expected_attendance": rng.randint(6, 20) * 10,
        }

    def agenda(self) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("agenda")
        items = list(self.rules.agenda)
        if rng.random() < 0.05 and len(items) > 6:
            items = [a for a in items if a.code != "phat-dong"]
        too_long = rng.random() < 0.08
        presenters = {code: g.as_presenter for g in reversed(self.roster) for code in g.agenda}
        for position, item in enumerate(items, start=1):
            minutes = item.minutes + (rng.choice([0, 0, 5, 10]) if not too_long else 25)
            presenter = presenters.get(item.code) or {
                "chao-co": "Ban Tổ chức",
                "tham-luan": "Các tập thể, cá nhân điển hình tiên tiến",
                "bieu-duong": "Ban Tổ chức; lãnh đạo trao khen thưởng",
            }.get(item.code, "Ban Tổ chức")
            yield {
                "conference_id": self.conference_id,
                "owner_unit_id": self.unit.id,
                "position": position,
                "kind": item.code,
                "title": self.wording.fill(item.title),
                "minutes": minutes,
                "presenter": presenter,
            }

    # -- people ------------------------------------------------------------------------------
    def invitees(self, categories: list[tuple[str, int]]) -> Iterator[dict[str, Any]]:
        """The roster (leaders and guests, one holder per post), the honorees giving model reports
        and the delegates (invited as advanced models), then a few emulation fighters and guests."""
        rng = self.rng_for("invitee-groups")
        short = in_sentence(self.unit.name)
        known = {code for code, _ in categories}
        rows: list[dict[str, Any]] = []

        def add(
            category: str, family_middle: str, given: str, gender: str, position: str, workplace: str
        ) -> None:
            if category not in known:
                category = "khach-moi"
            rows.append(
                {
                    "conference_id": self.conference_id,
                    "owner_unit_id": self.unit.id,
                    "category": category,
                    "family_middle": family_middle,
                    "given": given,
                    "gender": gender,
                    "honorific": "đồng chí" if category in COMRADES else ("ông" if gender == "nam" else "bà"),
                    "position": position,
                    "workplace": workplace,
                    "invitation_sent": rng.random() < 0.8,
                }
            )

        for guest in self.roster:
            add(
                guest.category,
                guest.family_middle,
                guest.given,
                guest.gender,
                guest.position,
                guest.workplace,
            )
        seen: set[str] = set()
        for honoree in self.speakers + [h for h in self.sample_honorees if not h["collective"]][:8]:
            if honoree["collective"] or honoree["id"] in seen:
                continue
            seen.add(honoree["id"])
            add(
                "dien-hinh",
                honoree["family_middle"],
                honoree["given"],
                honoree["gender"],
                honoree["position"],
                honoree["workplace"],
            )
        for category, (low, high) in self.names.rosters["groups"].items():
            posts = (
                self.names.rosters.get("group_posts", {}).get(category)
                or self.names.pools["positions_person"]
            )
            for _ in range(rng.randint(low, high)):
                family_middle, given, gender = self.names.person(rng)
                add(category, family_middle, given, gender, rng.choice(posts), short)
        yield from rows

    def honoree_count(self) -> int:
        rng = self.rng_for("honoree-count")
        low, high = {"xa": (20, 200), "huyen": (80, 200), "tinh": (150, 200)}.get(self.unit.kind, (20, 120))
        base = int(low + (high - low) * rng.random() ** 2)
        return base * self.scale

    def honorees(
        self, fields: list[str], targets: list[str], awards: list[str], movements: list[str]
    ) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("honorees")
        pools = self.names.pools
        short = in_sentence(self.unit.name)
        place = self.unit.name.split(" ", 1)[-1]
        year_counter = rng.randint(10, 300)
        for index in range(self.honoree_count()):
            collective = rng.random() < 0.2
            row: dict[str, Any] = {
                "conference_id": self.conference_id,
                "owner_unit_id": self.unit.id,
                "collective": collective,
                "field": rng.choices(fields, weights=[6, 9, 4, 4, 3, 3, 3, 3, 3, 4, 2, 1][: len(fields)])[0],
                "target_group": rng.choice(targets),
                "movements": rng.sample(movements, k=min(len(movements), rng.randint(1, 2))),
                "award_form": awards[0] if rng.random() < 0.85 else rng.choice(awards),
            }
            if collective:
                row["name"] = rng.choice(pools["collective_patterns"]).format(
                    unit=short, place=place, n=rng.randint(1, 9)
                )
                title = "Tập thể lao động tiên tiến"
            else:
                family_middle, given, gender = self.names.person(rng)
                row.update(
                    family_middle=family_middle,
                    given=given,
                    gender=gender,
                    birth_year=rng.randint(1958, 2003),
                    position=rng.choice(pools["positions_person"]),
                    workplace=short,
                    ethnicity=rng.choices(self.names.ethnic, self.names.ethnic_w)[0]
                    if rng.random() < 0.5
                    else None,
                )
                title = rng.choice(["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Giấy khen"])
            if rng.random() < 0.97:
                year_counter += 1
                row["commendations"] = [
                    {
                        "title": title,
                        "decision_no": f"{year_counter}/QĐ-UBND",
                        "date": f"{rng.randint(*self._commendation_years())}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "body": f"UBND {short}",
                    }
                ]
            if rng.random() < 0.95:
                row["achievement"] = rng.choice(pools["achievements"]).format(n=rng.randint(2, 15))
            if index < 12:
                row["id"] = new_uuid(rng)
                self.sample_honorees.append(row)
            yield row

    def _commendation_years(self) -> tuple[int, int]:
        """Commendations dated inside the plan's period, before its last year."""
        start, end = self.wording.start, self.wording.end
        return (start + 1, end - 1) if end - start >= 2 else (start, end)

    def speeches(self) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("speeches")
        topics = self.names.pools["speech_topics"]
        chosen = rng.sample(topics, k=rng.randint(3, 6))
        for position, (field_code, title) in enumerate(chosen, start=1):
            source = next((h for h in self.sample_honorees if h["field"] == field_code), None)
            if source is None and self.sample_honorees:
                source = rng.choice(self.sample_honorees)
            presenter = (
                (source.get("name") or full_name(source.get("family_middle"), source.get("given")))
                if source
                else "Khách mời"
            )
            if source is not None:
                self.speakers.append(source)
            yield {
                "conference_id": self.conference_id,
                "owner_unit_id": self.unit.id,
                "position": position,
                "honoree_id": source["id"] if source else None,
                "presenter": presenter,
                "title": title,
                "field": field_code,
                "minutes": rng.choice([7, 10, 10, 15]),
                "media": rng.choice([None, "Video clip 3 phút", "Ảnh minh họa", "Phóng sự truyền hình"]),
            }

    def delegates(self) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("delegates")
        if rng.random() < 0.06:
            return
        people = [h for h in self.sample_honorees if not h["collective"]]
        for source in people[: rng.randint(3, 10)]:
            yield {
                "conference_id": self.conference_id,
                "owner_unit_id": self.unit.id,
                "honoree_id": source["id"],
                "family_middle": source["family_middle"],
                "given": source["given"],
                "gender": source["gender"],
                "birth_year": source["birth_year"],
                "position": source["position"],
                "workplace": source["workplace"],
                "field": source["field"],
                "target_group": source["target_group"],
                "status": "approved" if rng.random() < 0.6 else "proposed",
            }

    def tallies(self, forms: list[str]) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("tallies")
        for form in rng.sample(forms, k=min(len(forms), rng.randint(3, 6))):
            collectives, individuals = rng.randint(0, 30), rng.randint(5, 120)
            workers = rng.randint(0, individuals // 3)
            farmers = rng.randint(0, (individuals - workers) // 2)
            yield {
                "owner_unit_id": self.unit.id,
                "period": self.wording.period_key,
                "form": form,
                "collectives": collectives,
                "individuals": individuals,
                "workers": workers,
                "farmers": farmers,
                "direct_labourers": workers + farmers + rng.randint(0, 10),
            }
