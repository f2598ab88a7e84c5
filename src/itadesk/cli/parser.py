"""argparse speaking Thai: help, section titles and its own error messages; a bad command line exits 2."""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

if TYPE_CHECKING:
    from itadesk.service.office_data import OfficeData

USAGE_ERROR = 2

# argparse's English messages (Python 3.11–3.13), in the order they are tried; the rest stays as it is.
_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: ", "ยังขาด: "),
    (r"unrecognized arguments: ", "ไม่รู้จัก: "),
    (r"^argument ", ""),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ไม่มีให้เลือก \1 (ใช้ได้: \2)"),
    (r"expected one argument", "ต้องตามด้วยค่าหนึ่งค่า"),
    (r"expected at most one argument", "รับค่าได้ไม่เกินหนึ่งค่า"),
    (r"expected at least one argument", "ต้องมีอย่างน้อยหนึ่งค่า"),
    (r"invalid \w+ value: (.*)", r"ค่า \1 ใช้ไม่ได้"),
    (r"ambiguous option: (\S+) could match (.*)", r"ตัวเลือก \1 กำกวม อาจหมายถึง \2"),
    (r"not allowed with argument (.*)", r"ใช้ร่วมกับ \1 ไม่ได้"),
    (r"one of the arguments (.*) is required", r"ต้องใส่อย่างใดอย่างหนึ่ง: \1"),
    (r"ignored explicit argument (.*)", r"ตัวเลือกนี้ไม่รับค่า \1"),
)


def thai_message(message: str) -> str:
    for pattern, replacement in _MESSAGES:
        message = re.sub(pattern, replacement, message)
    return message


class ThaiHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "วิธีใช้: " if prefix is None else prefix)


class ThaiArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Thai (option names stay English: what one types)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ThaiHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "ค่าที่ต้องใส่ (arguments)"
        self._optionals.title = "ตัวเลือก (options)"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="แสดงวิธีใช้นี้ (show this help)"
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"{self.prog}: คำสั่งไม่ถูกต้อง: {thai_message(message)}\n")


# The `add_subparsers()` object every command module registers with (subscriptable only for the type checker).
Commands: TypeAlias = "argparse._SubParsersAction[ThaiArgumentParser]"


def add_db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """--db on the program and on every command, so that it may be written before or after the command."""
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="ไฟล์ฐานข้อมูล SQLite หรือ URL เช่น postgresql+psycopg://user@host/itadesk",
    )


def open_office(args: argparse.Namespace, *, reading: bool = False) -> OfficeData:
    """The database --db names (else ITADESK_DB, else the default file), for one command.

    A command runs integrity_check first (a few ms for an office): a damaged database is refused before
    anything reads, writes or backs it up. A command that only reads (`reading`) opens a database this user
    may not write read-only; the others are refused with the reason. Imported data and SQLAlchemy load here,
    inside the command, not when the command line starts.
    """
    from itadesk.service.office_data import OfficeData

    return OfficeData.open(getattr(args, "db", None), thorough=True, reading=reading)


def add_command(commands: Commands, name: str, help_text: str, description: str = "") -> ThaiArgumentParser:
    parser: ThaiArgumentParser = commands.add_parser(
        name, help=help_text, description=description or help_text
    )
    add_db_option(parser)
    return parser


def add_word_options(parser: argparse.ArgumentParser) -> None:
    """--year for a file that does not say which fiscal year its measures belong to (a Word document)."""
    from itadesk.cli.arguments import fiscal_year

    parser.add_argument(
        "--year",
        metavar="Y",
        type=fiscal_year,
        default=None,
        help="ไฟล์ Word (.docx): ปีงบประมาณ (พ.ศ.) ของมาตรการในเอกสาร เช่น 2567",
    )
