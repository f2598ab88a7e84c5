"""Bringing a database to this program's schema when it is opened (Alembic, shipped inside the package).

A new database is created from the models and stamped with the newest revision; an older one is upgraded
(an SQLite file is first copied to `<name>.pre-upgrade-<revision>.sqlite3` beside it); one written by a newer
ITA Desk is refused, because changing it could lose what the newer program stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    inspect,
    text,
)

from itadesk.storage.data.tables import metadata
from itadesk.storage.errors import NotItaDeskDatabaseError, SchemaTooNewError, StorageError
from itadesk.storage.lifecycle.files import sqlite_snapshot
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a schema is upgraded or examined: opening an up-to-date database (every start
# of the window, every command) reads the version with one query instead, and a new one is created from the
# models and stamped with this revision by the program itself (Alembic: ~0.2 s of CPU to load).

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
SCHEMA_LOCK_KEY = 0x17AD_E5C0  # any fixed number: the PostgreSQL advisory lock taken while the schema changes


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this program writes."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def bring_up_to_date(engine: Engine, sqlite_path: Path | None, where: str) -> None:
    """Create, upgrade or refuse the database, as the module says. Safe to call on every start."""
    stored = _stored_revision(engine)
    if stored == SCHEMA_REVISION:
        return
    if stored is None and not _has_tables(engine):  # a new database: nothing to upgrade, nothing to load
        _create(engine, where)
        return
    with engine.connect() as connection:
        current = current_revision(connection)
        connection.rollback()
    head = head_revision()
    if current == head:
        return
    if current is None:
        _create(engine, where)
        return
    if current not in known_revisions():
        raise SchemaTooNewError(
            f"ฐานข้อมูล {where} สร้างโดย ITA Desk รุ่นที่ใหม่กว่าโปรแกรมนี้ (โครงสร้างรุ่น {current}) "
            "ให้ติดตั้ง ITA Desk รุ่นล่าสุดก่อนเปิดฐานข้อมูลนี้ จะได้ไม่ทำให้ข้อมูลเสียหาย"
        )
    if sqlite_path is None:
        upgrade(engine)
        return
    copy = pre_upgrade_backup_path(sqlite_path, current)
    sqlite_snapshot(sqlite_path, copy)
    try:
        upgrade(engine)
    except StorageError as exc:  # the database is as it was (one transaction); the copy is there too
        raise StorageError(f"{exc} สำเนาก่อนปรับรุ่นอยู่ที่ {copy}") from exc
    except Exception as exc:
        from itadesk.storage.lifecycle.failures import translate_error

        known = translate_error(exc, where)
        if known is None:
            raise
        raise StorageError(f"ปรับรุ่นฐานข้อมูลไม่สำเร็จ ฐานข้อมูลยังเป็นรุ่นเดิม: {known} สำเนาก่อนปรับรุ่นอยู่ที่ {copy}") from exc


def _stored_revision(engine: Engine) -> str | None:
    """The revision written in the database, read without Alembic (None when there is none)."""
    with engine.connect() as connection:
        revision = _revision_on(connection)
        connection.rollback()
    return revision


def _revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return revision if isinstance(revision, str) else None


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        connection.rollback()
    return bool(names)


def _version_table() -> Table:
    """Alembic's own version table, as `alembic stamp` makes it (alembic/ddl/impl.py, version_table_impl):
    one VARCHAR(32) column, its primary key named alembic_version_pkc."""
    return Table(
        VERSION_TABLE,
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"),
    )


def pre_upgrade_backup_path(path: Path, revision: str) -> Path:
    """One copy per revision upgraded from: a failed or interrupted try replaces it (atomically) instead of
    adding another, so ten tries leave one copy, of the database as it was before the last."""
    stem = path.name.removesuffix(".sqlite3")
    return path.with_name(f"{stem}.pre-upgrade-{revision}.sqlite3")


def _serialize_schema_changes(connection: Connection) -> None:
    """Two programs opening one new or old database at once must not both create or upgrade it.

    SQLite's write transaction (BEGIN IMMEDIATE) already makes the second wait; PostgreSQL needs a lock.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def _create(engine: Engine, where: str) -> None:
    with engine.begin() as connection:
        _serialize_schema_changes(connection)
        # Everything is looked at inside the locked transaction: another program may have just created the
        # schema, and its tables seen without its revision would look like another program's data.
        if _revision_on(connection) is not None:
            return
        if set(inspect(connection).get_table_names()) - {VERSION_TABLE}:
            raise NotItaDeskDatabaseError(f"{where} มีข้อมูลอื่นอยู่แล้ว ไม่ใช่ฐานข้อมูลของ ITA Desk")
        from itadesk.storage.lifecycle.changes import create_counter

        metadata.create_all(connection)
        create_counter(connection)
        # What `alembic stamp head` writes (SCHEMA_REVISION is Alembic's head: the tests check it).
        version = _version_table()
        version.create(connection, checkfirst=True)
        connection.execute(version.insert().values(version_num=SCHEMA_REVISION))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` in one transaction (SQLite and PostgreSQL both roll DDL back)."""
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite and raw is not None:
            # Batch migrations copy tables; references must not cascade meanwhile. Checked again at the end.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _serialize_schema_changes(connection)
                command.upgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise StorageError(f"ปรับรุ่นฐานข้อมูลไม่สำเร็จ: มีการอ้างอิงที่ขาดหาย {broken[:3]}")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
