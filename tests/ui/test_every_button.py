"""Every button and menu command does what it says, and none of them crashes.

A signal's arguments (clicked(bool), triggered(bool), currentIndexChanged(int) ...) once landed in a slot's
optional parameters: "เพิ่มผลการดำเนินงาน" handed False to add_entry(text=...) and crashed every time. Here
each button of the real windows is clicked and each menu command triggered, over a real SQLite file, with the
questions they ask answered "cancel"; pytest-qt fails the test on any exception raised inside a slot.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from itadesk.domain.model import IndicatorScore, ItaResult, Measure, Organization, Person, Unit
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.desk.year_session import SAVE_DELAY_MS
from itadesk.ui.main_window.main_window import MainWindow
from tests.ui.conftest import type_text

# Commands that end the program or wait for another program; each is reached some other way in the tests.
_NOT_TRIGGERED = {"actionQuit"}


@pytest.fixture
def cancelled_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal question is answered "cancel", as a user who changes their mind would."""
    for cls in (QDialog, QMessageBox, QInputDialog, QFileDialog):
        monkeypatch.setattr(cls, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))


def _office(tmp_path: Path) -> tuple[Database, OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(
        Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ", document_code="นธ 1234"),
        [Unit(name="สำนักปลัด"), Unit(name="กองคลัง")],
        [Person(name="สุนานี อามะ", title="นางสาว", position="นิติกรปฏิบัติการ")],
    )
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล", steps=["ประชุม"], evidence=["ภาพถ่าย"]))
    desk.add_measure(2567, Measure(title="มาตรการจัดซื้อจัดจ้าง"))
    # Last year's result, so that every print command has something to print (the analysis answers it).
    desk.save_ita_result(
        2567, ItaResult(2566, 81.5, indicators=[IndicatorScore(9, "การเปิดเผยข้อมูล", "OIT", 70.0)])
    )
    return db, desk


def _click_all(qtbot: QtBot, root: QWidget) -> list[str]:
    clicked = []
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton):
            continue
        if button.isVisible() and button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            clicked.append(button.text() or button.objectName())
    return clicked


def _select_first(window: MainWindow, qtbot: QtBot) -> None:
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.measure_id is not None


@pytest.mark.usefixtures("cancelled_questions")
def test_every_button_and_command_of_the_main_window(
    tmp_path: Path, qtbot: QtBot, make_window: object, errors: ErrorHub
) -> None:
    db, desk = _office(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    _select_first(window, qtbot)
    tabs = window.editor.ui.tabs
    clicked = []
    for index in range(tabs.count()):  # each tab's buttons, while they can be seen
        tabs.setCurrentIndex(index)
        clicked += _click_all(qtbot, tabs.currentWidget())
    clicked += _click_all(qtbot, window)
    assert "เพิ่มผลการดำเนินงาน" in clicked
    triggered = []
    for action in window.findChildren(QAction):
        if action.objectName() in _NOT_TRIGGERED or not action.isEnabled() or action.menu() is not None:
            continue
        if not action.text() or action.isSeparator():
            continue
        action.trigger()
        triggered.append(action.objectName())
    assert {"actionItaResult", "actionSetup", "actionStartNextYear", "actionExport"} <= set(triggered)
    window.background.wait()
    qtbot.wait(SAVE_DELAY_MS * 2)
    assert errors.last_message == "", errors.last_message
    window.session.flush()
    db.dispose()


@pytest.mark.usefixtures("cancelled_questions")
def test_every_button_of_the_memo_composer(
    tmp_path: Path, qtbot: QtBot, make_window: object, errors: ErrorHub
) -> None:
    db, desk = _office(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    qtbot.mouseClick(window.ui.composeMemoButton, Qt.MouseButton.LeftButton)
    composer = window.memo_composer
    assert isinstance(composer, QWidget)
    qtbot.waitExposed(composer)
    clicked = _click_all(qtbot, composer)
    assert clicked
    window.background.wait()
    assert errors.last_message == "", errors.last_message
    composer.close()
    db.dispose()


def test_add_result_twice_by_mouse_and_both_are_stored(
    tmp_path: Path, qtbot: QtBot, make_window: object, errors: ErrorHub
) -> None:
    """The clerk's crash: click "เพิ่มผลการดำเนินงาน", type, and again; the database holds both results."""
    db, desk = _office(tmp_path)
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    _select_first(window, qtbot)
    results = window.editor.ui.resultsEditor
    tabs = window.editor.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(results)))
    typed = [(date(2023, 12, 5), "ประชุมคณะทำงาน"), (date(2024, 2, 14), "เผยแพร่ประกาศบนเว็บไซต์")]
    for day, text in typed:
        qtbot.mouseClick(results.add_button, Qt.MouseButton.LeftButton)
        results.date_edit.pick(day)
        type_text(results.text_edit, text)
    stored = lambda: desk.measures(2567)[0].results  # noqa: E731
    qtbot.waitUntil(
        lambda: len(stored()) == 2 and stored()[1].text == typed[1][1], timeout=SAVE_DELAY_MS * 10
    )
    assert [(r.date, r.text) for r in stored()] == typed
    assert errors.last_message == ""
    db.dispose()
