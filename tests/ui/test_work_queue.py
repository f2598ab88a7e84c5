"""The window's database work queue as plain Python: jobs run one at a time in the order asked, off the asking
thread; each is answered once; a write refused by another program's SQLite lock (nothing written) is tried
again, one the server may have taken (no answer) never is; a job that waits shows how long it has waited.
Real SQLite files and a real second connection holding the write lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from itadesk.ui.desk.work_queue import WorkQueue, nothing_written


class Answers:
    """What the queue posts back, run on the test's thread as the window runs them on its GUI thread."""

    def __init__(self) -> None:
        self.posted: list[Callable[[], None]] = []
        self.lock = threading.Lock()
        self.log: list[str] = []

    def post(self, callback: Callable[[], None]) -> None:
        with self.lock:
            self.posted.append(callback)

    def deliver(self) -> None:
        with self.lock:
            callbacks, self.posted = self.posted, []
        for callback in callbacks:
            callback()


def _table(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE statuses (measure TEXT, status TEXT)")


def _writer(path: Path, busy_seconds: float) -> Callable[[str, str], Callable[[], str]]:
    def write(measure: str, status: str) -> Callable[[], str]:
        def work() -> str:
            connection = sqlite3.connect(path, timeout=busy_seconds, isolation_level=None)
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO statuses VALUES (?, ?)", (measure, status))
                connection.execute("COMMIT")
            finally:
                connection.close()
            return f"{measure}:{status}"

        return work

    return write


def test_jobs_run_in_the_order_asked_off_the_asking_thread(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _table(path)
    answers = Answers()
    queue = WorkQueue(answers.post)
    write = _writer(path, 5)
    threads: list[str] = []
    for n in range(20):
        status = "done" if n % 2 else "in_progress"

        def work(n: int = n, status: str = status) -> str:
            threads.append(threading.current_thread().name)
            return write(f"m{n}", status)()

        queue.submit(work, answers.log.append, lambda e: answers.log.append(f"failed {e}"))
    assert queue.wait_idle(30)
    answers.deliver()
    assert answers.log == [f"m{n}:{'done' if n % 2 else 'in_progress'}" for n in range(20)]
    assert set(threads) == {"itadesk-database"} and threading.current_thread().name not in threads
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT measure FROM statuses ORDER BY rowid").fetchall()
    assert [r[0] for r in rows] == [f"m{n}" for n in range(20)]  # stored in the order the user made them


def test_a_write_refused_by_another_programs_lock_is_stored_once_when_it_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _table(path)
    other = sqlite3.connect(path, isolation_level=None)  # another program holds the write lock
    other.execute("BEGIN IMMEDIATE")
    answers = Answers()
    queue = WorkQueue(answers.post, retry_seconds=30)
    queue.submit(_writer(path, 0.3)("m1", "done"), answers.log.append, lambda e: answers.log.append(str(e)))
    time.sleep(1.2)  # past the busy timeout, several times
    assert queue.busy() and queue.running_for() >= 1.0  # waiting, and saying for how long
    job = queue.current()
    assert job is not None and job.attempts >= 2
    other.execute("COMMIT")
    other.close()
    assert queue.wait_idle(10)
    answers.deliver()
    assert answers.log == ["m1:done"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM statuses").fetchone() == (1,)


def test_a_lock_held_past_the_retries_is_told_as_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _table(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    answers = Answers()
    queue = WorkQueue(answers.post, retry_seconds=1.0)
    failures: list[BaseException] = []
    queue.submit(_writer(path, 0.2)("m1", "done"), answers.log.append, failures.append)
    assert queue.wait_idle(10)
    other.rollback()
    other.close()
    answers.deliver()
    assert answers.log == [] and len(failures) == 1 and nothing_written(failures[0])
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM statuses").fetchone() == (0,)


def test_a_failure_that_may_have_written_is_told_once_and_never_run_again() -> None:
    answers = Answers()
    queue = WorkQueue(answers.post)
    runs: list[int] = []

    def stalled() -> None:
        runs.append(1)
        raise OSError("the server did not answer")

    failures: list[BaseException] = []
    queue.submit(stalled, lambda _r: answers.log.append("done"), failures.append)
    queue.submit(lambda: "after", answers.log.append, failures.append)
    assert queue.wait_idle(10)
    answers.deliver()
    assert runs == [1] and [str(f) for f in failures] == ["the server did not answer"]
    assert answers.log == ["after"]  # the next job still ran, in its turn


def test_nothing_is_posted_twice_and_the_thread_ends_when_idle() -> None:
    answers = Answers()
    queue = WorkQueue(answers.post)
    gate = threading.Event()
    queue.submit(gate.wait, lambda _r: answers.log.append("first"), lambda e: answers.log.append(str(e)))
    queue.submit(lambda: "second", answers.log.append, lambda e: answers.log.append(str(e)))
    time.sleep(0.3)
    assert queue.busy() and queue.running_for() >= 0.2 and answers.posted == []
    gate.set()
    assert queue.wait_idle(10)
    answers.deliver()
    answers.deliver()
    assert answers.log == ["first", "second"]
    queue.stop()
    deadline = time.monotonic() + 10
    while any(t.name == "itadesk-database" and t.is_alive() for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the queue's thread outlived its queue"
        time.sleep(0.05)


def test_the_thread_outlives_an_answer_that_cannot_be_handed_back_and_a_stopped_queue_refuses_at_once() -> (
    None
):
    answers = Answers()
    refusals = [
        SystemExit("the window's side is gone")
    ]  # escapes `except Exception`, as a BaseException does

    def post(callback: Callable[[], None]) -> None:
        if refusals:
            raise refusals.pop()
        answers.post(callback)

    queue = WorkQueue(post)
    queue.submit(lambda: "lost", answers.log.append, lambda e: answers.log.append(str(e)))
    assert queue.wait_idle(10)
    queue.submit(lambda: "second", answers.log.append, lambda e: answers.log.append(str(e)))
    assert queue.wait_idle(5), "a job after the lost answer waited for a thread that had died"
    answers.deliver()
    assert answers.log == ["second"]
    queue.stop()
    started = time.monotonic()
    try:
        queue.submit(lambda: "late", answers.log.append, answers.log.append)
    except RuntimeError:
        pass
    else:
        raise AssertionError("a stopped queue took a job no thread would run")
    assert queue.wait_idle(5) and time.monotonic() - started < 1
