"""The window on a PostgreSQL server that stops answering while the clerk types (the server's processes
stopped with SIGSTOP: connections are accepted by the kernel, nothing is answered). The GUI thread is never
blocked much longer than the answer timeout, the window says the server does not answer, the typing stays
in the editor, and it is saved once the server answers again."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization
from itadesk.storage.lifecycle.database import WINDOW_WAITS, Database, answer_timeout, resolve_url
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.desk.storage_desk import StorageDesk
from itadesk.ui.main_window.main_window import MainWindow
from tests.pg import PostgresServer

pytestmark = pytest.mark.postgres


class Stall:
    """Stops (and at the end always resumes) the server's postmaster and every backend of one database."""

    def __init__(self, server: PostgresServer, database: str) -> None:
        self.server = server
        self.database = database
        self.stopped: list[int] = []

    def start(self) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.server.port, user="postgres", dbname="postgres", autocommit=True
        ) as admin:
            rows = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.database,)
            ).fetchall()
        postmaster = int((self.server.folder / "data" / "postmaster.pid").read_text().split()[0])
        for pid in [postmaster, *(int(row[0]) for row in rows)]:
            os.kill(pid, signal.SIGSTOP)
            self.stopped.append(pid)

    def end(self) -> None:
        for pid in self.stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.stopped.clear()


@pytest.fixture
def stall(postgres_server: PostgresServer, postgres_url: str) -> Iterator[Stall]:
    stopping = Stall(postgres_server, postgres_url.rsplit("/", 1)[1])
    try:
        yield stopping
    finally:
        stopping.end()


class Heartbeat:
    """A timer on the GUI thread every 50 ms: the longest gap between two beats is the longest freeze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest_ms = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.longest_ms = max(self.longest_ms, now - self.last)
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


def test_a_stalled_server_freezes_nothing_for_long_and_keeps_the_typing(
    qtbot: QtBot, postgres_url: str, stall: Stall, tmp_path: Path
) -> None:
    limit_s = answer_timeout(resolve_url(postgres_url), WINDOW_WAITS)
    db = Database.open(postgres_url, waits=WINDOW_WAITS)  # as the window opens it (app.py)
    desk = StorageDesk(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [], [])
    desk.add_measure(2567, Measure(title="เปิดเผยข้อมูลข่าวสาร"))
    errors = ErrorHub()
    background = Background(errors)
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(desk, settings, errors, background)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_year(2567)
    qtbot.waitUntil(window.change_watch.is_watching)
    view = window.ui.measureTable
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(window.proxy.index(0, 1)).center()
    )
    title = window.editor.ui.titleEdit
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)

    stall.start()
    beat = Heartbeat()
    started = time.monotonic()
    qtbot.keyClicks(title, " (OIT) 2567")
    qtbot.waitUntil(lambda: "ไม่ตอบ" in errors.last_message, timeout=int(4 * limit_s * 1000) + 10_000)
    told_after = time.monotonic() - started
    qtbot.wait(300)
    beat.stop()
    # Told in words, the typing still in the editor and still waiting to be saved.
    assert "บันทึก" in errors.last_message and "127.0.0.1" in errors.last_message, errors.last_message
    assert title.toPlainText() == "เปิดเผยข้อมูลข่าวสาร (OIT) 2567"
    assert window.session.has_unsaved()
    # The GUI thread was blocked at most for one wait on the server and one reconnection (SQLAlchemy's
    # pre-ping connects again once), never for the whole stall.
    longest_s = beat.longest_ms / 1000
    assert longest_s < limit_s + WINDOW_WAITS.connect_seconds + 3.0, (longest_s, told_after)  # a busy machine
    print(
        f"told after {told_after:.1f} s; longest GUI freeze {longest_s:.2f} s (answer timeout {limit_s:g} s)"
    )

    stall.end()
    errors.close_all()
    qtbot.waitUntil(lambda: not window.session.has_unsaved() or _flushed(window), timeout=30_000)
    check = Database.open(postgres_url)
    try:
        [stored] = StorageDesk(check).measures(2567)
        assert stored.title == "เปิดเผยข้อมูลข่าวสาร (OIT) 2567"
    finally:
        check.dispose()
        window.close()
        background.wait()
        db.dispose()


def _flushed(window: MainWindow) -> bool:
    window.session.flush()
    return not window.session.has_unsaved()
