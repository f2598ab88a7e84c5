"""Where a file the user asked for may be written, and writing it whole or not at all.

Every output (a printed PDF or Word file, an exchange file, a backup, the copy a restore keeps aside), from
the command line and from the window alike, goes through here:

- `refuse_protected(target, database)`: never onto a database this process uses or was told about, nor its
  -wal, -shm or -journal, nor a backup (the automatic backups' folder, the copies kept beside a database
  before a restore or an upgrade): a Thai message says which file it is, nothing is written.
- `whole_output(target)`: the writer writes a temporary file in the same folder (same suffix: the suffix
  chooses PDF or Word); only when it is whole and synced does it take the real name (`os.replace`). On a full
  disk the old file stays as it was and the message names the file asked for.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from itadesk import paths
from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle.database_file import held_files, key, same_file, side_files
from itadesk.temporary_files import remove_leftovers, temporary_beside

KEPT_MARKS = (".before-restore-", ".pre-upgrade-", ".damaged-")


class ProtectedOutputError(StorageError):
    """The output would overwrite a database, one of its files or a backup."""


def protected_reason(target: Path, database: Path | None = None, *, automatic: bool = False) -> str | None:
    """Why `target` must not be written (Thai), or None. `automatic`: an automatic backup being written into
    the backups folder, which is where it belongs."""
    if target.exists() and not target.is_file() and not target.is_dir():
        return f"{target} ไม่ใช่ไฟล์ แต่เป็นอุปกรณ์หรือท่อส่งข้อมูลของระบบ (เช่น /dev/stdout)"
    databases = [*([database] if database is not None else []), *held_files()]
    for live in databases:
        if same_file(target, live):
            return f"{target} คือไฟล์ฐานข้อมูล {live} ที่ใช้งานอยู่"
        for side in side_files(live):
            if same_file(target, side):
                return f"{target} เป็นไฟล์ที่ SQLite ใช้คู่กับฐานข้อมูล {live} (ไฟล์ {side.name[len(live.name) :]})"
        stem = live.name.removesuffix(".sqlite3")
        if key(target.parent) == key(live.parent) and any(
            target.name.startswith(f"{stem}{mark}") for mark in KEPT_MARKS
        ):
            return f"{target} เป็นสำเนาของฐานข้อมูล {live} ที่เก็บไว้ก่อนกู้คืนหรือปรับรุ่น"
    backups = Path(key(paths.backups_folder()))
    real = Path(key(target))
    if not automatic and (real == backups or backups in real.parents):
        return f"{target} อยู่ในโฟลเดอร์ไฟล์สำรองอัตโนมัติ {paths.backups_folder()}"
    return None


def refuse_protected(target: Path, database: Path | None = None, *, automatic: bool = False) -> None:
    """Raise `ProtectedOutputError` (Thai: which file, and that nothing was written) when `target` is a
    database, one of its files or a backup."""
    reason = protected_reason(target, database, automatic=automatic)
    if reason is not None:
        raise ProtectedOutputError(f"ไม่เขียนทับ: {reason} เลือกชื่อไฟล์หรือโฟลเดอร์อื่น (ไม่มีไฟล์ใดถูกเขียน)")


@contextlib.contextmanager
def replaced_whole(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` for the block to write (what killed writers left in that folder
    removed first, `itadesk.temporary_files`); when the block ends well the file is synced and renamed onto
    `target`, the rename made durable. On any failure the temporary file is removed and `target` is as it
    was. Every whole write of the program (outputs here, database copies in `files.atomic_target`) goes
    through it."""
    remove_leftovers(target.parent)
    temporary = temporary_beside(target)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        sync_folder(target.parent)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)  # gone already after the rename


@contextlib.contextmanager
def whole_output(target: Path | str, database: Path | None = None) -> Iterator[Path]:
    """Checks `target` (`refuse_protected`), yields a temporary path beside it for the block to write; when
    the block ends well the file is synced and renamed onto `target`. On any failure the temporary file is
    removed and `target` is as it was; a failure of the disk becomes a `StorageError` naming `target`."""
    target = Path(target).expanduser().absolute()
    refuse_protected(target, database)
    if target.is_symlink():  # the file the link names takes the new content; the link stays a link
        target = Path(os.path.realpath(target))
        refuse_protected(target, database)
    try:
        with replaced_whole(target) as temporary:
            yield temporary
    except BaseException as exc:
        cause = _os_error(exc)
        if cause is not None:
            raise StorageError(_message(target, cause)) from exc
        raise


def write_whole(target: Path | str, data: bytes, database: Path | None = None) -> Path:
    """`data` into `target`, whole or not at all (see `whole_output`); returns the path written."""
    with whole_output(target, database) as temporary:
        temporary.write_bytes(data)
    return Path(target).expanduser().absolute()


def copy_whole(source: Path, target: Path | str, database: Path | None = None) -> Path:
    """A copy of the file `source` at `target`, whole or not at all (see `whole_output`)."""
    import shutil

    with whole_output(target, database) as temporary:
        shutil.copyfile(source, temporary)
    return Path(target).expanduser().absolute()


def _os_error(error: BaseException) -> OSError | None:
    current: BaseException | None = error
    for _ in range(10):
        if current is None:
            return None
        if isinstance(current, OSError) and not isinstance(current, FileNotFoundError | IsADirectoryError):
            return current
        current = current.__cause__ or current.__context__
    return None


def _message(target: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return f"พื้นที่ดิสก์เต็ม เขียนไฟล์ {target} ไม่ได้ ลบไฟล์ที่ไม่ใช้ในดิสก์นั้นหรือเลือกที่อื่นแล้วลองใหม่ (ไฟล์เดิมยังอยู่ครบ)"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"เขียนไฟล์ {target} ไม่ได้: ไม่มีสิทธิ์เขียน หรือเป็นที่อ่านอย่างเดียว (ไฟล์เดิมยังอยู่ครบ)"
    return f"เขียนไฟล์ {target} ไม่ได้: {error.strerror or error} (ไฟล์เดิมยังอยู่ครบ)"


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, as on Windows). Here, not in
    `storage.lifecycle.files` (which uses it too), so that a print's first process loads no SQLAlchemy."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
