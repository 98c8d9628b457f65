"""A realistic, deterministic demo data set shaped like the default plan (its deadlines, forms,
agenda, period and words).

One province, its districts and ~120 communes, departments, provincial organisations,
enterprises and agencies; per unit a conference (most on time, some late, some only planned,
a few breaking a plan rule on purpose), the standard agenda, invitees, honorees, model reports,
delegates and the five-year commendation figures.

Every unit's data comes from a random generator seeded by the unit's code, so the records of a
commune are the same — same ids, same names — whether the demo is built for the province
(``demo``) or for the commune alone (``demo --as-unit CODE``): the databases can exchange data.

Here: the unit tree and :func:`run_demo` (checks, one transaction, progress); what is made for
each unit is :mod:`app.services.demo_units`, the name pools and people :mod:`app.services.demo_people`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.errors import AppError
from app.long_work import Progress, report
from app.services.catalogues import active_plan, catalogue, labels
from app.services.demo_people import Names, load_pool, new_uuid
from app.services.demo_units import UnitDemo
from app.services.plans import rules_of, wording_of
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


def registry_rows() -> list[UnitRow]:
    """The demo unit tree as registry rows (province → districts → communes, departments, …)."""
    tree = load_pool("binh-thuan-2024.json")
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
        rows.append(
            UnitRow(
                0,
                f"DN-{district_code}-{per_district[district_code]:02d}",
                name,
                "doanh-nghiep",
                district_code,
            )
        )
    return rows


def run_demo(
    store: Store, scale: int = 1, as_unit: str | None = None, progress: Progress | None = None
) -> DemoResult:
    """Fill the database with the demo data set (see the module doc). Safe to run twice."""
    if scale < 1 or scale > 1000:
        raise AppError("Hệ số --scale phải từ 1 đến 1000.", "--scale must be between 1 and 1000")
    params = json.dumps({"scale": scale, "as_unit": as_unit}, sort_keys=True)
    rows = registry_rows()
    codes = {r.code for r in rows}
    if as_unit is not None and as_unit not in codes:
        raise AppError(
            f"Không có đơn vị mã “{as_unit}” trong dữ liệu mẫu.", f"no unit {as_unit!r} in the demo registry"
        )
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
            raise AppError(
                "Máy này đã thuộc một đơn vị khác.", "this installation already belongs to another unit"
            )
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
        names = Names()
        movements = [code for code, _ in rules.movements]
        chosen = [u for u in units if as_unit is None or u.code == as_unit]
        demos = [
            UnitDemo(u, by_id.get(u.parent_id or ""), rules, names, scale, wording, form_labels)
            for u in chosen
        ]

        steps = [  # invitees after the model reports: their speakers are invited too
            ("conferences", Conference, lambda d: iter([{**d.conference(), "plan_id": plan_id}])),
            ("agenda_items", AgendaItem, lambda d: d.agenda()),
            (
                "honorees",
                Honoree,
                lambda d: d.honorees(
                    fields,
                    targets,
                    award_by_kind.get(d.unit.kind, ["giay-khen-thu-truong", "bang-khen-chu-tich-tinh"]),
                    movements,
                ),
            ),
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
                make: Callable[[UnitDemo], Iterator[dict[str, Any]]] = make, name: str = name
            ) -> Iterator[dict[str, Any]]:
                for demo in demos:
                    ids = demo.rng_for(f"ids:{name}")
                    for row in make(demo):
                        row.setdefault("id", new_uuid(ids))
                        yield row

            result.counts[name] = bulk_insert(session, model, rows_of())
        session.merge(Meta(key=DEMO_STAMP, value=params))
        report(progress, len(steps), len(steps), "Xong")
    store.unit_id = unit_id  # committed: this installation now belongs to the demo unit
    return result
