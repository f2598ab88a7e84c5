"""`itadesk import FILE`: check the whole file, import it in one transaction, say what was added, updated.

A Word file (`FILE.docx --year Y`) gives the measures of its tables to fiscal year Y (`cli.import_word`).

Into an office that already has data, nothing is replaced silently: a file whose organisation differs is
refused (exit 1, naming the fields) until --keep-office or --take-office says which to keep; a year already
stored is added to unless --replace-year names it; a status the file has further back is kept unless
--take-statuses. --dry-run prints what would change and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from itadesk.cli.errors import CommandError
from itadesk.cli.parser import Commands, add_command, add_word_options, open_office

if TYPE_CHECKING:
    from itadesk.domain.model import Dataset
    from itadesk.service.office_data import OfficeData
    from itadesk.storage.direct.importing import SqliteImport
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary

KEEP_OR_TAKE = "ใช้ --keep-office เพื่อคงข้อมูลหน่วยงานในฐานข้อมูลไว้ หรือ --take-office เพื่อใช้ข้อมูลหน่วยงานจากไฟล์"


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "import",
        "นำเข้าไฟล์แลกเปลี่ยน itadesk/1 (import an exchange file)",
        "ตรวจไฟล์ทั้งไฟล์ก่อน ถ้ามีข้อผิดพลาดแม้แต่จุดเดียวจะไม่นำเข้าอะไรเลย และบอกตำแหน่งที่ผิด\n"
        "นำเข้าไฟล์เดิมซ้ำได้: ข้อมูลที่มีรหัส (id) เดียวกันจะถูกปรับปรุง ไม่เพิ่มซ้ำ\n"
        "ส่วนราชการและบุคลากรที่ชื่อเดียวกันถือเป็นรายการเดียวกันแม้รหัสต่างกัน\n"
        "ถ้าข้อมูลหน่วยงานในไฟล์ต่างจากในฐานข้อมูล จะไม่นำเข้าจนกว่าจะเลือก --keep-office หรือ --take-office\n"
        "ปีงบประมาณที่มีอยู่แล้วจะถูกเพิ่มรายการเข้าไป เว้นแต่ระบุ --replace-year\n"
        "ใช้ --dry-run เพื่อดูว่าจะเปลี่ยนอะไรบ้างโดยไม่เปลี่ยนข้อมูล\n"
        "ไฟล์ Word (.docx): อ่านมาตรการจากตารางในเอกสารเข้าปีงบประมาณที่ระบุด้วย --year เช่น\n"
        "  itadesk import มาตรการ.docx --year 2567 --dry-run",
    )
    parser.add_argument("file", metavar="FILE", help="ไฟล์ .json แบบ itadesk/1 หรือไฟล์ Word (.docx)")
    add_word_options(parser)
    office = parser.add_mutually_exclusive_group()
    office.add_argument(
        "--keep-office",
        dest="office",
        action="store_const",
        const="keep",
        help="ข้อมูลหน่วยงานต่างกัน: คงของฐานข้อมูลไว้ทั้งหมด (ชื่อ รหัสหนังสือ โทรศัพท์ อำเภอ จังหวัด ตรา)",
    )
    office.add_argument(
        "--take-office",
        dest="office",
        action="store_const",
        const="take",
        help="ข้อมูลหน่วยงานต่างกัน: ใช้ข้อมูลหน่วยงานจากไฟล์ตามที่ไฟล์มี (ช่องที่ว่างในไฟล์จะว่างด้วย)",
    )
    parser.add_argument(
        "--replace-year",
        metavar="YEAR",
        type=int,
        action="append",
        default=[],
        help="แทนที่มาตรการและบันทึกข้อความของปีงบประมาณนี้ด้วยของในไฟล์ (ไม่ระบุ: เพิ่มเข้าในปีนั้น) ใส่ซ้ำได้",
    )
    parser.add_argument(
        "--take-statuses",
        action="store_true",
        help="ใช้สถานะจากไฟล์แม้จะย้อนกลับ (เช่น ดำเนินการแล้ว -> ยังไม่ดำเนินการ) ไม่ระบุ: คงสถานะในฐานข้อมูล",
    )
    parser.add_argument("--dry-run", action="store_true", help="แสดงสิ่งที่จะเปลี่ยน โดยไม่เปลี่ยนข้อมูล")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from itadesk.cli import import_word

    if import_word.is_word_file(args.file):
        return import_word.run(args)
    if args.year is not None:
        raise CommandError(f"--year ใช้กับไฟล์ Word (.docx) เท่านั้น ไฟล์ {args.file} มีปีงบประมาณอยู่ในตัวแล้ว")
    from itadesk.exchange.errors import ExchangeError
    from itadesk.exchange.reader import read_exchange_file

    try:
        dataset = read_exchange_file(
            args.file
        )  # nothing is opened or changed before the file is wholly valid
    except ExchangeError as error:
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    from itadesk.storage.errors import StorageError
    from itadesk.storage.importing.choices import ImportChoices, OfficeDiffersError

    choices = ImportChoices(
        office=args.office,
        replace_years=frozenset(args.replace_year),
        statuses="take" if args.take_statuses else "keep",
    )
    try:  # a database that cannot be opened (full disk, locked, read-only) is a refusal of the import too
        office = _open(args, dataset)
    except StorageError as error:
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    try:
        if args.dry_run:
            return _print_plan(args.file, office.plan_import(dataset, choices))
        report = report_lines(office.import_dataset(dataset, choices), choices)
    except OfficeDiffersError as error:
        lines = [f"  {d.label}: ในฐานข้อมูล {d.stored} / ในไฟล์ {d.given}" for d in error.differences]
        raise CommandError(
            "\n".join([f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: ข้อมูลหน่วยงานในไฟล์ต่างจากในฐานข้อมูล", *lines])
            + f"\n{KEEP_OR_TAKE}"
        ) from None
    except StorageError as error:  # the import is one transaction: a refusal leaves the database as it was
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    finally:
        office.close()
    print(f"นำเข้า {args.file} แล้ว", file=sys.stdout)
    for line in report:
        print(f"  {line}")
    return 0


def _open(args: argparse.Namespace, dataset: Dataset) -> OfficeData | SqliteImport:
    """A file of fiscal years of measures only, into an office's SQLite file of this schema, is imported
    through sqlite3 alone (`storage.direct.importing`, without loading SQLAlchemy); anything else the ordinary
    way (the office, its people, memos, a server, a new or older database)."""
    from itadesk.storage.direct.importing import SqliteImport, takes

    direct = SqliteImport.open(getattr(args, "db", None)) if takes(dataset) else None
    return direct or open_office(args)


def report_lines(summary: ImportSummary, choices: ImportChoices) -> list[str]:
    """What an import added and updated, and the statuses it kept or took back, one line each."""
    lines = summary.thai_lines() or ["ไม่มีข้อมูลให้นำเข้า"]
    back = summary.statuses_going_back
    if back and choices.statuses == "keep":
        lines.append(
            f"คงสถานะในฐานข้อมูลของมาตรการ {len(back)} รายการ ที่สถานะในไฟล์ย้อนกลับ"
            " (ใช้ --take-statuses เพื่อใช้ของไฟล์)"
        )
    elif back:
        lines.append(f"สถานะของมาตรการ {len(back)} รายการ ย้อนกลับตามไฟล์")
    return lines


def _print_plan(file: str, plan: ImportSummary) -> int:
    from itadesk.storage.importing.plan import plan_lines

    print(f"ถ้านำเข้า {file} (ยังไม่เปลี่ยนอะไร):")
    for line in plan_lines(plan):
        print(f"  {line}")
    if plan.office_differences:
        print(KEEP_OR_TAKE)
    return 0
