"""Noticing what other programs and PCs write: the database's change counter, looked at every second.

The command line or a second PC on the same server may write while the window is open. `ChangeWatch` reads
`Desk.change_count()` (one tiny query) once a second on the window's database thread (`DeskWork`: the GUI
thread never waits for it) and emits `changed` when the number moved; the window then refreshes what it shows
(`YearSession.refresh`). One look at a time: while a look waits (a server that does not answer), the timer
asks nothing more. It starts after the first paint, so start-up does not wait for it. When the database
cannot be read it rests a while instead of trying every second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from itadesk.ui.desk.desk_work import DeskWork, InlineWork

POLL_MS = 1000
REST_AFTER_FAILURE_MS = 30_000


class ChangeWatch(QObject):
    changed = Signal()

    def __init__(
        self, read_count: Callable[[], int], parent: QObject | None = None, *, work: DeskWork | None = None
    ) -> None:
        super().__init__(parent)
        self._read_count = read_count
        self._work: DeskWork | InlineWork = work if work is not None else InlineWork()
        self._last: int | None = None
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take the current count as seen, then look again every second."""
        self._timer.start(POLL_MS)
        if self._last is None:
            self.check()

    def stop(self) -> None:
        self._timer.stop()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        """Look now; `changed` when someone wrote since the last look."""
        if self._asking:
            return  # the last look is still waiting for its answer
        self._asking = True
        self._work.submit(self._read_count, self._counted, self._not_counted, doing=self.tr("ดูการเปลี่ยนแปลง"))

    def _not_counted(self, _error: BaseException) -> None:
        self._asking = False
        if self._timer.isActive():
            self._timer.start(REST_AFTER_FAILURE_MS)

    def _counted(self, count: int) -> None:
        self._asking = False
        if self._timer.interval() != POLL_MS and self._timer.isActive():
            self._timer.start(POLL_MS)
        if self._last is None:
            self._last = count  # the first look: what is shown is this
        elif count != self._last:
            self._last = count
            self.changed.emit()
