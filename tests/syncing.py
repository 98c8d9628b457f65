"""Three installations — a commune, its district, the province — for the sync tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.database import open_database
from app.services.demo import run_demo
from app.sync.exchange import export_bundle, import_bundles
from app.sync.keys import read_registration, register, write_registration

COMMUNE, OTHER_COMMUNE, DISTRICT, PROVINCE = "22915", "22918", "593", "60"
NAMES = {COMMUNE: "c", DISTRICT: "d", PROVINCE: "p"}


@contextmanager
def data_home(home: Path) -> Iterator[None]:
    """``HOINGHI_HOME`` set to *home* for a while (session fixtures run outside a test's own home)."""
    old = os.environ.get("HOINGHI_HOME")
    os.environ["HOINGHI_HOME"] = str(home)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("HOINGHI_HOME", None)
        else:
            os.environ["HOINGHI_HOME"] = old


def copy_keys(from_home: Path, to_home: Path) -> None:
    """Copy the key files of a data folder (the private keys of the databases made there) into
    another: what a test needs to use a copy of a template database as its own installation."""
    source = from_home / "keys"
    if source.is_dir():
        shutil.copytree(source, to_home / "keys", dirs_exist_ok=True)


def second_pc(source: Path, target: Path, installation: str) -> Path:
    """A second PC of the same unit: a copy of *source* with its own installation id, and the
    unit's keys restored there (what ``hoinghi keys restore`` does on that PC)."""
    import sqlite3

    from app.sync import keystore

    shutil.copy(source, target)
    with sqlite3.connect(target) as con:
        first = con.execute("select value from meta where key = 'installation_id'").fetchone()[0]
        con.execute("update meta set value = ? where key = 'installation_id'", (installation,))
    con.close()
    keystore.save(installation, keystore.load(first))
    return target


@contextmanager
def opened(path: Path) -> Iterator:
    store = open_database(str(path), create=False)
    try:
        yield store
    finally:
        store.close()


def build_trio(folder: Path) -> Path:
    """A commune, its district and the province, each its own installation with demo data, having
    exchanged registration files (parent ↔ child) as officials do before the first bundle."""
    with data_home(folder / "home"):
        for code, name in NAMES.items():
            store = open_database(str(folder / f"{name}.sqlite"))
            run_demo(store, as_unit=code)
            write_registration(store, folder / f"{code}.hnk")
            store.close()
        for me, other in (
            (COMMUNE, DISTRICT),
            (DISTRICT, COMMUNE),
            (DISTRICT, PROVINCE),
            (PROVINCE, DISTRICT),
        ):
            with opened(folder / f"{NAMES[me]}.sqlite") as store:
                register(store, read_registration(folder / f"{other}.hnk"), accept=True)
    return folder


class Trio:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.usb = folder / "usb"
        self.usb.mkdir()

    def db(self, code: str) -> Path:
        return self.folder / f"{NAMES[code]}.sqlite"

    def export(self, sender: str, recipient: str | None = None) -> Path:
        with opened(self.db(sender)) as store:
            return export_bundle(store, self.usb, recipient).path

    def load(self, receiver: str, *paths: Path, trust: tuple[str, ...] = ()):
        with opened(self.db(receiver)) as store:
            return import_bundles(store, paths, trust=trust).previews

    def preview(self, receiver: str, *paths: Path):
        with opened(self.db(receiver)) as store:
            return import_bundles(store, paths, apply=False).previews
