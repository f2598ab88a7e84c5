"""`itadesk restore FILE`: put a backup back; the current database is kept aside first."""

from __future__ import annotations

import argparse
from pathlib import Path

from itadesk.cli.parser import Commands, add_command, open_office


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "restore",
        "กู้คืนฐานข้อมูลจากไฟล์สำรอง (restore a backup)",
        "นำไฟล์ที่ได้จาก itadesk backup กลับมาใช้ ฐานข้อมูลปัจจุบันจะถูกเก็บสำรองไว้ก่อนเสมอ",
    )
    parser.add_argument("file", metavar="FILE", help="ไฟล์สำรองจาก itadesk backup")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from itadesk.service.safekeeping import restore_damaged
    from itadesk.storage.lifecycle.integrity import DamagedDatabaseError

    try:
        office = open_office(args)
    except DamagedDatabaseError as damaged:  # restoring is the way out of a damaged database
        kept = restore_damaged(damaged.verdict.path, Path(args.file))
        print(f"กู้คืนจาก {args.file} แล้ว ไฟล์ฐานข้อมูลที่เสียหายเก็บไว้ที่ {kept}")
        return 0
    with office:
        kept = office.restore(Path(args.file))
    print(f"กู้คืนจาก {args.file} แล้ว ฐานข้อมูลเดิมเก็บไว้ที่ {kept}")
    return 0
