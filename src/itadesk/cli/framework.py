"""`itadesk framework show|export|import|reset`: the ITA framework a year prints with, and the office's own.

itadesk framework show --year 2569               # what each document answers, grades, sources and states
itadesk framework export --year 2569 -o f.json   # the framework file (exchange/README.md), to check or send
itadesk framework import f.json                  # the office's own for the file's year: all or nothing
itadesk framework reset --year 2569              # back to the program's framework of that year
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.cli import arguments
from itadesk.cli.errors import CommandError
from itadesk.cli.output import database_file, output_path
from itadesk.cli.parser import Commands, add_command, add_db_option, open_office

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "framework",
        "กรอบการประเมิน ITA ของแต่ละปี (framework)",
        "ดู ส่งออก หรือนำเข้ากรอบการประเมิน ITA ของปี: ข้อ O ที่เอกสารแต่ละฉบับตอบ ระดับผล ที่มาและความแน่นอน",
    )
    actions = parser.add_subparsers(
        dest="framework_action", metavar="show|export|import|reset", required=True
    )

    show = actions.add_parser("show", help="แสดงกรอบการประเมินของปี", description="แสดงกรอบการประเมินของปี")
    show.add_argument(
        "--year", type=arguments.fiscal_year, required=True, metavar="Y", help="ปีการประเมิน (พ.ศ.)"
    )
    add_db_option(show)
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help="เขียนกรอบการประเมินของปีเป็นไฟล์ .json",
                                description="เขียนกรอบการประเมินของปีเป็นไฟล์ .json")  # fmt: skip
    export.add_argument(
        "--year", type=arguments.fiscal_year, required=True, metavar="Y", help="ปีการประเมิน (พ.ศ.)"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="ไฟล์ .json ที่จะเขียน")
    add_db_option(export)
    export.set_defaults(handler=run_export)

    about = "นำเข้ากรอบการประเมินของหน่วยงานจากไฟล์ .json (ทั้งไฟล์หรือไม่นำเข้าเลย)"
    imported = actions.add_parser("import", help=about, description=about)
    imported.add_argument("file", metavar="FILE", help="ไฟล์กรอบการประเมิน .json")
    add_db_option(imported)
    imported.set_defaults(handler=run_import)

    reset = actions.add_parser("reset", help="กลับไปใช้กรอบการประเมินของโปรแกรม",
                               description="ลบกรอบการประเมินของหน่วยงานของปีนั้น แล้วใช้ของโปรแกรม")  # fmt: skip
    reset.add_argument(
        "--year", type=arguments.fiscal_year, required=True, metavar="Y", help="ปีการประเมิน (พ.ศ.)"
    )
    add_db_option(reset)
    reset.set_defaults(handler=run_reset)


def _office_frameworks(args: argparse.Namespace) -> list[Framework]:
    with open_office(args, reading=True) as office:  # show and export only read
        return office.frameworks()


def run_show(args: argparse.Namespace) -> int:
    from itadesk.domain.framework import framework_for, unconfirmed_warning
    from itadesk.domain.framework_text import framework_lines

    framework = framework_for(args.year, _office_frameworks(args))
    warning = unconfirmed_warning(framework)
    if warning:
        print(f"คำเตือน: {warning}", file=sys.stderr)
    print("\n".join(framework_lines(framework)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from itadesk.domain.framework import framework_for, framework_json
    from itadesk.storage.lifecycle.output_paths import write_whole

    target = output_path(args.output, args)  # never the database, its -wal/-shm or a backup
    framework = framework_for(args.year, _office_frameworks(args))
    try:
        write_whole(target, framework_json(framework).encode("utf-8"), database_file(args))
    except OSError as error:
        raise CommandError(f'เขียนไฟล์ "{target}" ไม่ได้ ({error.strerror or error})') from None
    whose = "ของหน่วยงาน" if framework.origin == "office" else "ของโปรแกรม"
    print(f"ส่งออกกรอบการประเมินปี {args.year} ({whose}) ไปที่ {target} แล้ว")
    return 0


def read_framework_file(path: Path) -> Framework:
    """The framework in a file, or a CommandError naming the file and the field that is wrong."""
    from itadesk.domain.framework import FrameworkError, read_framework_text

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f'ไม่พบไฟล์ "{path}"') from None
    except UnicodeDecodeError:
        raise CommandError(f'ไฟล์ "{path}" ไม่ใช่ข้อความ UTF-8') from None
    except OSError as error:
        raise CommandError(f'เปิดไฟล์ "{path}" ไม่ได้ ({error.strerror or error})') from None
    try:
        return read_framework_text(text)
    except FrameworkError as exc:
        raise CommandError(f"ไม่ได้นำเข้ากรอบการประเมินจาก {path}: {exc}") from None


def run_import(args: argparse.Namespace) -> int:
    from itadesk.domain.framework import unconfirmed_warning

    framework = read_framework_file(Path(args.file))
    with open_office(args) as office:
        office.save_framework(framework)
    print(f"นำเข้ากรอบการประเมินปี {framework.year} ของหน่วยงานแล้ว ใช้แทนของโปรแกรมสำหรับปีนี้")
    warning = unconfirmed_warning(framework)
    if warning:
        print(f"คำเตือน: {warning}", file=sys.stderr)
    return 0


def run_reset(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        removed = office.delete_framework(args.year)
    if removed:
        print(f"ลบกรอบการประเมินปี {args.year} ของหน่วยงานแล้ว กลับไปใช้ของโปรแกรม")
    else:
        print(f"หน่วยงานไม่มีกรอบการประเมินปี {args.year} ของตัวเอง ใช้ของโปรแกรมอยู่แล้ว")
    return 0
