"""A realistic, deterministic demo data set shaped like the default plan (its deadlines, forms,
agenda, period and words).

One province, its districts and ~120 communes, departments, provincial organisations,
enterprises and agencies; per unit a conference (most on time, some late, some only planned,
a few breaking a plan rule on purpose), the standard agenda, invitees, honorees, model reports,
delegates and the five-year commendation figures.

Every unit's data comes from a random generator seeded by the unit's code, so the records of a
commune are the same — same ids, same names — whether the demo is built for the province
(``demo``) or for the commune alone (``demo --as-unit CODE``): the databases can exchange data.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import func, select

from app.domain.plan import PlanRules, PlanWording
from app.domain.vntext import full_name
from app.errors import AppError
from app.long_work import Progress, report
from app.paths import resources_dir
from app.services.catalogues import active_plan, catalogue, labels
from app.services.plans import rules_of, wording_of
from app.services.printing.context import in_sentence, place_of
from app.services.registry import UnitRow, import_units_in
from app.store.changes import bulk_insert
from app.store.db import Store
from app.store.models import (
    AgendaItem,
    AwardTally,
    Conference,
    Delegate,
    Honoree,
    Invitee,
    Meta,
    Speech,
    Unit,
)

DEMO_STAMP = "demo"


@dataclass
class DemoResult:
    unit: str
    units: int
    counts: dict[str, int] = field(default_factory=dict)
    already: bool = False


def _load(name: str) -> Any:  # noqa: ANN401
    return json.loads((resources_dir() / "demo" / name).read_text(encoding="utf-8"))


def registry_rows() -> list[UnitRow]:
    """The demo unit tree as registry rows (province → districts → communes, departments, …)."""
    tree = _load("binh-thuan-2024.json")
    province = tree["province"]
    rows = [UnitRow(0, province["code"], province["name"], "tinh", "")]
    commune_code = 22915
    for district in tree["districts"]:
        rows.append(UnitRow(0, district["code"], district["name"], "huyen", province["code"]))
        for commune in district["communes"]:
            rows.append(UnitRow(0, str(commune_code), commune, "xa", district["code"]))
            commune_code += 3
    for number, dept in enumerate(tree["departments"], start=1):
        code = f"{province['code']}-S{number:02d}"
        rows.append(UnitRow(0, code, dept["name"], dept["kind"], province["code"]))
        for sub, agency in enumerate(dept.get("agencies", ()), start=1):
            rows.append(UnitRow(0, f"{code}-{sub:02d}", agency, "co-quan", code))
    per_district: dict[str, int] = {}
    for district_code, name in tree["enterprises"]:
        per_district[district_code] = per_district.get(district_code, 0) + 1
        rows.append(UnitRow(0, f"DN-{district_code}-{per_district[district_code]:02d}", name, "doanh-nghiep", district_code))
    return rows


class _Names:
    """Random Vietnamese names and texts from the shipped pools."""

    def __init__(self) -> None:
        pools = _load("names.json")
        self.pools = pools
        self.rosters = _load("rosters.json")
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


_COMRADES = ("cap-tren", "cap-uy", "chinh-quyen", "mttq", "chinh-tri-xa-hoi", "luc-luong-vu-trang")


@dataclass
class _Guest:
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
        """"Nguyễn Văn An, Chủ tịch UBND xã Hàm Chính" — the post the item is presented in (the last named)."""
        return f"{self.name}, {self.position.split(', ')[-1]}"

    @property
    def as_chair(self) -> str:
        """"Nguyễn Văn An, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hàm Chính" (the conference's chair)."""
        return f"{self.name}, {self.position}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _first_match(rules: list[list[str]], name: str) -> str:
    return next(value for prefix, value in rules if name.startswith(prefix))


class _UnitDemo:
    """Everything the demo makes for one unit, from its own seeded generator."""

    def __init__(self, unit: Unit, parent: Unit | None, rules: PlanRules, names: _Names, scale: int,
                 wording: PlanWording, forms: dict[str, str]) -> None:
        self.unit = unit
        self.parent = parent
        self.rules = rules
        self.wording = wording
        self.form_labels = forms
        self.names = names
        self.scale = scale
        self.rng = random.Random(f"hoinghi-demo:{unit.code}")
        self.conference_id = _uuid(self.rng)
        self.sample_honorees: list[dict[str, Any]] = []
        self.speakers: list[dict[str, Any]] = []  # honorees giving a model report (invited too)
        self._roster: list[_Guest] | None = None

    @property
    def roster(self) -> list[_Guest]:
        """The leaders and guests invited: one holder per post of the unit kind's roster."""
        if self._roster is None:
            self._roster = self._make_roster()
        return self._roster

    def _make_roster(self) -> list[_Guest]:
        data = self.names.rosters
        rng = self.rng_for("invitees")
        unit, parent = self.unit, self.parent
        values = {
            "unit": in_sentence(unit.name), "place": place_of(unit),
            "party": _first_match(data["party_by_name"], unit.name) if unit.kind in ("xa", "huyen", "tinh") else "Đảng ủy",
            "parent": in_sentence(parent.name) if parent else "",
            "parent_party": _first_match(data["party_by_name"], parent.name) if parent else "",
            "head": _first_match(data["head_by_name"], unit.name),
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
            workplace = (values["parent"] if category == "cap-tren" else values["unit"]) if category != "anh-hung" else ""
            guests.append(_Guest(category, family_middle, given, gender, position, workplace,
                                 options.get("role", ""), tuple(options.get("agenda", ()))))
        return guests

    def holder(self, role: str) -> _Guest | None:
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
            other = [f for g in self.rules.groups.values() if g is not group for f in g.forms if f not in forms]
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
                "chao-co": "Ban Tổ chức", "tham-luan": "Các tập thể, cá nhân điển hình tiên tiến",
                "bieu-duong": "Ban Tổ chức; lãnh đạo trao khen thưởng"}.get(item.code, "Ban Tổ chức")
            yield {
                "conference_id": self.conference_id, "owner_unit_id": self.unit.id, "position": position,
                "kind": item.code, "title": self.wording.fill(item.title), "minutes": minutes, "presenter": presenter,
            }

    # -- people ------------------------------------------------------------------------------
    def invitees(self, categories: list[tuple[str, int]]) -> Iterator[dict[str, Any]]:
        """The roster (leaders and guests, one holder per post), the honorees giving model reports
        and the delegates (invited as advanced models), then a few emulation fighters and guests."""
        rng = self.rng_for("invitee-groups")
        short = in_sentence(self.unit.name)
        known = {code for code, _ in categories}
        rows: list[dict[str, Any]] = []

        def add(category: str, family_middle: str, given: str, gender: str, position: str, workplace: str) -> None:
            if category not in known:
                category = "khach-moi"
            rows.append({
                "conference_id": self.conference_id, "owner_unit_id": self.unit.id, "category": category,
                "family_middle": family_middle, "given": given, "gender": gender,
                "honorific": "đồng chí" if category in _COMRADES else ("ông" if gender == "nam" else "bà"),
                "position": position, "workplace": workplace, "invitation_sent": rng.random() < 0.8,
            })

        for guest in self.roster:
            add(guest.category, guest.family_middle, guest.given, guest.gender, guest.position, guest.workplace)
        seen: set[str] = set()
        for honoree in self.speakers + [h for h in self.sample_honorees if not h["collective"]][:8]:
            if honoree["collective"] or honoree["id"] in seen:
                continue
            seen.add(honoree["id"])
            add("dien-hinh", honoree["family_middle"], honoree["given"], honoree["gender"], honoree["position"],
                honoree["workplace"])
        for category, (low, high) in self.names.rosters["groups"].items():
            posts = self.names.rosters.get("group_posts", {}).get(category) or self.names.pools["positions_person"]
            for _ in range(rng.randint(low, high)):
                family_middle, given, gender = self.names.person(rng)
                add(category, family_middle, given, gender, rng.choice(posts), short)
        yield from rows

    def honoree_count(self) -> int:
        rng = self.rng_for("honoree-count")
        low, high = {"xa": (20, 200), "huyen": (80, 200), "tinh": (150, 200)}.get(self.unit.kind, (20, 120))
        base = int(low + (high - low) * rng.random() ** 2)
        return base * self.scale

    def honorees(self, fields: list[str], targets: list[str], awards: list[str], movements: list[str]) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("honorees")
        pools = self.names.pools
        short = in_sentence(self.unit.name)
        place = self.unit.name.split(" ", 1)[-1]
        year_counter = rng.randint(10, 300)
        for index in range(self.honoree_count()):
            collective = rng.random() < 0.2
            row: dict[str, Any] = {
                "conference_id": self.conference_id, "owner_unit_id": self.unit.id, "collective": collective,
                "field": rng.choices(fields, weights=[6, 9, 4, 4, 3, 3, 3, 3, 3, 4, 2, 1][: len(fields)])[0],
                "target_group": rng.choice(targets),
                "movements": rng.sample(movements, k=min(len(movements), rng.randint(1, 2))),
                "award_form": awards[0] if rng.random() < 0.85 else rng.choice(awards),
            }
            if collective:
                row["name"] = rng.choice(pools["collective_patterns"]).format(unit=short, place=place, n=rng.randint(1, 9))
                title = "Tập thể lao động tiên tiến"
            else:
                family_middle, given, gender = self.names.person(rng)
                row.update(
                    family_middle=family_middle, given=given, gender=gender, birth_year=rng.randint(1958, 2003),
                    position=rng.choice(pools["positions_person"]), workplace=short,
                    ethnicity=rng.choices(self.names.ethnic, self.names.ethnic_w)[0] if rng.random() < 0.5 else None,
                )
                title = rng.choice(["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Giấy khen"])
            if rng.random() < 0.97:
                year_counter += 1
                row["commendations"] = [{
                    "title": title, "decision_no": f"{year_counter}/QĐ-UBND",
                    "date": f"{rng.randint(*self._commendation_years())}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "body": f"UBND {short}",
                }]
            if rng.random() < 0.95:
                row["achievement"] = rng.choice(pools["achievements"]).format(n=rng.randint(2, 15))
            if index < 12:
                row["id"] = _uuid(rng)
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
            presenter = (source.get("name") or full_name(source.get("family_middle"), source.get("given"))) if source else "Khách mời"
            if source is not None:
                self.speakers.append(source)
            yield {
                "conference_id": self.conference_id, "owner_unit_id": self.unit.id, "position": position,
                "honoree_id": source["id"] if source else None, "presenter": presenter, "title": title,
                "field": field_code, "minutes": rng.choice([7, 10, 10, 15]),
                "media": rng.choice([None, "Video clip 3 phút", "Ảnh minh họa", "Phóng sự truyền hình"]),
            }

    def delegates(self) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("delegates")
        if rng.random() < 0.06:
            return
        people = [h for h in self.sample_honorees if not h["collective"]]
        for source in people[: rng.randint(3, 10)]:
            yield {
                "conference_id": self.conference_id, "owner_unit_id": self.unit.id, "honoree_id": source["id"],
                "family_middle": source["family_middle"], "given": source["given"], "gender": source["gender"],
                "birth_year": source["birth_year"], "position": source["position"], "workplace": source["workplace"],
                "field": source["field"], "target_group": source["target_group"],
                "status": "approved" if rng.random() < 0.6 else "proposed",
            }

    def tallies(self, forms: list[str]) -> Iterator[dict[str, Any]]:
        rng = self.rng_for("tallies")
        for form in rng.sample(forms, k=min(len(forms), rng.randint(3, 6))):
            collectives, individuals = rng.randint(0, 30), rng.randint(5, 120)
            workers = rng.randint(0, individuals // 3)
            farmers = rng.randint(0, (individuals - workers) // 2)
            yield {
                "owner_unit_id": self.unit.id, "period": self.wording.period_key, "form": form,
                "collectives": collectives, "individuals": individuals, "workers": workers,
                "farmers": farmers, "direct_labourers": workers + farmers + rng.randint(0, 10),
            }


def run_demo(store: Store, scale: int = 1, as_unit: str | None = None, progress: Progress | None = None) -> DemoResult:
    """Fill the database with the demo data set (see the module doc). Safe to run twice."""
    if scale < 1 or scale > 1000:
        raise AppError("Hệ số --scale phải từ 1 đến 1000.", "--scale must be between 1 and 1000")
    params = json.dumps({"scale": scale, "as_unit": as_unit}, sort_keys=True)
    rows = registry_rows()
    codes = {r.code for r in rows}
    if as_unit is not None and as_unit not in codes:
        raise AppError(f"Không có đơn vị mã “{as_unit}” trong dữ liệu mẫu.", f"no unit {as_unit!r} in the demo registry")
    with store.session() as session:
        stamp = session.get(Meta, DEMO_STAMP)
        if stamp is not None:
            if stamp.value != params:
                raise AppError(
                    "Cơ sở dữ liệu đã có dữ liệu mẫu với tham số khác; hãy dùng một tệp mới (--db).",
                    f"the database already holds demo data made with {stamp.value}; use a new --db",
                )
            unit = session.get(Unit, store.unit_id) if store.unit_id else None
            return DemoResult(unit.code if unit else "", 0, already=True)
        if session.scalar(select(func.count()).select_from(Conference)):
            raise AppError(
                "Cơ sở dữ liệu đã có dữ liệu hội nghị; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu mới (--db).",
                "the database already holds conference data; load the demo into a new database (--db)",
            )

    # One transaction for everything: a failure or a Cancel leaves the database as it was.
    with store.session() as session:
        import_units_in(session, rows, "demo", store.unit_id)
        top = as_unit or rows[0].code
        unit = session.scalars(select(Unit).where(Unit.code == top)).one()
        if store.unit_id and store.unit_id != unit.id:
            raise AppError("Máy này đã thuộc một đơn vị khác.", "this installation already belongs to another unit")
        unit_id = unit.id
        session.merge(Meta(key="unit_id", value=unit_id))
        plan = active_plan(session)
        rules, wording, plan_id = rules_of(plan), wording_of(plan), plan.id
        form_labels = labels(session, "conference_form")
        units = list(session.scalars(select(Unit).order_by(Unit.code)))
        by_id = {u.id: u for u in units}
        categories = [(c.code, int(c.data.get("rank", 900))) for c in catalogue(session, "attendee_category")]
        fields = [c.code for c in catalogue(session, "field")]
        targets = [c.code for c in catalogue(session, "target_group")]
        forms = [c.code for c in catalogue(session, "commendation")]
        award_by_kind = {
            "xa": ["giay-khen-chu-tich-xa", "bang-khen-chu-tich-tinh", "giay-khen-chu-tich-huyen"],
            "huyen": ["giay-khen-chu-tich-huyen", "bang-khen-chu-tich-tinh"],
            "tinh": ["bang-khen-chu-tich-tinh", "bang-khen-thu-tuong", "huan-chuong-lao-dong-3"],
            "so-nganh": ["giay-khen-giam-doc-so", "bang-khen-chu-tich-tinh"],
            "doanh-nghiep": ["giay-khen-giam-doc-dn", "giay-khen-chu-tich-huyen"],
        }
        names = _Names()
        movements = [code for code, _ in rules.movements]
        chosen = [u for u in units if as_unit is None or u.code == as_unit]
        demos = [_UnitDemo(u, by_id.get(u.parent_id or ""), rules, names, scale, wording, form_labels) for u in chosen]

        steps = [  # invitees after the model reports: their speakers are invited too
            ("conferences", Conference, lambda d: iter([{**d.conference(), "plan_id": plan_id}])),
            ("agenda_items", AgendaItem, lambda d: d.agenda()),
            ("honorees", Honoree, lambda d: d.honorees(
                fields, targets, award_by_kind.get(d.unit.kind, ["giay-khen-thu-truong", "bang-khen-chu-tich-tinh"]), movements)),
            ("speeches", Speech, lambda d: d.speeches()),
            ("invitees", Invitee, lambda d: d.invitees(categories)),
            ("delegates", Delegate, lambda d: d.delegates()),
            ("award_tallies", AwardTally, lambda d: d.tallies(forms)),
        ]
        result = DemoResult(unit.code, len(units))
        from app.services.backups import LIST_LABELS

        for number, (name, model, make) in enumerate(steps):
            report(progress, number, len(steps), LIST_LABELS.get(name, name))  # what the progress dialog says

            def rows_of(
                make: Callable[[_UnitDemo], Iterator[dict[str, Any]]] = make, name: str = name
            ) -> Iterator[dict[str, Any]]:
                for demo in demos:
                    ids = demo.rng_for(f"ids:{name}")
                    for row in make(demo):
                        row.setdefault("id", _uuid(ids))
                        yield row

            result.counts[name] = bulk_insert(session, model, rows_of())
        session.merge(Meta(key=DEMO_STAMP, value=params))
        report(progress, len(steps), len(steps), "Xong")
    store.unit_id = unit_id  # committed: this installation now belongs to the demo unit
    return result
