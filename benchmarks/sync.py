"""Sync figures: importing a bundle of 200,000 honorees, exporting after one change, bytes per record.

A commune installation gets *count* honorees (the demo generator's rows), exports its first bundle
to the district, and the district imports it. Each figure is printed beside its floor, measured in
the same run:

* import — ours: read, verify, decrypt, check and write every record (``import_bundles``, without
  the pre-import backup, reported apart); floor: bare ``sqlite3`` ``executemany`` of the same final
  rows into an identical table with the same indexes;
* export after one change — ours: ``export_bundle`` when the district has acknowledged everything
  and one honoree changed since; floor: bare ``sqlite3`` reading the rows changed after the
  acknowledged number (every synced table, by its change-number index) and writing them to a file;
* bytes per honoree record in the first, full bundle (goal ≤ 80).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.core import Figure, executemany_floor, median_ms, paired_ms

COMMUNE, DISTRICT = "22915", "593"


def _installations(tmp: Path, count: int) -> tuple[Path, Path]:
    from sqlalchemy import select

    from app.services.database import open_database
    from app.services.demo import run_demo
    from app.store.changes import bulk_insert
    from app.store.models import Conference, Honoree
    from app.sync.keys import read_registration, register, write_registration
    from benchmarks.storage import _source_rows

    paths = {}
    for code in (COMMUNE, DISTRICT):
        store = open_database(str(tmp / f"{code}.sqlite"))
        run_demo(store, as_unit=code)
        write_registration(store, tmp / f"{code}.hnk")
        paths[code] = store
    commune = paths[COMMUNE]
    with commune.session() as session:
        conference = session.scalars(select(Conference.id)).first()
        existing = session.query(Honoree).count()
        rows = _source_rows(count - existing)
        for row in rows:
            row["conference_id"], row["owner_unit_id"] = conference, commune.unit_id
        bulk_insert(session, Honoree, rows)
    register(commune, read_registration(tmp / f"{DISTRICT}.hnk"), accept=True)
    register(paths[DISTRICT], read_registration(tmp / f"{COMMUNE}.hnk"), accept=True)
    for store in paths.values():
        store.close()
    return tmp / f"{COMMUNE}.sqlite", tmp / f"{DISTRICT}.sqlite"


def figures(count: int, runs: int) -> list[Figure]:
    from app.services.database import open_database
    from app.store.backup import backup_sqlite
    from app.store.models import Honoree
    from app.sync.exchange import UP_MODELS, export_bundle, import_bundles

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-sync-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    commune_db, district_db = _installations(tmp, count)
    usb = tmp / "usb"
    usb.mkdir()
    commune = open_database(str(commune_db))
    start = time.perf_counter()
    first = export_bundle(commune, usb)
    export_all_ms = (time.perf_counter() - start) * 1000
    honorees = first.counts["honorees"]
    per_record = first.path.stat().st_size / honorees

    # -- import ------------------------------------------------------------------------------------
    pristine = tmp / "district-pristine.sqlite"
    shutil.copy(district_db, pristine)
    work = tmp / "district-run.sqlite"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.copy(pristine, work)

    def ours() -> None:
        store = open_database(str(work), create=False)
        try:
            [result] = import_bundles(store, [first.path], backup=False).previews
            assert result.status == "imported", result.reason
        finally:
            store.close()

    fresh()
    ours()
    columns = [c.key for c in Honoree.__table__.columns]
    final = (
        sqlite3.connect(work)
        .execute(
            f"select {','.join(columns)} from honorees h where owner_unit_id = (select id from units where code = ?)",
            (COMMUNE,),
        )
        .fetchall()
    )
    floor = executemany_floor(work, "honorees", columns, final, tmp / "floor.sqlite")

    value, base = paired_ms(ours, floor, runs, setup=fresh)

    # -- export after one change -------------------------------------------------------------------
    fresh()
    ours()
    backup_ms = median_ms(lambda: backup_sqlite(work, tmp / "backups"), 3)  # of the database as imported
    district = open_database(str(work), create=False)
    ack = export_bundle(district, usb, COMMUNE).path
    district.close()
    [acked] = import_bundles(commune, [ack], backup=False).previews
    assert acked.status == "imported"
    with commune.session() as session:
        honoree = session.query(Honoree).order_by(Honoree.id).first()
        honoree.achievement = "Thành tích vừa được bổ sung"
    with commune.session() as session:
        from app.store.models import SyncPeer

        after = session.get(SyncPeer, DISTRICT).acked_seq
    out = tmp / "out"
    out.mkdir()

    def one_change() -> None:
        exported = export_bundle(commune, out)
        assert exported.counts == {"honorees": 1}, exported.counts

    tables = [m.__tablename__ for m in UP_MODELS]

    def one_change_floor() -> None:
        con = sqlite3.connect(f"file:{commune_db}?mode=ro", uri=True)
        rows = []
        for table in tables:
            rows += con.execute(f"select * from {table} where seq > ?", (after,)).fetchall()
        con.close()
        target = out / "floor.json"
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(rows, default=str))
            handle.flush()
            os.fsync(handle.fileno())

    change_ms, change_floor = paired_ms(one_change, one_change_floor, max(runs, 5))
    commune.close()
    return [
        Figure(
            f"sync-import-{honorees}",
            value,
            "ms",
            base,
            3.0,
            f"import_bundles of a {honorees:,}-honoree bundle (verify, decrypt, check, write) vs sqlite3 "
            f"executemany of the same rows; the pre-import backup adds {backup_ms:.0f} ms",
        ),
        Figure(
            "sync-export-one-change",
            change_ms,
            "ms",
            change_floor,
            None,
            f"export_bundle after one edit in a {honorees:,}-honoree database vs sqlite3 reading the changed rows "
            f"and writing them (the full first export took {export_all_ms:.0f} ms)",
            limit=200,
        ),
        Figure(
            "sync-bytes-per-honoree",
            per_record,
            "B",
            None,
            80,
            f"size of the first bundle ({first.path.stat().st_size:,} bytes) / honorees in it",
        ),
    ]
