"""What must work on the commune's Windows PC, tested without assuming Linux: the USB drive list,
the system font lookup, shipped files found through one helper, folders with Vietnamese names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.paths import forms_dir, is_checkout, package_dir, resources_dir, shipped_dir
from app.services.printing import fonts
from tests.test_sync_dialog import FakeVolume


def test_usb_drives_on_windows_leave_out_the_system_drive_and_cd(monkeypatch):
    from app.ui.sync_dialog import removable_drives

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("SystemDrive", "C:")
    volumes = [
        FakeVolume("C:/", b"NTFS"),
        FakeVolume("E:/", b"FAT32"),
        FakeVolume("D:/", b"CDFS", read_only=True),
        FakeVolume("F:/", b"exFAT"),
    ]
    found = removable_drives(volumes)  # type: ignore[arg-type]
    assert [str(path).rstrip("\\/") for _, path in found] == ["E:", "F:"]


def test_times_new_roman_found_in_the_windows_fonts_folder(tmp_path, monkeypatch):
    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (windows / "Fonts" / name).write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(windows))
    monkeypatch.delenv("HOINGHI_SHIPPED_FONT", raising=False)
    fonts.find_fonts.cache_clear()
    try:
        found = fonts.find_fonts()
        assert found.name == "Times New Roman" and found.files["bold"] == windows / "Fonts" / "timesbd.ttf"
        monkeypatch.setenv("HOINGHI_SHIPPED_FONT", "1")
        fonts.find_fonts.cache_clear()
        shipped = fonts.find_fonts()
        assert shipped.name == "Liberation Serif" and all(p.is_file() for p in shipped.files.values())
        assert shipped.files["regular"].parent == resources_dir() / "fonts"
    finally:
        fonts.find_fonts.cache_clear()


def test_shipped_files_come_from_one_helper():
    # A checkout reads the top-level sources; an installed or frozen app its package data.
    assert is_checkout() == (not (package_dir() / "resources").is_dir())
    assert shipped_dir("resources") == resources_dir() and shipped_dir("forms") == forms_dir()
    assert (forms_dir() / "unit.ui").is_file() and (
        resources_dir() / "catalogues" / "catalogues.json"
    ).is_file()


def test_package_data_is_staged_as_a_build_does(tmp_path):
    from app.build import stage_package_data

    root = Path(__file__).resolve().parent.parent
    written = stage_package_data(root, tmp_path / "app")
    names = {p.relative_to(tmp_path / "app").as_posix() for p in written}
    assert {
        "resources/catalogues/catalogues.json",
        "forms/unit.ui",
        "resources/i18n/hoinghi_en.qm",
        "resources/fonts/LICENSE-Liberation.txt",
    } <= names
    assert not any(n.endswith(".ts") for n in names), "sources of translations are compiled, not shipped"


@pytest.mark.parametrize("name", ["Dữ liệu của Tôi", "Hội nghị 2025 (bản #1)", "ĐHTT & Thi đua"])
def test_database_and_backups_in_folders_with_vietnamese_names(tmp_path, monkeypatch, name):
    from app.services.backups import backups
    from app.services.database import open_database
    from app.store.backup import automatic_backup

    home = tmp_path / name
    monkeypatch.setenv("HOINGHI_HOME", str(home))
    db = home / f"{name}.sqlite"
    open_database(str(db)).close()
    copy = automatic_backup(db, "hang-ngay")
    assert [b.path for b in backups()] == [copy]
