"""The fiscal year open in the window: its measures, edits saved shortly after the user types, undo and redo.

Every change the user makes is a QUndoCommand on one stack; the command changes the measure held here at once
(so the table and the editor follow) and the save to the database is debounced, so typing a title is one save,
not one per key. Failures reach the user through `failed`, never through a message box opened here.

Others write the same database meanwhile (the command line, another PC), so a save never writes the window's
whole copy back: the session remembers which fields the user changed since the last save, and the value each
had before (`_dirty`), and saves only those, against the version the copy was read at (`Desk.update_measure`).
Status changes are stored at once through `Desk.set_status`, which adds to the stored history. `refresh()`
(called when another program changed the data) takes the stored measures and puts the user's unsaved fields
back on top; when someone else changed a field the user is changing too, the user's value stays and `notice`
says so in Thai.

The database work runs off the GUI thread, in order (`DeskWork`): a status shows at once and is stored in
its turn; a save takes the fields it sends out of `_dirty` (`_saving` holds them until the answer) so that
what the user types meanwhile is the next save's; a failed save puts them back, so the typing is never
dropped, and says so. `flush()` waits until everything asked so far is stored (closing, printing, a memo).
Without a `DeskWork` (a session over a desk in memory) everything runs at once on the caller's thread.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.service.status_day import default_status_day
from itadesk.ui.desk.desk import Desk, SavedFields
from itadesk.ui.desk.desk_work import DeskWork, InlineWork

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
    measureArrived = Signal(str)  # a measure another program added (the user's place stays where it is)
    notice = Signal(str)  # a Thai message for the status bar: others' changes met the user's

    def __init__(self, desk: Desk, parent: QObject | None = None, *, work: DeskWork | None = None) -> None:
        super().__init__(parent)
        self.desk = desk  # called only through `work`: on the database's thread, in order
        self.work: DeskWork | InlineWork = work if work is not None else InlineWork()
        self.year: int | None = None
        self.undo_stack = QUndoStack(self)
        self._measures: dict[str, Measure] = {}
        self._order: list[str] = []
        # Per measure, the fields changed since the last save, each with the stored value it had before.
        self._dirty: dict[str, dict[str, Any]] = {}
        # Per measure, the fields of a save on its way (with the stored values they had before).
        self._saving: dict[str, dict[str, Any]] = {}
        self._status_on_its_way: dict[str, Status] = {}
        self._refreshing = False
        self._refresh_again = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_soon)

    # -- reading ----------------------------------------------------------------------------------
    def load(self, year: int) -> None:
        self.flush()
        self.year = year
        measures = self.desk.measures(year)  # a read: answered at once (see `QueuedDesk`)
        self._measures = {m.id: m for m in measures if m.id}
        self._order = [m.id for m in measures if m.id]
        self._dirty.clear()
        self.undo_stack.clear()
        self.measuresReset.emit()

    def measures(self) -> list[Measure]:
        return [self._measures[i] for i in self._order]

    def measure(self, measure_id: str) -> Measure:
        return self._measures[measure_id]

    def has_unsaved(self) -> bool:
        """Whether some typing is not stored yet (waiting for its save, or on its way)."""
        return bool(self._dirty) or bool(self._saving)

    # -- changing ---------------------------------------------------------------------------------
    def edit(self, measure_id: str, field: str, value: Any) -> None:
        """The user changed one field of a measure (one key press or one pick)."""
        old = getattr(self._measures[measure_id], field)
        if old == value:
            return
        self.undo_stack.push(_EditCommand(self, measure_id, field, copy.deepcopy(old), copy.deepcopy(value)))

    def set_status(self, measure_id: str, status: Status, day: date | None = None, note: str = "") -> None:
        """A new status, recorded in the history on `day` with `note`; without a day, today or, when today
        is outside the year, a day inside it (`service.status_day`)."""
        old = self._measures[measure_id].status
        if old != status:
            self.undo_stack.push(_StatusCommand(self, measure_id, old, status, day, note))

    def index_of(self, measure_id: str) -> int:
        return self._order.index(measure_id)

    def add_measure(self, title: str) -> str | None:
        """A new measure at the end of the year (one undo step); its id, or None when storing it failed
        (already reported)."""
        if self.year is None:
            return None
        measure = Measure(title=title, number=self._next_number())
        command = _AddCommand(self, measure, len(self._order))
        self.undo_stack.push(command)
        return command.measure.id if command.done else None

    def _next_number(self) -> str:
        """The next number of the year (a new measure has no part yet), in the office's digits."""
        from itadesk.thai.measure_numbers import next_number

        organization = self.desk.organization()
        return next_number(self.measures(), "", organization.digits if organization else "thai")

    def delete_measure(self, measure_id: str) -> bool:
        """Delete a measure with its history and results (one undo step puts it all back in its place)."""
        self.flush()
        command = _DeleteCommand(self, measure_id)
        self.undo_stack.push(command)
        return command.done

    def flush(self) -> None:
        """Save every measure changed since the last save, and wait until all the session asked is stored
        (or told as not saved): before closing, printing or anything that reads the data back."""
        self.save_soon()
        self.work.wait_done()

    def save_soon(self) -> None:
        """Hand every measure changed since the last save to the database's thread, without waiting."""
        self._save_timer.stop()
        if self.year is None:
            return
        for measure_id in sorted(self._dirty):
            if measure_id in self._saving:
                continue  # its save is on its way: the rest follows when it is answered (`_saved`)
            measure = self._measures.get(measure_id)
            base = self._dirty[measure_id]
            changes = {name: getattr(measure, name) for name in base} if measure is not None else {}
            changes = {name: value for name, value in changes.items() if value != base[name]}
            if measure is None or not changes:
                del self._dirty[measure_id]
                continue
            sent = self._dirty.pop(measure_id)
            self._saving[measure_id] = sent
            self.work.submit(
                _bind_update(
                    self.desk, measure_id, copy.deepcopy(changes), copy.deepcopy(sent), measure.version
                ),
                partial(self._saved, measure_id),
                partial(self._not_saved, measure_id, measure.title),
                doing=self.tr("บันทึกมาตรการ “%s”") % measure.title,
            )

    def _saved(self, measure_id: str, saved: SavedFields) -> None:
        self._saving.pop(measure_id, None)
        self._take_stored(saved.measure)
        self._tell_overwritten(saved.measure, saved.overwritten)
        if measure_id in self._dirty:
            self._save_timer.start()  # what was typed while this save was on its way

    def _not_saved(self, measure_id: str, title: str, error: BaseException) -> None:
        """The save failed: its fields wait to be saved again (the stored values they started from kept),
        the typing stays in the editor, and the user is told."""
        sent = self._saving.pop(measure_id, {})
        if measure_id in self._measures:
            dirty = self._dirty.setdefault(measure_id, {})
            for name, before in sent.items():
                dirty[name] = before  # older than a value typed meanwhile: what is stored
        self.failed.emit(
            self.tr('บันทึกมาตรการ "%s" ไม่สำเร็จ: %s — สิ่งที่พิมพ์ยังอยู่ในช่อง จะบันทึกอีกครั้งเมื่อแก้ไขต่อหรือเมื่อปิดหน้าต่าง')
            % (title, error)
        )

    def refresh(self) -> None:
        """Another program or PC changed the data: show the stored measures, with the user's unsaved typing
        kept on top. Measures that did not change are left alone (the table keeps its rows and selection)."""
        if self.year is None:
            return
        if self._refreshing:
            self._refresh_again = True  # once the reading on its way is answered
            return
        self._refreshing = True
        year = self.year
        self.work.submit(
            lambda: self.desk.measures(year),
            lambda stored: self._refreshed(year, stored),
            self._refresh_failed,
            doing=self.tr("อ่านมาตรการ"),
        )

    def _refresh_failed(self, _error: BaseException) -> None:
        self._refreshing = False  # the next change of the counter tries again; a save reports real trouble

    def _refreshed(self, year: int, measures: list[Measure]) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
            return
        if year != self.year:
            return
        stored = [m for m in measures if m.id]
        stored_ids = [m.id for m in stored if m.id]
        for measure_id in [i for i in self._order if i not in stored_ids]:
            self._gone(measure_id)
        kept = [i for i in self._order if i in stored_ids]
        if kept != [i for i in stored_ids if i in self._measures]:
            self._reorder(stored)
            return
        for index, measure in enumerate(stored):
            assert measure.id is not None
            if measure.id not in self._measures:
                self._measures[measure.id] = measure
                self._order.insert(index, measure.id)
                self.measureArrived.emit(measure.id)
            elif measure.version != self._measures[measure.id].version:
                self._tell_overwritten(measure, self._take_stored(measure))

    def _take_stored(self, stored: Measure) -> list[str]:
        """Put the stored copy of a measure in place of ours, the user's unsaved fields on top; returns the
        fields someone else changed while the user was changing them too (the user's value stays)."""
        assert stored.id is not None
        ours = self._measures.get(stored.id)
        if ours is None:
            return []
        merged = copy.deepcopy(stored)
        clashes = []
        base = self._dirty.get(stored.id, {})
        for name, before in base.items():
            mine, theirs = getattr(ours, name), getattr(stored, name)
            if theirs != before and theirs != mine:
                clashes.append(name)
            base[name] = copy.deepcopy(theirs)  # the save that follows starts from what is stored now
            setattr(merged, name, copy.deepcopy(mine))
        # A save or a status on its way: the user's values stay shown until its answer says what is stored
        # (a reading asked before it may arrive first).
        for name in self._saving.get(stored.id, {}):
            setattr(merged, name, copy.deepcopy(getattr(ours, name)))
        if stored.id in self._status_on_its_way:
            merged.status = self._status_on_its_way[stored.id]
        self._measures[stored.id] = merged
        if merged != ours:
            self.measureChanged.emit(stored.id)
        return clashes

    def _tell_overwritten(self, measure: Measure, fields: list[str]) -> None:
        if not fields:
            return
        names = ", ".join(FIELD_NAMES.get(name, name) for name in fields)
        self.notice.emit(
            self.tr("มาตรการ “%s” ถูกแก้ไขจากโปรแกรมหรือเครื่องอื่นในช่อง %s ระหว่างที่คุณแก้ไขอยู่ — เก็บสิ่งที่คุณพิมพ์ไว้แล้ว")
            % (measure.title, names)
        )

    def _gone(self, measure_id: str) -> None:
        """A measure another program deleted."""
        measure = self._measures.pop(measure_id)
        self._order.remove(measure_id)
        if self._dirty.pop(measure_id, None):
            self.notice.emit(
                self.tr("มาตรการ “%s” ถูกลบจากโปรแกรมหรือเครื่องอื่น สิ่งที่เพิ่งแก้ไขในมาตรการนี้จึงไม่ได้บันทึก")
                % measure.title
            )
        self.measureRemoved.emit(measure_id)

    def _reorder(self, stored: list[Measure]) -> None:
        """Another program put the measures in another order: show them all again, unsaved typing kept."""
        for measure in stored:
            if measure.id in self._measures:
                self._take_stored(measure)
        self._measures.update({m.id: m for m in stored if m.id and m.id not in self._measures})
        self._order = [m.id for m in stored if m.id]
        self.measuresReset.emit()

    # -- used by the commands ---------------------------------------------------------------------
    def _store_measure(self, measure: Measure, index: int) -> Measure | None:
        """Store `measure` (a new one, or a deleted one with its id) at `index`; None when it failed."""
        assert self.year is not None
        year = self.year
        try:
            stored = self.work.call(
                lambda: self.desk.add_measure(year, measure, position=index), doing=self.tr("เพิ่มมาตรการ")
            )
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
            self.work.call(lambda: self.desk.delete_measure(measure_id), doing=self.tr("ลบมาตรการ"))
        except Exception as error:
            self.failed.emit(self.tr("ลบมาตรการไม่สำเร็จ: %s") % error)
            return False
        self._dirty.pop(measure_id, None)
        self._saving.pop(measure_id, None)
        del self._measures[measure_id]
        self._order.remove(measure_id)
        self.measureRemoved.emit(measure_id)
        if self._dirty:
            self._save_timer.start()
        return True

    def _apply_field(self, measure_id: str, field: str, value: Any) -> None:
        measure = self._measures[measure_id]
        self._dirty.setdefault(measure_id, {}).setdefault(field, copy.deepcopy(getattr(measure, field)))
        setattr(measure, field, copy.deepcopy(value))
        self._save_timer.start()
        self.measureChanged.emit(measure_id)

    def _apply_status(
        self, measure_id: str, status: Status, note: str, day: date | None, command: _StatusCommand
    ) -> None:
        """Show the new status at once, store it in its turn; a failure puts the status back and says so."""
        measure = self._measures[measure_id]
        before = measure.status
        measure.status = status
        command.failed = False
        self._status_on_its_way[measure_id] = status
        self.measureChanged.emit(measure_id)
        day = day or (default_status_day(self.year, measure.end).day if self.year else date.today())

        def answered() -> None:
            if self._status_on_its_way.get(measure_id) == status:
                del self._status_on_its_way[measure_id]  # unless a later change of it is on its way too

        def stored(saved: Measure) -> None:
            answered()
            # The stored measure, with its whole history (others' changes too) and the user's unsaved typing.
            self._tell_overwritten(saved, self._take_stored(saved))

        def not_stored(error: BaseException) -> None:
            answered()
            command.failed = True
            shown = self._measures.get(measure_id)
            if shown is not None and shown.status == status:
                shown.status = before
                self.measureChanged.emit(measure_id)
            self.failed.emit(
                self.tr('เปลี่ยนสถานะของ "%s" เป็น “%s” ไม่สำเร็จ (ยังไม่ได้บันทึก สถานะยังเป็น “%s”): %s')
                % (measure.title, status.label, before.label, error)
            )

        self.work.submit(
            lambda: self.desk.set_status(measure_id, status, day, note),
            stored,
            not_stored,
            doing=self.tr("บันทึกสถานะของ “%s”") % measure.title,
        )


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
    def __init__(
        self, session: YearSession, measure_id: str, old: Status, new: Status, day: date | None, note: str
    ) -> None:
        super().__init__(session.tr("เปลี่ยนสถานะเป็น %s") % new.label)
        self.session, self.measure_id, self.old, self.new = session, measure_id, old, new
        self.day, self.note = day, note
        self.failed = False  # the last redo was not stored: there is nothing to undo

    def redo(self) -> None:
        self.session._apply_status(self.measure_id, self.new, self.note, self.day, self)

    def undo(self) -> None:
        if self.failed:
            self.failed = False
            return
        self.session._apply_status(
            self.measure_id, self.old, self.session.tr("เลิกทำการเปลี่ยนสถานะ"), None, self
        )


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


def _bind_update(
    desk: Desk, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
) -> Callable[[], SavedFields]:
    return lambda: desk.update_measure(measure_id, changes, base, version)
