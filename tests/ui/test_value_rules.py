"""The window refuses at the field what the import refuses, in the import's words, and saves nothing of it.

Over a real SQLite file: a score of 120 typed into the ITA result dialog is refused when Save is clicked
(the box is marked, the message is the reader's), and what the window does save exports and imports back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization, Unit
from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.reader import read_exchange_bytes, read_exchange_file
from itadesk.exchange.writer import write_exchange_file
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.desk.year_session import SAVE_DELAY_MS
from itadesk.ui.main_window import window_actions
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.office.ita_result_dialog import ItaResultDialog
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import answer_next

READER_SCORE_MESSAGE = "คะแนน 120 อยู่นอกช่วง 0–100"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Database, OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [Unit(name="สำนักปลัด")], [])
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล"))
    yield db, desk
    db.dispose()


def _the_reader_says(score: object) -> str:
    """What importing a file with this overall score says (the words the window must use)."""
    data = (
        '{"format": "itadesk/1", "years": [{"fiscal_year": 2567, '
        f'"ita_result": {{"assessed_year": 2566, "score": {score}}}}}]}}'
    ).encode()
    with pytest.raises(ExchangeError) as refused:
        read_exchange_bytes(data)
    return str(refused.value)


def _in_the_dialog(qtbot: QtBot, window: MainWindow, act: object) -> None:
    """Run `act(dialog)` once the ITA result dialog the menu opens is on screen (it runs its own loop)."""

    def find() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ItaResultDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, find)
            return
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, find)
    window.ui.actionItaResult.trigger()


def _save_button(dialog: ItaResultDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _type_score(qtbot: QtBot, dialog: ItaResultDialog, text: str) -> None:
    line = dialog.score.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_a_score_of_120_is_refused_at_the_field_in_the_readers_words(
    office: tuple[Database, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    seen: dict[str, object] = {}

    def act(dialog: ItaResultDialog) -> None:
        _type_score(qtbot, dialog, "120")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        seen["visible"] = dialog.isVisible()
        seen["message"] = dialog.problem.text() if dialog.problem.isVisible() else ""
        seen["marked"] = "border" in dialog.score.styleSheet()
        answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์")  # Cancel asks before the typed score is thrown away
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    _in_the_dialog(qtbot, window, act)
    assert seen["visible"] is True  # Save did not close the dialog
    assert READER_SCORE_MESSAGE in _the_reader_says(120)
    assert READER_SCORE_MESSAGE in str(seen["message"])  # the same words as the import
    assert seen["marked"] is True
    assert desk.ita_result(2567) is None  # nothing stored


def test_an_indicator_score_past_100_is_refused_and_a_good_one_saved(
    office: tuple[Database, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    messages: list[str] = []

    def act(dialog: ItaResultDialog) -> None:
        table = dialog.indicators
        table.setCurrentCell(0, 2)
        table.editItem(table.item(0, 2))
        editor = table.viewport().findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "120")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        messages.append(table.item(0, 2).text())
        messages.append(dialog.problem.text())
        table.item(0, 2).setText("91.7")
        _type_score(qtbot, dialog, "77.99")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]

    _in_the_dialog(qtbot, window, act)
    assert messages[0] == "120"  # typed into the cell, and Save clicked while still typing
    assert "ตัวชี้วัดที่ 1" in messages[1] and READER_SCORE_MESSAGE in messages[1]
    stored = desk.ita_result(2567)
    assert stored is not None and stored.score == 77.99
    assert [(i.number, i.score) for i in stored.indicators] == [(1, 91.7)]


def test_an_end_before_the_start_is_refused_at_the_field_and_not_saved(
    office: tuple[Database, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.editor
    editor.ui.startDate.pick(date(2024, 3, 1))
    editor.ui.endDate.pick(date(2024, 1, 31))
    window.session.flush()
    assert "วันสิ้นสุด 2024-01-31 อยู่ก่อนวันเริ่ม 2024-03-01" in window.ui.statusbar.currentMessage()
    assert "border" in editor.ui.endDate.styleSheet()
    stored = desk.measures(2567)[0]
    assert (stored.start, stored.end) == (date(2024, 3, 1), None)
    editor.ui.endDate.pick(date(2024, 9, 30))
    window.session.flush()
    assert desk.measures(2567)[0].end == date(2024, 9, 30)
    assert editor.ui.endDate.styleSheet() == ""


def test_what_the_window_saves_exports_and_imports_back(
    office: tuple[Database, OfficeData], qtbot: QtBot, make_window: object, tmp_path: Path, errors: ErrorHub
) -> None:
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]

    def act(dialog: ItaResultDialog) -> None:
        _type_score(qtbot, dialog, "88.5")
        dialog.parts["IIT"].lineEdit().selectAll()
        qtbot.keyClicks(dialog.parts["IIT"].lineEdit(), "96.59")
        dialog.indicators.item(1, 2).setText("100")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]

    _in_the_dialog(qtbot, window, act)
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_text(window.editor.ui.periodEdit, "ต.ค. ๖๖ – ก.ย. ๖๗")
    qtbot.keyClicks(window.editor.ui.numberEdit, "1.1")
    window.editor.ui.startDate.pick(date(2023, 10, 1))
    window.editor.ui.endDate.pick(date(2024, 9, 30))
    qtbot.wait(SAVE_DELAY_MS * 2)
    window.session.flush()
    path = tmp_path / "ส่งออก.json"
    window_actions.export_file(window, path)
    window.background.wait()
    qtbot.waitUntil(path.exists)
    assert errors.last_message == ""
    back = read_exchange_file(path)
    year = next(y for y in back.years if y.fiscal_year == 2567)
    assert year.ita_result is not None
    assert year.ita_result.score == 88.5
    assert [(p.code, p.score) for p in year.ita_result.parts] == [("IIT", 96.59)]
    measure = year.measures[0]
    assert (measure.period, measure.number, measure.start, measure.end) == (
        "ต.ค. ๖๖ – ก.ย. ๖๗",
        "1.1",
        date(2023, 10, 1),
        date(2024, 9, 30),
    )
    write_exchange_file(back, tmp_path / "again.json")  # and round again
    assert read_exchange_file(tmp_path / "again.json") == back


def test_a_result_added_but_not_yet_typed_is_not_stored_until_it_has_text(
    office: tuple[Database, OfficeData], qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    """An empty result would make the office's own export refuse to import ("ต้องไม่เว้นว่าง"): a result just
    added is not saved, and nothing is framed red, until its text is typed."""
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    results = window.editor.ui.resultsEditor
    tabs = window.editor.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(results)))
    qtbot.mouseClick(results.add_button, Qt.MouseButton.LeftButton)
    window.session.flush()
    assert desk.measures(2567)[0].results == []
    assert window.ui.statusbar.currentMessage() == ""
    assert not [w for w in results.findChildren(QWidget) if "c62828" in w.styleSheet()]
    type_text(results.text_edit, "ประชุมคณะทำงาน")
    qtbot.wait(SAVE_DELAY_MS * 2)
    window.session.flush()
    assert [r.text for r in desk.measures(2567)[0].results] == ["ประชุมคณะทำงาน"]
    assert results.styleSheet() == ""
    write_exchange_file(desk.dataset(), tmp_path / "out.json")
    assert read_exchange_file(tmp_path / "out.json").years[0].measures[0].results[0].text == "ประชุมคณะทำงาน"


def test_the_set_up_refuses_a_person_of_a_unit_the_office_does_not_have(
    office: tuple[Database, OfficeData], qtbot: QtBot, errors: ErrorHub
) -> None:
    from itadesk.domain.model import Person
    from itadesk.ui.office.setup_dialog import SetupDialog

    _, desk = office
    dialog = SetupDialog(desk, errors, first_run=False)
    qtbot.addWidget(dialog)
    dialog.add_person(Person(name="สุนานี อามะ", unit="กองช่าง"))
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() != 1  # not accepted
    assert 'ไม่มีหน่วยงานชื่อ "กองช่าง" ใน units (มี สำนักปลัด)' in errors.last_message
    assert desk.people() == []  # nothing stored
    table = dialog.ui.peopleTable
    table.item(0, 4).setText("สำนักปลัด")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert [(p.name, p.unit) for p in desk.people()] == [("สุนานี อามะ", "สำนักปลัด")]
