"""`itadesk import FILE.docx --year Y`: the measures of a Word document's tables into fiscal year Y.

The measures are read into a `Dataset` of that one year and imported like an exchange file (one
transaction; measures matched by title, so importing the same file again updates them). Into an office's
SQLite file of this schema the import is planned and written through sqlite3 alone
(`storage.direct.importing`: the same rules, without loading SQLAlchemy); any other database the ordinary
way. Responsible units are matched to the office's units by name. --dry-run prints the tables found, the
column each header became, the measures, and what importing would change.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from itadesk.cli.errors import CommandError

if TYPE_CHECKING:
    from itadesk.service.office_data import OfficeData
    from itadesk.storage.direct.importing import SqliteImport

WORD_SUFFIXES = (".docx", ".doc", ".docm")


def is_word_file(name: str) -> bool:
    return name.lower().endswith(WORD_SUFFIXES)


def run(args: argparse.Namespace) -> int:
    from itadesk import collector

    # A short command that loads lxml (and SQLAlchemy and its ORM off the sqlite3 path): the collections those
    # loads trigger find nothing (about a tenth of its time); the collector rests until the command is done.
    collector.rest()
    try:
        return _run(args)
    finally:
        collector.resume()


def _run(args: argparse.Namespace) -> int:
    from itadesk.cli.import_file import report_lines
    from itadesk.exchange.word.errors import WordImportError
    from itadesk.exchange.word.found import measure_lines, table_lines
    from itadesk.exchange.word.reader import read_word_file, word_dataset
    from itadesk.storage.errors import StorageError
    from itadesk.storage.importing.choices import ImportChoices

    if args.year is None:
        raise CommandError(
            f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: ต้องบอกปีงบประมาณของมาตรการในไฟล์ Word"
            f" เช่น itadesk import {args.file} --year 2567"
        )
    try:
        document = read_word_file(args.file)  # nothing is opened or changed before the file is read
    except WordImportError as error:
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {error}") from None
    choices = ImportChoices(
        replace_years=frozenset(args.replace_year), statuses="take" if args.take_statuses else "keep"
    )
    office = _open(args)
    try:
        units = _office_units(office)
        try:
            dataset = word_dataset(document, args.year, units)
        except WordImportError as error:
            raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {error}") from None
        measures = dataset.years[0].measures
        if args.dry_run:
            from itadesk.storage.importing.plan import plan_lines

            print(f"พบใน {args.file} (ยังไม่เปลี่ยนอะไร):")
            for line in [*table_lines(document), *measure_lines(measures)]:
                print(f"  {line}")
            print(f"ถ้านำเข้าเป็นมาตรการปีงบประมาณ {args.year}:")
            for line in plan_lines(office.plan_import(dataset, choices)):
                print(f"  {line}")
            return 0
        report = report_lines(office.import_dataset(dataset, choices), choices)
    except StorageError as error:  # one transaction: a refusal leaves the database as it was
        raise CommandError(f"นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน: {args.file}: {error}") from None
    finally:
        office.close()
    print(f"นำเข้ามาตรการปีงบประมาณ {args.year} จาก {args.file} แล้ว", file=sys.stdout)
    print(f"  {measure_lines(measures)[0]}")
    for line in report:
        print(f"  {line}")
    return 0


def _open(args: argparse.Namespace) -> OfficeData | SqliteImport:
    """An office's SQLite file of this schema is imported into through sqlite3 alone (a Word file holds
    measures only: `storage.direct.importing`, without loading SQLAlchemy); any other database as always."""
    from itadesk.cli.parser import open_office
    from itadesk.storage.direct.importing import SqliteImport

    return SqliteImport.open(getattr(args, "db", None)) or open_office(args)


def _office_units(office: OfficeData | SqliteImport) -> list[str]:
    return [unit.name for unit in office.units()]
