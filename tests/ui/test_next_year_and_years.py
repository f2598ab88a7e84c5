"""Starting the next year and reaching any year from the Year menu, as a clerk does it on a real SQLite
file: evidence links and results stay with their year, the office's own titles and introductions are
offered to the new year with the year moved on, a past year is opened or added from the menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMenu, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from itadesk.domain.model import DocumentContent, Measure, ResultEntry, YearContent
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.office.year_carry import moved_on
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import clicking, in_turn

TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๗"


def _office(tmp_path: Path) -> OfficeData:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล", evidence=["https://example.org/2567/ประกาศ.pdf"],
                                   results=[ResultEntry("เผยแพร่ประกาศ", date(2024, 1, 5))]))  # fmt: skip
    desk.save_year_content(2567, YearContent(documents=[DocumentContent(
        "plan", title=TITLE, introduction=["ตามแผนปี 2567 และปี ๒๕๖๗"], note="ข้อมูล ณ ปี 2567")],
        omit_empty_columns=True))  # fmt: skip
    return desk


def test_the_next_year_keeps_evidence_behind_and_is_offered_the_offices_words(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    desk = _office(tmp_path)
    window = make_window(desk)
    told: list[str] = []
    offered: list[str] = []

    def read_and_carry(dialog: QWidget) -> None:
        offered.append(dialog.text())  # type: ignore[attr-defined]  # a QMessageBox
        clicking(qtbot, "ใช้กับปีใหม่")(dialog)

    in_turn(qtbot, [
        ("เริ่มปีงบประมาณถัดไป", clicking(qtbot, "ตกลง")),
        ("ใช้เนื้อหาของเอกสารกับปีใหม่", read_and_carry),
    ], told)  # fmt: skip
    window.ui.actionStartNextYear.trigger()
    assert told == ["เริ่มปีงบประมาณถัดไป", "ใช้เนื้อหาของเอกสารกับปีใหม่"]
    assert "ชื่อเอกสาร บทนำ หมายเหตุ การไม่พิมพ์คอลัมน์ที่ว่าง" in offered[0]
    assert desk.year_content(2568).omit_empty_columns is True  # the tables of 2568 print as 2567's did
    assert window.year == 2568
    new, old = desk.measures(2568)[0], desk.measures(2567)[0]
    assert (new.evidence, new.results) == ([], [])  # they belong to 2567's work
    assert old.evidence == ["https://example.org/2567/ประกาศ.pdf"] and len(old.results) == 1
    plan = desk.year_content(2568).document("plan")
    assert plan.title == TITLE.replace("๒๕๖๗", "๒๕๖๘")
    assert plan.introduction == ["ตามแผนปี 2568 และปี ๒๕๖๘"] and plan.note == "ข้อมูล ณ ปี 2568"
    assert desk.year_content(2567).document("plan").title == TITLE


def test_the_offer_can_be_declined(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    desk = _office(tmp_path)
    window = make_window(desk)
    told: list[str] = []
    in_turn(qtbot, [
        ("เริ่มปีงบประมาณถัดไป", clicking(qtbot, "ตกลง")),
        ("ใช้เนื้อหาของเอกสารกับปีใหม่", clicking(qtbot, "ไม่ใช้")),
    ], told)  # fmt: skip
    window.ui.actionStartNextYear.trigger()
    assert len(told) == 2 and desk.year_content(2568).is_empty()


def test_any_year_is_opened_or_added_from_the_year_menu(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    desk = _office(tmp_path)
    desk.add_measure(2568, Measure(title="มาตรการปีใหม่"))
    window = make_window(desk)
    window.reload_years(2568)
    years_menu = window.ui.menuYear.findChild(QMenu, "openYearMenu")
    assert years_menu is not None
    years_menu.aboutToShow.emit()
    shown = {a.text(): a for a in years_menu.actions()}
    assert list(shown) == ["ปีงบประมาณ 2568", "ปีงบประมาณ 2567"] and shown["ปีงบประมาณ 2568"].isChecked()
    shown["ปีงบประมาณ 2567"].trigger()
    assert window.year == 2567 and [m.title for m in window.session.measures()] == ["มาตรการเปิดเผยข้อมูล"]

    def type_year(dialog: QWidget) -> None:
        box = dialog.findChild(QSpinBox)
        assert box is not None
        box.lineEdit().selectAll()
        type_text(box.lineEdit(), "2560")
        clicking(qtbot, "เพิ่มและเปิด")(dialog)

    told: list[str] = []
    in_turn(qtbot, [("เพิ่มปีงบประมาณ", type_year)], told)
    next(a for a in window.ui.menuYear.actions() if a.objectName() == "actionAddYear").trigger()
    assert told == ["เพิ่มปีงบประมาณ"] and window.year == 2560 and 2560 in desk.years()
    assert window.ui.yearCombo.currentText() == "พ.ศ. 2560"


def test_the_year_in_the_offices_words_moves_on_alone() -> None:
    assert moved_on("ปีงบประมาณ ๒๕๖๗ (2567) ราคา 125670 บาท", 2567) == "ปีงบประมาณ ๒๕๖๘ (2568) ราคา 125670 บาท"
