"""The backups that are not one office's record-by-record work: the automatic copy made at every start of the
window, and a backup put in place of a database file that cannot be opened at all.

An SQLite database is snapshotted; a PostgreSQL one is copied into an SQLite backup file in one consistent
read (what `itadesk backup` does), so an office on a shared server has the same safety net. Each database has
its own folder of automatic backups (`backup_list.automatic_folder`); which copies are kept there is
`storage.lifecycle.backup_list`'s policy (the newest 3, then one a day for 7 days, one a week for 4 weeks,
one a month for 12 months), and the newest good copy is never deleted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.storage.lifecycle.backup_list import AUTO_PREFIX, AUTO_SUFFIX

if TYPE_CHECKING:
    from itadesk.storage.lifecycle.database import Database


def backup_at_start(db: Database, root: Path, now: datetime | None = None) -> Path:
    """Back `db` up into its own folder inside `root` (the user's backups folder; consistent while in use,
    verified); delete what the policy drops among this database's backups, never another's."""
    from itadesk.storage.lifecycle.backup import backup
    from itadesk.storage.lifecycle.backup_list import automatic_folder, prune

    folder = automatic_folder(db.path, db.where, root)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{AUTO_PREFIX}{now or datetime.now():%Y%m%d-%H%M%S-%f}{AUTO_SUFFIX}"
    target = backup(db, folder / name, automatic=True)
    prune(folder, verified=target)
    return target


def restore_damaged(database: Path, backup_file: Path) -> Path:
    """The backup `backup_file` in place of the SQLite file `database`, which cannot be opened (damaged, or
    not a database at all); returns where the old file was kept, byte for byte, with its -wal beside it."""
    from itadesk.storage.lifecycle.backup import restore_damaged

    return restore_damaged(database, backup_file)
