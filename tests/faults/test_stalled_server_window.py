"""The window on a database that does not answer while the clerk works: a PostgreSQL server whose processes
are stopped with SIGSTOP (connections are accepted by the kernel, nothing is answered), and an SQLite file
another program keeps locked (BEGIN IMMEDIATE) for longer than the window's busy timeout. The window's
database work runs off its GUI thread: its timers keep firing, its fields take typing, it says in Thai that
the database does not answer, and the change is stored once the database answers again (read back by a
separate connection) or told as not saved, with the typing kept."""

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
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import WINDOW_WAITS, Database, answer_timeout, resolve_url
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.main_window.main_window import MainWindow
from tests.pg import PostgresServer
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import LEFT, button, click_choice, click_row, when_open

FROZEN_AT_MOST_S = 1.0  # the longest gap between two beats of a 50 ms timer allowed (a loaded machine)


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


@pytest.mark.postgres
def test_a_stalled_server_freezes_nothing_and_keeps_the_typing(
    qtbot: QtBot, postgres_url: str, stall: Stall, tmp_path: Path
) -> None:
    limit_s = answer_timeout(resolve_url(postgres_url), WINDOW_WAITS)
    db = Database.open(postgres_url, waits=WINDOW_WAITS)  # as the window opens it (app.py)
    desk = OfficeData(db)
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
    # The GUI thread never waited on the server: the window's database work runs on a thread of its own.
    longest_s = beat.longest_ms / 1000
    assert longest_s < FROZEN_AT_MOST_S, (longest_s, told_after)
    print(
        f"told after {told_after:.1f} s; longest GUI freeze {longest_s:.2f} s (answer timeout {limit_s:g} s)"
    )

    stall.end()
    errors.close_all()
    qtbot.waitUntil(lambda: not window.session.has_unsaved() or _flushed(window), timeout=30_000)
    check = Database.open(postgres_url)
    try:
        [stored] = OfficeData(check).measures(2567)
        assert stored.title == "เปิดเผยข้อมูลข่าวสาร (OIT) 2567"
    finally:
        check.dispose()
        window.close()
        background.wait()
        db.dispose()


def _flushed(window: MainWindow) -> bool:
    window.session.flush()
    return not window.session.has_unsaved()


def _window(desk: OfficeData, tmp_path: Path, qtbot: QtBot) -> tuple[MainWindow, ErrorHub, Background]:
    errors = ErrorHub()
    background = Background(errors)
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(desk, settings, errors, background)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.show_year(2567)
    qtbot.waitUntil(window.change_watch.is_watching)
    click_row(qtbot, window.ui.measureTable, 0)
    return window, errors, background


def _change_status_by_clicks(qtbot: QtBot, window: MainWindow, note: str) -> None:
    """ดำเนินการแล้ว in the editor, a note in the dialog it opens, บันทึก: real clicks and keys."""

    def fill(dialog: object) -> None:
        from itadesk.ui.measure_editor.status_change import StatusChangeDialog

        assert isinstance(dialog, StatusChangeDialog)
        type_text(dialog.noteEdit, note)
        qtbot.mouseClick(button(dialog, "บันทึก"), LEFT)

    when_open(qtbot, fill)
    click_choice(qtbot, window.editor.ui.doneRadio)


def _told(window: MainWindow, words: str) -> bool:
    return window.database_state.isVisible() and words in window.database_state.text()


@pytest.mark.postgres
def test_a_status_changed_while_the_server_is_stopped_is_stored_when_it_answers(
    qtbot: QtBot, postgres_url: str, stall: Stall, tmp_path: Path
) -> None:
    db = Database.open(postgres_url, waits=WINDOW_WAITS)  # as the window opens it (app.py)
    desk = OfficeData(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [], [])
    desk.add_measure(2567, Measure(title="เปิดเผยข้อมูลข่าวสาร"))
    window, errors, background = _window(desk, tmp_path, qtbot)
    try:
        stall.start()
        beat = Heartbeat()
        _change_status_by_clicks(qtbot, window, "เผยแพร่บนเว็บไซต์แล้ว")
        # The table shows the new status at once; the window says, in Thai, that the server does not answer.
        assert window.session.measure(window.session.measures()[0].id or "").status == Status.DONE
        qtbot.waitUntil(lambda: _told(window, "เซิร์ฟเวอร์ฐานข้อมูล"), timeout=10_000)
        assert "ไม่ตอบ" in window.database_state.text() and "127.0.0.1" in window.database_state.text()
        # Meanwhile another field takes typing and the GUI thread's timer keeps beating.
        search = window.ui.searchEdit
        type_text(search, "เปิดเผย")
        assert search.text() == "เปิดเผย"
        qtbot.wait(500)
        longest_s = beat.longest_ms / 1000
        assert longest_s < FROZEN_AT_MOST_S, longest_s
        assert errors.last_message == ""  # nothing failed: the window waits for the answer

        stall.end()
        qtbot.waitUntil(lambda: not window.work.busy(), timeout=20_000)
        qtbot.waitUntil(lambda: not window.database_state.isVisible(), timeout=5_000)
        beat.stop()
        assert errors.last_message == "", errors.last_message
        check = Database.open(postgres_url)  # a separate connection reads what was stored
        try:
            [stored] = OfficeData(check).measures(2567)
        finally:
            check.dispose()
        assert stored.status == Status.DONE
        assert [entry.note for entry in stored.history][-1:] == ["เผยแพร่บนเว็บไซต์แล้ว"]
        assert len([e for e in stored.history if e.status == Status.DONE]) == 1  # stored once
        print(f"longest GUI freeze during the stall {longest_s:.2f} s")
    finally:
        stall.end()
        window.close()
        background.wait()
        db.dispose()


LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def test_a_status_changed_while_another_program_locks_the_file_is_stored_when_it_lets_go(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import subprocess
    import sys

    path = tmp_path / "office.sqlite3"
    db = Database.open(str(path), waits=WINDOW_WAITS)  # as the window opens it (app.py)
    desk = OfficeData(db)
    desk.add_measure(2567, Measure(title="เปิดเผยข้อมูลข่าวสาร"))
    window, errors, background = _window(desk, tmp_path, qtbot)
    held_s = WINDOW_WAITS.busy_seconds + 3.0  # longer than one write waits for the lock
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), str(held_s)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        beat = Heartbeat()
        started = time.monotonic()
        _change_status_by_clicks(qtbot, window, "เผยแพร่แล้ว")
        qtbot.waitUntil(lambda: _told(window, "ไม่ว่าง"), timeout=10_000)
        assert str(path) in window.database_state.text()
        type_text(window.ui.searchEdit, "ข่าวสาร")
        assert window.ui.searchEdit.text() == "ข่าวสาร"
        # Past the busy timeout the write is refused by the lock; it was never written, so it is tried again.
        qtbot.waitUntil(lambda: time.monotonic() - started > WINDOW_WAITS.busy_seconds + 0.5, timeout=20_000)
        assert window.work.busy() and errors.last_message == ""
        qtbot.waitUntil(lambda: locker.poll() is not None, timeout=30_000)  # the other program lets go
        assert locker.returncode == 0
        qtbot.waitUntil(lambda: not window.work.busy(), timeout=20_000)
        stored_after_s = time.monotonic() - started
        beat.stop()
        assert beat.longest_ms / 1000 < FROZEN_AT_MOST_S, beat.longest_ms
        print(
            f"stored after {stored_after_s:.1f} s (lock held {held_s:g} s); "
            f"longest GUI freeze {beat.longest_ms} ms"
        )
        assert errors.last_message == "", errors.last_message
        qtbot.waitUntil(lambda: not window.database_state.isVisible(), timeout=5_000)
        check = Database.open(str(path))  # another connection reads it back
        try:
            [stored] = OfficeData(check).measures(2567)
        finally:
            check.dispose()
        assert stored.status == Status.DONE
        assert [e.note for e in stored.history if e.status == Status.DONE] == ["เผยแพร่แล้ว"]  # once
    finally:
        if locker.poll() is None:
            locker.kill()
            locker.wait()
        window.close()
        background.wait()
        db.dispose()
