"""The composition root as the user starts it: `itadesk` on a database, a damaged one, or one already open."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from itadesk.app import run_gui
from itadesk.domain.model import Measure, Organization
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database, data_folder, resolve_url
from itadesk.ui.common.single_instance import SingleInstance, instance_key


def _office(path: Path) -> Path:
    db = Database.open(str(path))
    desk = OfficeData(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [], [])
    desk.add_measure(2567, Measure(title="มาตรการที่เปิดดู"))
    db.dispose()
    return path


def _close_when_shown(seen: list[str], ready: Callable[[], bool] = lambda: True) -> None:
    """Close the main window once it is shown and `ready()` (e.g. its start-up backup is written): a user who
    closes the window at once does not wait for the backup, which is made once the window is painted."""
    started = time.monotonic()

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows or (not ready() and time.monotonic() - started < 60):
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        seen.append(window.windowTitle())
        for box in window.findChildren(QMessageBox):
            seen.append(box.text())
            box.done(0)
        window.close()

    QTimer.singleShot(50, look)


def test_itadesk_opens_the_window_on_the_database_and_keeps_a_backup(tmp_path: Path) -> None:
    database = _office(tmp_path / "office.sqlite3")
    seen: list[str] = []
    _close_when_shown(seen, lambda: any((data_folder() / "backups").glob("*/itadesk-auto-*.sqlite3")))
    assert run_gui(str(database)) == 0
    assert seen and seen[0] == "ITA Desk", seen
    backups = list(
        (data_folder() / "backups").glob("*/itadesk-auto-*.sqlite3")
    )  # in the database's own folder
    assert len(backups) == 1


def test_a_damaged_database_is_a_thai_dialog_not_a_traceback(tmp_path: Path) -> None:
    from itadesk.ui.recovery.damaged_start import DamagedStartDialog

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    shown: list[str] = []

    def close_it() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, DamagedStartDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, close_it)
            return
        shown.append(dialogs[0].messageLabel.text())
        dialogs[0].closeButton.click()

    QTimer.singleShot(50, close_it)
    assert run_gui(str(damaged)) == 1
    assert shown and "damaged.sqlite3" in shown[0] and "เสียหาย" in shown[0]


def test_a_second_copy_that_gets_no_answer_opens_read_only_and_says_so(tmp_path: Path) -> None:
    database = _office(tmp_path / "office.sqlite3")
    where = resolve_url(str(database)).render_as_string(hide_password=True)
    first = SingleInstance(data_folder() / "locks", instance_key(where))
    assert first.acquire()  # held by "another window" that cannot answer (its event loop is this one, busy)
    seen: list[str] = []
    try:
        _close_when_shown(seen)
        assert run_gui(str(database)) == 0
    finally:
        first.release()
    assert seen[0] == "ITA Desk — เปิดแบบอ่านอย่างเดียว"
    assert any("ดูได้อย่างเดียว" in text and "แก้ไขที่หน้าต่างแรก" in text for text in seen[1:]), seen
