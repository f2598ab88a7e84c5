"""Noticing what other programs and PCs write: the database's change counter, looked at every second.

The command line or a second PC on the same server may write while the window is open. `ChangeWatch` reads
`Desk.change_count()` (one tiny query) on the GUI thread once a second and emits `changed` when the number
moved; the window then refreshes what it shows (`YearSession.refresh`). It starts after the first paint, so
start-up does not wait for it. When the database cannot be read it rests a while instead of trying every
second (a server that does not answer would otherwise hold the window up each time).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 1000
REST_AFTER_FAILURE_MS = 30_000


class ChangeWatch(QObject):
    changed = Signal()

    def __init__(self, read_count: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_count = read_count
        self._last: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take the current count as seen, then look again every second."""
        if self._last is None:
            self._last = self._count()
        self._timer.start(POLL_MS)

    def stop(self) -> None:
        self._timer.stop()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        """Look now; `changed` when someone wrote since the last look."""
        count = self._count()
        if count is None:
            self._timer.start(REST_AFTER_FAILURE_MS)
            return
        if self._timer.interval() != POLL_MS and self._timer.isActive():
            self._timer.start(POLL_MS)
        if count != self._last:
            self._last = count
            self.changed.emit()

    def _count(self) -> int | None:
        try:
            return self._read_count()
        except Exception:
            return None
