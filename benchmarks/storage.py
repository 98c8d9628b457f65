"""Storage figures: bulk writing honorees, opening the database and ``info``."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.core import PY, Figure, executemany_floor, paired_ms, process_ms


def _source_rows(count: int) -> list[dict]:
    """Honoree rows as the demo generator makes them (names, fields, commendations …)."""
    from app.domain.plan import PlanRules, PlanWording
    from app.services.demo_people import Names
    from app.services.demo_units import UnitDemo
    from app.store.models import Unit

    rules = PlanRules.from_dict({"agenda": [], "groups": {}})
    unit = Unit(
        id="00000000-0000-4000-8000-000000000000",
        code="22978",
        name="Xã Hàm Chính",
        kind="xa",
        unit_group="A",
    )
    # Commendation years come from a plan's period: any five-year one (the rows are only written).
    wording = PlanWording.of("five-year", 2020, 2025, rules)
    demo = UnitDemo(unit, None, rules, Names(), 1, wording, {})
    rows: list[dict] = []
    fields = ["nong-nghiep", "cong-nghiep", "du-lich", "thuong-mai", "dich-vu", "giao-duc"]
    while len(rows) < count:
        demo.scale = 50
        for row in demo.honorees(fields, ["nong-dan", "cong-nhan"], ["giay-khen-chu-tich-xa"], ["m1", "m2"]):
            row.pop("id", None)
            row["conference_id"] = None
            rows.append(row)
            if len(rows) >= count:
                break
        demo.unit = Unit(id=unit.id, code=f"{demo.unit.code}x", name=unit.name, kind="xa", unit_group="A")
    return rows


def bulk_write(count: int, runs: int) -> Figure:
    """Our honoree write path (NFC, derived keys, change stamps, SQLAlchemy) vs raw sqlite3 executemany."""
    from app.services.database import open_database
    from app.store.changes import bulk_insert
    from app.store.models import Honoree, Unit

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    source = _source_rows(count)
    store = open_database(str(tmp / "ours.sqlite"))
    with store.session() as s:
        s.add(Unit(id="00000000-0000-4000-8000-000000000000", code="22978", name="Xã Hàm Chính", kind="xa"))
    columns = [c.key for c in Honoree.__table__.columns]
    # The floor writes exactly the rows our path stored, into an identical table with the same indexes.
    with store.session() as s:
        bulk_insert(s, Honoree, [dict(r) for r in source])
    final = (
        sqlite3.connect(tmp / "ours.sqlite").execute(f"select {','.join(columns)} from honorees").fetchall()
    )
    floor = executemany_floor(tmp / "ours.sqlite", "honorees", columns, final, tmp / "floor.sqlite")

    def reset() -> None:
        with store.session() as s:
            s.execute(Honoree.__table__.delete())

    def ours() -> None:
        with store.session() as s:
            bulk_insert(s, Honoree, [dict(r) for r in source])

    value, base = paired_ms(ours, floor, runs, setup=reset)
    store.close()
    return Figure(
        f"honoree-write-{count}",
        value,
        "ms",
        base,
        3.0,
        "bulk_insert of demo honorees vs sqlite3 executemany of the same final rows",
    )


def open_and_info(db: Path, runs: int) -> list[Figure]:
    """Opening the database and ``info``: in process, and as a whole ``hoinghi info`` process."""
    from app.services.database import open_database
    from app.services.info import COUNTED, info

    def ours() -> None:
        store = open_database(str(db), create=False)
        info(store)
        store.close()

    tables = list(COUNTED)

    def floor() -> None:
        con = sqlite3.connect(db)
        for table in tables:
            con.execute(f"select count(*) from {table} where deleted = 0").fetchone()
        con.close()

    value, base = paired_ms(ours, floor, runs)
    raw = (
        "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
        f"[c.execute('select count(*) from '+t+' where deleted=0').fetchone() for t in {tables!r}]"
    )
    proc, proc_floor = process_ms(
        [PY, "-m", "app", "--db", str(db), "info", "--json"],
        [PY, "-c", raw, str(db)],
        max(3, runs // 2),
        env=dict(os.environ),
    )
    return [
        Figure(
            "open-and-info",
            value,
            "ms",
            base,
            None,
            "open_database + info vs sqlite3 connect + counts, in process",
        ),
        Figure(
            "info-process",
            proc,
            "ms",
            proc_floor,
            None,
            "`python -m app info --json` vs a python -c sqlite3 count, whole process",
        ),
    ]
