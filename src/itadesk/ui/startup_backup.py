"""A copy of the SQLite database at every start, the last N kept: a bad day's edits can always be undone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

PREFIX = "itadesk-auto-"
SUFFIX = ".sqlite3"


def backup_at_start(database: Path, folder: Path, keep: int) -> Path:
    """Snapshot `database` into `folder` (consistent while open); delete the oldest beyond `keep`."""
    from itadesk.storage.files import sqlite_snapshot

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}"
    sqlite_snapshot(database, target)
    for old in sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))[:-keep]:
        old.unlink(missing_ok=True)
    return target
