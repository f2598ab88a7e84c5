"""Opening a database: where it is, how SQLite is set up, and the failures a user can fix told in Thai."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from itadesk.domain.model import Measure, Unit
from itadesk.storage import Database, StorageError
from itadesk.storage.data import measures as measure_service
from itadesk.storage.data import office
from itadesk.storage.lifecycle import database as database_module
from itadesk.storage.lifecycle.database import resolve_url


def test_default_database_is_created_in_the_users_data_folder() -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    db = Database.open(None)
    assert db.path == data_home / "itadesk" / "itadesk.sqlite3"
    assert db.path.exists()
    db.dispose()


def test_environment_variable_then_option_choose_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITADESK_DB", str(tmp_path / "from-env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "from-env.sqlite3")
    assert resolve_url(str(tmp_path / "given.sqlite3")).database == str(tmp_path / "given.sqlite3")
    assert resolve_url("postgresql://u@server/itadesk").drivername == "postgresql+psycopg"
    with pytest.raises(StorageError):
        resolve_url("mysql://u@server/itadesk")
    with pytest.raises(StorageError):
        resolve_url("sqlite://")


def test_sqlite_is_set_up_to_survive_power_cuts_and_wait_for_other_writers(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "itadesk.sqlite3"))
    with db.session() as session:
        pragma = {name: session.execute(text(f"PRAGMA {name}")).scalar() for name in ("journal_mode",
                  "synchronous", "foreign_keys", "busy_timeout")}  # fmt: skip
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 30000}
    db.dispose()


def test_an_error_inside_a_unit_of_work_keeps_nothing_of_it(database_url: str) -> None:
    db = Database.open(database_url)
    with pytest.raises(RuntimeError), db.session() as session:
        office.save_unit(session, Unit("จะหายไป"))
        raise RuntimeError("user cancelled")
    with db.session() as session:
        assert office.list_units(session) == []
    db.dispose()


def test_a_file_that_is_not_a_database_is_told_in_thai(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("นี่คือข้อความ ไม่ใช่ฐานข้อมูล".encode() * 200)
    with pytest.raises(StorageError) as refused:
        Database.open(str(path))
    assert "ไม่ใช่ฐานข้อมูล" in str(refused.value) and str(path) in str(refused.value)


def test_a_damaged_database_is_told_in_thai(tmp_path: Path) -> None:
    path = tmp_path / "itadesk.sqlite3"
    db = Database.open(str(path))
    with db.session() as session:
        for number in range(300):
            measure_service.add_measure(session, 2567, Measure(title=f"มาตรการ {number}" * 20))
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 20] = b"\x13" * (4096 * 17)
    path.write_bytes(bytes(data))

    with pytest.raises(StorageError) as refused:
        db = Database.open(str(path))
        with db.session() as session:
            measure_service.list_measures(session, 2567)
    assert "เสียหาย" in str(refused.value) or "ไม่ใช่ฐานข้อมูล" in str(refused.value)


def test_a_database_locked_by_another_program_is_told_in_thai(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_SECONDS", 1)
    path = tmp_path / "itadesk.sqlite3"
    db = Database.open(str(path))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as locked, db.session() as session:
            office.save_unit(session, Unit("กองคลัง"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "ถูกโปรแกรมอื่นใช้อยู่" in str(locked.value)
    with db.session() as session:  # once free, it works
        office.save_unit(session, Unit("กองคลัง"))
    db.dispose()


def test_a_full_disk_is_told_in_thai_and_loses_nothing(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "itadesk.sqlite3"))
    with db.session() as session:
        office.save_unit(session, Unit("อยู่ก่อน"))
    with pytest.raises(StorageError) as full, db.session() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))  # the disk "fills up" here
        measure_service.add_measure(session, 2567, Measure(title="ก" * 200_000))
    assert "พื้นที่ดิสก์เต็ม" in str(full.value)
    db.dispose()
    db = Database.open(str(tmp_path / "itadesk.sqlite3"))
    with db.session() as session:
        assert [u.name for u in office.list_units(session)] == ["อยู่ก่อน"]
        assert measure_service.list_measures(session, 2567) == []
    db.dispose()


def test_an_unreachable_server_is_told_in_thai() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StorageError) as refused:
        Database.open(f"postgresql+psycopg://itadesk@127.0.0.1:{port}/itadesk")
    assert "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล" in str(refused.value) and str(port) in str(refused.value)


def test_a_folder_that_cannot_be_made_is_told_in_thai(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as refused:
        Database.open(str(blocker / "data" / "itadesk.sqlite3"))
    assert "สร้างโฟลเดอร์ข้อมูล" in str(refused.value)


def test_a_read_only_folder_is_told_in_thai(tmp_path: Path) -> None:
    """A folder no one may write (555) is read-only for root too: it is what its owner wants."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError) as refused:
            Database.open(str(folder / "itadesk.sqlite3"))
    finally:
        folder.chmod(0o755)
    assert "อ่านอย่างเดียว" in str(refused.value)


def test_opening_a_database_another_program_holds_locked_is_told_in_thai(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_SECONDS", 1)
    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).with_name("fixtures") / "schema-0001.sqlite3", path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # the upgrade at opening must wait for it, then give up in words
    try:
        with pytest.raises(StorageError) as locked:
            Database.open(str(path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "ถูกโปรแกรมอื่นใช้อยู่" in str(locked.value)
    Database.open(str(path)).dispose()  # and once free, it opens (and upgrades)
