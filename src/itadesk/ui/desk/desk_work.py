"""The window's side of its database work: jobs go to `WorkQueue`'s thread, results come back to the GUI.

Qt's rule: only the GUI thread touches widgets. A job's result comes back through a queued signal (`_arrived`
carries a plain callable, emitted on the worker and run on the GUI thread); no QObject is made or deleted on
the worker. `state` says what the user should know while a job runs: nothing (quick), "กำลังบันทึก…"
(a moment), and past `STALL_SECONDS` that the server, or the file another program keeps locked, does not
answer and the window is waiting: the user's typing stays where it is.

`submit` is for what the window follows by itself (a status, typing, a reload); `call` is for a dialog that
needs the answer before it goes on (save a memo, back up): it waits in an event loop that keeps painting and
running timers but holds the user's input back until the answer comes (Qt delivers it afterwards: nothing
typed is lost), so the same save is never asked twice while the first one waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from shiboken6 import isValid

from itadesk.ui.desk.work_queue import WorkQueue

_T = TypeVar("_T")

STALL_SECONDS = 2.0  # past this, the window says the database does not answer
SAVING_SECONDS = 0.4  # past this, the quiet "กำลังบันทึก…"
LOOK_MS = 200

QUIET, SAVING, STALLED = "quiet", "saving", "stalled"


class DeskWork(QObject):
    _arrived = Signal(object)
    state = Signal(str, str)  # QUIET/SAVING/STALLED, and the Thai text to show ("" when quiet)

    def __init__(self, place: Callable[[], tuple[str, bool]], parent: QObject | None = None) -> None:
        """`place()`: where the database is as the user knows it (a file, host:port/name), and whether it is
        a server; asked only when there is something to say (the window may open its database late)."""
        super().__init__(parent)
        self.place = place
        self.queue = WorkQueue(self._arrived.emit)
        self._arrived.connect(self._deliver)
        self._shown = QUIET
        self._look = QTimer(self)
        self._look.setInterval(LOOK_MS)
        self._look.timeout.connect(self._look_at_queue)
        # While the window is being built nothing is shown and nobody waits on it: its first reads run at
        # once on the GUI thread, as before it had a database thread (start-up stays as fast).
        self.direct = False
        self.destroyed.connect(self.queue.stop)

    # -- handing work over --------------------------------------------------------------------------
    def submit(
        self,
        work: Callable[[], _T],
        done: Callable[[_T], None],
        failed: Callable[[BaseException], None],
        *,
        doing: str = "",
    ) -> None:
        """Run `work` after every job asked before it; `done` or `failed` then runs on the GUI thread."""
        self.queue.submit(work, done, failed, doing=doing)
        if not self._look.isActive():
            self._look.start()

    def call(self, work: Callable[[], _T], *, doing: str = "") -> _T:
        """Run `work` in its turn and return its result (or raise its error); the window paints meanwhile.

        The answer is handed over on the database's thread itself (a flag and, on the GUI thread, a quit
        posted to the waiting loop), never through this object's signal: the wait ends even when the window,
        and this object with it, is deleted while it waits (a `deleteLater` run by the waiting loop), and an
        answer given before the loop starts is not missed. A stopped queue refuses the job at once."""
        if self.direct or self.queue.on_worker():
            return work()  # building the window, or a job asking for more: it is the database's turn
        box: dict[str, Any] = {}
        finished = threading.Event()
        on_gui = QThread.currentThread() is self.thread()
        loop = QEventLoop() if on_gui else None

        def keep(key: str, value: object) -> None:  # on the database's thread
            box[key] = value
            if loop is not None:
                QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
            finished.set()  # last: the loop is kept until its quit is posted

        self.queue.submit(
            work,
            lambda result: keep("result", result),
            lambda error: keep("error", error),
            doing=doing,
            answer_on_worker=True,
        )
        if loop is None:
            finished.wait()  # a helper thread (printing, a preview): it may simply block
        else:
            if not self._look.isActive():
                self._look.start()
            if not finished.is_set():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if isValid(self):  # the answers of the jobs before it, in order, before the caller goes on
                QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
                if not self.queue.busy():
                    self._look_at_queue()  # the status bar quiet again at once, as after any answer
        if "error" in box:
            error = box["error"]
            assert isinstance(error, BaseException)
            raise error
        result: _T = box["result"]
        return result

    def busy(self) -> bool:
        return self.queue.busy()

    def wait_done(self) -> bool:
        """Wait (painting, input held back) until every job asked so far has run and been answered; False
        when the last of them failed (each failure was told by its own job)."""
        if not isValid(self):  # its window is gone: only the jobs still running are left to wait for
            return self.queue.wait_idle()
        if not self.queue.busy():
            QCoreApplication.sendPostedEvents(self)  # answers that arrived and wait to be delivered
            return True
        try:
            self.call(lambda: None)  # the queue is in order: this one runs after all the others
        except BaseException:
            return False
        return True

    # -- telling the user -----------------------------------------------------------------------------
    def _deliver(self, callback: object) -> None:
        assert callable(callback)
        try:
            callback()
        finally:
            if not self.queue.busy():
                self._look_at_queue()

    def _look_at_queue(self) -> None:
        running = self.queue.running_for()
        if not self.queue.busy():
            self._look.stop()
            shown = QUIET
        elif running >= STALL_SECONDS:
            shown = STALLED
        elif running >= SAVING_SECONDS or self._shown != QUIET:
            shown = SAVING
        else:
            shown = QUIET  # a quick job: nothing to say
        if shown == self._shown and shown != STALLED:
            return
        self._shown = shown
        self.state.emit(shown, self.describe(shown, running))

    def describe(self, shown: str, seconds: float) -> str:
        if shown == QUIET:
            return ""
        if shown == SAVING:
            return self.tr("กำลังบันทึก…")
        job = self.queue.current()
        doing = job.doing if job is not None and job.doing else self.tr("บันทึก")
        where, server = self.place()
        if server:
            return self.tr(
                "เซิร์ฟเวอร์ฐานข้อมูล %s ไม่ตอบมา %d วินาที — รอคำตอบเพื่อ%s อยู่ สิ่งที่พิมพ์ยังอยู่ครบ "
                "ทำงานอื่นต่อได้ จะบันทึกเมื่อเซิร์ฟเวอร์ตอบ หรือแจ้งว่าไม่ได้บันทึก"
            ) % (where, int(seconds), doing)
        return self.tr(
            "ฐานข้อมูล %s ไม่ว่างมา %d วินาที (โปรแกรมอื่นล็อกไฟล์ไว้) — รอเพื่อ%s อยู่ สิ่งที่พิมพ์ยังอยู่ครบ "
            "ทำงานอื่นต่อได้ จะบันทึกเมื่อไฟล์ว่าง หรือแจ้งว่าไม่ได้บันทึก"
        ) % (where, int(seconds), doing)


class InlineWork:
    """The same interface, run at once on the caller's thread: for a `YearSession` without a window (tests of
    the session's own logic over a `Desk` in memory)."""

    def submit(
        self,
        work: Callable[[], _T],
        done: Callable[[_T], None],
        failed: Callable[[BaseException], None],
        *,
        doing: str = "",
    ) -> None:
        try:
            result = work()
        except Exception as error:
            failed(error)
            return
        done(result)

    def call(self, work: Callable[[], _T], *, doing: str = "") -> _T:
        return work()

    def busy(self) -> bool:
        return False

    def wait_done(self) -> bool:
        return True
