"""A failure nobody foresaw is a bug: the traceback goes to a log file, the user is told where, in Thai."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from itadesk import paths


def log_folder() -> Path:
    return paths.logs_folder()


def write_crash_log(error: BaseException, argv: list[str]) -> Path | None:
    """The log file holding the traceback, or None if even that could not be written."""
    stamp = datetime.now()
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / f"crash-{stamp:%Y%m%d-%H%M%S-%f}.log"
        details = "".join(traceback.format_exception(error))
        log.write_text(f"{stamp.isoformat()}  itadesk {' '.join(argv)}\n\n{details}", encoding="utf-8")
    except OSError:
        return None
    return log


def crash_message(log: Path | None) -> str:
    if log is None:
        return "เกิดข้อผิดพลาดที่ไม่คาดคิดในโปรแกรม และเขียนบันทึกข้อผิดพลาดไม่ได้ กรุณาแจ้งผู้ดูแลระบบ"
    return (
        f"เกิดข้อผิดพลาดที่ไม่คาดคิดในโปรแกรม (ไม่ใช่ความผิดของข้อมูลของท่าน) รายละเอียดบันทึกไว้ที่ {log} กรุณาส่งไฟล์นี้ให้ผู้ดูแลระบบ"
    )
