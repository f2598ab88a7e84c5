"""Backups are one consistent SQLite file, even while another program writes; a restore keeps the current
data aside first and refuses files that are not ITA Desk backups or are newer than the program."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from itadesk.domain.model import Dataset, Measure, ResultEntry, Unit
from itadesk.storage import (
    Database,
    NotItaDeskDatabaseError,
    SchemaTooNewError,
    StorageError,
    import_dataset,
    load_dataset,
)
from itadesk.storage.data import measures as measure_service
from itadesk.storage.lifecycle.backup import backup, restore
from itadesk.storage.lifecycle.migrate import head_revision
from tests.storage.builders import full_dataset

FIXTURES = Path(__file__).with_name("fixtures")


def _load(db: Database) -> Dataset:
    with db.session(read_only=True) as session:
        return load_dataset(session)


def _filled(url: str) -> Database:
    db = Database.open(url)
    with db.session() as session:
        import_dataset(session, full_dataset())
    return db


def _keep_writing(url: str, ready: Any, stop: Any) -> None:
    db = Database.open(url)
    ready.set()
    index = 0
    while not stop.is_set():
        with db.session() as session:
            # Two writes in one transaction: a consistent copy has both or neither.
            measure_service.add_result(session, "m-live", ResultEntry(f"{index}"))
            measure_service.add_result(session, "m-live", ResultEntry(f"{index}"))
        index += 1
    db.dispose()


@pytest.mark.slow
def test_backup_while_another_process_writes_is_consistent(database_url: str, tmp_path: Path) -> None:
    db = Database.open(database_url)
    with db.session() as session:
        measure_service.add_measure(session, 2567, Measure(title="live", id="m-live"))
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Event(), context.Event()
    writer = context.Process(target=_keep_writing, args=(database_url, ready, stop))
    writer.start()
    try:
        assert ready.wait(60)
        time.sleep(0.3)
        copies = []
        for number in range(4):
            copies.append(backup(db, tmp_path / f"copy-{number}.sqlite3"))
            time.sleep(0.2)
    finally:
        stop.set()
        writer.join(60)
    assert writer.exitcode == 0
    seen = []
    for copy in copies:
        assert sorted(p.name for p in tmp_path.glob(f"{copy.name}*")) == [copy.name], "one file, no -wal"
        with sqlite3.connect(copy) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert check.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        copy_db = Database.open(str(copy))
        with copy_db.session() as session:
            texts = [r.text for r in measure_service.get_measure(session, "m-live").results]
        copy_db.dispose()
        pairs = len(texts) // 2
        assert texts == [str(i) for i in range(pairs) for _ in (0, 1)], "a copy must hold whole transactions"
        seen.append(pairs)
    assert seen == sorted(seen) and seen[-1] > 0
    db.dispose()


def test_restore_brings_the_backup_back_and_keeps_the_current_data_aside(
    database_url: str, tmp_path: Path
) -> None:
    db = _filled(database_url)
    original = _load(db)
    saved = backup(db, tmp_path / "saved.sqlite3")
    with db.session() as session:
        measure_service.delete_measure(session, "m-2566-01")
        import_dataset(session, Dataset(units=[Unit("หน่วยที่เพิ่มหลังสำรอง")]))
    changed = _load(db)

    kept = restore(db, saved)

    assert _load(db) == original
    assert "before-restore" in kept.name and kept.exists()
    if db.path is not None:
        assert kept.parent == db.path.parent
        assert not list(db.path.parent.glob(".itadesk-restore*")), "the scratch copy is removed"
    kept_db = Database.open(str(kept))
    assert _load(kept_db) == changed
    kept_db.dispose()
    with db.session() as session:  # new rows after a restore get fresh keys
        added = measure_service.add_measure(session, 2567, Measure(title="หลังกู้คืน"))
    assert _load(db).years[1].measures[-1] == added
    db.dispose()


def test_another_open_connection_sees_the_restored_data(tmp_path: Path) -> None:
    path = str(tmp_path / "itadesk.sqlite3")
    db = _filled(path)
    saved = backup(db, tmp_path / "saved.sqlite3")
    other = Database.open(path)
    with other.session() as session:
        measure_service.delete_measure(session, "m-2566-01")
    restore(db, saved)
    with other.session() as session:
        assert measure_service.get_measure(session, "m-2566-01").number == "๑"
    other.dispose()
    db.dispose()


def test_postgresql_backup_restores_into_sqlite_and_back(postgres_url: str, tmp_path: Path) -> None:
    server = _filled(postgres_url)
    copy = backup(server, tmp_path / "from-server.sqlite3")
    local = Database.open(str(tmp_path / "local.sqlite3"))
    restore(local, copy)
    assert _load(local) == _load(server)
    with local.session() as session:
        measure_service.set_status(session, "m-2566-03", "ยังไม่ดำเนินการ")
    restore(server, backup(local, tmp_path / "back.sqlite3"))
    assert _load(server) == _load(local)
    local.dispose()
    server.dispose()


def test_an_older_backup_is_upgraded_on_restore(database_url: str, tmp_path: Path) -> None:
    db = Database.open(database_url)
    old = tmp_path / "old-backup.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    restore(db, old)
    assert [m.title for m in _load(db).years[0].measures] == [
        m.title for m in full_dataset().years[0].measures
    ]
    db.dispose()


def test_what_is_not_a_usable_backup_is_refused_and_nothing_changes(
    database_url: str, tmp_path: Path
) -> None:
    db = _filled(database_url)
    before = _load(db)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("สวัสดี", encoding="utf-8")
    other_program = tmp_path / "other.sqlite3"
    with sqlite3.connect(other_program) as connection:
        connection.execute("CREATE TABLE t (x)")
    newer = backup(db, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d9999'")
    damaged = backup(db, tmp_path / "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xff" * (4096 * 4)
    damaged.write_bytes(bytes(data))

    with pytest.raises(StorageError) as missing:
        restore(db, tmp_path / "missing.sqlite3")
    assert "ไม่พบไฟล์สำรอง" in str(missing.value)
    with pytest.raises(NotItaDeskDatabaseError):
        restore(db, text_file)
    with pytest.raises(NotItaDeskDatabaseError):
        restore(db, other_program)
    with pytest.raises(SchemaTooNewError) as too_new:
        restore(db, newer)
    assert "ใหม่กว่า" in str(too_new.value)
    with pytest.raises(StorageError) as broken:
        restore(db, damaged)
    assert "เสียหาย" in str(broken.value)

    assert _load(db) == before
    assert not list(tmp_path.glob("*before-restore*"))
    if db.path is not None:
        assert not list(db.path.parent.glob("*before-restore*"))
    db.dispose()


def test_backup_to_a_missing_folder_or_onto_the_database_itself_is_refused(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "itadesk.sqlite3"))
    with pytest.raises(StorageError) as no_folder:
        backup(db, tmp_path / "nowhere" / "copy.sqlite3")
    assert "ไม่มีโฟลเดอร์" in str(no_folder.value)
    with pytest.raises(StorageError):
        backup(db, tmp_path / "itadesk.sqlite3")
    db.dispose()


def test_a_backup_with_another_page_size_restores(tmp_path: Path) -> None:
    db = _filled(str(tmp_path / "itadesk.sqlite3"))
    original = _load(db)
    saved = backup(db, tmp_path / "saved.sqlite3")
    with sqlite3.connect(saved) as connection:  # as another SQLite tool might have written it
        connection.execute("PRAGMA page_size = 8192")
        connection.execute("VACUUM")
    with db.session() as session:
        measure_service.delete_measure(session, "m-2566-01")
    restore(db, saved)
    assert _load(db) == original
    db.dispose()


def test_what_an_interrupted_backup_or_restore_left_is_removed_by_the_next_one(tmp_path: Path) -> None:
    """A backup or restore killed mid-way leaves its temporary files; the next run removes the old ones and
    leaves alone a fresh one (another copy of the program may be writing it right now)."""
    db = _filled(str(tmp_path / "itadesk.sqlite3"))
    folder = tmp_path / "backups"
    folder.mkdir()
    first = backup(db, folder / "first.sqlite3")
    hour_ago = time.time() - 3600
    left = [
        folder / ".monday.sqlite3.0a1b2c3d.tmp",
        folder / ".monday.sqlite3.0a1b2c3d.tmp-journal",
        tmp_path / ".itadesk-restore-9f8e7d6c.sqlite3",
        tmp_path / ".itadesk-restore-9f8e7d6c.sqlite3-journal",
    ]
    for path in left:
        shutil.copy(first, path)
        os.utime(path, (hour_ago, hour_ago))
    in_use = folder / ".tuesday.sqlite3.11223344.tmp"
    in_use.write_bytes(b"being written by another copy")
    mine = folder / ".notes.txt"  # the user's own hidden file: not ours to remove
    mine.write_text("note")
    os.utime(mine, (hour_ago, hour_ago))

    backup(db, folder / "second.sqlite3")
    assert not left[0].exists() and not left[1].exists()
    assert in_use.exists() and mine.exists()
    restore(db, folder / "second.sqlite3")
    assert not left[2].exists() and not left[3].exists()
    assert not list(tmp_path.glob(".itadesk-restore-*"))  # nor does the restore leave its own behind
    assert sorted(p.name for p in folder.iterdir()) == [".notes.txt", ".tuesday.sqlite3.11223344.tmp",
                                                        "first.sqlite3", "second.sqlite3"]  # fmt: skip
    db.dispose()


def test_a_killed_restores_files_beside_the_database_go_with_the_next_backup(tmp_path: Path) -> None:
    """The fault campaign's find: a restore killed while it prepared its copy left it beside the database,
    and the next run was a backup into another folder, which looked only there."""
    db = _filled(str(tmp_path / "itadesk.sqlite3"))
    folder = tmp_path / "backups"
    folder.mkdir()
    hour_ago = time.time() - 3600
    left = [
        tmp_path / ".itadesk-restore-86a27e72.sqlite3",
        tmp_path / ".itadesk.before-restore-20261204-124319.sqlite3.a2344bad.tmp",
        tmp_path / ".itadesk.before-restore-20261204-124319.sqlite3.a2344bad.tmp-journal",
    ]
    for path in left:
        path.write_bytes(b"half written")
        os.utime(path, (hour_ago, hour_ago))
    backup(db, folder / "monday.sqlite3")
    assert [path.name for path in left if path.exists()] == []
    db.dispose()
