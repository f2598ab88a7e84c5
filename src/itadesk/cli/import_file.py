"""`itadesk import FILE`: check the whole file, import it in one transaction, say what was added, updated."""

from __future__ import annotations

import argparse
import sys

from itadesk.cli.errors import CommandError
from itadesk.cli.parser import Commands, add_command


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "import",
        "นำเข้าไฟล์แลกเปลี่ยน itadesk/1 (import an exchange file)",
        "ตรวจไฟล์ทั้งไฟล์ก่อน ถ้ามีข้อผิดพลาดแม้แต่จุดเดียวจะไม่นำเข้าอะไรเลย และบอกตำแหน่งที่ผิด\n"
        "นำเข้าไฟล์เดิมซ้ำได้: ข้อมูลที่มีรหัส (id) เดียวกันจะถูกปรับปรุง ไม่เพิ่มซ้ำ",
    )
    parser.add_argument("file", metavar="FILE", help="ไฟล์ .json แบบ itadesk/1")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from itadesk.cli import store
    from itadesk.exchange.errors import ExchangeError
    from itadesk.exchange.reader import read_exchange_file

    try:
        dataset = read_exchange_file(
            args.file
        )  # nothing is opened or changed before the file is wholly valid
    except ExchangeError as error:
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    from itadesk.storage.errors import StorageError

    db = store.open_database(args)
    try:
        report = store.import_dataset(db, dataset)
    except StorageError as error:  # the import is one transaction: a refusal leaves the database as it was
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    finally:
        db.dispose()
    print(f"นำเข้า {args.file} แล้ว", file=sys.stdout)
    for line in report:
        print(f"  {line}")
    return 0
