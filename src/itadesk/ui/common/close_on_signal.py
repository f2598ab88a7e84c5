"""Close the window as the user would when the system asks the program to end (SIGTERM on logout or shutdown,
Ctrl+C in the terminal that started it): pending edits are written and the settings kept, instead of the
process dying where it stood."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def close_on_signal(parent: QObject, close: Callable[[], object]) -> Iterator[None]:
    """While inside, `close` runs on the GUI thread when SIGTERM or SIGINT arrives; the handlers that were
    there before come back afterwards (a test that opened the window goes on)."""

    def handle(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close)

    before = {number: signal.signal(number, handle) for number in SIGNALS}
    # Python runs a signal handler only between bytecodes; while Qt waits for events none run, so a slow
    # timer wakes the interpreter now and then.
    tick = QTimer(parent)
    tick.setInterval(300)
    tick.timeout.connect(lambda: None)
    tick.start()
    try:
        yield
    finally:
        tick.stop()
        for number, handler in before.items():
            signal.signal(number, handler)
