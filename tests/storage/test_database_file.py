"""SQLite's lock rule in one process: while this program has a connection to a database file, nothing of it
reads that file outside SQLite ("How To Corrupt An SQLite Database File", 2.2: closing any descriptor of the
file drops every lock the process holds on it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itadesk.storage.lifecycle.database import Database
from itadesk.storage.lifecycle.database_file import held, read_header
from itadesk.storage.lifecycle.integrity import check_file

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="/proc/locks is Linux's")


def _locks_on(path: Path) -> list[str]:
    inode = path.stat().st_ino
    return [
        line
        for line in Path("/proc/locks").read_text().splitlines()
        if line.split()[4] == str(os.getpid()) and line.split()[5].endswith(f":{inode}")
    ]


def test_checking_an_open_database_keeps_its_locks(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    db = Database.open(str(database))
    link = tmp_path / "same-file.sqlite3"
    os.link(database, link)
    try:
        with db.reading() as connection:
            connection.exec_driver_sql("SELECT 1").all()
        assert held(database) and _locks_on(database)
        assert read_header(database) is None and read_header(link) is None  # by name and by inode
        assert check_file(database, thorough=True).ok
        assert _locks_on(database), "a check dropped the database's locks"
    finally:
        db.dispose()
    assert not held(database)
    header = read_header(database)  # no connection left: the header may be read directly again
    assert header is not None and header.startswith(b"SQLite format 3\x00")
