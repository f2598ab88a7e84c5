"""A measure added with the "เพิ่มมาตรการ" button shows the next number in the office's own digits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.thai.measure_numbers import next_number
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.main_window.main_window import MainWindow
from tests.ui.conftest import type_text


def _type_title_and_ok(qtbot: QtBot, title: str) -> None:
    """Answer the title question the button asks: type the title, click "ตกลง"."""

    def find() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, find)
            return
        dialog = shown[0]
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        type_text(edit, title)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, find)


@pytest.mark.parametrize(
    ("digits", "numbers", "expected"), [("thai", ["๑", "๒"], "๓"), ("arabic", ["1", "2"], "3")]
)
def test_the_add_button_numbers_the_new_measure_in_the_offices_digits(
    tmp_path: Path,
    qtbot: QtBot,
    make_window: object,
    errors: ErrorHub,
    digits: str,
    numbers: list[str],
    expected: str,
) -> None:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ", digits=digits), [], [])  # type: ignore[arg-type]
    for number, title in zip(numbers, ["มาตรการเปิดเผยข้อมูล", "มาตรการจัดซื้อจัดจ้าง"], strict=True):
        desk.add_measure(2567, Measure(title=title, number=number))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.show_year(2567)
    _type_title_and_ok(qtbot, "มาตรการรับเรื่องร้องเรียน")
    qtbot.mouseClick(window.ui.addMeasureButton, Qt.MouseButton.LeftButton)
    assert window.ui.addMeasureButton.text() == "เพิ่มมาตรการ"
    shown = [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]
    assert shown == [*numbers, expected]  # what the user sees in the table's first column
    window.session.flush()
    assert [(m.number, m.title) for m in desk.measures(2567)][-1] == (expected, "มาตรการรับเรื่องร้องเรียน")
    assert errors.last_message == ""
    db.dispose()


def test_the_next_number_follows_the_highest_of_its_part() -> None:
    measures = [Measure(title="ก", number="๑.๑", part="IIT"), Measure(title="ข", number="๑.๒", part="IIT")]
    assert next_number(measures, "IIT", "thai") == "๑.๓"
    assert next_number([*measures, Measure(title="ค", number="๒", part="EIT")], "EIT", "arabic") == "3"
    assert next_number([], "", "thai") == "๑"
    assert next_number([Measure(title="ก"), Measure(title="ข")], "", "thai") == "๓"  # running numbers
    assert next_number([Measure(title="ก", number="")], "", "thai") == ""  # the office prints no numbers
