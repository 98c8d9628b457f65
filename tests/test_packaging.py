"""The app as something to install: the lock agrees with pyproject, the frozen spec keeps what the
app imports, and a wheel installed (not editable) into a fresh venv works from any folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements.lock"


def _locked() -> dict[str, list[Requirement]]:
    pins: dict[str, list[Requirement]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            requirement = Requirement(line)
            pins.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in project["dependencies"] + extras["test"] + extras["package"]]


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_lock_pins_every_dependency_within_its_range(python, platform):
    """A dependency added to pyproject.toml without `python packaging/lock.py` fails here."""
    env = dict(
        default_environment(),
        python_version=python,
        python_full_version=f"{python}.0",
        sys_platform=platform,
        platform_system="Windows" if platform == "win32" else "Linux",
    )
    pins = _locked()
    for requirement in _declared():
        if requirement.marker is not None and not requirement.marker.evaluate(env):
            continue
        applying = [
            p
            for p in pins.get(canonicalize_name(requirement.name), [])
            if p.marker is None or p.marker.evaluate(env)
        ]
        assert len(applying) == 1, (
            f"{requirement.name} is not locked for Python {python} on {platform}: run python packaging/lock.py"
        )
        [pinned] = applying[0].specifier
        assert pinned.operator == "==" and requirement.specifier.contains(pinned.version, prereleases=True), (
            f"{applying[0]} is outside {requirement}: run python packaging/lock.py"
        )


def test_windows_build_dependencies_are_locked_too():
    pins = _locked()
    for name in ("pefile", "pywin32-ctypes", "colorama"):
        assert name in pins and "win32" in str(pins[name][0].marker)


def test_frozen_spec_keeps_every_qt_module_the_app_imports():
    spec = (ROOT / "packaging" / "hoinghi.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(Qt\w+)"', spec.split("QT_UNUSED = [", 1)[1].split("]", 1)[0]))
    imported = set()
    for path in (ROOT / "app").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported and not imported & excluded
    assert {"QtQml", "QtQuick", "QtSql"} <= excluded
    assert "QtNetwork" in imported  # the one-window-per-file guard's local socket (app/ui/single_window.py)


def _run(argv, cwd, env, timeout=300):
    done = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{argv} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_works_from_another_folder(tmp_path):
    """The issue's defect: a plain `pip install .` could not find its catalogues, demo or forms."""
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        ROOT,
        os.environ,
    )
    [wheel] = wheels.glob("hoinghi_dhtt-*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, os.environ)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    _run(
        [str(python), "-m", "pip", "install", "-q", "-c", str(LOCK), str(wheel)],
        tmp_path,
        os.environ,
        timeout=600,
    )

    elsewhere = tmp_path / "một thư mục khác"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HOINGHI_RESOURCES", "HOINGHI_DB")}
    env.update(HOINGHI_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    where = _run(
        [str(python), "-c", "import app.paths as p; print(p.resources_dir()); print(p.forms_dir())"],
        elsewhere,
        env,
    )
    site = venv.resolve()
    assert all(
        Path(line).is_dir() and Path(line).resolve().is_relative_to(site) for line in where.splitlines()
    ), where
    assert list(Path(where.splitlines()[0], "i18n").glob("*.qm")), "translations compiled at build time"

    hoinghi = [str(bindir / "hoinghi")]
    assert _run([*hoinghi, "--version"], elsewhere, env).strip().endswith(_version())
    assert "đơn vị mới" in _run(
        [*hoinghi, "--db", "dvhc.sqlite", "units", "import", "--official", "Lâm Đồng"], elsewhere, env
    )
    _run([*hoinghi, "--db", "xa.sqlite", "demo", "--as-unit", "22915"], elsewhere, env)
    _run([*hoinghi, "--db", "huyen.sqlite", "demo", "--as-unit", "593"], elsewhere, env)
    for out in ("ct.pdf", "ct.docx"):
        _run([*hoinghi, "--db", "xa.sqlite", "print", "programme", "--out", out], elsewhere, env)
        assert (elsewhere / out).stat().st_size > 5000
    shots = _run([*hoinghi, "--db", "xa.sqlite", "screenshots", "--out", "anh"], elsewhere, env).split()
    assert len(shots) > 5 and all(Path(elsewhere, s).is_file() for s in shots)
    _run([*hoinghi, "--db", "huyen.sqlite", "keys", "export", "--out", "huyen.hnk"], elsewhere, env)
    _run([*hoinghi, "--db", "xa.sqlite", "keys", "import", "huyen.hnk", "--yes"], elsewhere, env)
    (elsewhere / "usb").mkdir()
    bundle = _run([*hoinghi, "--db", "xa.sqlite", "bundle", "export", "--to", "usb"], elsewhere, env).strip()
    assert Path(elsewhere, bundle).name.startswith("22915_")
    assert "Xong: 1 gói sẵn sàng nhập" in _run(
        [*hoinghi, "--db", "huyen.sqlite", "bundle", "import", bundle], elsewhere, env
    )


def _version() -> str:
    import app

    return app.__version__


def test_windows_installer_script_keeps_the_promises():
    """Inno Setup cannot run here: its script is checked for what the issue asks."""
    script = (ROOT / "packaging" / "windows" / "hoinghi.iss").read_bytes()
    assert script.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, or Inno Setup garbles the Vietnamese"
    text = script.decode("utf-8-sig")
    setup = dict(
        line.split("=", 1)
        for line in text.split("[Setup]")[1].split("\n[")[0].splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert setup["PrivilegesRequired"] == "lowest", "per user, without administrator rights"
    assert setup["AppVersion"] == "{#AppVersion}" and setup["AppId"].startswith("{{"), (
        "one AppId: upgrades in place"
    )
    assert "{autoprograms}" in text and "{autodesktop}" in text
    assert "Software\\Classes\\.hnb" in text and '"""{app}\\hoinghi.exe"" ""%1"""' in text
    assert "HoiNghiDHTT" not in text.split("[InstallDelete]")[1].split("[Files]")[0].replace("{app}", ""), (
        "the upgrade deletes only the program's own files"
    )
    assert "UninstallDelete" not in text, "the uninstaller keeps the data folder"
    from app.paths import APP_NAME

    assert f"{{localappdata}}\\{APP_NAME}" in text, "the uninstall message names the real data folder"
    isl = (ROOT / "packaging" / "windows" / "Vietnamese-hoinghi.isl").read_bytes()
    assert isl.startswith(b"\xef\xbb\xbf") and "Cài đặt" in isl.decode("utf-8-sig")


@pytest.mark.parametrize("windows", [True, False])
def test_frozen_folder_keeps_the_qt_plugins_the_app_loads(windows):
    """The spec's filter, on the paths PyInstaller gives it on Windows and on Linux."""
    spec = (ROOT / "packaging" / "hoinghi.spec").read_text(encoding="utf-8")
    namespace = {"WINDOWS": windows}
    exec(spec[spec.index("KEEP_PLUGINS = {") : spec.index("a.binaries = ")], namespace)  # noqa: S102
    unused = namespace["_unused"]
    if windows:
        plugins, lib = "PySide6\\plugins\\{}\\{}.dll", "PySide6\\{}.dll"
        kept = [
            "platforms/qwindows",
            "platforms/qoffscreen",
            "styles/qmodernwindowsstyle",
            "imageformats/qjpeg",
            "printsupport/windowsprintersupport",
        ]
        dropped = [
            "platforms/qdirect2d",
            "imageformats/qsvg",
            "iconengines/qsvgicon",
            "platforms/qminimalegl",
        ]
        libraries = {"Qt6Widgets": False, "Qt6PrintSupport": False, "Qt6Svg": True}
    else:
        plugins, lib = "PySide6/Qt/plugins/{}/lib{}.so", "PySide6/Qt/lib/lib{}.so.6"
        kept = [
            "platforms/qxcb",
            "platforms/qoffscreen",
            "printsupport/cupsprintersupport",
            "imageformats/qjpeg",
            "platforminputcontexts/ibusplatforminputcontextplugin",
        ]
        dropped = ["platforms/qwayland", "platforms/qeglfs", "platformthemes/qgtk3", "imageformats/qtiff"]
        libraries = {"Qt6Widgets": False, "Qt6DBus": False, "Qt6WaylandClient": True}
    for name in kept:
        assert not unused(plugins.format(*name.split("/"))), name
    for name in dropped:
        assert unused(plugins.format(*name.split("/"))), name
    for name, drop in libraries.items():
        assert unused(lib.format(name)) == drop, name
    sep = "\\" if windows else "/"
    assert not unused(f"PySide6{sep}translations{sep}qtbase_vi.qm") and unused(
        f"PySide6{sep}translations{sep}qtbase_de.qm"
    )
