"""A failure nobody foresaw is a bug: the traceback goes to a log file, the user is told where, in Thai."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from itadesk import paths
from itadesk.storage.lifecycle.passwords import hide_passwords


def log_folder() -> Path:
    return paths.logs_folder()


def write_crash_log(error: BaseException, argv: list[str]) -> Path | None:
    """The log file holding the traceback, or None if even that could not be written."""
    stamp = datetime.now()
    try:
        # The whole text first, each character that UTF-8 cannot hold escaped (arguments a non-UTF-8 terminal
        # sent): a log is never left empty because its text could not be encoded.
        details = "".join(traceback.format_exception(error))
        # A database password (in --db, or in an error's words) never reaches the disk.
        text = hide_passwords(f"{stamp.isoformat()}  itadesk {' '.join(argv)}\n\n{details}")
        try:  # a terminal's bytes shown as the bytes they were (\xe0), not as Python's stand-ins for them
            data = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").encode("utf-8")
        except UnicodeEncodeError:
            data = text.encode("utf-8", "backslashreplace")
        folder = log_folder()
        paths.make_private_folder(folder)
        log = folder / f"crash-{stamp:%Y%m%d-%H%M%S-%f}.log"
        paths.write_private_file(log, data)
    except Exception:  # the log is the last resort: failing to write it must not hide the first error
        return None
    return log


def crash_message(log: Path | None) -> str:
    if log is None:
        return "เกิดข้อผิดพลาดที่ไม่คาดคิดในโปรแกรม และเขียนบันทึกข้อผิดพลาดไม่ได้ กรุณาแจ้งผู้ดูแลระบบ"
    return (
        f"เกิดข้อผิดพลาดที่ไม่คาดคิดในโปรแกรม (ไม่ใช่ความผิดของข้อมูลของท่าน) รายละเอียดบันทึกไว้ที่ {log} กรุณาส่งไฟล์นี้ให้ผู้ดูแลระบบ"
    )
