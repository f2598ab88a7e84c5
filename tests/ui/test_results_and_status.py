"""The results tab and a status change as a clerk uses them, on a real SQLite file: the add button above the
table, no red frame before anything is typed, each result's round shown; a status from the editor asks its
day and a note, and both are kept in the measure's history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.desk.year_session import SAVE_DELAY_MS
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.measure_editor.status_change import StatusChangeDialog
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import LEFT, answer_next, button, click, click_choice, click_row, when_open


def _window(make_window: Callable[[object], MainWindow], tmp_path: Path) -> tuple[MainWindow, OfficeData]:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล"))
    return make_window(desk), desk


def _results_tab(window: MainWindow) -> None:
    results = window.editor.ui.resultsEditor
    tabs = window.editor.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(results)))


def test_adding_a_result_frames_nothing_and_shows_its_round(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    window, desk = _window(make_window, tmp_path)
    click_row(qtbot, window.ui.measureTable, 0)
    _results_tab(window)
    results = window.editor.ui.resultsEditor
    assert results.add_button.mapTo(results, results.add_button.rect().topLeft()).y() < results.view.y()
    click(qtbot, results.add_button)
    framed = [w for w in [results, *results.findChildren(QWidget)] if "c62828" in w.styleSheet()]
    assert framed == [] and window.ui.statusbar.currentMessage() == ""
    assert not window.editor.problemLabel.isVisible()
    results.date_edit.pick(date(2024, 1, 15))
    assert "รอบ 6 เดือน" in results.round_label.text() and "31" in results.round_label.text()
    assert [w for w in results.findChildren(QWidget) if "c62828" in w.styleSheet()] == []
    type_text(results.text_edit, "ประชุมคณะทำงาน")
    qtbot.wait(SAVE_DELAY_MS + 200)
    window.session.flush()
    stored = desk.measures(2567)[0].results
    assert [(r.date, r.text) for r in stored] == [(date(2024, 1, 15), "ประชุมคณะทำงาน")]
    assert results.model.index(0, 1).data() == "รอบ 6 เดือน"
    click(qtbot, results.add_button)
    results.date_edit.pick(date(2024, 6, 3))
    assert results.round_label.text().startswith("อยู่ในรายงานรอบ 12 เดือน")
    type_text(results.text_edit, "เผยแพร่ประกาศ")
    assert results.model.index(1, 1).data() == "รอบ 12 เดือน"


def test_a_status_from_the_editor_keeps_its_day_and_note(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    window, desk = _window(make_window, tmp_path)
    click_row(qtbot, window.ui.measureTable, 0)
    editor = window.editor

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusChangeDialog)
        dialog.dateEdit.pick(date(2024, 2, 20))
        type_text(dialog.noteEdit, "เผยแพร่บนเว็บไซต์แล้ว")
        qtbot.mouseClick(button(dialog, "บันทึก"), LEFT)

    when_open(qtbot, fill)
    click_choice(qtbot, editor.ui.doneRadio)
    window.session.flush()  # the window stores off its GUI thread: a moment later the database has it
    measure = desk.measures(2567)[0]
    assert measure.status == Status.DONE
    assert (measure.history[-1].date, measure.history[-1].note) == (date(2024, 2, 20), "เผยแพร่บนเว็บไซต์แล้ว")
    assert "เผยแพร่บนเว็บไซต์แล้ว" in editor.ui.historyList.item(0).text()

    def cancel(dialog: QWidget) -> None:
        type_text(dialog.findChild(type(editor.ui.numberEdit)), "พิมพ์ผิด")
        answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์")
        qtbot.mouseClick(button(dialog, "ยกเลิก"), LEFT)

    when_open(qtbot, cancel)
    click_choice(qtbot, editor.ui.inProgressRadio)
    assert editor.ui.doneRadio.isChecked()  # cancelled: the editor shows the status kept
    assert desk.measures(2567)[0].status == Status.DONE


def test_a_past_years_status_starts_at_a_day_inside_that_year_and_says_why(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from itadesk.domain.fiscal import fiscal_year_of

    assert fiscal_year_of(date.today()) > 2566  # today is outside fiscal year 2566 (1 Oct 2022 – 30 Sep 2023)
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2566, Measure(title="มาตรการที่จบในเดือนสิงหาคม", end=date(2023, 8, 31)))
    desk.add_measure(2566, Measure(title="มาตรการที่ไม่มีวันสิ้นสุด"))
    window = make_window(desk)
    window.show_year(2566)
    editor = window.editor
    seen: list[tuple[date | None, str, bool]] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusChangeDialog)
        seen.append((dialog.day(), dialog.dayNote.text(), dialog.dayNote.isVisible()))
        qtbot.mouseClick(button(dialog, "บันทึก"), LEFT)

    click_row(qtbot, window.ui.measureTable, 0)
    when_open(qtbot, accept)
    click_choice(qtbot, editor.ui.doneRadio)
    day, why, shown = seen[-1]
    assert day == date(2023, 8, 31) and shown  # the measure's own end, inside the year
    assert "อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 – 30 กันยายน 2566)" in why
    assert why.endswith("จึงใช้วันสิ้นสุดของมาตรการ 31 สิงหาคม 2566")
    window.session.flush()  # stored off the GUI thread: a moment later
    assert desk.measures(2566)[0].history[-1].date == date(2023, 8, 31)

    click_row(qtbot, window.ui.measureTable, 1)
    when_open(qtbot, accept)
    click_choice(qtbot, editor.ui.inProgressRadio)
    day, why, shown = seen[-1]
    assert day == date(2023, 9, 30) and shown and why.endswith("จึงใช้วันสุดท้ายของปีงบประมาณ 30 กันยายน 2566")
    window.session.flush()  # stored off the GUI thread: a moment later
    assert desk.measures(2566)[1].history[-1].date == date(2023, 9, 30)

    # A tick in the table (key 3: done) asks nothing, and records the same day inside the year.
    window.ui.measureTable.setFocus()
    qtbot.keyClick(window.ui.measureTable, Qt.Key.Key_3)
    window.session.flush()
    assert desk.measures(2566)[1].status == Status.DONE
    assert desk.measures(2566)[1].history[-1].date == date(2023, 9, 30)


def test_this_years_status_starts_today_with_nothing_beside_it(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    from itadesk.domain.fiscal import fiscal_year_of

    year = fiscal_year_of(date.today())
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(year, Measure(title="มาตรการปีนี้"))
    window = make_window(desk)
    window.show_year(year)
    seen: list[tuple[date | None, bool]] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusChangeDialog)
        seen.append((dialog.day(), dialog.dayNote.isVisible()))
        qtbot.mouseClick(button(dialog, "บันทึก"), LEFT)

    click_row(qtbot, window.ui.measureTable, 0)
    when_open(qtbot, accept)
    click_choice(qtbot, window.editor.ui.doneRadio)
    assert seen == [(date.today(), False)]
    window.session.flush()  # stored off the GUI thread: a moment later
    assert desk.measures(year)[0].history[-1].date == date.today()
