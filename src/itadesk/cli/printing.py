"""`itadesk print DOCUMENT --year Y [--round 6|12] -o FILE.pdf`, `itadesk print memo MEMO_ID -o FILE.pdf`;
-o FILE.docx writes the same document as a Word file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from itadesk.cli import arguments
from itadesk.cli.errors import CommandError, UsageError
from itadesk.cli.output import database_file, output_path
from itadesk.cli.parser import Commands, add_command
from itadesk.domain.documents import DOCUMENT_KINDS

if TYPE_CHECKING:
    from itadesk.domain.model import Dataset

DOCUMENTS = (*DOCUMENT_KINDS, "memo")


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "print",
        "พิมพ์เอกสารเป็น PDF หรือ Word (print a document)",
        "plan = มาตรการส่งเสริมคุณธรรมฯ, progress = ความก้าวหน้า, results = รายงานผล,\n"
        "analysis = การวิเคราะห์ผลการประเมิน ITA\n"
        "memo = บันทึกข้อความ ตามด้วยรายงานที่แนบ (ถ้ามี)\n\n"
        "ตัวอย่าง: itadesk print results --year 2566 --round 6 -o ผล6เดือน.pdf\n"
        "          itadesk print memo memo-2566-12m -o บันทึก.pdf\n"
        "          itadesk print memo memo-2566-12m -o บันทึก.docx   (ไฟล์ Word แก้ต่อใน Word ได้)",
    )
    parser.add_argument("document", choices=DOCUMENTS, metavar="DOCUMENT", help=" | ".join(DOCUMENTS))
    parser.add_argument("memo_id", nargs="?", metavar="MEMO_ID", help="รหัสบันทึกข้อความ (เฉพาะ memo)")
    parser.add_argument("--year", type=arguments.fiscal_year, metavar="Y", help="ปีงบประมาณ (พ.ศ.) เช่น 2566")
    parser.add_argument(
        "--round",
        type=arguments.round_months,
        default=12,
        metavar="6|12",
        help="รอบ 6 หรือ 12 เดือน (ค่าเดิม 12)",
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="ไฟล์ที่จะเขียน: .pdf หรือ .docx (Word)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    _check_combination(args)
    target = output_path(args.output, args)
    if target.suffix.lower() == ".doc":  # said of the name asked for, before anything is read or laid out
        raise CommandError(
            f"เขียนไฟล์ Word แบบเก่า (.doc) ที่ {target.absolute()} ไม่ได้ ตั้งชื่อไฟล์ให้ลงท้ายด้วย .docx หรือ .pdf"
        )
    # The records are loaded once, before any reader is forked: both processes need them.
    import itadesk.domain.model  # noqa: F401
    from itadesk import collector
    from itadesk.cli.read_ahead import start_reading

    collector.rest()
    try:
        # The database is read in a second process while this one loads the typesetter: most of a cold
        # print is loading libraries, and the two loads need not wait for each other.
        if args.document == "memo":
            reading = start_reading(args.db, memo_id=args.memo_id)  # the memo's year, all it prints
        else:
            reading = start_reading(args.db, args.year)
        from itadesk.documents import prechecks, printing  # noqa: F401 (prechecks: for _warn, loaded now)
        from itadesk.storage.lifecycle.output_paths import whole_output

        printing.prepare(images=not reading.done)  # all this while the data is read, not after
        dataset = reading.result()
    finally:
        collector.resume()
    _warn(dataset, args)
    printing._check_suffix(target)  # a refusal names the file asked for, not the temporary one
    try:
        # Written beside the target and renamed onto it when whole: a full disk leaves the old file as it was.
        with whole_output(target, database_file(args)) as temporary:
            if args.document == "memo":
                printing.print_memo(dataset, args.memo_id, temporary)
            else:
                printing.print_document(dataset, args.document, args.year, args.round, temporary)
    finally:
        collector.release()
    print(f"พิมพ์ลงไฟล์ {target} แล้ว")
    return 0


def _warn(dataset: Dataset, args: argparse.Namespace) -> None:
    """What to look at before the printed pages go out, on stderr: the print goes ahead (exit 0)."""
    from itadesk.documents.prechecks import check_before_printing, check_memo_before_printing

    if args.document == "memo":
        warnings = check_memo_before_printing(dataset, args.memo_id)
    else:
        warnings = check_before_printing(dataset, args.document, args.year, args.round)
    for warning in warnings:
        print(f"คำเตือน: {warning}", file=sys.stderr)
    if warnings:
        print(f"ตรวจก่อนพิมพ์: พบ {len(warnings)} เรื่องที่ควรแก้ (ยังพิมพ์ให้ตามที่บันทึกไว้)", file=sys.stderr)


def _check_combination(args: argparse.Namespace) -> None:
    if args.document == "memo":
        if not args.memo_id:
            raise UsageError(
                "print memo ต้องตามด้วยรหัสบันทึกข้อความ เช่น itadesk print memo memo-2566-12m -o บันทึก.pdf"
            )
        return
    if args.memo_id:
        raise UsageError(f'ไม่รู้จัก "{args.memo_id}": รหัสบันทึกใช้กับ print memo เท่านั้น')
    if args.year is None:
        raise UsageError(f"print {args.document} ต้องระบุ --year เช่น --year 2566")
