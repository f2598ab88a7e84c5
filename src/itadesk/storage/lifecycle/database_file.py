"""One SQLite database file's life in this process: every connection to it, its header, its side files.

SQLite's rule ("How To Corrupt An SQLite Database File", section 2.2 "POSIX advisory locks canceled by a
separate thread doing close()", https://www.sqlite.org/howtocorrupt.html): the locks SQLite takes are POSIX
advisory locks, which belong to the process and the file, and closing *any* descriptor of that file drops
every lock the process holds on it. A program that opens the live database with `open()` to read its header
and closes it has silently given up its connections' locks: another program then believes it is the last one
using the file, checkpoints and deletes the -wal ("Write-Ahead Logging", https://www.sqlite.org/wal.html:
the last connection to close deletes the WAL file), and this process goes on writing into a deleted file.
Connections of SQLite itself are safe together: its unix VFS shares one set of locks between the
connections of a process (the same page: "perfectly safe for two or more threads to access the same SQLite
database file using the SQLite library").

So every connection to a database file is made here (`connect`, and the engines' `creator`), and the file
itself is read outside SQLite (`read_header`) only while this process has no connection to it; the check
and the opening of a connection exclude each other. What keeps connections open (an engine's pool) says so
here (`keeps_connections`), so that the process can close all of its own before the file itself is replaced
(`close_connections`: a window restoring its damaged database), and open new ones afterwards. Nothing of
this program opens, copies or renames a database's -wal or -shm while a connection may use them
(`side_files` names them, for the refusals).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# How long a writer waits for another program's write transaction before it gives up with the Thai message
# ("database is locked"): every connection of the program, through SQLAlchemy or sqlite3 alone.
BUSY_TIMEOUT_SECONDS = 30
HEADER_BYTES = 100

_guard = threading.RLock()
_live: dict[str, int] = {}  # a database file's real path → this process's connections open on it
# A database file's real path → how to close what keeps connections to it (weakly: an engine that is gone
# keeps nothing open).
_keepers: dict[str, list[weakref.WeakMethod[Callable[[], None]]]] = {}


def key(path: Path | str) -> str:
    """The file a path names, whichever way it is spelled (relative, through a symbolic link)."""
    return os.path.realpath(os.fspath(path))


def held(path: Path | str) -> bool:
    """Whether this process has a connection open on the database file `path`."""
    with _guard:
        return _live.get(key(path), 0) > 0


def held_files() -> list[Path]:
    """Every database file this process has a connection open on."""
    with _guard:
        return [Path(name) for name, count in _live.items() if count > 0]


class _Tracked(sqlite3.Connection):
    """An sqlite3 connection that tells the registry when it closes (never closed: counted as open, which
    only ever makes `read_header` more careful)."""

    _itadesk_key = ""

    def close(self) -> None:
        try:
            super().close()
        finally:
            name, self._itadesk_key = self._itadesk_key, ""
            if name:
                with _guard:
                    _live[name] = _live.get(name, 1) - 1
                    if _live[name] <= 0:
                        del _live[name]


def connect(
    path: Path | str, *, read_only: bool = False, immutable: bool = False, timeout: float = 30, **options: Any
) -> sqlite3.Connection:
    """An sqlite3 connection to the database file `path`, counted while it is open.

    `read_only` opens it in SQLite's read-only mode (nothing can be written, the file is not created);
    `immutable` too, and also without locks or side files (a file in a folder nobody may write).
    """
    name = key(path)
    read_only = read_only or immutable
    mode = "mode=ro&immutable=1" if immutable else "mode=ro"
    target = f"{Path(name).as_uri()}?{mode}" if read_only else name
    with _guard:  # not while read_header has the file open
        connection = sqlite3.connect(
            target, timeout=timeout, uri=read_only, factory=_Tracked, check_same_thread=False, **options
        )
        assert isinstance(connection, _Tracked)
        connection._itadesk_key = name
        _live[name] = _live.get(name, 0) + 1
    return connection


def creator(
    path: Path | str, *, read_only: bool = False, immutable: bool = False, timeout: float = 30
) -> Callable[[], sqlite3.Connection]:
    """What an SQLAlchemy engine calls for each new connection: `connect`, so the engine's are counted."""
    return lambda: connect(path, read_only=read_only, immutable=immutable, timeout=timeout)


def keeps_connections(path: Path | str, close: Callable[[], None]) -> None:
    """`close` (a bound method: an engine's `dispose`) closes connections to `path` kept for later use."""
    with _guard:
        keepers = [k for k in _keepers.get(key(path), []) if k() is not None]
        keepers.append(weakref.WeakMethod(close))
        _keepers[key(path)] = keepers


def close_connections(path: Path | str) -> None:
    """Close every connection of this process to the database file `path`, before the file is replaced.

    Raises `StorageError` (nothing replaced yet) when one stays open: one in use, not kept by an engine.
    """
    from itadesk.storage.errors import StorageError

    with _guard:
        keepers = list(_keepers.get(key(path), []))
    for keeper in keepers:
        close = keeper()
        if close is not None:
            close()
    if held(path):
        raise StorageError(
            f"ฐานข้อมูล {path} ยังมีงานที่ใช้อยู่ในโปรแกรมนี้ จึงยังกู้คืนไม่ได้ ลองอีกครั้งในอีกสักครู่ (ไม่มีอะไรเปลี่ยน)"
        )


def read_header(path: Path) -> bytes | None:
    """The first 100 bytes of the file, read outside SQLite; None when this process has a connection on the
    file (reading it would drop that connection's locks: see the module's docstring).

    Raises OSError as `open` does (a missing file: FileNotFoundError).
    """
    with _guard:
        # By name, and by inode (a hard link or another mount of the same file is the same file to the locks).
        if _live.get(key(path), 0) > 0 or any(same_file(path, Path(name)) for name in _live):
            return None
        with open(path, "rb") as handle:
            return handle.read(HEADER_BYTES)


def side_files(path: Path) -> tuple[Path, ...]:
    """The files SQLite keeps beside a database: its write-ahead log, shared memory and rollback journal."""
    return tuple(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES)


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file: the same real path, or (both existing) the same inode."""
    if key(one) == key(other):
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def is_database_or_side_file(path: Path, database: Path) -> bool:
    """Whether `path` is the database file itself or one of the files SQLite keeps beside it."""
    return any(same_file(path, part) for part in (database, *side_files(database)))


def refuse_reading_live(path: Path) -> None:
    """Refuse to read, outside SQLite, a file that is a database this process has open (or its -wal/-shm):
    opening and closing it would drop this process's locks on it (see the module's docstring)."""
    from itadesk.storage.errors import StorageError

    for live in held_files():
        if is_database_or_side_file(path, live):
            raise StorageError(
                f"{path} คือไฟล์ของฐานข้อมูลที่เปิดอยู่ ({live}) ไม่ใช่ไฟล์ที่นำเข้าได้ เลือกไฟล์อื่น (ไม่มีอะไรเปลี่ยน)"
            )
