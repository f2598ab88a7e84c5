"""Database failures a user can fix, told in Thai: which file or server, and what to do."""

from __future__ import annotations

import sqlite3
import sys
from typing import NoReturn

from sqlalchemy.exc import DBAPIError

from itadesk.storage.errors import StorageError

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

_SERVER_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("password authentication failed", "no password supplied", "authentication failed"),
        "เซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน",
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
    original = error.orig if isinstance(error, DBAPIError) else error
    # Broken constraints and bad SQL are bugs, whatever their wording.
    if isinstance(original, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    if not isinstance(original, sqlite3.Error) and not _is_server_failure(original):
        return None
    text = str(original).lower()
    table = _SQLITE_MESSAGES if isinstance(original, sqlite3.Error) else _SERVER_MESSAGES
    for needles, message in table:
        if any(needle in text for needle in needles):
            detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
            return StorageError(message.format(where=where, detail=detail))
    return None


def _is_server_failure(error: BaseException | None) -> bool:
    # psycopg is loaded only when a PostgreSQL database was opened; importing it for SQLite costs 70 ms.
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, psycopg.OperationalError)


def raise_translated(error: BaseException, where: str) -> NoReturn:
    """Raise the `StorageError` for `error` if a user can fix it, else `error` itself (a bug)."""
    known = translate_error(error, where)
    if known is None:
        raise error
    raise known from error
