"""A second copy of the program on the same database brings the first to the front, never writes beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from itadesk.ui.common.single_instance import SingleInstance, instance_key

SECOND_COPY = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from itadesk.ui.common.single_instance import SingleInstance
app = QCoreApplication([])
second = SingleInstance(Path(sys.argv[1]), sys.argv[2])
print("free" if second.acquire() else "locked")
print("answered" if second.ask_first_to_raise() else "silent")
"""

# The first window's guard let go while a later copy's connection is still closing: the copy has gone, the
# guard's last reference is dropped, and only then does Qt delete the connection (its deferred deletion).
# Each round is one start of a second copy; the process must end normally, with nothing said about a
# QObject deleted twice.
GUARD_GOES_BEFORE_ITS_CONNECTION = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from itadesk.ui.common.single_instance import RAISE, SingleInstance, instance_key
app = QCoreApplication([])
folder = Path(sys.argv[1])
for round in range(5):
    first = SingleInstance(folder / "locks", instance_key(str(folder / f"office{round}.sqlite3")))
    assert first.acquire()
    asked = []
    first.activated.connect(lambda: asked.append(True))
    copy = QLocalSocket()
    copy.connectToServer(first.name)
    assert copy.waitForConnected(2000)
    copy.write(QByteArray(RAISE))
    copy.flush()
    while not asked:
        app.processEvents()
    copy.abort()
    del copy
    first.release() if round % 2 else None
    del first
    gc.collect()
    for _ in range(20):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("done")
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
        # The copy has left before this process has read that it did, as on a loaded machine: its connection
        # then closes during pytest-qt's event processing after the test, which is where the guard, kept
        # alive by a closure on that connection, was deleted twice (a segmentation fault).
        second.wait(timeout=10)
        assert second.stdout is not None
        assert second.stdout.read().split() == ["locked", "answered"]
    finally:
        second.kill()
        first.release()
    third = SingleInstance(tmp_path / "locks", key)
    assert third.acquire()  # once the first window closed, the next copy is the first again
    third.release()


def test_a_second_copy_started_while_the_first_still_opens_is_answered_once_it_listens(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The first window holds the lock from its start but listens only once it has painted: a copy started
    in between keeps asking, and is answered, instead of opening the database read-only beside it."""
    from PySide6.QtCore import QTimer

    key = instance_key(str(tmp_path / "office.sqlite3"))
    first = SingleInstance(tmp_path / "locks", key)
    assert first.acquire(listen=False)
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, str(tmp_path / "locks"), key], stdout=subprocess.PIPE, text=True
    )
    try:
        QTimer.singleShot(1000, first.listen)  # the first window has painted
        with qtbot.waitSignal(first.activated, timeout=10000):
            pass
        second.wait(timeout=10)
        assert second.stdout is not None
        assert second.stdout.read().split() == ["locked", "answered"]
    finally:
        second.kill()
        first.release()


def test_a_guard_let_go_before_a_later_copys_connection_closes_does_not_crash(tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", GUARD_GOES_BEFORE_ITS_CONNECTION, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "shared QObject was deleted directly" not in ran.stderr
    assert (ran.returncode, ran.stdout.split()) == (0, ["done"]), ran.stderr


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    one = SingleInstance(tmp_path, instance_key("/data/a.sqlite3"))
    other = SingleInstance(tmp_path, instance_key("postgresql://server/itadesk"))
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a named pipe, not a socket file")
def test_the_window_listens_in_the_users_own_runtime_folder_not_the_shared_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    first = SingleInstance(tmp_path / "locks", instance_key(str(tmp_path / "office.sqlite3")))
    assert first.acquire()
    try:
        socket = Path(first.name)
        assert socket.parent == runtime and socket.exists()
        assert not list(Path("/tmp").glob(f"{first.key}*"))  # nothing another user could take first
        assert socket.stat().st_mode & 0o077 == 0  # only this user may connect
    finally:
        first.release()
