"""Run slow work (printing, rendering pages, importing) off the GUI thread, with success/failure callbacks.

The callbacks run on the GUI thread. A failure without its own callback goes to the error hub: never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from itadesk.ui.common.errors import ErrorHub

Progress = Callable[[int, int], None]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as error:
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class Background(QObject):
    def __init__(self, errors: ErrorHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.pool = QThreadPool(self)
        self._running: set[_Signals] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        *,
        doing: str,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        """`work(progress)` runs in a worker thread and may call `progress(done, total)`.

        A failure goes to `on_failure` when given, else to the error hub with `doing` as what failed.
        """
        signals = _Signals()
        self._running.add(signals)

        def succeeded(result: object) -> None:
            self._running.discard(signals)
            on_success(result)

        def failed(error: object) -> None:
            self._running.discard(signals)
            assert isinstance(error, BaseException)
            if on_failure is not None:
                on_failure(error)  # the caller shows it (or not: a preview shows it in place)
            else:
                self.errors.report(error, doing)

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.pool.start(_Task(work, signals))

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
