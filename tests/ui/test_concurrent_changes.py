"""The window open on a database while the command line or another PC writes it: nothing anyone wrote is lost,
and the window shows the others' changes within two seconds without losing the user's place or typing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

import itadesk
from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS, TICK

SHOWN_WITHIN_MS = 2000


@pytest.fixture
def open_databases() -> Iterator[list[Database]]:
    opened: list[Database] = []
    yield opened
    for db in opened:
        db.dispose()


def _office(url: str, opened: list[Database]) -> tuple[OfficeData, list[str]]:
    db = Database.open(url)
    opened.append(db)
    desk = OfficeData(db)
    ids = [
        str(desk.add_measure(2567, Measure(title=title)).id)
        for title in ("เปิดเผยข้อมูลข่าวสาร", "ประชุมคณะทำงาน", "รับเรื่องร้องเรียน")
    ]
    return desk, ids


def _window_on(url: str, opened: list[Database], make_window: object, qtbot: QtBot) -> MainWindow:
    db = Database.open(url)
    opened.append(db)
    window: MainWindow = make_window(OfficeData(db))  # type: ignore[operator]
    window.show_year(2567)
    qtbot.waitUntil(window.change_watch.is_watching)  # it starts once the table has been painted
    return window


def _select(window: MainWindow, qtbot: QtBot, row: int) -> None:
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.measure_id == window.model.measure_at(row).id


def _type_at_end_of_title(window: MainWindow, qtbot: QtBot, text: str) -> None:
    title = window.editor.ui.titleEdit
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(title, text)


def _shows_done(window: MainWindow, row: int) -> bool:
    tick = window.proxy.index(row, COLUMN_OF_STATUS[Status.DONE]).data()
    return bool(tick == TICK and window.ui.summaryBar.counts()[Status.DONE] == 1)


def _run_itadesk(*args: str) -> None:
    source = str(Path(itadesk.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-m", "itadesk", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("seen_before_the_save", [False, True], ids=["saved-on-a-stale-copy", "seen-first"])
def test_a_status_set_on_the_command_line_survives_the_windows_edit_and_shows_in_the_window(
    database_url: str,
    qtbot: QtBot,
    make_window: object,
    open_databases: list[Database],
    seen_before_the_save: bool,
) -> None:
    desk, ids = _office(database_url, open_databases)
    window = _window_on(database_url, open_databases, make_window, qtbot)
    _select(window, qtbot, 1)
    scroll_before = window.ui.measureTable.verticalScrollBar().value()
    if not seen_before_the_save:
        window.change_watch.stop()  # the other program writes between two looks: the autosave comes first

    # Another program: the clerk's colleague ticks the measure done from the command line.
    _run_itadesk("--db", database_url, "status", ids[1], "done", "--note", "ปิดงานจากบรรทัดคำสั่ง")
    # The window's copy is now stale; the user goes on typing in the measure's title.
    _type_at_end_of_title(window, qtbot, " 2567")
    title = window.editor.ui.titleEdit
    if seen_before_the_save:
        qtbot.waitUntil(lambda: _shows_done(window, 1), timeout=SHOWN_WITHIN_MS)
        assert title.toPlainText() == "ประชุมคณะทำงาน 2567", "the unsaved typing stays"
        assert title.textCursor().position() == len("ประชุมคณะทำงาน 2567")
        qtbot.keyClicks(title, "!")  # still typing where the cursor was
    else:
        qtbot.keyClicks(title, "!")
        qtbot.waitUntil(lambda: not window.session.has_unsaved(), timeout=5000)  # the autosave
        window.change_watch.start()
    qtbot.waitUntil(lambda: _shows_done(window, 1), timeout=SHOWN_WITHIN_MS)
    assert window.editor.ui.doneRadio.isChecked()
    assert "ปิดงานจากบรรทัดคำสั่ง" in window.editor.ui.historyList.item(0).text()
    # The user's place and typing are where they were.
    assert window.ui.measureTable.current_measure_id() == ids[1]
    assert window.ui.measureTable.verticalScrollBar().value() == scroll_before
    assert title.toPlainText() == "ประชุมคณะทำงาน 2567!"

    qtbot.waitUntil(lambda: not window.session.has_unsaved(), timeout=5000)  # the autosave
    stored = desk.measures(2567)[1]
    assert stored.title == "ประชุมคณะทำงาน 2567!"
    assert stored.status is Status.DONE
    assert [(h.status, h.note) for h in stored.history] == [(Status.DONE, "ปิดงานจากบรรทัดคำสั่ง")]
    assert [m.title for m in desk.measures(2567)] == ["เปิดเผยข้อมูลข่าวสาร", "ประชุมคณะทำงาน 2567!",
                                                      "รับเรื่องร้องเรียน"]  # fmt: skip


def test_two_windows_on_one_database_keep_each_others_changes(
    database_url: str, qtbot: QtBot, make_window: object, open_databases: list[Database]
) -> None:
    desk, _ids = _office(database_url, open_databases)
    here = _window_on(database_url, open_databases, make_window, qtbot)
    there = _window_on(database_url, open_databases, make_window, qtbot)  # the other PC
    _select(here, qtbot, 0)
    _select(there, qtbot, 0)

    # The other PC ticks the measure done by a click in its table, then gives it a result period.
    view = there.ui.measureTable
    rect = view.visualRect(there.proxy.index(0, COLUMN_OF_STATUS[Status.DONE]))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    there.editor.ui.periodEdit.setFocus()
    qtbot.keyClicks(there.editor.ui.periodEdit, "10/2566 - 9/2567")
    there.session.flush()
    # Here, the user types into the same measure's title.
    _type_at_end_of_title(here, qtbot, " (OIT)")

    qtbot.waitUntil(lambda: _shows_done(here, 0), timeout=SHOWN_WITHIN_MS)
    assert here.editor.ui.periodEdit.text() == "10/2566 - 9/2567"
    assert here.editor.ui.titleEdit.toPlainText() == "เปิดเผยข้อมูลข่าวสาร (OIT)"
    qtbot.waitUntil(lambda: not here.session.has_unsaved(), timeout=5000)
    qtbot.waitUntil(
        lambda: there.editor.ui.titleEdit.toPlainText() == "เปิดเผยข้อมูลข่าวสาร (OIT)", timeout=SHOWN_WITHIN_MS
    )

    stored = desk.measures(2567)[0]
    assert (stored.title, stored.period, stored.status) == (
        "เปิดเผยข้อมูลข่าวสาร (OIT)",
        "10/2566 - 9/2567",
        Status.DONE,
    )
    assert [h.status for h in stored.history] == [Status.DONE]


def test_both_changing_the_same_field_keeps_the_users_typing_and_says_so(
    database_url: str, qtbot: QtBot, make_window: object, open_databases: list[Database]
) -> None:
    desk, ids = _office(database_url, open_databases)
    window = _window_on(database_url, open_databases, make_window, qtbot)
    _select(window, qtbot, 2)
    window.change_watch.stop()  # the other PC's write lands between two looks: the save meets it first
    _type_at_end_of_title(window, qtbot, " 2567")
    stored = desk.measures(2567)[2]
    desk.update_measure(ids[2], {"title": "ชื่อจากเครื่องอื่น"}, {"title": stored.title}, stored.version)

    window.session.flush()

    assert desk.measures(2567)[2].title == "รับเรื่องร้องเรียน 2567"
    assert window.editor.ui.titleEdit.toPlainText() == "รับเรื่องร้องเรียน 2567"
    notice = window.others_notice.text()
    assert "รับเรื่องร้องเรียน" in notice and "ชื่อมาตรการ" in notice and "เก็บสิ่งที่คุณพิมพ์ไว้" in notice


def test_a_measure_another_program_added_appears_without_moving_the_selection(
    database_url: str, qtbot: QtBot, make_window: object, open_databases: list[Database]
) -> None:
    desk, ids = _office(database_url, open_databases)
    window = _window_on(database_url, open_databases, make_window, qtbot)
    _select(window, qtbot, 1)
    desk.add_measure(2567, Measure(title="มาตรการจากเครื่องอื่น"))
    desk.delete_measure(ids[0])

    qtbot.waitUntil(lambda: window.model.rowCount() == 3 and window.model.measure_at(2).title
                    == "มาตรการจากเครื่องอื่น", timeout=SHOWN_WITHIN_MS)  # fmt: skip
    assert window.ui.measureTable.current_measure_id() == ids[1]
    assert window.editor.measure_id == ids[1]
    assert sum(window.ui.summaryBar.counts().values()) == 3
