"""Database passwords are never written anywhere: logs, crash files, messages and settings show `***`.

A password typed into `--db postgresql+psycopg://user:secret@host/db` can be seen by every user of the
machine in the process list (`ps`), so the command line warns about it once. libpq, which psycopg uses, finds
a password by itself when the URL has none: the PGPASSWORD variable, then the password file (~/.pgpass, on
Windows %APPDATA%\\postgresql\\pgpass.conf, or the file PGPASSFILE names; libpq ignores a ~/.pgpass others
can read), see the PostgreSQL documentation, libpq chapter, "The Password File" and "Environment Variables".
This module loads nothing heavy: the crash log and the window's bug report use it.
"""

from __future__ import annotations

import re

# scheme://user:PASSWORD@host… (up to the last @ before a space: a password with a raw @ is hidden whole)
_URL_PASSWORD = re.compile(r"(?i)([a-z][a-z0-9+.\-]*://[^\s:/?#@'\"]*:)[^\s'\"]*@")
# password=… in a URL's query or a libpq connection string
_KEYWORD_PASSWORD = re.compile(r"(?i)(\bpassword\s*=\s*)('[^']*'|[^\s&'\"]+)")

HIDDEN = "***"

PASSWORD_IN_COMMAND_WARNING = (
    "คำเตือน: รหัสผ่านที่ใส่ไว้ใน --db ผู้ใช้อื่นในเครื่องนี้มองเห็นได้ (เช่น ด้วยคำสั่ง ps) "
    "ให้ลบรหัสผ่านออกจาก URL แล้วเก็บไว้ในไฟล์รหัสผ่านของ PostgreSQL แทน: ~/.pgpass "
    "(Windows: %APPDATA%\\postgresql\\pgpass.conf) หรือไฟล์ที่ตัวแปร PGPASSFILE ระบุ "
    "บรรทัดละ host:port:database:user:password และตั้งสิทธิ์ไฟล์ให้เจ้าของอ่านได้คนเดียว (chmod 600)"
)


def hide_passwords(text: str) -> str:
    """`text` with every password of a database URL or connection string replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}{HIDDEN}@", text)
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m.group(1)}{HIDDEN}", text)


def has_password(text: str) -> bool:
    return hide_passwords(text) != text
