"""Starting the next fiscal year from the menu moves each copied measure's period one year on, and says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.main_window.main_window import MainWindow


def _answer_ok(qtbot: QtBot) -> None:
    """Click "ตกลง" in the question the menu command asks, once it is on screen."""

    def find() -> None:
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, find)
            return
        ok = next(b for b in box.buttons() if b.text() == "ตกลง")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, find)


def test_next_year_moves_the_periods_and_tells_what_moved(
    tmp_path: Path, qtbot: QtBot, make_window: object, errors: ErrorHub
) -> None:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [], [])
    periods = {
        "มาตรการเปิดเผยข้อมูล": "ต.ค. ๖๖ – ก.ย. ๖๗",
        "มาตรการจัดซื้อจัดจ้าง": "ปีงบประมาณ พ.ศ. 2567",
        "มาตรการรับเรื่องร้องเรียน": "1 ตุลาคม 2566 - 30 กันยายน 2567",
        "มาตรการใช้งบประมาณ": "วงเงิน 2567 บาท ตาม พ.ร.บ. พ.ศ. ๒๕๔๐",
    }
    for title, period in periods.items():
        desk.add_measure(2567, Measure(title=title, period=period))
    desk.add_measure(2567, Measure(title="มาตรการมีวันที่", start=date(2023, 10, 1), end=date(2024, 2, 29)))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.show_year(2567)
    _answer_ok(qtbot)
    window.ui.actionStartNextYear.trigger()
    assert window.year == 2568
    copied = {m.title: m for m in desk.measures(2568)}
    assert {title: copied[title].period for title in periods} == {
        "มาตรการเปิดเผยข้อมูล": "ต.ค. ๖๗ – ก.ย. ๖๘",
        "มาตรการจัดซื้อจัดจ้าง": "ปีงบประมาณ พ.ศ. 2568",
        "มาตรการรับเรื่องร้องเรียน": "1 ตุลาคม 2567 - 30 กันยายน 2568",
        "มาตรการใช้งบประมาณ": "วงเงิน 2567 บาท ตาม พ.ร.บ. พ.ศ. ๒๕๔๐",  # an amount and a law's year stay
    }
    dated = copied["มาตรการมีวันที่"]
    assert (dated.start, dated.end) == (date(2024, 10, 1), date(2025, 2, 28))
    assert [m.period for m in desk.measures(2567)][:3] == list(periods.values())[
        :3
    ]  # this year keeps its own
    told = window.ui.statusbar.currentMessage()
    assert "เลื่อนระยะเวลาของมาตรการ 4 รายการไปหนึ่งปี" in told
    assert "“ต.ค. ๖๖ – ก.ย. ๖๗” เป็น “ต.ค. ๖๗ – ก.ย. ๖๘”" in told
    assert errors.last_message == ""
    window.session.flush()
    db.dispose()
