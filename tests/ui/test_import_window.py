"""Importing a file into an office that already has data, through the window: the preview shows what would
change and nothing is replaced unless the user chooses it (issue 9).

Each test runs the real window over a real SQLite file, imports a real example (`001.json`, อบต.ลาโละ) with
File → นำเข้า (only the path is given instead of picked), clicks the dialog's real radio buttons and its
นำเข้า button, and looks at what a user would then see: the office's details in the set-up dialog, the units
list there, a measure's tick in the table.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTableWidget
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Emblem, Measure, Organization, Person, Unit
from itadesk.domain.status import Status
from itadesk.exchange.reader import read_exchange_file
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.importing.import_preview_dialog import ImportPreviewDialog
from itadesk.ui.main_window import window_actions
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS, TICK
from itadesk.ui.office.setup_dialog import SetupDialog
from tests.conftest import EXAMPLES, GARUDA_PNG, require_shared

LALO = EXAMPLES / "001.json"  # อบต.ลาโละ, 2566: units สำนักปลัด (u-palad) and กองคลัง (u-klang), 10 measures
FIRST_MEASURE = "m-001-01"
OUR_OFFICE = Organization(
    name="องค์การบริหารส่วนตำบลทดสอบ",
    short_name="อบต.ทดสอบ",
    district="เมืองนราธิวาส",
    province="นราธิวาส",
    document_code="นธ 1234",
    phone="0-7351-1111",
    digits="thai",
)


@pytest.fixture(autouse=True)
def _examples() -> None:
    require_shared()


def _other_office(tmp_path: Path) -> OfficeData:
    """Another office's database: its own details and emblem, its units under codes of its own."""
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    emblem = Emblem(mime="image/png", data=GARUDA_PNG.read_bytes())
    desk.save_setup(
        replace(OUR_OFFICE, emblem=emblem),
        [Unit("สำนักปลัด", "unit-01"), Unit("กองคลัง", "unit-02"), Unit("กองสาธารณสุข", "unit-03")],
        [Person(name="สมชาย ใจดี", title="นาย", position="ปลัด อบต.")],
    )
    desk.add_measure(2567, Measure(title="มาตรการของเราเอง"))
    return desk


def _preview(window: MainWindow, qtbot: QtBot) -> ImportPreviewDialog:
    """File → นำเข้า with the example's path; the preview the window opens."""
    window_actions.import_file(window, LALO)
    qtbot.waitUntil(lambda: _open_preview(window) is not None, timeout=20000)
    dialog = _open_preview(window)
    assert dialog is not None
    return dialog


def _open_preview(window: MainWindow) -> ImportPreviewDialog | None:
    found = [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]
    return found[0] if found else None


def _click(qtbot: QtBot, dialog: ImportPreviewDialog, name: str) -> None:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible(), name
    scroll = dialog.findChild(QScrollArea, "previewScroll")
    assert scroll is not None
    scroll.ensureWidgetVisible(button)  # as a user scrolls to it on a small screen
    on_the_circle = QPoint(8, button.height() // 2)  # a radio button answers a click on its circle or text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=on_the_circle)


def _import(qtbot: QtBot, window: MainWindow, dialog: ImportPreviewDialog) -> str:
    with qtbot.waitSignal(window.imported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary: str = blocker.args[0]
    return summary


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def _office_shown(window: MainWindow, errors: ErrorHub) -> dict[str, object]:
    """The office's details as the set-up dialog (File → ข้อมูลหน่วยงาน) shows them."""
    dialog = SetupDialog(window.desk, errors, window, first_run=False)
    ui = dialog.ui
    shown = {
        "name": ui.nameEdit.text(),
        "short_name": ui.shortNameEdit.text(),
        "district": ui.districtEdit.text(),
        "province": ui.provinceEdit.text(),
        "document_code": ui.documentCodeEdit.text(),
        "phone": ui.phoneEdit.text(),
        "emblem": dialog.emblem is not None,
        "units": ui.unitsList.lines(),
    }
    dialog.close()
    return shown


def _ticked(window: MainWindow, title_start: str) -> Status:
    """The status ticked in the table's row of the measure whose title starts so."""
    for row in range(window.proxy.rowCount()):
        if str(window.proxy.index(row, 1).data()).startswith(title_start):
            ticks = [s for s, c in COLUMN_OF_STATUS.items() if window.proxy.index(row, c).data() == TICK]
            assert len(ticks) == 1
            return ticks[0]
    raise AssertionError(f"no row for {title_start}")


# -- (a) another office's details ---------------------------------------------------------------------
def test_the_preview_shows_the_offices_differing_details_side_by_side(
    tmp_path: Path, make_window: object, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(_other_office(tmp_path))  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    assert dialog.office_table is not None
    rows = {label: (ours, theirs) for label, ours, theirs in _rows(dialog.office_table)}
    assert rows["ชื่อหน่วยงาน"] == ("องค์การบริหารส่วนตำบลทดสอบ", "องค์การบริหารส่วนตำบลลาโละ")
    assert rows["รหัสหนังสือ (ที่)"] == ("นธ 1234", "นธ ๗๓๔๐๑")
    assert rows["โทรศัพท์"] == ("0-7351-1111", "๐-๗๓-๕๗๘๐๑๗")
    assert rows["อำเภอ"] == ("เมืองนราธิวาส", "(ว่าง)")
    assert rows["จังหวัด"] == ("นราธิวาส", "(ว่าง)")
    assert rows["ตราครุฑ"][1] == "ไม่มี"
    assert dialog.findChild(QAbstractButton, "keepOffice").isChecked()  # type: ignore[union-attr]
    assert dialog.counts()["มาตรการ"] == [10, 10, 0, 0, 0]  # in the file, new, updated, unchanged, removed
    assert dialog.counts()["ข้อมูลหน่วยงาน"] == [1, 0, 0, 1, 0]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_keeping_the_office_leaves_its_details_as_they_were(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    window: MainWindow = make_window(_other_office(tmp_path))  # type: ignore[operator]
    before = _office_shown(window, errors)
    dialog = _preview(window, qtbot)
    _import(qtbot, window, dialog)  # the default: keep my office's details
    assert _office_shown(window, errors) == before
    assert before["name"] == "องค์การบริหารส่วนตำบลทดสอบ" and before["emblem"] is True
    assert window.year == 2566 and window.proxy.rowCount() == 10  # the file's measures came in
    assert errors.last_message == ""


def test_taking_the_files_office_takes_its_details(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    window: MainWindow = make_window(_other_office(tmp_path))  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    _click(qtbot, dialog, "takeOffice")
    assert dialog.counts()["ข้อมูลหน่วยงาน"] == [1, 0, 1, 0, 0]  # planned again: now updated
    _import(qtbot, window, dialog)
    shown = _office_shown(window, errors)
    assert shown["name"] == "องค์การบริหารส่วนตำบลลาโละ"
    assert shown["short_name"] == "อบต.ลาโละ"
    assert shown["document_code"] == "นธ ๗๓๔๐๑"
    assert shown["phone"] == "๐-๗๓-๕๗๘๐๑๗"
    assert (shown["district"], shown["province"], shown["emblem"]) == ("", "", False)


def test_cancel_changes_nothing(tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub) -> None:
    desk = _other_office(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    before = _office_shown(window, errors)
    dialog = _preview(window, qtbot)
    _click(qtbot, dialog, "takeOffice")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_preview(window) is None)
    assert _office_shown(window, errors) == before
    assert desk.years() == [2567] and [m.title for m in desk.measures(2567)] == ["มาตรการของเราเอง"]


# -- (b) the same units under other codes -------------------------------------------------------------
def test_units_of_the_same_name_under_other_codes_are_not_added_again(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    window: MainWindow = make_window(_other_office(tmp_path))  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    assert dialog.counts()["ส่วนราชการ"] == [2, 0, 0, 2, 0]  # สำนักปลัด and กองคลัง are ours already
    _import(qtbot, window, dialog)
    assert _office_shown(window, errors)["units"] == ["สำนักปลัด", "กองคลัง", "กองสาธารณสุข"]
    assert [u.id for u in window.desk.units()] == ["unit-01", "unit-02", "unit-03"]


# -- (c) statuses the file has further back -----------------------------------------------------------
def _done_after_import(tmp_path: Path) -> OfficeData:
    """The office imported the district's file, then marked the first measure done."""
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.import_dataset(read_exchange_file(LALO))
    desk.set_status(FIRST_MEASURE, Status.DONE, date(2023, 3, 1), "ประชุมแล้ว")
    return desk


def test_a_status_going_back_is_listed_and_kept_by_default(
    tmp_path: Path, make_window: object, qtbot: QtBot
) -> None:
    desk = _done_after_import(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    assert dialog.status_table is not None
    [row] = _rows(dialog.status_table)
    assert row[0].startswith("๑ การเผยแพร่ข้อมูล") and row[1:] == ["2566", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ"]
    assert dialog.findChild(QAbstractButton, "keepStatuses").isChecked()  # type: ignore[union-attr]
    assert dialog.findChild(QAbstractButton, "addYear2566").isChecked()  # type: ignore[union-attr]
    assert dialog.counts()["มาตรการ"] == [10, 0, 0, 10, 0]
    _import(qtbot, window, dialog)
    assert _ticked(window, "การเผยแพร่ข้อมูล") == Status.DONE
    [measure] = [m for m in desk.measures(2566) if m.id == FIRST_MEASURE]
    assert [(h.status, h.note) for h in measure.history] == [(Status.DONE, "ประชุมแล้ว")]


def test_a_status_going_back_is_taken_when_chosen(tmp_path: Path, make_window: object, qtbot: QtBot) -> None:
    desk = _done_after_import(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    _click(qtbot, dialog, "takeStatuses")
    assert dialog.counts()["มาตรการ"] == [10, 0, 1, 9, 0]  # planned again: one measure changes
    _import(qtbot, window, dialog)
    assert _ticked(window, "การเผยแพร่ข้อมูล") == Status.NOT_STARTED
    [measure] = [m for m in desk.measures(2566) if m.id == FIRST_MEASURE]
    assert measure.history == []


# -- a year already stored ----------------------------------------------------------------------------
def test_replacing_a_year_removes_what_the_file_does_not_hold_and_adding_keeps_it(
    tmp_path: Path, make_window: object, qtbot: QtBot
) -> None:
    desk = _done_after_import(tmp_path)
    desk.add_measure(2566, Measure(title="มาตรการที่เราเพิ่มเอง"))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _preview(window, qtbot)
    _click(qtbot, dialog, "replaceYear2566")
    assert dialog.counts()["มาตรการ"][4] == 1  # one measure would be removed
    _click(qtbot, dialog, "addYear2566")
    assert dialog.counts()["มาตรการ"][4] == 0
    _import(qtbot, window, dialog)
    assert "มาตรการที่เราเพิ่มเอง" in [m.title for m in desk.measures(2566)]

    again = _preview(window, qtbot)
    _click(qtbot, again, "replaceYear2566")
    _import(qtbot, window, again)
    assert window.proxy.rowCount() == 10
    assert "มาตรการที่เราเพิ่มเอง" not in [m.title for m in desk.measures(2566)]


def test_an_empty_database_imports_without_asking(tmp_path: Path, make_window: object, qtbot: QtBot) -> None:
    desk = OfficeData(Database.open(str(tmp_path / "new.sqlite3")))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    with qtbot.waitSignal(window.imported, timeout=20000):
        window_actions.import_file(window, LALO)
    assert _open_preview(window) is None
    stored = desk.organization()
    assert stored is not None and stored.name == "องค์การบริหารส่วนตำบลลาโละ"
