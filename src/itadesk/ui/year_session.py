"""The fiscal year open in the window: its measures, edits saved shortly after the user types, undo and redo.

Every change the user makes is a QUndoCommand on one stack; the command changes the measure held here at once
(so the table and the editor follow) and the save to the database is debounced, so typing a title is one save,
not one per key. Failures reach the user through `failed`, never through a message box opened here.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from itadesk.domain.model import Measure, StatusChange
from itadesk.domain.status import Status
from itadesk.ui.desk import Desk

SAVE_DELAY_MS = 600
_MERGE_ID = 1

# The fields the editor changes, with their Thai names for the Edit menu ("เลิกทำ แก้ไขชื่อมาตรการ").
FIELD_NAMES = {
    "number": "ลำดับ",
    "part": "ส่วนของการประเมิน",
    "indicator": "ตัวชี้วัด",
    "section": "หมวด",
    "title": "ชื่อมาตรการ",
    "steps": "ขั้นตอน",
    "responsible": "ผู้รับผิดชอบ",
    "period": "ระยะเวลา",
    "start": "วันเริ่ม",
    "end": "วันสิ้นสุด",
    "monitoring": "การกำกับติดตาม",
    "reporting": "การรายงานผล",
    "results": "ผลการดำเนินงาน",
    "outcome": "ผลลัพธ์",
    "problems": "ปัญหา/อุปสรรค",
    "suggestions": "ข้อเสนอแนะ",
    "evidence": "หลักฐาน",
}


class YearSession(QObject):
    measuresReset = Signal()
    measureChanged = Signal(str)  # a measure's id
    measureAdded = Signal(str)
    measureRemoved = Signal(str)
    failed = Signal(str)  # a Thai message for the user

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.year: int | None = None
        self.undo_stack = QUndoStack(self)
        self._measures: dict[str, Measure] = {}
        self._order: list[str] = []
        self._unsaved: set[str] = set()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

    # -- reading ----------------------------------------------------------------------------------
    def load(self, year: int) -> None:
        self.flush()
        self.year = year
        measures = self.desk.measures(year)
        self._measures = {m.id: m for m in measures if m.id}
        self._order = [m.id for m in measures if m.id]
        self.undo_stack.clear()
        self.measuresReset.emit()

    def measures(self) -> list[Measure]:
        return [self._measures[i] for i in self._order]

    def measure(self, measure_id: str) -> Measure:
        return self._measures[measure_id]

    def has_unsaved(self) -> bool:
        return bool(self._unsaved)

    # -- changing ---------------------------------------------------------------------------------
    def edit(self, measure_id: str, field: str, value: Any) -> None:
        """The user changed one field of a measure (one key press or one pick)."""
        old = getattr(self._measures[measure_id], field)
        if old == value:
            return
        self.undo_stack.push(_EditCommand(self, measure_id, field, copy.deepcopy(old), copy.deepcopy(value)))

    def set_status(self, measure_id: str, status: Status) -> None:
        old = self._measures[measure_id].status
        if old != status:
            self.undo_stack.push(_StatusCommand(self, measure_id, old, status))

    def index_of(self, measure_id: str) -> int:
        return self._order.index(measure_id)

    def add_measure(self, title: str) -> str | None:
        """A new measure at the end of the year (one undo step); its id, or None when storing it failed
        (already reported)."""
        if self.year is None:
            return None
        command = _AddCommand(self, Measure(title=title), len(self._order))
        self.undo_stack.push(command)
        return command.measure.id if command.done else None

    def delete_measure(self, measure_id: str) -> bool:
        """Delete a measure with its history and results (one undo step puts it all back in its place)."""
        self.flush()
        command = _DeleteCommand(self, measure_id)
        self.undo_stack.push(command)
        return command.done

    def flush(self) -> None:
        """Save every measure changed since the last save, now."""
        self._save_timer.stop()
        if self.year is None:
            return
        for measure_id in sorted(self._unsaved):
            measure = self._measures.get(measure_id)
            if measure is None:
                continue
            try:
                self.desk.save_measure(self.year, measure)
            except Exception as error:
                self.failed.emit(self.tr('บันทึกมาตรการ "%s" ไม่สำเร็จ: %s') % (measure.title, error))
                return
        self._unsaved.clear()

    # -- used by the commands ---------------------------------------------------------------------
    def _store_measure(self, measure: Measure, index: int) -> Measure | None:
        """Store `measure` (a new one, or a deleted one with its id) at `index`; None when it failed."""
        assert self.year is not None
        try:
            stored = self.desk.add_measure(self.year, measure, position=index)
        except Exception as error:
            self.failed.emit(self.tr("เพิ่มมาตรการไม่สำเร็จ: %s") % error)
            return None
        assert stored.id is not None
        self._measures[stored.id] = stored
        self._order.insert(index, stored.id)
        self.measureAdded.emit(stored.id)
        return stored

    def _drop_measure(self, measure_id: str) -> bool:
        self._save_timer.stop()
        try:
            self.desk.delete_measure(measure_id)
        except Exception as error:
            self.failed.emit(self.tr("ลบมาตรการไม่สำเร็จ: %s") % error)
            return False
        self._unsaved.discard(measure_id)
        del self._measures[measure_id]
        self._order.remove(measure_id)
        self.measureRemoved.emit(measure_id)
        if self._unsaved:
            self._save_timer.start()
        return True

    def _apply_field(self, measure_id: str, field: str, value: Any) -> None:
        setattr(self._measures[measure_id], field, copy.deepcopy(value))
        self._unsaved.add(measure_id)
        self._save_timer.start()
        self.measureChanged.emit(measure_id)

    def _apply_status(self, measure_id: str, status: Status, note: str) -> None:
        measure = self._measures[measure_id]
        today = date.today()
        try:
            self.desk.set_status(measure_id, status, today, note)
        except Exception as error:
            self.failed.emit(self.tr('เปลี่ยนสถานะของ "%s" ไม่สำเร็จ: %s') % (measure.title, error))
            return
        measure.status = status
        measure.history.append(StatusChange(status=status, date=today, note=note))
        self.measureChanged.emit(measure_id)


class _EditCommand(QUndoCommand):
    def __init__(self, session: YearSession, measure_id: str, field: str, old: Any, new: Any) -> None:
        super().__init__(session.tr("แก้ไข%s") % FIELD_NAMES.get(field, field))
        self.session, self.measure_id, self.field, self.old, self.new = session, measure_id, field, old, new

    def redo(self) -> None:
        self.session._apply_field(self.measure_id, self.field, self.new)

    def undo(self) -> None:
        self.session._apply_field(self.measure_id, self.field, self.old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing a word is one undo step: consecutive edits of the same field of the same measure merge.
        if not isinstance(other, _EditCommand):
            return False
        if (other.measure_id, other.field) != (self.measure_id, self.field):
            return False
        if isinstance(self.new, list) and len(other.new) != len(self.new):
            return False  # adding or removing a line stays its own step
        self.new = other.new
        return True


class _StatusCommand(QUndoCommand):
    def __init__(self, session: YearSession, measure_id: str, old: Status, new: Status) -> None:
        super().__init__(session.tr("เปลี่ยนสถานะเป็น %s") % new.label)
        self.session, self.measure_id, self.old, self.new = session, measure_id, old, new

    def redo(self) -> None:
        self.session._apply_status(self.measure_id, self.new, "")

    def undo(self) -> None:
        self.session._apply_status(self.measure_id, self.old, self.session.tr("เลิกทำการเปลี่ยนสถานะ"))


class _AddCommand(QUndoCommand):
    """Adding a measure; undone by deleting it, redone by storing it again under the same id."""

    def __init__(self, session: YearSession, measure: Measure, index: int) -> None:
        super().__init__(session.tr("เพิ่มมาตรการ"))
        self.session, self.measure, self.index, self.done = session, measure, index, False

    def redo(self) -> None:
        stored = self.session._store_measure(copy.deepcopy(self.measure), self.index)
        self.done = stored is not None
        if stored is None:
            self.setObsolete(True)  # nothing happened: nothing to undo
            return
        self.measure = copy.deepcopy(stored)

    def undo(self) -> None:
        measure_id = self.measure.id
        assert measure_id is not None
        self.session.flush()
        self.measure = copy.deepcopy(self.session.measure(measure_id))  # with what was typed since
        self.session._drop_measure(measure_id)


class _DeleteCommand(QUndoCommand):
    """Deleting a measure; undone by storing the whole measure (history and results too) in its place."""

    def __init__(self, session: YearSession, measure_id: str) -> None:
        measure = session.measure(measure_id)
        super().__init__(session.tr("ลบมาตรการ “%s”") % measure.title)
        self.session, self.measure_id, self.done = session, measure_id, False
        self.measure = copy.deepcopy(measure)
        self.index = session.index_of(measure_id)

    def redo(self) -> None:
        self.done = self.session._drop_measure(self.measure_id)
        if not self.done:
            self.setObsolete(True)

    def undo(self) -> None:
        self.session._store_measure(copy.deepcopy(self.measure), self.index)
