"""An upgrade that fails (here: the disk fills while the migration runs) or is interrupted, tried again and
again: the database stays at its old revision, one pre-upgrade copy is left, and the message says where."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle import migrate
from itadesk.storage.lifecycle.database import Database
from tests.faults.conftest import integrity

FIXTURE = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "schema-0001.sqlite3"


def _full_disk(*_args: object, **_kwargs: object) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def test_three_failed_upgrades_leave_one_copy_and_say_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURE, db_file)
    monkeypatch.setattr(migrate, "upgrade", _full_disk)
    copy = tmp_path / "office.pre-upgrade-0001.sqlite3"
    for _ in range(3):
        with pytest.raises(StorageError) as refused:
            Database.open(str(db_file))
        assert "พื้นที่ดิสก์เต็ม" in str(refused.value) and str(copy) in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir() if "pre-upgrade" in p.name) == [copy.name]
    assert integrity(copy) == "ok" and integrity(db_file) == "ok"
    monkeypatch.undo()
    Database.open(str(db_file)).dispose()  # the next, working program upgrades it; still one copy
    assert sorted(p.name for p in tmp_path.iterdir() if "pre-upgrade" in p.name) == [copy.name]
