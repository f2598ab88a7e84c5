"""Is an SQLite file whole? Looked at read-only, so a damaged file is never changed by looking.

The file is looked at through SQLite. Its header is read directly (to tell another kind of file and a cut
file in plain words) only while this process has no connection to it (`database_file.read_header`):
closing a descriptor of a live database drops every lock the process holds on it.

`quick_check` (a few ms: every page readable, every row well formed) runs at every start; `integrity_check`
(also compares every index with its table, which is what an index/table mismatch needs) runs before every
backup, after every backup is written, on a file about to be restored, and in the background once the window
is shown. Both are told in plain Thai words (`Verdict.problem`), never SQLite's own English.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle.database_file import connect, read_header

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
# Failures that say nothing about the file's contents: locked by another program, unreadable disk or folder.
_NOT_DAMAGE = ("locked", "unable to open", "disk i/o", "readonly", "out of memory", "interrupted")
MAX_REPORTED = 20  # integrity_check stops after this many problems: enough to know it is damaged


class DamagedDatabaseError(StorageError):
    """The database file is damaged: it is never written nor backed up; the message names a good backup."""

    def __init__(self, message: str, verdict: Verdict) -> None:
        super().__init__(message)
        self.verdict = verdict


@dataclass(frozen=True)
class Verdict:
    """What a look at a file found. `problem` is None when it is whole."""

    path: Path
    problem: str | None = None
    revision: str | None = None  # the ITA Desk schema revision written in it
    is_itadesk: bool = True  # False: another program's database (or no database at all)
    readable: bool = True  # its tables can still be read (to look at, read-only)

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_file(
    path: Path,
    *,
    thorough: bool = False,
    expected: tuple[str, set[str]] | None = None,
    timeout: float = 30,
) -> Verdict:
    """Look at the SQLite file `path` read-only: `quick_check`, or `integrity_check` when `thorough`.

    A missing or empty file is whole (a database not created yet). `expected` (a revision and its tables)
    turns a table dropped from a file of that revision into a problem.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Verdict(path)
    except OSError as exc:
        raise StorageError(f"อ่านไฟล์ {path} ไม่ได้: {exc.strerror or exc}") from exc
    if size == 0:
        return Verdict(path)
    try:
        header = read_header(path)
    except FileNotFoundError:
        return Verdict(path)
    except OSError as exc:
        raise StorageError(f"อ่านไฟล์ {path} ไม่ได้: {exc.strerror or exc}") from exc
    if header is not None and not header.startswith(SQLITE_HEADER):
        return Verdict(
            path,
            "ไฟล์นี้ไม่ใช่ฐานข้อมูล (อาจเป็นไฟล์ข้อความหรือไฟล์ชนิดอื่น หรือส่วนต้นของไฟล์ถูกเขียนทับ)",
            is_itadesk=False,
            readable=False,
        )
    truncated = _truncation(header, size) if header is not None else None
    try:
        return _look(path, thorough, expected, truncated, timeout)
    except sqlite3.OperationalError as exc:
        if any(cause in str(exc).lower() for cause in _NOT_DAMAGE):  # the file may be fine: say what it is
            from itadesk.storage.lifecycle.failures import (
                translate_error,  # (SQLAlchemy's: not on the way to a paint)
            )

            raise translate_error(exc, str(path)) or StorageError(f"เปิดไฟล์ {path} ไม่ได้: {exc}") from exc
        return Verdict(path, truncated or _plain_words(str(exc)), readable=False)
    except (sqlite3.Error, UnicodeError, ValueError, OverflowError, MemoryError) as exc:
        # A damaged file can fail anywhere, even in decoding SQLite's own words about it.
        return Verdict(path, truncated or _plain_words(str(exc)), readable=False)


def _look(
    path: Path,
    thorough: bool,
    expected: tuple[str, set[str]] | None,
    truncated: str | None,
    timeout: float,
) -> Verdict:
    with contextlib.closing(connect(path, read_only=True, timeout=timeout)) as look:
        look.text_factory = lambda raw: raw.decode("utf-8", "replace")
        rows = look.execute("SELECT type, name FROM sqlite_master").fetchall()
        tables = {name for kind, name in rows if kind == "table"}
        if tables and VERSION_TABLE not in tables:
            return Verdict(path, "เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ ITA Desk", is_itadesk=False)
        revision = None
        if VERSION_TABLE in tables:
            found = look.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = str(found[0]) if found else None
        pragma = f"integrity_check({MAX_REPORTED})" if thorough else f"quick_check({MAX_REPORTED})"
        findings = [str(row[0]) for row in look.execute(f"PRAGMA {pragma}")]
        if findings != ["ok"]:
            return Verdict(path, truncated or _plain_words(" ".join(findings)), revision)
        if truncated:
            return Verdict(path, truncated, revision)
        missing = sorted(expected[1] - tables) if expected and revision == expected[0] else []
        if missing:
            problem = f"ตาราง {', '.join(missing)} หายไปจากฐานข้อมูล"
            return Verdict(path, problem, revision, readable=False)
        return Verdict(path, None, revision)


def _truncation(header: bytes, size: int) -> str | None:
    """The header says how many pages the file has; a shorter file lost its end."""
    if len(header) < 32:
        return "ไฟล์ถูกตัดหายเกือบทั้งหมด (สั้นกว่าส่วนหัวของฐานข้อมูล)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = int.from_bytes(header[24:28], "big") == int.from_bytes(header[92:96], "big")
    if page_size < 512 or not valid or pages == 0:
        return None
    if size < page_size * pages:
        return f"ไฟล์ถูกตัดหาย: ยาว {size:,} ไบต์ แต่ควรยาว {page_size * pages:,} ไบต์ ส่วนท้ายของข้อมูลหายไป"
    return None


def _plain_words(found: str) -> str:
    """SQLite's findings in words an office clerk can act on."""
    text = found.lower()
    if "index" in text and ("missing" in text or "wrong # of entries" in text or "non-unique" in text):
        return "ดัชนีของตารางไม่ตรงกับข้อมูลในตาราง (บางแถวหายไปจากดัชนี หรือดัชนีชี้ไปยังแถวที่ไม่มีอยู่)"
    if "not a database" in text or "encrypted" in text:
        return "ส่วนหัวของไฟล์เสียหาย อ่านเป็นฐานข้อมูลไม่ได้"
    if "malformed" in text or "page" in text or "btree" in text or "freelist" in text or "corrupt" in text:
        return "บางหน้าของไฟล์ถูกเขียนทับหรือหายไป ข้อมูลบางส่วนอ่านไม่ได้"
    if "decode" in text or "utf-8" in text or "codec" in text:
        return "ข้อมูลในไฟล์ถูกเปลี่ยนจนอ่านไม่ได้"
    return "ไฟล์เสียหาย อ่านข้อมูลได้ไม่ครบ"
