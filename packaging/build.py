"""Build the frozen one-folder app: ``python packaging/build.py`` from the repository root, after
``python -m pip install -c packaging/requirements.lock -e ".[package]"``.

Leaves ``dist/hoinghi/`` with the executable ``dist/hoinghi/hoinghi`` (``hoinghi.exe``, and the
console ``hoinghi-cli.exe``, on Windows), then runs its ``--self-test`` unless ``--no-test``.
``--installer`` (Windows, with Inno Setup 6) then makes ``dist/HoiNghiDHTT-<version>-setup.exe``
from ``packaging/windows/hoinghi.iss``. ``--name bare-window`` with ``HOINGHI_BARE_WINDOW=script``
freezes that script by the same spec (the start-up benchmark's floor).
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
    shutil.rmtree(dist / name, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(spec),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py")
    parser.add_argument("--no-test", action="store_true", help="do not run the built app's --self-test")
    parser.add_argument("--name", default="hoinghi")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also make the Inno Setup installer"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    folder = build(
        ROOT / "packaging" / "hoinghi.spec", args.name, args.dist, ROOT / "build" / f"pyinstaller-{args.name}"
    )
    exe = executable(folder, args.name)
    if not exe.is_file():
        raise SystemExit(f"the build left no {exe}")
    print(f"{folder}: {folder_mb(folder):.0f} MB, built in {time.perf_counter() - start:.0f} s")
    if args.name != "hoinghi":
        return 0
    if not args.no_test:
        code = self_test(folder)
        if code != 0:
            return code
    return installer(folder) if args.installer else 0


def self_test(folder: Path) -> int:
    """The built app's --self-test (the console program on Windows), in a temporary data folder."""
    import tempfile

    cli = executable(folder, "hoinghi-cli" if sys.platform == "win32" else "hoinghi")

    with tempfile.TemporaryDirectory(prefix="hoinghi-build-") as home:  # never the builder's own data folder
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOINGHI_HOME=home)
        return subprocess.run([str(cli), "--self-test"], cwd=home, env=env, check=False).returncode


def iscc() -> Path | None:
    """Inno Setup's compiler: on the PATH or in its default folders."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (
        os.environ.get("ProgramFiles(x86)"),
        os.environ.get("ProgramFiles"),
        os.environ.get("LOCALAPPDATA"),
    ):
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(base or "/nonexistent") / sub / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def installer(folder: Path) -> int:
    from app import __version__

    compiler = iscc()
    if compiler is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org, then run again")
    script = ROOT / "packaging" / "windows" / "hoinghi.iss"
    done = subprocess.run(
        [str(compiler), f"/DAppVersion={__version__}", f"/DSourceDir={folder}", str(script)],
        cwd=script.parent,
        check=False,
    )
    if done.returncode == 0:
        print(ROOT / "dist" / f"HoiNghiDHTT-{__version__}-setup.exe")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
