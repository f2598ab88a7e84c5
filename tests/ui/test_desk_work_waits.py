"""A dialog's save waits for the window's database thread without freezing the window, and its wait ends
whatever happens to the window meanwhile: deleted while it waits, or answered before the wait begins."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from shiboken6 import isValid

from itadesk.ui.desk.desk_work import QUIET, SAVING, DeskWork


def test_a_save_waited_for_while_its_window_is_deleted_still_returns(qapp: object) -> None:
    work = DeskWork(lambda: ("office.sqlite3", False))
    gone = threading.Event()
    work.destroyed.connect(gone.set)

    def save() -> str:
        assert gone.wait(10), "the waiting loop never deleted the window"
        return "stored"

    QTimer.singleShot(0, work.deleteLater)  # run by the save's own waiting loop, as the window's close is
    started = time.monotonic()
    assert work.call(save, doing="บันทึกบันทึกข้อความ") == "stored"
    assert not isValid(work) and time.monotonic() - started < 10
    assert work.wait_done()  # the window's flush afterwards returns at once


def test_an_answer_given_before_the_wait_begins_is_not_missed(qapp: object) -> None:
    work = DeskWork(lambda: ("office.sqlite3", False))
    answered: list[str] = []
    work.submit(lambda: time.sleep(0.2) or "first", answered.append, lambda e: answered.append(str(e)))
    assert work.call(lambda: "quick") == "quick"
    assert answered == ["first"]  # the job asked before it was answered before the wait ended
    work.queue.wait_idle(5)
    assert work.call(lambda: "again") == "again"
    work.deleteLater()


def test_the_window_says_saving_during_a_slow_save_and_is_quiet_again_as_soon_as_it_is_answered(
    qapp: object,
) -> None:
    work = DeskWork(lambda: ("office.sqlite3", False))
    shown: list[tuple[str, str]] = []
    work.state.connect(lambda state, text: shown.append((state, text)))
    assert work.call(lambda: time.sleep(0.8) or "stored", doing="บันทึกมาตรการ") == "stored"
    assert shown[-2:] == [(SAVING, "กำลังบันทึก…"), (QUIET, "")]
    work.deleteLater()
