"""`itadesk restore FILE`: put a backup back; the current database is kept aside first."""

from __future__ import annotations

import argparse

from itadesk.cli.parser import Commands, add_command


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
    from itadesk.cli import store
    from itadesk.storage.lifecycle.integrity import DamagedDatabaseError

    try:
        db = store.open_database(args)
    except DamagedDatabaseError as damaged:  # restoring is the way out of a damaged database
        kept = store.restore_damaged(damaged.verdict.path, args.file)
        print(f"กู้คืนจาก {args.file} แล้ว ไฟล์ฐานข้อมูลที่เสียหายเก็บไว้ที่ {kept}")
        return 0
    try:
        kept = store.restore(db, args.file)
    finally:
        db.dispose()
    print(f"กู้คืนจาก {args.file} แล้ว ฐานข้อมูลเดิมเก็บไว้ที่ {kept}")
    return 0
