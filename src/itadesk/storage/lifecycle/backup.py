"""Backing the whole database up to one SQLite file, and putting such a file back.

A backup is always a single self-contained SQLite file with this program's schema, whatever the database:
SQLite's online backup for an SQLite database (one consistent moment even while another program writes), and
for PostgreSQL every table copied inside one REPEATABLE READ transaction. Files are written to a temporary
name, synced and renamed, so a crash never leaves half a backup under the real name.

`restore` checks the file is an ITA Desk database that is not newer than this program (an older one is
upgraded), then, in one write transaction that other writers wait for, keeps the current data aside and
replaces everything: a write acknowledged before the restore is in the copy kept aside, one acknowledged
after it is in the restored data, none falls between the two.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from itadesk.storage.data.tables import metadata
from itadesk.storage.errors import NotItaDeskDatabaseError, SchemaTooNewError, StorageError
from itadesk.storage.lifecycle.changes import change_count, move_past
from itadesk.storage.lifecycle.database import (
    WRITERS_LOCK,
    Database,
    data_folder,
    json_dumps,
    refuse_if_unsound,
)
from itadesk.storage.lifecycle.database_file import connect, held, is_database_or_side_file
from itadesk.storage.lifecycle.failures import raise_translated, translate_error
from itadesk.storage.lifecycle.files import (
    RESTORE_COPY,
    SQLITE_TIMEOUT_SECONDS,
    atomic_target,
    copy_from_connection,
    copy_sqlite_database,
    free_name,
)
from itadesk.storage.lifecycle.integrity import check_file
from itadesk.storage.lifecycle.migrate import (
    VERSION_TABLE,
    bring_up_to_date,
    current_revision,
    head_revision,
    known_revisions,
)
from itadesk.storage.lifecycle.output_paths import sync_folder
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION
from itadesk.temporary_files import remove_leftovers, temporary_beside

SQLITE_HEADER = b"SQLite format 3\x00"
COPY_BATCH = 1000


def backup(db: Database, path: Path | str, *, automatic: bool = False) -> Path:
    """Write a consistent copy of the whole database to `path` (an SQLite file); returns the path written.

    `path` must not be the database, its -wal/-shm or a backup (`output_paths.refuse_protected`); only an
    automatic backup (`automatic`) is written into the automatic backups' folder.
    """
    from itadesk.storage.lifecycle.output_paths import refuse_protected

    target = Path(path).expanduser().absolute()
    refuse_protected(target, db.path, automatic=automatic)
    if target.is_symlink():  # the file the link names takes the backup; the link stays a link
        target = Path(os.path.realpath(target))
        refuse_protected(target, db.path, automatic=automatic)
    if not target.parent.is_dir():
        raise StorageError(f"ไม่มีโฟลเดอร์ {target.parent} สำหรับเก็บไฟล์สำรอง")
    # What an earlier, interrupted backup left where it wrote, and a restore beside the database.
    for folder in {target.parent, *([db.path.parent] if db.path is not None else [])}:
        remove_leftovers(folder)
    if db.path is not None:
        if db.read_only_reason:  # a backup only reads: a file this user may only read is copied all the same
            _check_through(db)
        else:
            refuse_if_unsound(db.path, thorough=True)  # a damaged database is never backed up
        with atomic_target(target) as temporary:
            try:
                if db.read_only_reason:
                    # Through the database's own read-only connection (`mode=ro`, or `immutable` in a folder
                    # nobody may write): a second connection could not open a WAL file there.
                    with db.engine.connect() as connection:
                        source = connection.connection.dbapi_connection
                        assert isinstance(source, sqlite3.Connection)
                        copy_from_connection(source, db.path, temporary)
                else:
                    copy_sqlite_database(db.path, temporary)
            except sqlite3.Error as exc:
                raise translate_error(exc, str(db.path)) or StorageError(
                    f"คัดลอกฐานข้อมูล {db.path} ไป {target} ไม่สำเร็จ: {exc}"
                ) from exc
            verify_written(temporary, target)
    else:
        with atomic_target(target) as temporary:
            _copy_server_to_sqlite(db, temporary)
            verify_written(temporary, target)
    return target


def _check_through(db: Database) -> None:
    """integrity_check of a database opened read-only, through its own connection; refused when damaged."""
    with db.reading() as connection:
        found = [str(row) for row in connection.exec_driver_sql("PRAGMA integrity_check(20)").scalars()]
    if found != ["ok"]:
        raise StorageError(
            f"ฐานข้อมูล {db.path} เสียหาย ({'; '.join(found)[:300]}) จึงไม่สำรอง กู้คืนจากไฟล์สำรองที่ดีล่าสุด"
        )


def verify_written(written: Path, target: Path) -> None:
    """Read back what was just written (integrity_check and every table) before it takes the real name:
    a disk that loses or garbles writes must not leave a backup that only looks good."""
    tables = set(metadata.tables) | {VERSION_TABLE}
    verdict = check_file(written, thorough=True, expected=(SCHEMA_REVISION, tables))
    if not verdict.ok:
        raise StorageError(
            f"ไฟล์สำรอง {target} ที่เพิ่งเขียนอ่านกลับมาแล้วไม่สมบูรณ์ ({verdict.problem}) จึงไม่เก็บไว้ "
            "ตรวจดิสก์หรือแฟลชไดรฟ์ปลายทางแล้วลองใหม่"
        )


def restore(db: Database, path: Path | str) -> Path:
    """Replace the database's contents with the backup file at `path`; returns where the old data was kept.

    The current data is kept aside in the same transaction that replaces it: a time-stamped copy beside an
    SQLite database (`itadesk.before-restore-20240101-120000.sqlite3`), or for PostgreSQL a backup file in
    the data folder. Another program writing meanwhile waits for the restore, then writes into the restored
    data. Raises `StorageError` when the file is missing, not an ITA Desk database, damaged or newer.
    """
    source = Path(path).expanduser().absolute()
    if db.path is not None and is_database_or_side_file(source, db.path):
        raise StorageError(f"{source} คือไฟล์ของฐานข้อมูลที่เปิดอยู่เอง ไม่ใช่ไฟล์สำรอง จึงไม่กู้คืน (ไม่มีอะไรเปลี่ยน)")
    check_backup_header(source)
    work_folder = db.path.parent if db.path is not None else data_folder()
    remove_leftovers(work_folder)  # what an earlier, interrupted restore or backup left there
    with _temporary_copy(source, work_folder) as prepared:
        _check_and_upgrade(prepared, source)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if db.path is not None:
            kept = free_name(
                db.path.parent, f"{db.path.name.removesuffix('.sqlite3')}.before-restore-{stamp}"
            )
            _replace_sqlite(db, prepared, kept)
        else:
            kept = free_name(work_folder, f"itadesk-postgresql-before-restore-{stamp}")
            _replace_server(db, prepared, kept)
    return kept


def restore_damaged(database: Path, path: Path | str) -> Path:
    """Put the backup at `path` in place of the SQLite file `database`, which cannot be opened (damaged, or
    not a database at all); returns where the old file was kept, byte for byte, with its -wal beside it.

    The backup is checked and upgraded exactly as `restore` does before anything of `database` moves.
    """
    source = Path(path).expanduser().absolute()
    if is_database_or_side_file(source, database):
        raise StorageError(f"{source} คือไฟล์ฐานข้อมูลที่เสียหายเอง ไม่ใช่ไฟล์สำรอง จึงไม่กู้คืน (ไม่มีอะไรเปลี่ยน)")
    if held(
        database
    ):  # renaming the file (and its -wal) from under our own connections would lose their work
        raise StorageError(f"ฐานข้อมูล {database} ยังเปิดอยู่ในโปรแกรมนี้ ปิดก่อนแล้วจึงกู้คืน (ไม่มีอะไรเปลี่ยน)")
    check_backup_header(source)
    folder = database.parent
    remove_leftovers(folder)
    with _temporary_copy(source, folder) as prepared:
        _check_and_upgrade(prepared, source)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = free_name(folder, f"{database.name.removesuffix('.sqlite3')}.damaged-{stamp}")
        try:
            with open(prepared, "rb+") as handle:
                os.fsync(handle.fileno())
            if database.exists():
                os.replace(database, kept)
            for side in ("-wal", "-shm", "-journal"):  # they belong to the damaged file, not to the backup
                old = Path(f"{database}{side}")
                if old.exists():
                    os.replace(old, Path(f"{kept}{side}"))
            os.replace(prepared, database)
            sync_folder(folder)
        except OSError as exc:
            raise StorageError(
                f"กู้คืนลงไฟล์ {database} ไม่สำเร็จ: {exc.strerror or exc} (ไฟล์เดิมอยู่ที่ {kept} หรือที่เดิม)"
            ) from exc
    return kept


def check_backup_header(path: Path) -> None:
    """Refuse at once what cannot be a backup: a missing file, a folder, a file that is not SQLite."""
    if not path.exists():
        raise StorageError(f"ไม่พบไฟล์สำรอง {path}")
    if not path.is_file():
        raise StorageError(f"{path} ไม่ใช่ไฟล์")
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"อ่านไฟล์สำรอง {path} ไม่ได้: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise NotItaDeskDatabaseError(f"{path} ไม่ใช่ไฟล์สำรองของ ITA Desk (ไม่ใช่ฐานข้อมูล SQLite)")


@contextlib.contextmanager
def _temporary_copy(source: Path, folder: Path) -> Iterator[Path]:
    temporary = temporary_beside(folder / RESTORE_COPY)
    try:
        try:
            copy_sqlite_database(source, temporary)
        except sqlite3.Error as exc:
            raise translate_error(exc, str(source)) or StorageError(
                f"อ่านไฟล์สำรอง {source} ไม่ได้: {exc}"
            ) from exc
        except OSError as exc:
            raise StorageError(f"เตรียมการกู้คืนใน {folder} ไม่ได้: {exc.strerror or exc}") from exc
        yield temporary
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{temporary}{suffix}").unlink(missing_ok=True)


def _check_and_upgrade(prepared: Path, source: Path) -> None:
    """The copy must be whole (integrity_check), of exactly one of this program's released schemas, and not
    newer than this program; then it is upgraded like any database. Nothing live is touched before this."""
    from itadesk.storage.lifecycle.released_schemas import schema_problem, stored_revision

    where = str(source)
    verdict = check_file(prepared, thorough=True)
    if not verdict.is_itadesk:
        raise NotItaDeskDatabaseError(f"{where} ไม่ใช่ไฟล์สำรองของ ITA Desk ({verdict.problem}) จึงไม่กู้คืน")
    if not verdict.ok:
        raise StorageError(
            f"ไฟล์สำรอง {where} เสียหาย: {verdict.problem} จึงไม่กู้คืน (ฐานข้อมูลเดิมไม่ถูกแก้ไข) ใช้ไฟล์สำรองฉบับอื่น"
        )
    with contextlib.closing(sqlite3.connect(f"{prepared.as_uri()}?mode=ro", uri=True)) as check:
        revision = stored_revision(check)
        if revision is None:
            raise NotItaDeskDatabaseError(f"{where} ไม่ใช่ไฟล์สำรองของ ITA Desk (ไม่มีรุ่นของโครงสร้าง)")
        if revision not in known_revisions():
            raise SchemaTooNewError(
                f"ไฟล์สำรอง {where} สร้างโดย ITA Desk รุ่นที่ใหม่กว่าโปรแกรมนี้ (โครงสร้างรุ่น {revision}) "
                "ให้ติดตั้ง ITA Desk รุ่นล่าสุดก่อนกู้คืน"
            )
        problem = schema_problem(check, revision)
    if problem is not None:
        raise NotItaDeskDatabaseError(
            f"ไฟล์สำรอง {where} มีโครงสร้างไม่ตรงกับของ ITA Desk รุ่น {revision}: {problem} "
            "จึงไม่กู้คืน (ฐานข้อมูลเดิมไม่ถูกแก้ไข)"
        )
    engine = _plain_sqlite_engine(prepared)
    try:
        bring_up_to_date(engine, None, where)
    finally:
        engine.dispose()


def _replace_sqlite(db: Database, prepared: Path, kept: Path) -> None:
    """In one write transaction on the live file (other writers wait, readers go on): copy its data to
    `kept` with SQLite's backup API, then put every table of the prepared file in place of its own.

    Other programs see the old data or the new, never a mix; a write that waited is made on the new data.
    """
    assert db.path is not None
    db.dispose()
    try:
        live = connect(db.path, timeout=SQLITE_TIMEOUT_SECONDS)
        with contextlib.closing(live):
            live.isolation_level = None  # the transaction below is ours, not the driver's
            live.execute(f"PRAGMA busy_timeout = {SQLITE_TIMEOUT_SECONDS * 1000}")
            live.execute("ATTACH DATABASE ? AS restored", (str(prepared),))
            live.execute("BEGIN IMMEDIATE")
            try:
                # The data as it is now (no one else can commit while we hold the write lock), read by a
                # second connection: SQLite's backup cannot read from a connection in a write transaction.
                with atomic_target(kept) as temporary:
                    copy_sqlite_database(db.path, temporary)
                    verify_written(temporary, kept)
                before = _counter(live, "main")
                for table in reversed(metadata.sorted_tables):
                    live.execute(f'DELETE FROM main."{table.name}"')
                for table in metadata.sorted_tables:
                    columns = ", ".join(f'"{column.name}"' for column in table.columns)
                    name = f'"{table.name}"'
                    live.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM restored.{name}")
                # Windows open on this database compare the change counter: it must move on, never back.
                value = max(before, _counter(live, "main")) + 1
                live.execute("INSERT OR REPLACE INTO main.change_counter (pk, value) VALUES (1, ?)", (value,))
                live.execute("COMMIT")
            except BaseException:
                if live.in_transaction:
                    live.execute("ROLLBACK")
                raise
            finally:
                with contextlib.suppress(sqlite3.Error):
                    live.execute("DETACH DATABASE restored")
    except sqlite3.Error as exc:
        raise translate_error(exc, str(db.path)) or StorageError(
            f"กู้คืนลงฐานข้อมูล {db.path} ไม่สำเร็จ: {exc} (ข้อมูลเดิมยังอยู่)"
        ) from exc
    finally:
        db.dispose()


def _counter(connection: sqlite3.Connection, schema: str) -> int:
    found = connection.execute(f"SELECT value FROM {schema}.change_counter WHERE pk = 1").fetchone()
    return int(found[0]) if found and found[0] is not None else 0


def _replace_server(db: Database, prepared: Path, kept: Path) -> None:
    """In one PostgreSQL transaction, first waiting for every write transaction of this program to end and
    holding new ones off (the advisory lock `database.WRITERS_LOCK`), then with every table locked against
    any other writer (readers go on): copy the current data into the SQLite file `kept`, empty every table
    and fill it from the prepared file. Writers that waited then write on the restored data."""
    engine = _plain_sqlite_engine(prepared)
    names = ", ".join(table.name for table in metadata.sorted_tables)
    try:
        restoring = db.engine.connect().execution_options(itadesk_restoring=True)
        with engine.connect() as source, restoring as target, target.begin():
            target.execute(text(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})"))
            target.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
            with atomic_target(kept) as temporary:
                _copy_to_sqlite(target, temporary, db.where)
                verify_written(temporary, kept)
            before = change_count(target)
            tables = metadata.sorted_tables
            for table in reversed(tables):
                target.execute(table.delete())
            for table in tables:
                for batch in source.execute(table.select()).mappings().partitions(COPY_BATCH):
                    target.execute(table.insert(), [dict(row) for row in batch])
            _reset_sequences(target)
            move_past(target, before)  # windows open on this database see the restore
    except DBAPIError as exc:
        raise_translated(exc, db.where)
    finally:
        engine.dispose()


def _reset_sequences(connection: Connection) -> None:
    """After rows were inserted with their own keys, new rows must get keys above them."""
    for table in metadata.sorted_tables:
        if table.autoincrement_column is None:
            continue
        column = table.autoincrement_column.name
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE(MAX({column}), 1), MAX({column}) IS NOT NULL) FROM {table.name}"
            ),
            {"table": table.name, "column": column},
        )


def _copy_server_to_sqlite(db: Database, target: Path) -> None:
    """Every table of the server, read in one consistent snapshot, into a new SQLite file."""
    try:
        source_connection = db.engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with source_connection as source, source.begin():
            _copy_to_sqlite(source, target, db.where)
    except DBAPIError as exc:
        raise_translated(exc, db.where)


def _copy_to_sqlite(source: Connection, target: Path, where: str) -> None:
    """Every table as `source`'s transaction sees it, into a new SQLite file."""
    out_engine = _plain_sqlite_engine(target)
    try:
        with out_engine.begin() as out:
            metadata.create_all(out)
            revision = current_revision(source)
            if revision != head_revision():
                raise StorageError(f"ฐานข้อมูล {where} ยังไม่ได้ปรับรุ่น (โครงสร้างรุ่น {revision})")
            out.exec_driver_sql(
                f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
            )
            out.exec_driver_sql(f"INSERT INTO {VERSION_TABLE} VALUES (?)", (revision,))
            for table in metadata.sorted_tables:
                query = (
                    table.select()
                    .order_by(*table.primary_key.columns)
                    .execution_options(yield_per=COPY_BATCH)
                )
                for batch in source.execute(query).mappings().partitions():
                    out.execute(table.insert(), [dict(row) for row in batch])
    finally:
        out_engine.dispose()


def _plain_sqlite_engine(path: Path) -> Engine:
    """An engine for a scratch SQLite file (a backup being written or a restore being prepared)."""
    return create_engine(URL.create("sqlite+pysqlite", database=str(path)), json_serializer=json_dumps)
