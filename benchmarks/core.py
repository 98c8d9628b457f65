"""Timing helpers and the figure record shared by every benchmark module."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None
    goal: float | None  # ceiling on the ratio where there is a floor, else on the value
    note: str = ""
    limit: float | None = None  # an absolute ceiling on the value, beside the floor (e.g. < 300 ms)

    @property
    def ratio(self) -> float | None:
        return round(self.value / self.floor, 2) if self.floor else None

    @property
    def met(self) -> bool | None:
        checks = []
        if self.goal is not None:
            checks.append((self.ratio if self.floor else self.value) <= self.goal)
        if self.limit is not None:
            checks.append(self.value < self.limit)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, object]:
        return {
            "value": round(self.value, 2),
            "unit": self.unit,
            "floor": None if self.floor is None else round(self.floor, 2),
            "ratio": self.ratio,
            "goal": self.goal,
            "limit": self.limit,
            "met": self.met,
        }


def median_ms(work: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of *work* in milliseconds over *runs* runs (setup not timed)."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paired_ms(
    work: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    setup: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Medians of *work* and *floor*, run in turn (A B A B …) so drift hits both alike."""
    a, b = [], []
    for _ in range(runs):
        for fn, out in ((work, a), (floor, b)):
            if setup is not None:
                setup()
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def process_ms(
    argv: list[str], floor_argv: list[str], runs: int, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Whole-process medians of two commands, run in turn. Bytecode caches are written (as an
    installed app has them: pip compiles at install), even where PYTHONDONTWRITEBYTECODE is set."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def once(cmd: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        return (time.perf_counter() - start) * 1000

    once(argv)
    once(floor_argv)  # warm the file cache for both
    a, b = [], []
    for _ in range(runs):
        a.append(once(argv))
        b.append(once(floor_argv))
    return statistics.median(a), statistics.median(b)


PY = sys.executable


def executemany_floor(
    source_db: Path,
    table: str,
    columns: list[str],
    rows: list[tuple],
    target: Path,
) -> Callable[[], None]:
    """The floor of a bulk write: bare sqlite3 ``executemany`` of *rows* into a fresh file with
    *table* exactly as in *source_db* (same columns, same indexes), WAL and synchronous=NORMAL
    like the app."""
    ddl = [
        r[0]
        for r in sqlite3.connect(source_db).execute(
            "select sql from sqlite_master where tbl_name = ? and sql is not null", (table,)
        )
    ]
    insert = f"insert into {table} ({','.join(columns)}) values ({','.join('?' * len(columns))})"

    def floor() -> None:
        target.unlink(missing_ok=True)
        con = sqlite3.connect(target)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        for statement in ddl:
            con.execute(statement)
        with con:
            con.executemany(insert, rows)
        con.close()

    return floor
