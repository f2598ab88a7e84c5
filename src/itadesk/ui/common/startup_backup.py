"""A copy of the database at every start, the last N kept: a bad day's edits can always be undone.

An SQLite database is snapshotted; a PostgreSQL one is copied into an SQLite backup file in one consistent
read (what `itadesk backup` does), so an office on a shared server has the same safety net.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from itadesk.storage.database import Database

PREFIX = "itadesk-auto-"
SUFFIX = ".sqlite3"


def backup_at_start(db: Database, folder: Path, keep: int) -> Path:
    """Back `db` up into `folder` (consistent while in use); delete the oldest beyond `keep`."""
    from itadesk.storage.backup import backup

    folder.mkdir(parents=True, exist_ok=True)
    target = backup(db, folder / f"{PREFIX}{datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}")
    for old in sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))[:-keep]:
        old.unlink(missing_ok=True)
    return target
