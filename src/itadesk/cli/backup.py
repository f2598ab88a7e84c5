"""`itadesk backup -o FILE`: a consistent copy of the whole database, even while another program writes."""

from __future__ import annotations

import argparse

from itadesk.cli.output import output_path
from itadesk.cli.parser import Commands, add_command, open_office


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "backup",
        "สำรองฐานข้อมูลทั้งหมดเป็นไฟล์ (back up the database)",
        "ทำสำเนาฐานข้อมูลทั้งหมดที่ถูกต้องครบถ้วน แม้มีโปรแกรมอื่นกำลังบันทึกอยู่ กู้คืนได้ด้วย itadesk restore",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="ไฟล์สำรองที่จะเขียน")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = output_path(args.output, args)
    with open_office(args, reading=True) as office:  # a backup only reads: a read-only file is copied too
        office.backup(target)
    print(f"สำรองฐานข้อมูลไว้ที่ {target} แล้ว")
    return 0
