"""Every backup is checked: the database before it is copied, the copy before it takes its name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle import backup as backup_module
from itadesk.storage.lifecycle.backup import backup
from itadesk.storage.lifecycle.database import Database
from itadesk.storage.lifecycle.integrity import DamagedDatabaseError
from tests.storage.damaged_corpus import build_corpus, make_office


def test_a_database_damaged_where_only_integrity_check_looks_is_not_backed_up(tmp_path: Path) -> None:
    damaged = build_corpus(tmp_path / "corpus", ["index-mismatch"])["index-mismatch"]
    database = tmp_path / "office.sqlite3"
    shutil.copyfile(damaged, database)
    db = Database.open(str(database))  # quick_check cannot see it: the window opens it, then finds out
    try:
        with pytest.raises(DamagedDatabaseError) as refused:
            backup(db, tmp_path / "copy.sqlite3")
    finally:
        db.dispose()
    assert "ดัชนี" in str(refused.value)
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_copy_garbled_on_its_way_to_the_disk_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = make_office(tmp_path / "office.sqlite3", measures=5)
    real_copy = backup_module.copy_sqlite_database

    def garbling_copy(source: Path, target: Path) -> None:
        real_copy(source, target)
        data = bytearray(target.read_bytes())
        data[4096 * 3 : 4096 * 4] = bytes(4096)  # a disk that lost a page
        target.write_bytes(bytes(data))

    monkeypatch.setattr(backup_module, "copy_sqlite_database", garbling_copy)
    db = Database.open(str(database))
    try:
        with pytest.raises(StorageError) as refused:
            backup(db, tmp_path / "copy.sqlite3")
    finally:
        db.dispose()
    assert "อ่านกลับมาแล้วไม่สมบูรณ์" in str(refused.value) and "copy.sqlite3" in str(refused.value)
    assert list(tmp_path.glob("*copy*")) == []
