"""Edits are saved shortly after the user types, and every one can be undone and redone."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from itadesk.domain.model import ResultEntry
from itadesk.domain.status import Status
from itadesk.ui.desk.year_session import SAVE_DELAY_MS, YearSession


def _stored_title(session: YearSession, measure_id: str) -> str:
    return next(m.title for m in session.desk.measures(2567) if m.id == measure_id)


def test_typing_is_saved_once_after_a_pause_not_per_key(session: YearSession, qtbot: QtBot) -> None:
    measure_id = session.measures()[0].id
    assert measure_id is not None
    for text in ("ม", "มา", "มาตรการใหม่"):
        session.edit(measure_id, "title", text)
    assert _stored_title(session, measure_id) == "มาตรการเปิดเผยข้อมูล"  # not yet: the user is typing
    qtbot.waitUntil(lambda: _stored_title(session, measure_id) == "มาตรการใหม่", timeout=SAVE_DELAY_MS * 5)
    assert not session.has_unsaved()


def test_undo_and_redo_an_edit_and_a_status(session: YearSession) -> None:
    measure_id = session.measures()[1].id
    assert measure_id is not None
    session.edit(measure_id, "title", "แก้")
    session.edit(measure_id, "title", "แก้ชื่อแล้ว")  # one word typed: one undo step
    session.edit(measure_id, "steps", ["ขั้นที่ 1"])
    session.set_status(measure_id, Status.DONE)
    stack = session.undo_stack
    assert stack.count() == 3
    assert stack.undoText() == "เปลี่ยนสถานะเป็น ดำเนินการแล้ว"

    stack.undo()
    assert session.measure(measure_id).status == Status.NOT_STARTED
    stack.undo()
    assert session.measure(measure_id).steps == []
    stack.undo()
    assert session.measure(measure_id).title == "มาตรการจัดซื้อจัดจ้าง"
    session.flush()
    assert _stored_title(session, measure_id) == "มาตรการจัดซื้อจัดจ้าง"

    stack.redo()
    stack.redo()
    stack.redo()
    session.flush()
    stored = next(m for m in session.desk.measures(2567) if m.id == measure_id)
    assert (stored.title, stored.steps, stored.status) == ("แก้ชื่อแล้ว", ["ขั้นที่ 1"], Status.DONE)
    # Every status change is in the history, the undone one included, with the day it happened.
    assert [h.status for h in stored.history] == [Status.DONE, Status.NOT_STARTED, Status.DONE]
    assert all(h.date is not None for h in stored.history)


def test_a_failed_save_reaches_the_user_as_a_thai_message(session: YearSession, qtbot: QtBot) -> None:
    measure_id = session.measures()[0].id
    assert measure_id is not None
    session.desk.delete_measure(measure_id)  # gone behind the window's back
    session.edit(measure_id, "title", "ชื่อใหม่")
    with qtbot.waitSignal(session.failed) as blocker:
        session.flush()
    assert "บันทึกมาตรการ" in blocker.args[0]
    assert "ชื่อใหม่" in blocker.args[0]


def test_deleting_a_measure_can_be_undone_with_its_history_results_and_place(
    any_session: YearSession,
) -> None:
    session = any_session
    first, middle, *_ = (m.id for m in session.measures())
    assert first is not None and middle is not None
    session.edit(middle, "results", [ResultEntry("ประชุมคณะทำงานแล้ว", date(2567, 1, 15))])
    session.set_status(middle, Status.IN_PROGRESS)
    session.flush()
    before = next(m for m in session.desk.measures(2567) if m.id == middle)
    order = [m.id for m in session.desk.measures(2567)]

    assert session.delete_measure(middle)
    assert middle not in [m.id for m in session.desk.measures(2567)]
    assert session.undo_stack.undoText().startswith("ลบมาตรการ")

    session.undo_stack.undo()
    assert [m.id for m in session.desk.measures(2567)] == order  # back in its place
    assert [m.id for m in session.measures()] == order
    restored = next(m for m in session.desk.measures(2567) if m.id == middle)
    assert restored == before  # its results, status and status history too

    session.undo_stack.undo()  # and the edits before the deletion still undo, one by one
    assert session.measure(middle).status == Status.NOT_STARTED
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert middle not in [m.id for m in session.desk.measures(2567)]


def test_adding_a_measure_can_be_undone_and_redone(any_session: YearSession) -> None:
    session = any_session
    count = len(session.desk.measures(2567))
    new_id = session.add_measure("มาตรการที่เพิ่มผิด")
    assert new_id is not None and len(session.desk.measures(2567)) == count + 1
    session.edit(new_id, "steps", ["ขั้นแรก"])

    session.undo_stack.undo()  # the step
    session.undo_stack.undo()  # the measure
    assert len(session.desk.measures(2567)) == count
    assert new_id not in [m.id for m in session.measures()]

    session.undo_stack.redo()
    session.undo_stack.redo()
    session.flush()
    again = next(m for m in session.desk.measures(2567) if m.id == new_id)
    assert (again.title, again.steps) == ("มาตรการที่เพิ่มผิด", ["ขั้นแรก"])
