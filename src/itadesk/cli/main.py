"""`itadesk [--db PATH_OR_URL] COMMAND …`: parse, run one command, turn every failure into an exit status.

0 done; 1 the user's data, file or database is wrong (Thai message on stderr, nothing changed); 2 the command
line is wrong; a bug writes its traceback to a log file and says where. Heavy libraries (SQLAlchemy,
ReportLab, Qt) are imported only by the command that needs them, so that a command starts quickly.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any, TextIO, cast

from itadesk import __version__, paths
from itadesk.cli.errors import CRASHED, USAGE_ERROR, USER_ERROR, CommandError, UsageError
from itadesk.cli.parser import ThaiArgumentParser, add_db_option

DESCRIPTION = """\
ITA Desk: มาตรการส่งเสริมคุณธรรมและความโปร่งใส บันทึกข้อความ และรายงาน สำหรับองค์กรปกครองส่วนท้องถิ่น
ไม่ใส่คำสั่ง: เปิดหน้าต่างโปรแกรม (without a command: open the window)"""

EPILOG = """\
ฐานข้อมูล: --db ก่อน ถ้าไม่ใส่ใช้ตัวแปร ITADESK_DB ถ้าไม่มีใช้ itadesk.sqlite3 ในโฟลเดอร์ข้อมูลของผู้ใช้
ผลลัพธ์ (exit status): 0 สำเร็จ, 1 ข้อมูลหรือไฟล์ไม่ถูกต้อง (ไม่มีอะไรเปลี่ยน), 2 คำสั่งไม่ถูกต้อง"""


# Each command's name and the module that registers it, in the order `--help` lists them.
COMMAND_MODULES = {
    "import": "import_file", "export": "export", "measures": "measures", "status": "status",
    "print": "printing", "backup": "backup", "restore": "restore", "framework": "framework",
}  # fmt: skip


def build_parser(only: str | None = None) -> ThaiArgumentParser:
    """The whole command line; with `only` (a command's name), that command alone: what the command reads
    of its arguments and says of them is the same, and the others' modules are not loaded for it."""
    from importlib import import_module

    parser = ThaiArgumentParser(prog="itadesk", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--version", action="version", version=f"ITA Desk {__version__}", help="แสดงรุ่นโปรแกรม"
    )
    add_db_option(parser, default=None)
    commands = parser.add_subparsers(title="คำสั่ง (commands)", dest="command", metavar="COMMAND")
    for name, module in COMMAND_MODULES.items():
        if only is None or name == only:
            import_module(f"itadesk.cli.{module}").register(commands)
    return parser


def command_named(argv: list[str]) -> str | None:
    """The command `argv` runs when it names one after the options of every command (--db): `itadesk
    --db office.sqlite3 print …` → "print"; None for anything else (help, a mistake), which the whole
    parser answers."""
    at = 0
    while at < len(argv):
        if argv[at] == "--db":
            at += 2
        elif argv[at].startswith("--db="):
            at += 1
        else:
            break
    found = argv[at] if at < len(argv) else None
    return found if found in COMMAND_MODULES else None


def run(argv: list[str]) -> int:
    _never_fail_on_printing()
    paths.keep_private()  # before anything is created: the database, its -wal, logs, settings are the user's
    warn_of_password(argv)
    undecodable = not_utf8_message(argv)
    if undecodable is not None:
        print(f"itadesk: {undecodable}", file=sys.stderr)
        return USER_ERROR
    try:
        args = window_only(argv) or build_parser(command_named(argv)).parse_args(argv)
    except SystemExit as done:  # --help, --version, or argparse's own error (already printed in Thai)
        return done.code if isinstance(done.code, int) else USAGE_ERROR
    try:
        check_texts(args)
        if args.command is None:
            from itadesk import collector

            collector.rest()  # run_gui resumes it once the window is shown
            from itadesk.app import run_gui

            opened: int = run_gui(args.db)
            return opened
        result: int = args.handler(args)
        return result
    except UsageError as error:
        print(f"itadesk {args.command}: คำสั่งไม่ถูกต้อง: {error}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("ยกเลิกแล้ว", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `itadesk measures | head`: the reader stopped listening, which is fine
        _silence_stdout()
        return 0
    except Exception as error:
        message = user_message(error)
        if message is not None:
            from itadesk.storage.lifecycle.passwords import hide_passwords

            said = hide_passwords(f"itadesk {args.command or ''}: {message}".replace("  ", " "))
            print(said, file=sys.stderr)
            return USER_ERROR
        from itadesk.cli.crash import crash_message, write_crash_log

        print(crash_message(write_crash_log(error, argv)), file=sys.stderr)
        return CRASHED


def window_only(argv: list[str]) -> argparse.Namespace | None:
    """`itadesk` or `itadesk --db PATH_OR_URL` read as the parser reads them, without building it and loading
    every command (the window's start waits for neither); None for anything else."""
    if not argv:
        return argparse.Namespace(command=None, db=None)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(command=None, db=argv[1])
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argparse.Namespace(command=None, db=argv[0].removeprefix("--db="))
    return None


def warn_of_password(argv: list[str]) -> None:
    """A password written into --db is in the process list for every user of the machine: say so, once,
    without repeating it, and where it belongs instead."""
    # A password is written as scheme://user:secret@… or password=…; without either (a file path, as in
    # every print from an office's SQLite file) the patterns need not be compiled at all. casefold() as
    # the patterns' (?i) matching does.
    if not any("://" in argument or "password" in argument.casefold() for argument in argv):
        return
    from itadesk.storage.lifecycle.passwords import PASSWORD_IN_COMMAND_WARNING, has_password

    if any(has_password(argument) for argument in argv):
        print(f"itadesk: {PASSWORD_IN_COMMAND_WARNING}", file=sys.stderr)


# What a terminal's bytes that are not UTF-8 become in Python's argv (os.fsdecode's surrogateescape).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def not_utf8_message(argv: list[str]) -> str | None:
    """Arguments a terminal sent in another encoding (TIS-620 on an old Thai set-up) are refused, in Thai,
    before anything runs: stored, such bytes would be text no one could read back."""
    for number, argument in enumerate(argv, start=1):
        if not _ESCAPED_BYTE.search(argument):
            continue
        raw = argument.encode("utf-8", "surrogateescape")
        try:
            as_tis620 = f' ถ้าเป็นรหัส TIS-620 จะอ่านได้ว่า "{raw.decode("tis-620")}"'
        except UnicodeDecodeError:
            as_tis620 = ""
        shown = raw.decode("utf-8", "backslashreplace")
        return (
            f'ข้อความในคำสั่ง (ลำดับที่ {number}: "{shown}") ไม่ใช่รหัส UTF-8{as_tis620} '
            "ตั้งเทอร์มินัลให้ใช้รหัส UTF-8 แล้วพิมพ์คำสั่งใหม่ (ไม่มีอะไรเปลี่ยน)"
        )
    return None


# The command line's texts that are stored or looked up, and the rule each follows (the import's rules).
_TEXT_ARGUMENTS = {"note": "--note", "measure_id": "MEASURE_ID", "memo_id": "MEMO_ID"}


def check_texts(args: argparse.Namespace) -> None:
    """--note, ids and titles obey the same text rules as an import: a refused one is a wrong command line."""
    from itadesk.domain.rules import MAX_LONG_TEXT_CHARS, id_problem, text_problem

    for attribute, shown in _TEXT_ARGUMENTS.items():
        value = getattr(args, attribute, None)
        if not isinstance(value, str):
            continue
        problem = text_problem(value, MAX_LONG_TEXT_CHARS) if attribute == "note" else id_problem(value)
        if problem:
            raise UsageError(f"{shown}: {problem}")


def user_message(error: BaseException) -> str | None:
    """The Thai message for an error the user can do something about (exit 1); None for a bug."""
    if is_user_error(error):
        return str(error)
    if isinstance(error, OSError) and error.filename:  # a file the user named or chose, not a bug
        return f"ใช้ไฟล์ {error.filename} ไม่ได้ ({error.strerror})"
    return None


def is_user_error(error: BaseException) -> bool:
    """Errors that carry a Thai message for the user: ours, the exchange file's, the database's."""
    if isinstance(error, CommandError):
        return True
    # Exchange, storage and documents are looked for only if a command used them: importing them slows every
    # command, and the window's start-up.
    for module_name, class_name in _LAZY_USER_ERRORS:
        module = sys.modules.get(module_name)
        if module is not None and isinstance(error, getattr(module, class_name)):
            return True
    return False


_LAZY_USER_ERRORS = (
    ("itadesk.exchange.errors", "ExchangeError"),
    ("itadesk.storage.errors", "StorageError"),
    ("itadesk.documents.errors", "DocumentError"),
    ("itadesk.resources", "MissingResourceError"),  # a broken installation, said in Thai with where it looked
)


def _never_fail_on_printing() -> None:
    """A console that cannot show Thai (a Windows one redirected to a file) gets escapes, not a crash;
    warnings nobody reads any more (`itadesk print memo … 2>&1 | head`) are dropped, the print goes on."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    if sys.stderr is not None and not isinstance(sys.stderr, _Unheard):
        sys.stderr = cast(TextIO, _Unheard(sys.stderr))


class _Unheard:
    """stderr that, once its reader has gone (a closed pipe), writes to nothing instead of raising.

    stderr carries warnings and the progress of a command, never what the command is for: a print whose
    warnings fill the lines `head` shows would otherwise end at the next warning, exit 0 through the
    BrokenPipeError in `run` (right for `itadesk measures | head`, whose output is the point) and write no
    file."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._to_nothing()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._to_nothing()

    def _to_nothing(self) -> None:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())  # what is still buffered goes there too, quietly
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """Point stdout at nothing, so that flushing it at exit does not complain about the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
