"""What every command module uses: the parser class, how a command says which database it needs,
the one context manager that opens and closes it, the progress line, the password prompt.

A command module ``app/cli/cmd_<name>.py`` holds:

* ``STORE`` — :data:`CREATE`, :data:`EXISTING` or :data:`NO_STORE` (or a dict of these by
  sub-command): what :func:`opened_store` opens before ``run``;
* ``add_parser(sub)`` — its arguments;
* ``run(args, store)`` — the terminal side: call services, print, return the exit code;
* optionally ``prepare(args)`` — checks and prompts made before the database is opened, so that
  bad input creates or upgrades nothing.

Keep a module light at import time (services are imported inside ``run``): only the command
being run is imported, so the window starts as fast as with no command at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

from app.errors import AppError
from app.long_work import Progress

if TYPE_CHECKING:
    from app.store.db import Store

EXIT_OK = 0
EXIT_ERROR = 1

#: ``STORE`` of a command that opens the database, creating a new one when it is missing.
CREATE = "create"
#: ``STORE`` of a command that opens an existing database (a missing one is an error).
EXISTING = "existing"
#: ``STORE`` of a command that opens no database (or handles ``--db`` itself: restore, screenshots).
NO_STORE = None

StoreUse = str | None


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line and exits 1, like every other error."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            f"Lỗi: câu lệnh không đúng — {message} (error: usage: {message}); xem: hoinghi --help\n"
        )
        raise SystemExit(EXIT_ERROR)


def group(sub: Any, name: str, help: str) -> Any:  # noqa: ANN401, A002 — argparse's own types and name
    """A command with sub-commands (``hoinghi NAME WHAT …``): one of them is required and lands in
    ``args.<name>_command``."""
    commands = sub.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", parser_class=Parser)
    commands.required = True
    return commands


def store_use(declared: StoreUse | Mapping[str, StoreUse], args: argparse.Namespace) -> StoreUse:
    """A module's ``STORE`` for the sub-command in *args*."""
    if isinstance(declared, Mapping):
        return declared[getattr(args, f"{args.command}_command")]
    return declared


@contextmanager
def opened_store(db: str | None, use: StoreUse) -> Iterator[Store | None]:
    """The database named by ``--db`` (or ``HOINGHI_DB``, or the user's default file), opened,
    migrated and with its reference data (:func:`app.services.database.open_database`), closed
    whatever happens; ``None`` for a command that needs none."""
    if use is NO_STORE:
        yield None
        return
    from app.services.database import open_database

    store = open_database(db, create=use == CREATE)
    try:
        yield store
    finally:
        store.close()


def print_json(data: Any, indent: int | None = 1) -> None:  # noqa: ANN401
    print(json.dumps(data, ensure_ascii=False, indent=indent))


def tty_progress() -> Progress | None:
    """A progress line on a terminal's stderr (nothing when output goes to a file or a program)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, text: str) -> None:
        percent = f"{100 * done // total:3d}%" if total else ""
        sys.stderr.write(f"\r{percent} {text[:70]:<70}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def parse_day(text: str) -> date:
    """A ``dd/MM/yyyy`` option value, read by the one date rule every door uses (the desk's date
    cells, spreadsheets, bundles): "31/02/2025" is not a day, a year outside 1900–2100 is refused."""
    from app.domain.fields import FieldKind, InvalidValue, parse_value

    try:
        day = parse_value(FieldKind("date", required=True), text)
    except InvalidValue as exc:
        raise AppError(exc.vi, f"bad date {text!r}: {exc.en}") from exc
    assert isinstance(day, date)
    return day


def password(args: argparse.Namespace, confirm: bool = False) -> str:
    """The recovery password: from --password-file, HOINGHI_KEY_PASSWORD, or asked (twice when new)."""
    import os
    from pathlib import Path

    if args.password_file:
        try:
            return Path(args.password_file).read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise AppError(
                f"Không đọc được tệp mật khẩu {args.password_file}.", f"cannot read {args.password_file}"
            ) from exc
    if os.environ.get("HOINGHI_KEY_PASSWORD"):
        return os.environ["HOINGHI_KEY_PASSWORD"]
    if not sys.stdin.isatty():
        raise AppError(
            "Cần mật khẩu: dùng --password-file TỆP.", "a password is needed: use --password-file FILE"
        )
    import getpass

    typed = getpass.getpass("Mật khẩu tệp khóa dự phòng: ")
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != typed:
        raise AppError("Hai lần nhập mật khẩu không khớp.", "the passwords do not match")
    return typed
