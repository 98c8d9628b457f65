"""The ``hoinghi`` command (``python -m app``): the global options, dispatch to one module per
command (``app/cli/cmd_<name>.py``, see :mod:`app.cli.common`) and the one error boundary.

The sub-commands, their exit codes and their JSON shapes are a contract other tools depend on:
exit 0 on success, 1 on any error (one line on stderr, nothing changed). No sub-command opens
the window; ``hoinghi FILE.hnb`` opens it on that bundle's import preview.

Only the module of the command being run is imported (all of them for ``--help`` or an unknown
command), so the window starts without paying for the command line it does not use.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from app.cli.common import EXIT_ERROR, Parser, opened_store, store_use
from app.errors import AppError, log_unexpected

#: Every command, in the order ``--help`` lists them; each is the module ``app.cli.cmd_<name>``.
COMMANDS = (
    "init",
    "demo",
    "units",
    "keys",
    "bundle",
    "xlsx",
    "report",
    "exports",
    "info",
    "check",
    "print",
    "screenshots",
    "backup",
    "backups",
    "restore",
    "plan",
    "conference",
)


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"app.cli.cmd_{name}")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    """The global options and the sub-commands *commands* (default: all of them)."""
    parser = Parser(
        prog="hoinghi",
        description="Hội nghị ĐHTT — chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến. "
        "Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument(
        "--db",
        help="tệp cơ sở dữ liệu hoặc địa chỉ SQLAlchemy (mặc định: HOINGHI_DB, "
        "rồi tệp trong thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "--version", action="version", version=_version_line(), help="phiên bản phần mềm (show the version)"
    )
    parser.add_argument(
        "--self-test",
        dest="self_test",
        action="store_true",
        help="tự kiểm tra trong một thư mục tạm (self-test in a temporary folder); mã thoát 0 khi đạt",
    )
    parser.set_defaults(command=None)
    if commands:
        sub = parser.add_subparsers(dest="command", parser_class=Parser)
        for name in commands:
            command_module(name).add_parser(sub)
    return parser


def _version_line() -> str:
    from app import __version__

    return f"hoinghi {__version__}"


def _commands_needed(argv: Sequence[str]) -> Sequence[str]:
    """Which commands' parsers this command line needs: none when it names no command (the window),
    the one it names, or all of them (``--help`` before any command, an unknown word: the usage
    lists them all)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--db":
            skip = True
        elif word in ("-h", "--help") or word == "--":
            return COMMANDS
        elif not word.startswith("-"):
            return (word,) if word in COMMANDS else COMMANDS
    return ()


def run_command(args: argparse.Namespace) -> int:
    """Run the command named in *args*: its checks, then its ``run`` with the database it needs,
    opened and closed here."""
    module = command_module(args.command)
    prepare = getattr(module, "prepare", None)
    if prepare is not None:
        prepare(args)
    with opened_store(args.db, store_use(module.STORE, args)) as store:
        code: int = module.run(args, store)
    return code


def open_desk(args: argparse.Namespace) -> int:
    """No sub-command: the self-test, or the window (on a double-clicked bundle's preview)."""
    if args.self_test:
        from app.selftest import self_test

        return self_test()
    from app.ui.desk import run_desk

    return run_desk(args.db, bundle=Path(args.bundle) if args.bundle else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return (and, as a script, exit with) the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Vietnamese text must survive a Windows pipe or an old code page: always UTF-8.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    bundle = _bundle_argument(argv)
    args = build_parser(_commands_needed(argv)).parse_args(argv)
    args.bundle = bundle
    command = _command_words(args)  # before a command adds what it prepared to args
    try:
        return run_command(args) if args.command else open_desk(args)
    except AppError as exc:
        sys.stderr.write(exc.one_line() + "\n")
        sys.stderr.writelines(f"  {line}\n" for line in exc.details())
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu (interrupted).\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 — the last line of defence: log, one line, exit 1
        # The type and the place, never the message: a database error's message carries values.
        log = log_unexpected(exc, command)
        sys.stderr.write(
            f"Lỗi: sự cố không mong đợi ({exc.__class__.__name__}); chi tiết ghi ở {log} "
            f"(error: unexpected {exc.__class__.__name__}; see {log})\n"
        )
        return EXIT_ERROR


def _bundle_argument(argv: list[str]) -> str | None:
    """``hoinghi FILE.hnb`` (a double-clicked bundle): take the file out of *argv*; the window
    then opens with its import preview."""
    for index, value in enumerate(argv):
        if (
            value.lower().endswith(".hnb")
            and (index == 0 or argv[index - 1] != "--db")
            and value not in COMMANDS
        ):
            if any(a in COMMANDS for a in argv[:index]):
                return None  # a sub-command's own argument (bundle import/inspect FILE.hnb)
            del argv[index]
            return value
    return None


def _command_words(args: argparse.Namespace) -> str:
    """The command as the error log records it: the sub-commands and the options given, without
    their values (a name, a password file, a signer are never logged)."""
    words = ["hoinghi", args.command or "(desk)"]
    words += [str(v) for k, v in vars(args).items() if k.endswith("_command") and v]
    words += [str(getattr(args, k)) for k in ("document", "list") if isinstance(getattr(args, k, None), str)]
    words += [
        f"--{k.replace('_', '-')}"
        for k, v in vars(args).items()
        if k not in ("command", "document", "list")
        and not k.endswith("_command")
        and v not in (None, False, [])
    ]
    return " ".join(words)


def run() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":
    run()
