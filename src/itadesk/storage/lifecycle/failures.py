"""Database failures a user can fix, told in Thai: which file or server, and what to do."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle.passwords import hide_passwords

_SQLITE_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("database is locked", "database table is locked"),
        "ฐานข้อมูล {where} ถูกโปรแกรมอื่นใช้อยู่ (ล็อกไว้) และรอนานแล้วยังไม่ว่าง ปิดโปรแกรมที่เปิดไฟล์นี้ค้างไว้แล้วลองใหม่",
    ),
    (
        ("file is not a database", "file is encrypted"),
        "ไฟล์ {where} ไม่ใช่ฐานข้อมูล หรือเสียหาย",
    ),
    (
        ("database disk image is malformed", "malformed database schema"),
        "ไฟล์ฐานข้อมูล {where} เสียหาย กู้คืนจากไฟล์สำรองด้วยคำสั่ง itadesk restore",
    ),
    (
        ("database or disk is full",),
        "พื้นที่ดิสก์เต็ม บันทึกลงฐานข้อมูล {where} ไม่ได้ ลบไฟล์ที่ไม่ใช้แล้วลองใหม่ (ข้อมูลเดิมยังอยู่ครบ)",
    ),
    (
        ("attempt to write a readonly database", "readonly database"),
        "ฐานข้อมูล {where} เป็นแบบอ่านอย่างเดียว บันทึกไม่ได้ ตรวจสิทธิ์ของไฟล์และโฟลเดอร์",
    ),
    (
        ("unable to open database file",),
        "เปิดไฟล์ฐานข้อมูล {where} ไม่ได้ ตรวจว่าโฟลเดอร์มีอยู่และเขียนได้",
    ),
    (
        ("disk i/o error",),
        "อ่านหรือเขียนดิสก์ไม่ได้ขณะใช้ฐานข้อมูล {where} ตรวจดิสก์หรือแฟลชไดรฟ์แล้วลองใหม่",
    ),
)

PASSWORD_NEEDED = (
    "เซิร์ฟเวอร์ฐานข้อมูล {where} ต้องใช้รหัสผ่าน แต่ไม่พบรหัสผ่าน ให้เก็บรหัสผ่านไว้ในไฟล์ ~/.pgpass "
    "(หรือไฟล์ที่ตัวแปร PGPASSFILE ระบุ) บรรทัดละ host:port:database:user:password หรือตั้งตัวแปร PGPASSWORD"
)
PASSWORD_REFUSED = "เซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน ตรวจชื่อผู้ใช้และรหัสผ่านแล้วลองใหม่"
NO_ANSWER = (
    "เซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ตอบภายในเวลาที่รอ จึงเลิกรอ (สิ่งที่ยังไม่ได้บันทึกไม่ถูกบันทึก) "
    "ตรวจว่าเซิร์ฟเวอร์ทำงานปกติและเครือข่ายใช้ได้ แล้วลองใหม่"
)

# By SQLSTATE (PostgreSQL documentation, Appendix A "PostgreSQL Error Codes"): what each means to the user.
_SERVER_STATES: dict[str, str] = {
    "28P01": PASSWORD_REFUSED,  # invalid_password
    "28000": PASSWORD_REFUSED,  # invalid_authorization_specification
    "42P01": (
        "ฐานข้อมูล {where} ไม่มีตารางที่โปรแกรมต้องใช้ ({detail}) อาจถูกลบหรือแก้ไขด้วยโปรแกรมอื่น "
        "กู้คืนจากไฟล์สำรองด้วยคำสั่ง itadesk restore หรือให้ผู้ดูแลเซิร์ฟเวอร์ตรวจ"
    ),
    "42703": (
        "ฐานข้อมูล {where} มีโครงสร้างไม่ตรงกับที่โปรแกรมต้องใช้ ({detail}) อาจถูกแก้ไขด้วยโปรแกรมอื่น "
        "กู้คืนจากไฟล์สำรองด้วยคำสั่ง itadesk restore หรือให้ผู้ดูแลเซิร์ฟเวอร์ตรวจ"
    ),
    "42501": (
        "ผู้ใช้นี้ไม่มีสิทธิ์เขียนฐานข้อมูล {where} (อ่านได้อย่างเดียว) จึงบันทึกไม่ได้ "
        "คำสั่งที่อ่านอย่างเดียว (measures, print, export, backup) ยังใช้ได้ ถ้าต้องแก้ไขให้ผู้ดูแลเซิร์ฟเวอร์ให้สิทธิ์เขียน"
    ),
    "25006": (
        "ฐานข้อมูล {where} เปิดได้แบบอ่านอย่างเดียว (เซิร์ฟเวอร์ไม่รับการเขียน) จึงบันทึกไม่ได้ "
        "คำสั่งที่อ่านอย่างเดียว (measures, print, export, backup) ยังใช้ได้"
    ),
    "57014": (
        "เซิร์ฟเวอร์ฐานข้อมูล {where} ทำงานนานเกินเวลาที่กำหนด (statement_timeout) จึงยกเลิก "
        "ไม่มีอะไรถูกบันทึกครึ่ง ๆ กลาง ๆ ลองใหม่ภายหลัง"
    ),
}

_SERVER_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no password supplied", "fe_sendauth: no password"), PASSWORD_NEEDED),
    (("password authentication failed", "authentication failed"), PASSWORD_REFUSED),
    (("itadesk: the server did not answer", "timeout expired"), NO_ANSWER),
    (
        (
            "invalid connection option",
            "connection is bad: invalid",
            "invalid integer value",
            "invalid value for",
        ),
        "ที่อยู่ฐานข้อมูล {where} มีค่าที่ใช้ไม่ได้: {detail} (ดูค่าที่ใช้ได้ในคู่มือของ PostgreSQL หัวข้อ libpq)",
    ),
    (
        ("does not exist",),
        "ไม่พบฐานข้อมูลหรือผู้ใช้ที่ระบุบนเซิร์ฟเวอร์ {where}: {detail}",
    ),
    (
        ("no space left", "disk full", "could not extend file"),
        "พื้นที่ดิสก์ของเซิร์ฟเวอร์ฐานข้อมูล {where} เต็ม บันทึกไม่ได้ (ข้อมูลเดิมยังอยู่ครบ)",
    ),
    (
        (
            "connection refused",
            "could not connect",
            "connection failed",
            "timeout expired",
            "could not translate host name",
            "name or service not known",
            "server closed the connection",
            "connection is closed",
            "terminating connection",
            "the database system is",
        ),
        "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ได้ ตรวจว่าเครื่องเซิร์ฟเวอร์เปิดอยู่และเครือข่ายใช้ได้",
    ),
)


def translate_error(error: BaseException, where: str) -> StorageError | None:
    """A `StorageError` for a failure the user can fix, or None for a bug (let it surface as it is)."""
    original = _first_failure(error)
    # Broken constraints and bad SQL are bugs, whatever their wording.
    if isinstance(original, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    if not isinstance(original, sqlite3.Error) and not _is_server_failure(original):
        return None
    state = getattr(original, "sqlstate", None)
    if not isinstance(original, sqlite3.Error) and state in _SERVER_STATES:
        said = _SERVER_STATES[state].format(where=where, detail=_first_line(original))
        if _SERVER_STATES[state] == PASSWORD_REFUSED:
            return PasswordError(said, where, refused=True)
        return StorageError(said)
    if isinstance(original, sqlite3.Error) and is_disk_full(original, Path(where)):
        return StorageError(DISK_FULL.format(where=where))
    text = str(original).lower()
    table = _SQLITE_MESSAGES if isinstance(original, sqlite3.Error) else _SERVER_MESSAGES
    for needles, message in table:
        if any(needle in text for needle in needles):
            said = message.format(where=where, detail=_first_line(original))
            if message in (PASSWORD_NEEDED, PASSWORD_REFUSED):
                return PasswordError(said, where, refused=message == PASSWORD_REFUSED)
            return StorageError(said)
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return hide_passwords(text.splitlines()[0]) if text else ""


DISK_FULL = _SQLITE_MESSAGES[3][1]
SQLITE_FULL = 13
SQLITE_IOERR = 10
# Below this much free space a write error is the full disk's doing: SQLite reports a full disk met while
# growing its shared-memory file or its journal as a plain "disk I/O error".
NEARLY_FULL_BYTES = 256 * 1024

# What SQLite says after it rolled a whole transaction back by itself (a full disk, an I/O error): the
# savepoint or transaction the program then closes is gone. The failure that matters came first.
_CONSEQUENCES = (
    "no such savepoint",
    "cannot rollback - no transaction is active",
    "cannot commit - no transaction is active",
)


def _first_failure(error: BaseException) -> BaseException:
    """The driver's error that started it all: past the consequences, to the failure that came first."""
    current = error
    for _ in range(20):  # exception chains are short; a cycle must not hang an error message
        original = _driver_error(current)
        if not _is_consequence(original):
            return original
        wrapped = current.__context__ if current.__context__ is not original else None
        earlier = original.__context__ or wrapped
        if earlier is None:
            return original
        current = earlier
    return _driver_error(current)


def _is_consequence(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and any(c in text for c in _CONSEQUENCES)


def _driver_error(error: BaseException) -> BaseException:
    # SQLAlchemy wraps the driver's error; where it is not loaded (an import written through sqlite3 alone),
    # nothing is wrapped, and it is not loaded here for that.
    exc = sys.modules.get("sqlalchemy.exc")
    if exc is None or not isinstance(error, exc.DBAPIError):
        return error
    original: BaseException | None = error.orig
    return original if original is not None else error


def is_disk_full(error: sqlite3.Error, path: Path) -> bool:
    """SQLite's "database or disk is full", or an I/O error on a file system with (almost) no room left."""
    code = getattr(error, "sqlite_errorcode", None)
    if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in str(error).lower():
        return True
    if (code is not None and code & 0xFF == SQLITE_IOERR) or "disk i/o error" in str(error).lower():
        return nearly_full(path)
    return False


def nearly_full(path: Path) -> bool:
    """Whether the file system holding `path` (or its folder) has less than NEARLY_FULL_BYTES free."""
    for place in (path, path.parent):
        try:
            stats = os.statvfs(place)
        except (OSError, AttributeError, ValueError):  # not there, or no statvfs (Windows)
            continue
        return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES
    return False


def _is_server_failure(error: BaseException | None) -> bool:
    # psycopg is loaded only when a PostgreSQL database was opened; importing it for SQLite costs 70 ms.
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return False
    if isinstance(error, psycopg.OperationalError):
        return True
    # A dropped table, a role without the right to write, a read-only server, an option libpq does not know.
    if getattr(error, "sqlstate", None) in _SERVER_STATES:
        return isinstance(error, psycopg.Error)
    return isinstance(error, psycopg.ProgrammingError) and "invalid connection option" in str(error)


class PasswordError(StorageError):
    """The server wants a password it was not given (`refused` False), or refused the one it was given."""

    def __init__(self, message: str, where: str, *, refused: bool) -> None:
        super().__init__(message)
        self.where = where
        self.refused = refused


def needs_password(error: BaseException) -> str | None:
    """For the window: the question to ask when the server wants a password it was not given, or refused
    the one it was given (Thai, naming the server); None for any other failure."""
    if not isinstance(error, PasswordError):
        return None
    if error.refused:
        return f"เซิร์ฟเวอร์ฐานข้อมูล {error.where} ไม่ยอมรับรหัสผ่าน ใส่รหัสผ่านอีกครั้ง:"
    return f"เซิร์ฟเวอร์ฐานข้อมูล {error.where} ต้องใช้รหัสผ่าน ใส่รหัสผ่าน (โปรแกรมไม่เก็บไว้ที่ใด):"


def raise_translated(error: BaseException, where: str) -> NoReturn:
    """Raise the `StorageError` for `error` if a user can fix it, else `error` itself (a bug)."""
    known = translate_error(error, where)
    if known is None:
        raise error
    raise known from error
