"""At every start, once the window is painted: the database checked (integrity_check), then copied
(`service.safekeeping.backup_at_start`, kept by age: a bad day's edits can always be undone). This module
says what the check found in the window's words; a damaged database is never backed up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from itadesk.storage.lifecycle.database import Database

__all__ = ["DAMAGED", "check_database"]


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
