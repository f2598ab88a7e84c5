"""Copying SQLite files safely: a consistent snapshot, written so that a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle.database_file import connect
from itadesk.storage.lifecycle.failures import is_disk_full, nearly_full, translate_error
from itadesk.storage.lifecycle.output_paths import replaced_whole
from itadesk.temporary_files import shown_name

SQLITE_TIMEOUT_SECONDS = 30
RESTORE_COPY = "itadesk-restore.sqlite3"  # the name a restore's prepared copy is hidden under


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`; when the block succeeds it is synced and renamed onto `target`.

    On failure the temporary file is removed and `target` is untouched. OS errors (disk full, no
    permission) become a `StorageError` naming the file.
    """
    written: Path | None = None
    try:
        with replaced_whole(target) as written:
            yield written
    except OSError as exc:
        raise StorageError(f"เขียนไฟล์ {target} ไม่ได้: {_os_reason(exc)}") from exc
    finally:
        # SQLite's side files too: a copy that failed half-way leaves its rollback journal beside it.
        for suffix in ("-journal", "-wal", "-shm") if written is not None else ():
            with contextlib.suppress(OSError):
                Path(f"{written}{suffix}").unlink(missing_ok=True)


def sqlite_snapshot(source: Path, target: Path) -> None:
    """Copy the SQLite database `source` to `target` with SQLite's online backup.

    The copy is one consistent moment even while another program writes to `source`; `target` is a single
    self-contained file (no -wal beside it), replaced atomically.
    """
    try:
        with atomic_target(target) as temporary:
            copy_sqlite_database(source, temporary)
    except sqlite3.Error as exc:
        raise translate_error(exc, str(source)) or StorageError(
            f"คัดลอกฐานข้อมูล {source} ไป {target} ไม่สำเร็จ: {exc}"
        ) from exc


def copy_sqlite_database(source: Path, target: Path) -> None:
    """SQLite's online backup of `source` into the file `target` (created), left in rollback-journal mode.

    A full disk where `target` is written is said as that, naming the file being written (never `source`,
    which is only read and stays as it was).
    """
    with contextlib.closing(connect(source, timeout=SQLITE_TIMEOUT_SECONDS)) as src:
        copy_from_connection(src, source, target)


def copy_from_connection(src: sqlite3.Connection, source: Path, target: Path) -> None:
    """SQLite's online backup from the open connection `src` (to the file `source`) into the file `target`.

    The backup API only reads `src`, so a connection opened read-only (a 0444 file, a read-only folder:
    `mode=ro`, `immutable=1`) copies as well as any ("SQLite Backup API", https://www.sqlite.org/backup.html:
    the source is read inside a read transaction)."""
    try:
        dst = connect(target, timeout=SQLITE_TIMEOUT_SECONDS)
        # Opening is lazy: a first statement shows a folder that is read-only or gone, naming the copy.
        dst.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        raise StorageError(
            f"เขียนไฟล์ {shown_name(target)} ไม่ได้: โฟลเดอร์ {target.parent} ไม่มีอยู่ เป็นที่อ่านอย่างเดียว"
            " หรือไม่มีสิทธิ์เขียน (ฐานข้อมูลไม่ได้เปลี่ยน)"
        ) from exc
    with contextlib.closing(dst):
        try:
            # pages=-1 copies everything in one step: one read transaction, so one consistent moment.
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            if is_disk_full(exc, target) and (nearly_full(target) or not nearly_full(source)):
                raise StorageError(disk_full_message(target)) from exc
            raise


def disk_full_message(target: Path) -> str:
    """The Thai message for a copy that did not fit: which file could not be written, and that nothing of
    the database was lost."""
    if shown_name(target).name == RESTORE_COPY:  # a restore's prepared copy: its name means nothing to a user
        what = f"สำเนาชั่วคราวสำหรับกู้คืนในโฟลเดอร์ {target.parent}"
    else:
        what = f"ไฟล์ {shown_name(target)}"
    return f"พื้นที่ดิสก์เต็ม เขียน{what} ไม่ได้ ลบไฟล์ที่ไม่ใช้ในดิสก์นั้นหรือเลือกที่อื่นแล้วลองใหม่ (ฐานข้อมูลไม่ได้เปลี่ยน)"


def free_name(folder: Path, stem: str, suffix: str = ".sqlite3") -> Path:
    """`folder/stem.sqlite3`, or with a time stamp added when that name is taken (never overwrite one)."""
    candidate = folder / f"{stem}{suffix}"
    if not candidate.exists():
        return candidate
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stem}-{stamp}{suffix}"


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "พื้นที่ดิสก์เต็ม"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "ไม่มีสิทธิ์เขียน หรือเป็นที่อ่านอย่างเดียว"
    if exc.errno == errno.ENOENT:
        return "ไม่มีโฟลเดอร์นี้"
    return exc.strerror or str(exc)
