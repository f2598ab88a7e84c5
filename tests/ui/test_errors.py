"""Failures reach the user in Thai through one place; a bug comes with a report the user can copy."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from itadesk.storage.errors import StorageError
from itadesk.ui.common.errors import BugDialog, ErrorHub, describe, is_known


def test_an_error_the_user_can_fix_is_a_thai_message_naming_what_failed(errors: ErrorHub) -> None:
    errors.report(StorageError("ไฟล์ฐานข้อมูล office.sqlite3 ถูกโปรแกรมอื่นล็อกไว้"), "บันทึกมาตรการ")
    assert errors.last_message == "บันทึกมาตรการไม่สำเร็จ\nไฟล์ฐานข้อมูล office.sqlite3 ถูกโปรแกรมอื่นล็อกไว้"


def test_a_read_only_folder_and_a_full_disk_are_said_in_thai() -> None:
    denied = PermissionError(13, "Permission denied", "/mnt/readonly/itadesk.sqlite3")
    assert is_known(denied)
    assert describe(denied).startswith("ไม่มีสิทธิ์เขียนหรืออ่าน /mnt/readonly/itadesk.sqlite3")
    assert "อ่านอย่างเดียว" in describe(denied)
    assert describe(OSError(28, "No space left on device")).startswith("พื้นที่ดิสก์เต็ม")


def test_a_bug_shows_an_apology_with_a_copyable_report(errors: ErrorHub, qtbot: QtBot) -> None:
    try:
        {}["missing"]  # the bug under test
    except KeyError as error:
        assert not is_known(error)
        errors.report(error, "พิมพ์เอกสาร")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible())
    report = dialog.report_view.toPlainText()
    assert "ITA Desk" in report and "KeyError: 'missing'" in report and "Traceback" in report
    copy_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "คัดลอกรายงาน")
    copy_button.click()
    assert QApplication.clipboard().text() == report


def test_the_excepthook_turns_an_uncaught_error_into_the_report(errors: ErrorHub, qtbot: QtBot) -> None:
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        with qtbot.waitSignal(errors.shown) as blocker:
            try:
                raise ValueError("ค่าผิดในช่องที่ไม่ได้ตรวจ")
            except ValueError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        assert "ValueError: ค่าผิดในช่องที่ไม่ได้ตรวจ" in blocker.args[0]
    finally:
        sys.excepthook = previous


def test_guard_shows_the_failure_and_lets_the_window_carry_on(errors: ErrorHub) -> None:
    with errors.guard("นำเข้าไฟล์ a.json"):
        raise FileNotFoundError(2, "No such file", "a.json")
    assert errors.last_message == "นำเข้าไฟล์ a.json ไม่สำเร็จ\nไม่พบไฟล์หรือโฟลเดอร์ a.json"
