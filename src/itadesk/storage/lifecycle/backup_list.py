"""The backups a database has, what each holds, and which automatic ones are kept.

Backups of a database are the automatic ones (`itadesk-auto-YYYYMMDD-HHMMSS-ffffff.sqlite3`, one at every
start of the window) and the copies kept beside an SQLite database before a restore
(`NAME.before-restore-….sqlite3`) or an upgrade (`NAME.pre-upgrade-….sqlite3`). Each database has its own
folder of automatic backups inside the user's backups folder (`automatic_folder`: its name and a digest of
its real path, or of a server's host, port and database), so that a trial database opened many times never
prunes the office's backups, and a damaged database is offered only copies of itself.

Keeping the automatic ones (`choose_kept`): the newest 3 whatever their age, then the newest of each of the
last 7 days, 4 weeks and 12 months that have one — about a year of history in at most 26 files. The newest
backup that passes `integrity_check` is never deleted, even when every newer one is damaged.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from itadesk import paths
from itadesk.storage.lifecycle.database_file import connect, key
from itadesk.storage.lifecycle.integrity import check_file

AUTO_PREFIX = "itadesk-auto-"
AUTO_SUFFIX = ".sqlite3"
KEEP_NEWEST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

_AUTO_NAME = re.compile(r"^itadesk-auto-(\d{8}-\d{6})(?:-(\d{6}))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as a user chooses it: when it was taken, what it holds, whether it is whole."""

    path: Path
    taken: datetime
    years: tuple[int, ...] = ()
    measures: int = 0
    problem: str | None = None  # None: it passed integrity_check

    @property
    def good(self) -> bool:
        return self.problem is None


def taken_at(path: Path) -> datetime:
    """When a backup was taken: from an automatic backup's name, else the file's time."""
    match = _AUTO_NAME.match(path.name)
    if match:
        return datetime.strptime(f"{match.group(1)}{match.group(2) or '000000'}", "%Y%m%d-%H%M%S%f")
    return datetime.fromtimestamp(path.stat().st_mtime)


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, newest first."""
    with contextlib.suppress(OSError):
        found = [entry for entry in folder.iterdir() if _AUTO_NAME.match(entry.name) and entry.is_file()]
        return sorted(found, key=taken_at, reverse=True)
    return []


def automatic_folder(database: Path | None, where: str = "", root: Path | None = None) -> Path:
    """The folder of this database's own automatic backups, inside `root` (the user's backups folder): named
    for the SQLite file `database` (its real path) or, when None, for the server `where` (host:port/name)."""
    root = paths.backups_folder() if root is None else root
    if database is not None:
        identity, name = key(database), database.name.removesuffix(".sqlite3")
    else:
        identity, name = f"postgresql:{where}", "postgresql"
    digest = hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    readable = re.sub(r"[^\w.-]+", "_", name).strip("._")[:40] or "itadesk"
    return root / f"{readable}-{digest}"


def backups_of(database: Path | None, folder: Path | None = None, where: str = "") -> list[Path]:
    """Every backup of `database` (None: the server `where`, host:port/name as `Database.where` says it),
    newest first: its own automatic backups and the copies kept beside it, never another database's."""
    if folder is None and (database is not None or where):
        folder = automatic_folder(database, where)
    found = automatic_backups(folder) if folder is not None else []
    if database is not None:
        stem = database.name.removesuffix(".sqlite3")
        with contextlib.suppress(OSError):
            for entry in database.parent.iterdir():
                kept = entry.name.startswith((f"{stem}.before-restore-", f"{stem}.pre-upgrade-"))
                if kept and entry.name.endswith(".sqlite3") and entry.is_file():
                    found.append(entry)
    return sorted(found, key=taken_at, reverse=True)


def describe(path: Path) -> BackupInfo:
    """Check `path` with integrity_check and read which fiscal years and how many measures it holds."""
    taken = taken_at(path)
    verdict = check_file(path, thorough=True)
    if not verdict.ok or not verdict.is_itadesk:
        return BackupInfo(path, taken, problem=verdict.problem or "ไม่ใช่ไฟล์สำรองของ ITA Desk")
    try:
        with contextlib.closing(connect(path, read_only=True)) as look:
            years = tuple(row[0] for row in look.execute("SELECT year FROM fiscal_years ORDER BY year"))
            measures = look.execute("SELECT count(*) FROM measures").fetchone()[0]
    except sqlite3.Error:
        return BackupInfo(path, taken, problem="ไม่ใช่ไฟล์สำรองของ ITA Desk (ไม่มีตารางมาตรการ)")
    return BackupInfo(path, taken, years, int(measures))


def newest_good(candidates: Iterable[Path]) -> BackupInfo | None:
    """The newest of `candidates` (newest first) that passes integrity_check; None when none does."""
    for path in candidates:
        info = describe(path)
        if info.good:
            return info
    return None


def choose_kept(backups: Iterable[Path]) -> set[Path]:
    """The automatic backups the policy in the module's docstring keeps, judged by their names' dates.

    Periods are counted among those that have a backup: an office closed for a month loses nothing.
    """
    ordered = sorted(backups, key=taken_at, reverse=True)
    kept = set(ordered[:KEEP_NEWEST])
    for period, count in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for path in ordered:
            key = period(taken_at(path))
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                kept.add(path)
    return kept


def prune(folder: Path, verified: Path | None = None) -> list[Path]:
    """Delete the automatic backups in `folder` the policy does not keep; returns those deleted.

    `verified` was checked just now. If no kept backup is whole, the newest whole one is kept as well.
    """
    every = automatic_backups(folder)
    kept = choose_kept(every)
    ordered_kept = [path for path in every if path in kept]
    if not (verified in kept or newest_good(ordered_kept) is not None):
        rescue = newest_good(path for path in every if path not in kept)
        if rescue is not None:
            kept.add(rescue.path)
    deleted = []
    for path in every:
        if path not in kept:
            with contextlib.suppress(OSError):
                path.unlink()
                deleted.append(path)
    return deleted
