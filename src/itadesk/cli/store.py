"""The command line's one door to storage: open the database named by --db, and the few use cases it runs.

Imported only inside commands, because SQLAlchemy takes a while to load.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.domain.model import Dataset
from itadesk.domain.status import Status
from itadesk.storage.lifecycle.database import Database

if TYPE_CHECKING:
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary


def open_database(args: argparse.Namespace, *, reading: bool = False) -> Database:
    """--db, else ITADESK_DB, else the default file (Database.open resolves the last two).

    A command runs integrity_check first (a few ms for an office): a damaged database is refused before
    anything reads, writes or backs it up. A command that only reads (`reading`) opens a database this user
    may not write read-only; the others are refused with the reason.
    """
    return Database.open(getattr(args, "db", None), thorough=True, reading=reading)


def load_dataset(db: Database, year: int | None) -> Dataset:
    from itadesk.storage.data.loading import load_dataset

    with db.reading() as connection:
        return load_dataset(connection, year)


def load_memo_dataset(db: Database, memo_id: str) -> Dataset:
    """The fiscal year a memo belongs to (with the organisation, units and people): all a memo prints.

    When no memo has that id, everything, so that the refusal can name the memos there are.
    """
    from itadesk.storage.data.loading import load_dataset, memo_year

    with db.reading() as connection:
        return load_dataset(connection, memo_year(connection, memo_id))


def import_dataset(db: Database, dataset: Dataset, choices: ImportChoices | None = None) -> list[str]:
    """Import in one transaction; lines saying what was added and updated."""
    from itadesk.storage.importing.run import import_dataset

    with db.session() as session:
        summary = import_dataset(session, dataset, choices)
    lines = summary.thai_lines() or ["ไม่มีข้อมูลให้นำเข้า"]
    back = summary.statuses_going_back
    if back and (choices is None or choices.statuses == "keep"):
        lines.append(
            f"คงสถานะในฐานข้อมูลของมาตรการ {len(back)} รายการ ที่สถานะในไฟล์ย้อนกลับ"
            " (ใช้ --take-statuses เพื่อใช้ของไฟล์)"
        )
    elif back:
        lines.append(f"สถานะของมาตรการ {len(back)} รายการ ย้อนกลับตามไฟล์")
    return lines


def plan_import(db: Database, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
    """What importing would change; nothing is written."""
    from itadesk.storage.importing.plan import plan_import

    with db.session() as session:
        return plan_import(session, dataset, choices)


def set_status(db: Database, measure_id: str, status: Status, when: date, note: str) -> Status:
    """Record the change in the measure's history; the status it had before."""
    from itadesk.storage.data.measures import get_measure, set_status

    with db.session() as session:
        before = get_measure(session, measure_id).status
        set_status(session, measure_id, status, when, note)
    return before


def backup(db: Database, target: Path) -> None:
    from itadesk.storage.lifecycle.backup import backup

    backup(db, target)


def restore(db: Database, source: str) -> Path:
    from itadesk.storage.lifecycle.backup import restore

    kept: Path = restore(db, Path(source))
    return kept


def restore_damaged(database: Path, source: str) -> Path:
    """A backup in place of a database file that cannot be opened; where the damaged file was kept."""
    from itadesk.storage.lifecycle.backup import restore_damaged

    kept: Path = restore_damaged(database, Path(source))
    return kept
