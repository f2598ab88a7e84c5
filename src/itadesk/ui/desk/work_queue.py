"""The window's database work, one job at a time in the order it was asked for, on one thread of its own.

A server that stops answering, or an SQLite file another program keeps locked, holds up the job that waits
on it, never the window: the GUI thread only hands jobs over and takes their results back. One thread and
one queue keep the writes in the order the user made them (a status change, then the typing after it) and
keep SQLite to one writer of ours at a time.

Nothing here knows Qt: `post` is how a result goes back to the thread that asked (the window passes a
signal's emit; a test can pass a list's append), so the ordering, the retries and the waiting can be tested
as plain Python (`tests/ui/test_work_queue.py`).

A job is done once: it either succeeds (`done` gets its result) or is reported as failed (`failed` gets the
error). The only job run again is one whose failure says nothing was written: SQLite's "database is locked"
comes from `BEGIN IMMEDIATE`, before the transaction has written anything ("BEGIN IMMEDIATE … SQLITE_BUSY",
https://www.sqlite.org/lang_transaction.html), so running it again cannot write it twice. A server that did
not answer may have committed before it stopped: that job is reported, never repeated.

The thread never dies under its jobs: whatever escapes a job or the handing back of its answer is logged
and the next job runs; a queue that has stopped refuses a new job at once (`submit` raises), so nobody
waits for an answer no thread will give. A job asked with `answer_on_worker` has its answer given on the
queue's thread itself, never through `post`: whoever waits for it (a dialog's save) is answered even when
the object that carried answers back to the window has gone meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

Post = Callable[[Callable[[], None]], None]

RETRY_LOCKED_SECONDS = 120.0  # how long a job refused by another program's lock is tried again
RETRY_PAUSE_SECONDS = 0.5
IDLE_SECONDS = 5.0  # the thread ends when it has had nothing to do for this long


@dataclass
class Job:
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]
    doing: str  # what the job does, in Thai ("บันทึกสถานะของ …")
    number: int = 0
    started: float | None = None
    attempts: int = 0
    outcome: str = field(default="waiting")  # waiting, running, done, failed
    answer_on_worker: bool = False  # `done`/`failed` run on the queue's thread, not through `post`


def nothing_written(error: BaseException) -> bool:
    """Whether `error` is SQLite refusing to start a write because another program holds the lock."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.OperationalError) and "locked" in str(current):
            return True
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper of the driver's error
        if isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig):
            return True
        current = current.__cause__ or current.__context__
    return False


class WorkQueue:
    def __init__(
        self,
        post: Post,
        *,
        may_retry: Callable[[BaseException], bool] = nothing_written,
        retry_seconds: float = RETRY_LOCKED_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._post = post
        self._may_retry = may_retry
        self._retry_seconds = retry_seconds
        self._clock = clock
        self._jobs: deque[Job] = deque()
        self._current: Job | None = None
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._numbers = 0

    # -- asking ---------------------------------------------------------------------------------------
    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        doing: str = "",
        answer_on_worker: bool = False,
    ) -> Job:
        """Queue `work`; `done(result)` or `failed(error)` is posted back once it has run (called on the
        queue's own thread instead with `answer_on_worker`: they must then only hand the answer over)."""
        with self._condition:
            if self._stopping:
                raise RuntimeError("the work queue has stopped")
            self._numbers += 1
            job = Job(work, done, failed, doing, self._numbers, answer_on_worker=answer_on_worker)
            self._jobs.append(job)
            if self._thread is None:
                self._start()
            self._condition.notify_all()
        return job

    def _start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="itadesk-database", daemon=True)
        self._thread.start()

    # -- looking ----------------------------------------------------------------------------------
    def running_for(self) -> float:
        """Seconds the job now running has been at it (0 when none runs)."""
        with self._condition:
            job = self._current
            return 0.0 if job is None or job.started is None else self._clock() - job.started

    def current(self) -> Job | None:
        with self._condition:
            return self._current

    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        with self._condition:
            return self._current is not None or bool(self._jobs)

    def on_worker(self) -> bool:
        """Whether the caller is the queue's own thread (a job asking for more work runs it at once)."""
        return threading.current_thread() is self._thread

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every job queued so far has run (not their callbacks); False when `timeout` passed."""
        deadline = None if timeout is None else self._clock() + timeout
        with self._condition:
            while self._current is not None or self._jobs:
                left = None if deadline is None else deadline - self._clock()
                if left is not None and left <= 0:
                    return False
                self._condition.wait(left if left is None else min(left, 0.1))
        return True

    def stop(self) -> None:
        """No more jobs; those queued still run."""
        with self._condition:
            self._stopping = True
            self._condition.notify_all()

    # -- the worker -----------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._condition:
                    idle_until = self._clock() + IDLE_SECONDS
                    while not self._jobs and not self._stopping and self._clock() < idle_until:
                        self._condition.wait(IDLE_SECONDS)
                    if not self._jobs:
                        self._thread = None  # the next job starts a thread again: none lingers after a window
                        return
                    job = self._jobs.popleft()
                    job.started = self._clock()
                    job.outcome = "running"
                    self._current = job
                try:
                    self._run_job(job)
                except BaseException as error:  # never the thread's end: the jobs after it still run
                    log.exception(
                        "database job %d (%s) failed to hand back its answer", job.number, job.doing
                    )
                    if job.outcome == "running":  # not answered at all: whoever waits is told it failed
                        job.outcome = "failed"
                        with contextlib.suppress(BaseException):
                            self._tell(job, _bind_failed(job.failed, error))
                finally:
                    with self._condition:
                        self._current = None
                        self._condition.notify_all()
        finally:
            with self._condition:
                if self._thread is threading.current_thread():  # left by something no job raised
                    self._thread = None
                    if self._jobs:
                        self._start()
                self._condition.notify_all()

    def _run_job(self, job: Job) -> None:
        first_try = self._clock()
        while True:
            job.attempts += 1
            try:
                result = job.work()
            except BaseException as error:
                if self._may_retry(error) and self._clock() - first_try < self._retry_seconds:
                    time.sleep(RETRY_PAUSE_SECONDS)
                    continue
                job.outcome = "failed"
                self._tell(job, _bind_failed(job.failed, error))
                return
            job.outcome = "done"
            self._tell(job, _bind_done(job.done, result))
            return

    def _tell(self, job: Job, callback: Callable[[], None]) -> None:
        if job.answer_on_worker:
            # The job is over before its answer is handed over: whoever the answer wakes and asks `busy()`
            # must not see it still running (the status bar would stay on "saving" until its next look).
            with self._condition:
                if self._current is job:
                    self._current = None
                    self._condition.notify_all()
            callback()
            return
        try:
            self._post(callback)
        except Exception:  # the window that asked is gone: nobody is left to tell
            log.debug("the answer of database job %d has nobody to go to", job.number, exc_info=True)


def _bind_done(done: Callable[[Any], None], result: Any) -> Callable[[], None]:
    return lambda: done(result)


def _bind_failed(failed: Callable[[BaseException], None], error: BaseException) -> Callable[[], None]:
    return lambda: failed(error)
