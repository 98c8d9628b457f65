"""``python -m benchmarks [--quick] [--json FILE]`` — print every figure beside its floor."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.core import Figure


def build_demo(scale: int) -> Path:
    from app.services.database import open_database
    from app.services.demo import run_demo

    tmp = Path(tempfile.mkdtemp(prefix="hoinghi-bench-demo-"))
    os.environ["HOINGHI_HOME"] = str(tmp / "home")
    path = tmp / "demo.sqlite"
    start = time.perf_counter()
    store = open_database(str(path))
    result = run_demo(store, scale=scale)
    store.close()
    seconds = time.perf_counter() - start
    print(
        f"# demo --scale {scale}: {result.counts['honorees']:,} honorees in {seconds:.1f} s ({path})",
        flush=True,
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke run)")
    parser.add_argument("--json", type=Path, help="write the figures to this file as JSON")
    parser.add_argument(
        "--no-frozen",
        dest="frozen",
        action="store_false",
        help="leave out the frozen build's figures (they build it with PyInstaller, ~1 min)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks import desk, district, frozen, printing, spreadsheets, storage, sync

    runs = 3 if args.quick else 7
    rows = 20_000 if args.quick else 200_000
    scale = 2 if args.quick else 17  # ≥ 200,000 honorees
    figures: list[Figure] = []
    figures.append(storage.bulk_write(rows, 3 if args.quick else 5))
    figures += sync.figures(rows, 3 if args.quick else 5)
    figures.append(printing.invitations(100 if args.quick else 1000, 3 if args.quick else 5))
    figures.append(printing.certificates(100 if args.quick else 1000, 3 if args.quick else 5))
    figures += spreadsheets.figures(3 if args.quick else 5)
    db = build_demo(scale)
    figures += storage.open_and_info(db, runs)
    figures += desk.figures(db, runs)
    figures += district.figures(db, runs)
    if args.frozen:
        figures += frozen.figures(db, runs, rebuild=not args.quick)

    print(f"{'figure':<26} {'value':>10} {'floor':>10} {'ratio':>7} {'goal':>10}  met")
    for f in figures:
        floor = f"{f.floor:.1f}" if f.floor else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio else "-"
        ceiling = (f"≤{f.goal:g}×" if f.floor else f"≤{f.goal:g}") if f.goal else ""
        goal = " ".join(g for g in (ceiling, f"<{f.limit:g}" if f.limit else "") if g) or "-"
        met = {True: "yes", False: "NO", None: ""}[f.met]
        print(
            f"{f.name:<26} {f.value:>8.1f}{f.unit:<2} {floor:>10} {ratio:>7} {goal:>10}  {met}   # {f.note}"
        )
    if args.json:
        args.json.write_text(json.dumps({f.name: f.as_json() for f in figures}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
