"""Build the frozen one-folder app: ``python packaging/build.py`` from the repository root, after
``python -m pip install -c packaging/requirements.lock -e ".[package]"``.

Leaves ``dist/hoinghi/`` with the executable ``dist/hoinghi/hoinghi`` (``hoinghi.exe``, and the
console ``hoinghi-cli.exe``, on Windows), then runs its ``--self-test`` unless ``--no-test``.
``--spec FILE --name NAME`` builds another spec the same way (the start-up benchmark's bare window).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def folder_mb(folder: Path) -> float:
    """The folder's size on disk in MB (a symbolic link counts once, as a link)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def executable(folder: Path, name: str = "hoinghi") -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def build(spec: Path, name: str, dist: Path, work: Path) -> Path:
    from app.build import stage_package_data

    stage = ROOT / "build" / "package-data" / "app"
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage_package_data(ROOT, stage)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(spec)], cwd=ROOT, check=True)
    return dist / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py")
    parser.add_argument("--no-test", action="store_true", help="do not run the built app's --self-test")
    parser.add_argument("--spec", type=Path, default=ROOT / "packaging" / "hoinghi.spec")
    parser.add_argument("--name", default="hoinghi")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    folder = build(args.spec, args.name, args.dist, ROOT / "build" / f"pyinstaller-{args.name}")
    exe = executable(folder, args.name)
    if not exe.is_file():
        raise SystemExit(f"the build left no {exe}")
    print(f"{folder}: {folder_mb(folder):.0f} MB, built in {time.perf_counter() - start:.0f} s")
    if args.no_test or args.name != "hoinghi":
        return 0
    cli = executable(folder, "hoinghi-cli") if sys.platform == "win32" else exe
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hoinghi-build-") as home:  # never the builder's own data folder
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOINGHI_HOME=home)
        return subprocess.run([str(cli), "--self-test"], cwd=home, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
