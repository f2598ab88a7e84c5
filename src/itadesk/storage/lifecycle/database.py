"""Where the database is, opening it (creating or migrating it), and one unit of work at a time.

    db = Database.open(None)        # --db, else ITADESK_DB, else itadesk.sqlite3 in the user's data folder
    with db.session() as session:   # commits on success, rolls back on any error
        ...
    with db.reading() as connection:  # a plain read-only connection, without the ORM (storage.data.loading)
        ...

SQLite runs in WAL mode with foreign keys on, `synchronous=FULL` (a committed write survives a power cut)
and a busy timeout; every write transaction starts with `BEGIN IMMEDIATE`, so two programs writing at once
wait for each other instead of failing. PostgreSQL is reached with psycopg 3 (`postgresql+psycopg://…`).

A server that stops answering freezes nothing for long: libpq's `connect_timeout`, TCP keep-alives and
`tcp_user_timeout` (a dead host or network), the server's own `statement_timeout` (a statement that runs too
long), and, for a server process that is alive but silent (stopped, swapped out), no wait on its answer lasts
longer than `answer_timeout` (statement_timeout + ANSWER_MARGIN_SECONDS): the connection is closed and the
user told, in Thai, that the server does not answer. The window waits less than the command line
(`WINDOW_WAITS`), on a thread of its own (its GUI thread never waits: `ui/desk/desk_work.py`). A value the
URL sets itself (`?connect_timeout=3`, `?options=-c statement_timeout=5000`) wins over ours.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from itadesk import paths
from itadesk.storage.errors import NotItaDeskDatabaseError, SchemaTooNewError, StorageError
from itadesk.storage.lifecycle import database_file
from itadesk.storage.lifecycle.failures import raise_translated
from itadesk.storage.lifecycle.integrity import DamagedDatabaseError, Verdict, check_file
from itadesk.storage.lifecycle.migrate import VERSION_TABLE, bring_up_to_date
from itadesk.storage.lifecycle.passwords import hide_passwords
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION, database_text, sqlite_file_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

DEFAULT_FILE_NAME = paths.DATABASE_FILE_NAME
BUSY_TIMEOUT_SECONDS = database_file.BUSY_TIMEOUT_SECONDS  # (a test shortens this one)
CONNECT_TIMEOUT_SECONDS = 10
STATEMENT_TIMEOUT_SECONDS = 30
ANSWER_MARGIN_SECONDS = 2  # past the server's own statement_timeout, for its cancellation to arrive


@dataclass(frozen=True)
class ServerWaits:
    """How long to wait for a PostgreSQL server: to connect, and for one statement (server side)."""

    connect_seconds: int = CONNECT_TIMEOUT_SECONDS
    statement_seconds: int = STATEMENT_TIMEOUT_SECONDS
    busy_seconds: int = BUSY_TIMEOUT_SECONDS  # SQLite: how long one write waits for another program's lock


COMMAND_WAITS = ServerWaits()
# The window's database work runs off its GUI thread and says when the database does not answer; a write
# refused by another program's lock after busy_seconds is tried again there (ui/desk/work_queue.py).
WINDOW_WAITS = ServerWaits(connect_seconds=4, statement_seconds=6, busy_seconds=5)
# libpq's TCP settings (keywords of its connection string): a host that vanished is noticed within a minute.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
TCP_USER_TIMEOUT_MS = 30_000
MAX_PORT = 65535


def default_database_path() -> Path:
    """itadesk.sqlite3 in the user's data folder (not created here)."""
    return paths.default_database()


def data_folder() -> Path:
    """The user's data folder, created if needed (PostgreSQL backups kept before a restore go here)."""
    folder = paths.data_folder()
    _make_folder(folder)
    return folder


def resolve_url(url_or_path: str | None) -> URL:
    """The database URL for `--db`: a path means an SQLite file; anything with "://" is an SQLAlchemy URL.

    None falls back to the ITADESK_DB environment variable, then to the default file.
    """
    path = sqlite_file_of(url_or_path)
    if path is not None:
        return URL.create("sqlite", database=str(path))
    text = database_text(url_or_path)
    shown = hide_passwords(text)
    try:
        url = make_url(text)
        port = url.port  # SQLAlchemy reads the port only when asked: "[::1" or ":abc" fail here
    except (ArgumentError, ValueError):
        raise StorageError(
            f"ที่อยู่ฐานข้อมูล {shown} ไม่ถูกต้อง ใช้ชื่อไฟล์ หรือ postgresql+psycopg://ผู้ใช้@เครื่อง:พอร์ต/ฐานข้อมูล"
        ) from None  # the parser's own words repeat the URL, password and all
    if port is not None and not 1 <= port <= MAX_PORT:
        raise StorageError(f"ที่อยู่ฐานข้อมูล {shown}: พอร์ต {port} ใช้ไม่ได้ ต้องเป็นเลข 1 ถึง {MAX_PORT} (ปกติ 5432)")
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise StorageError(
            f"ฐานข้อมูลชนิด {url.drivername} ใช้ไม่ได้ ใช้ไฟล์ SQLite หรือ PostgreSQL (postgresql+psycopg://…)"
        )
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise StorageError("ต้องระบุไฟล์ฐานข้อมูล SQLite (ฐานข้อมูลในหน่วยความจำเก็บข้อมูลไว้ไม่ได้)")
    return url


@dataclass(eq=False)
class Database:
    """An open, up-to-date ITA Desk database. Make one with `Database.open`."""

    engine: Engine
    url: URL
    path: Path | None  # the SQLite file; None for a server

    @classmethod
    def open(
        cls,
        url_or_path: str | None = None,
        *,
        migrate: bool = True,
        thorough: bool = False,
        password: str | None = None,
        reading: bool = False,
        waits: ServerWaits = COMMAND_WAITS,
    ) -> Database:
        """Open the database, creating it (and its folder) or upgrading it to this program's schema.

        `password` is one the user typed into the window for a server URL without one: kept in memory only.
        `reading`: for what only reads (`measures`, `print`, `export`, a window that may only look). A
        database this user may not write (a 0444 file, a read-only folder or disk, a server role allowed
        SELECT only) is then opened read-only instead of refused, and `read_only_reason` says why in Thai.

        An SQLite file is first looked at read-only (`refuse_if_unsound`): `quick_check`, or `integrity_check`
        when `thorough` (what the command line does: a few ms for an office's database).

        Raises `StorageError` (Thai message) when the folder is read-only, the file is locked, damaged or
        not a database, the server cannot be reached, or the database is newer than this program.
        """
        url = resolve_url(url_or_path)
        if password is not None and url.get_backend_name() != "sqlite":
            url = url.set(password=password)
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
        read_only_reason = sqlite_read_only_reason(path) if path is not None else ""
        if path is not None and reading and read_only_reason:
            return cls._open_read_only(url, path, read_only_reason, thorough)
        if path is not None:
            _prepare_sqlite_file(path)
            refuse_if_unsound(path, thorough=thorough)
            engine = _sqlite_engine(url, busy_seconds=waits.busy_seconds)
        else:
            engine = _postgresql_engine(url, waits)
        db = cls(engine=engine, url=url, path=path)
        try:
            db.check_connection()
            if path is None:
                db.read_only_reason = _server_read_only_reason(db)
                if db.read_only_reason and not reading:
                    raise StorageError(
                        f"{db.read_only_reason} คำสั่งนี้ต้องบันทึกลงฐานข้อมูลจึงทำไม่ได้ (ไม่มีอะไรเปลี่ยน) "
                        f"{READING_STILL_WORKS}"
                    )
            if migrate and not db.read_only_reason:
                bring_up_to_date(engine, path, db.where)
        except (DBAPIError, sqlite3.Error) as exc:
            engine.dispose()
            raise_translated(exc, db.where)
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def _open_read_only(cls, url: URL, path: Path, reason: str, thorough: bool) -> Database:
        """A file this user may only read, opened with SQLite's read-only mode: nothing can change it."""
        if not path.exists():
            raise StorageError(f"ไม่มีไฟล์ฐานข้อมูล {path} ({reason} จึงสร้างใหม่ไม่ได้)")
        # In WAL mode even a reader needs the -shm file; in a folder where it cannot be made (and where there
        # is no -wal, so nothing waits to be checkpointed) the file is opened "immutable": no locks, no side
        # files (SQLite's URI parameters; Python's own dbm.sqlite3 does the same for read-only files,
        # CPython gh-135386).
        sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
        folder = path.parent
        folder_locked = (
            not os.access(folder, os.W_OK) or _nobody_may_write(folder) or _on_read_only_disk(folder)
        )
        immutable = folder_locked and not any(side.exists() for side in sides)
        if not immutable:
            refuse_if_unsound(path, thorough=thorough)
        db = cls(engine=_sqlite_engine(url, read_only=True, immutable=immutable), url=url, path=path)
        db.read_only_reason = reason
        try:
            db.check_connection()
            with db.engine.connect() as connection:
                if immutable:
                    check = "integrity_check" if thorough else "quick_check"
                    found = connection.exec_driver_sql(f"PRAGMA {check}(20)").scalars().all()
                    if list(found) != ["ok"]:
                        raise StorageError(
                            f"ฐานข้อมูล {path} เสียหาย ({'; '.join(map(str, found))[:300]}) กู้คืนจากไฟล์สำรอง"
                        )
                revision = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
        except (DBAPIError, sqlite3.Error) as exc:
            db.dispose()
            raise_translated(exc, db.where)
        if revision != SCHEMA_REVISION:
            db.dispose()
            raise StorageError(
                f"ฐานข้อมูล {path} ต้องปรับรุ่นก่อนใช้กับโปรแกรมนี้ แต่{reason} จึงปรับรุ่นไม่ได้ ให้สิทธิ์เขียนแล้วเปิดอีกครั้ง"
            )
        return db

    @classmethod
    def open_to_look(cls, path: Path) -> Database:
        """Open a damaged SQLite file read-only, unchecked and unchanged, to show what can still be read
        while the user chooses a backup. Every write fails; nothing (not even the journal mode) changes."""
        url = URL.create("sqlite", database=str(path))
        return cls(engine=_sqlite_engine(url, read_only=True), url=url, path=path)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def where(self) -> str:
        """The database's place as a user recognises it: the file, or host/database (never a password)."""
        if self.path is not None:
            return str(self.path)
        return f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database or ''}"

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1").all()
                if self.is_sqlite:
                    # Reading the schema is what reveals a file that is not a database.
                    connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        except (DBAPIError, sqlite3.Error) as exc:
            raise_translated(exc, self.where)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only transaction on a plain connection, for `storage.data.loading`.

        Nothing of SQLAlchemy's ORM is loaded on this path, so a command that only reads (`itadesk print`)
        starts ~0.2 s sooner. Like `session(read_only=True)`, an SQLite reader runs beside a writer.
        """
        try:
            with self._read_only.connect() as connection:
                yield connection  # leaving the block rolls back: there is nothing to commit
        except DBAPIError as exc:
            raise_translated(exc, self.where)

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: commits when the block ends normally, rolls back when it raises.

        `read_only=True` lets an SQLite reader run beside a writer instead of queueing behind it (nothing it
        changes is committed). Database failures the user can fix come out as `StorageError`.
        """
        session = self._session_maker(read_only)()
        try:
            yield session
            if read_only:
                session.rollback()
            else:
                session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise_translated(exc, self.where)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection (before the file is replaced, and at exit)."""
        self.engine.dispose()

    close = dispose

    def __post_init__(self) -> None:
        self.read_only_reason = ""  # why this user may only read it (Thai); "" when writable
        self._read_only = self.engine.execution_options(itadesk_read_only=True)
        self._makers: dict[bool, sessionmaker[Session]] = {}

    def _session_maker(self, read_only: bool) -> sessionmaker[Session]:
        # The ORM is loaded with the first session, not with the database: see reading().
        if read_only not in self._makers:
            from sqlalchemy.orm import sessionmaker

            from itadesk.storage.lifecycle.changes import count_writes

            bind = self._read_only if read_only else self.engine
            maker = sessionmaker(bind=bind, expire_on_commit=False)
            if not read_only:
                count_writes(maker)  # other windows notice every committed change (storage.lifecycle.changes)
            self._makers[read_only] = maker
        return self._makers[read_only]


def _make_folder(folder: Path) -> None:
    try:
        if folder == paths.data_folder():
            paths.make_private_folder(folder)  # ours: the user's alone (paths.keep_private)
        else:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"สร้างโฟลเดอร์ข้อมูล {folder} ไม่ได้: {exc.strerror or exc}") from exc


READING_STILL_WORKS = "คำสั่งที่อ่านอย่างเดียว (measures, print, export, backup) ยังใช้ได้"


def sqlite_read_only_reason(path: Path) -> str:
    """Why this user may not write the SQLite file `path` (Thai), or "" when it may.

    A file or folder with no write permission for anyone (chmod 444 / 555) counts as read-only even for an
    administrator who could write it anyway: it says what its owner wants. WAL mode keeps two files beside the
    database, so its folder must be writable too."""
    folder = path.parent
    if folder.is_dir() and _on_read_only_disk(folder):
        return f"ฐานข้อมูล {path} อยู่บนดิสก์หรือไดรฟ์ที่เปิดแบบอ่านอย่างเดียว"
    if path.is_file() and (not os.access(path, os.W_OK) or _nobody_may_write(path)):
        return f"ไฟล์ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว (สิทธิ์ของไฟล์ไม่ให้เขียน)"
    if folder.is_dir() and (not os.access(folder, os.W_OK | os.X_OK) or _nobody_may_write(folder)):
        return f"โฟลเดอร์ {folder} ของฐานข้อมูลเขียนไม่ได้ (อ่านอย่างเดียว)"
    return ""


def _nobody_may_write(place: Path) -> bool:
    try:
        return place.stat().st_mode & 0o222 == 0
    except OSError:
        return False


def _on_read_only_disk(place: Path) -> bool:
    try:
        return bool(os.statvfs(place).f_flag & os.ST_RDONLY)  # a write-protected stick, a read-only mount
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _server_read_only_reason(db: Database) -> str:
    """Why this server role may only read (SELECT granted, not INSERT/UPDATE), or "" when it may write."""
    with db.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'measures'"
        ).scalar()
        if not tables:
            return ""  # a new database: being created, nothing to judge yet
        allowed = connection.exec_driver_sql(
            "SELECT has_table_privilege('measures', 'INSERT') AND has_table_privilege('measures', 'UPDATE') "
            "AND NOT current_setting('transaction_read_only')::boolean"
        ).scalar()
        user = connection.exec_driver_sql("SELECT current_user").scalar()
    if allowed:
        return ""
    return f"ผู้ใช้ {user} มีสิทธิ์อ่านฐานข้อมูล {db.where} อย่างเดียว (ไม่มีสิทธิ์เขียน)"


def _prepare_sqlite_file(path: Path) -> None:
    """Fail early, in words, when the file or its folder cannot be used."""
    _make_folder(path.parent)
    if path.is_dir():
        raise StorageError(f"{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล")
    reason = sqlite_read_only_reason(path)
    if reason:
        raise StorageError(f"{reason} คำสั่งนี้ต้องบันทึกลงฐานข้อมูลจึงทำไม่ได้ (ไม่มีอะไรเปลี่ยน) {READING_STILL_WORKS}")
    if path.exists() and not os.access(path, os.R_OK):
        raise StorageError(f"ไม่มีสิทธิ์อ่านไฟล์ฐานข้อมูล {path}")


def refuse_if_unsound(path: Path, *, thorough: bool = False) -> None:
    """Look at an existing file read-only before anything changes it (opening it normally would switch it to
    WAL): `quick_check` (`integrity_check` when `thorough`), its tables, its revision. Raises
    `DamagedDatabaseError`, `NotItaDeskDatabaseError` or `SchemaTooNewError`; the file is left as it was."""
    from itadesk.storage.data.tables import metadata

    tables = set(metadata.tables) | {VERSION_TABLE}
    verdict = check_file(
        path, thorough=thorough, expected=(SCHEMA_REVISION, tables), timeout=BUSY_TIMEOUT_SECONDS
    )
    if verdict.problem is not None and verdict.readable and not verdict.is_itadesk:
        raise NotItaDeskDatabaseError(f"{path} มีข้อมูลอื่นอยู่แล้ว ไม่ใช่ฐานข้อมูลของ ITA Desk (ไฟล์ไม่ถูกแก้ไข)")
    if verdict.problem is not None:
        raise DamagedDatabaseError(damage_message(verdict), verdict)
    if verdict.revision not in (None, SCHEMA_REVISION):
        from itadesk.storage.lifecycle.migrate import known_revisions

        if verdict.revision not in known_revisions():
            raise SchemaTooNewError(
                f"ฐานข้อมูล {path} สร้างโดย ITA Desk รุ่นที่ใหม่กว่าโปรแกรมนี้ (โครงสร้างรุ่น {verdict.revision}) "
                "ให้ติดตั้ง ITA Desk รุ่นล่าสุดก่อนเปิดฐานข้อมูลนี้ (ไฟล์ไม่ถูกแก้ไข)"
            )


def damage_message(verdict: Verdict) -> str:
    """The file, the damage in plain words, that nothing is written, and the newest good backup."""
    from itadesk.storage.lifecycle.backup_list import backups_of, newest_good

    good = newest_good(backups_of(verdict.path))
    if good is None:
        advice = "ไม่พบไฟล์สำรองที่ใช้ได้ ให้ติดต่อผู้ดูแลระบบ หรือกู้คืนจากไฟล์สำรองที่เก็บไว้ที่อื่นด้วย itadesk restore"
    else:
        advice = (
            f"ไฟล์สำรองที่ดีล่าสุดคือ {good.path} (เมื่อ {good.taken:%d/%m/}{good.taken.year + 543} "
            f'{good.taken:%H:%M} น.) กู้คืนด้วยคำสั่ง itadesk restore "{good.path}"'
        )
    return (
        f"ฐานข้อมูล {verdict.path} เสียหาย: {verdict.problem} — จึงไม่บันทึกและไม่สำรองฐานข้อมูลนี้ "
        f"(ไฟล์ไม่ถูกแก้ไข) {advice}"
    )


def json_dumps(value: Any) -> str:
    """JSON columns keep Thai as it is (readable in any SQLite browser), not as \\u escapes."""
    return json.dumps(value, ensure_ascii=False)


def _sqlite_engine(
    url: URL, *, read_only: bool = False, immutable: bool = False, busy_seconds: int = BUSY_TIMEOUT_SECONDS
) -> Engine:
    from itadesk.storage.lifecycle.database_file import creator, keeps_connections

    assert url.database is not None
    # Every connection is made by storage.lifecycle.database_file, which knows this process has the file
    # open: nothing then reads the file outside SQLite (that would drop the connections' locks).
    # `read_only`: SQLite's own read-only mode, the driver refuses every write and the file stays as it is;
    # `immutable` as well, with no locks and no side files (a folder nobody may write).
    engine = create_engine(
        url.set(drivername="sqlite+pysqlite"),
        creator=creator(Path(url.database), read_only=read_only, immutable=immutable, timeout=busy_seconds),
        json_serializer=json_dumps,
    )
    keeps_connections(Path(url.database), engine.dispose)  # closed from there before the file is replaced

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _begin below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_seconds * 1000}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A deferred transaction that reads and then writes can fail at once ("database is locked") when
        # another program wrote meanwhile; taking the write lock up front makes it wait its turn instead.
        reading = read_only or connection.get_execution_options().get("itadesk_read_only", False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def postgresql_connect_args(url: URL, waits: ServerWaits = COMMAND_WAITS) -> dict[str, Any]:
    """libpq's timeouts and keep-alives, each one the URL does not set itself (libpq documentation,
    "Parameter Key Words": connect_timeout, keepalives*, tcp_user_timeout, options)."""
    given = set(url.query)
    wanted: dict[str, Any] = {
        "connect_timeout": waits.connect_seconds,
        **KEEPALIVES,
        "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
        "application_name": "ITA Desk",
    }
    args = {key: value for key, value in wanted.items() if key not in given}
    options = _query_text(url, "options")
    if "statement_timeout" not in options:
        args["options"] = f"{options} -c statement_timeout={waits.statement_seconds * 1000}".strip()
    return args


def answer_timeout(url: URL, waits: ServerWaits = COMMAND_WAITS) -> float:
    """How long the program waits for any one answer of the server: its statement timeout and a little."""
    found = re.search(r"statement_timeout\s*=\s*(\d+)\s*(ms|s|min)?", _query_text(url, "options"))
    statement = float(waits.statement_seconds)
    if found is not None:
        scale = {"ms": 0.001, None: 0.001, "s": 1.0, "min": 60.0}[found.group(2)]
        statement = int(found.group(1)) * scale or statement  # 0 means "none": ours stands
    return statement + ANSWER_MARGIN_SECONDS


def _query_text(url: URL, key: str) -> str:
    value = url.query.get(key, "")
    return " ".join(value) if isinstance(value, tuple) else str(value)


# Every write transaction on PostgreSQL holds this advisory lock shared; a restore takes it exclusively
# first, so writers wait for the restore before they lock any table (no deadlock between the two) and
# write on the restored data. https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
WRITERS_LOCK = 7_343_000_021


def _postgresql_engine(url: URL, waits: ServerWaits) -> Engine:
    engine = create_engine(
        url,
        connect_args=postgresql_connect_args(url, waits),
        json_serializer=json_dumps,
        pool_pre_ping=True,
    )
    limit = answer_timeout(url, waits)

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: object, _record: object, cargs: tuple[Any, ...], cparams: dict[str, Any]) -> Any:
        from itadesk.storage.lifecycle.answering import AnsweringConnection

        connection = AnsweringConnection.connect(*cargs, **cparams)
        connection.answer_timeout = limit
        return connection

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if not options.get("itadesk_read_only", False) and not options.get("itadesk_restoring", False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({WRITERS_LOCK})")

    return engine
