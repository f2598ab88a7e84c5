"""A copy of the database at every start, kept by age: a bad day's edits can always be undone.

An SQLite database is snapshotted; a PostgreSQL one is copied into an SQLite backup file in one consistent
read (what `itadesk backup` does), so an office on a shared server has the same safety net. The database is
checked (integrity_check) before and the copy after. Each database has its own folder of backups
(`backup_list.automatic_folder`); which copies are kept there is `storage.lifecycle.backup_list`'s policy
(the newest 3, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months), and the newest
good copy is never deleted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.storage.lifecycle.backup_list import AUTO_PREFIX as PREFIX
from itadesk.storage.lifecycle.backup_list import AUTO_SUFFIX as SUFFIX

if TYPE_CHECKING:
    from itadesk.storage.lifecycle.database import Database

__all__ = ["PREFIX", "SUFFIX", "backup_at_start", "check_database"]


def check_database(db: Database) -> str | None:
    """integrity_check of an SQLite database: None when whole, else the Thai explanation for the window: the
    damage in a clerk's words and the menu that restores a backup. A server checks itself."""
    from itadesk.storage.lifecycle.database import refuse_if_unsound
    from itadesk.storage.lifecycle.integrity import DamagedDatabaseError

    if db.path is None:
        return None
    try:
        refuse_if_unsound(db.path, thorough=True)
    except DamagedDatabaseError as damaged:
        from itadesk.ui.recovery.damaged_start import clerk_words

        verdict = damaged.verdict
        return (
            f"{DAMAGED} {verdict.path}: {clerk_words(verdict.problem)} — โปรแกรมเปิดให้ดูอย่างเดียว "
            "ไม่บันทึกและไม่สำรองไฟล์นี้ (ไฟล์ไม่ถูกแก้ไข) ใช้เมนู แฟ้ม → กู้คืนจากไฟล์สำรอง… "
            "เพื่อนำไฟล์สำรองอัตโนมัติที่ดีล่าสุดกลับมาใช้"
        )
    return None


DAMAGED = "ฐานข้อมูลเสียหาย"  # how the window's read-only reason begins when the check found damage


def backup_at_start(db: Database, root: Path, now: datetime | None = None) -> Path:
    """Back `db` up into its own folder inside `root` (the user's backups folder; consistent while in use,
    verified); delete what the policy drops among this database's backups, never another's."""
    from itadesk.storage.lifecycle.backup import backup
    from itadesk.storage.lifecycle.backup_list import automatic_folder, prune

    folder = automatic_folder(db.path, db.where, root)
    folder.mkdir(parents=True, exist_ok=True)
    target = backup(db, folder / f"{PREFIX}{now or datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}", automatic=True)
    prune(folder, verified=target)
    return target
