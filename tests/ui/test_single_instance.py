"""A second copy of the program on the same database brings the first to the front, never writes beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from itadesk.ui.single_instance import SingleInstance, instance_key

SECOND_COPY = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from itadesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
second = SingleInstance(Path(sys.argv[1]), sys.argv[2])
print("free" if second.acquire() else "locked")
print("answered" if second.ask_first_to_raise() else "silent")
"""


def test_the_second_copy_asks_the_first_to_come_to_the_front(tmp_path: Path, qtbot: QtBot) -> None:
    key = instance_key(str(tmp_path / "office.sqlite3"))
    first = SingleInstance(tmp_path / "locks", key)
    assert first.acquire()
    # The second copy is another process, as when the user starts the program twice.
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, str(tmp_path / "locks"), key], stdout=subprocess.PIPE, text=True
    )
    try:
        with qtbot.waitSignal(first.activated, timeout=10000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
        assert second.stdout is not None
        assert second.stdout.read().split() == ["locked", "answered"]
    finally:
        second.kill()
        first.release()
    third = SingleInstance(tmp_path / "locks", key)
    assert third.acquire()  # once the first window closed, the next copy is the first again
    third.release()


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    one = SingleInstance(tmp_path, instance_key("/data/a.sqlite3"))
    other = SingleInstance(tmp_path, instance_key("postgresql://server/itadesk"))
    assert one.acquire() and other.acquire()
    one.release()
    other.release()
