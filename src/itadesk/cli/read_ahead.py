"""Read the office's data in a second process while this one gets the typesetter ready.

A cold `itadesk print` spends most of its time loading libraries before any work: SQLAlchemy to read the
database on one side, ReportLab, PyThaiNLP and the segmentation dictionary to typeset on the other. Neither
needs the other until the data is read, and every office PC has two cores or more, so the two loads run at
once: `start_reading()` hands the reading to a child process, the caller prepares, then `result()` waits for
the data.

The child only reads (one read-only session), so a second process changes nothing about what is stored. When
no child can be started, the data is read here, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from itadesk import collector
from itadesk.cli.errors import CommandError

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, SpawnContext

    from itadesk.domain.model import Dataset

# What the child sends back: the dataset, a Thai message for the user (exit 1), or a bug's traceback.
_DATASET, _REFUSED, _CRASHED = "dataset", "refused", "crashed"


class ReadAheadCrashed(RuntimeError):
    """The child hit a bug; the message holds its traceback so the crash log shows where."""


class PendingDataset:
    """The data being read; `result()` waits for it."""

    # A plain class: everything imported before the child starts delays it (dataclasses costs ~15 ms).
    def __init__(self, db: str | None, year: int | None, memo_id: str | None) -> None:
        self.db, self.year, self.memo_id = db, year, memo_id
        self._connection: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None

    def result(self) -> Dataset:
        if self._connection is None or self._process is None:
            return read_dataset(self.db, self.year, memo_id=self.memo_id)  # no child: read here
        try:
            kind, payload = self._connection.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            raise ReadAheadCrashed(
                f"the process reading the database ended with exit code {self._wait()}"
            ) from None
        finally:
            self._connection.close()
        self._wait()
        if kind == _DATASET:
            dataset: Dataset = payload
            return dataset
        if kind == _REFUSED:
            raise CommandError(payload)
        raise ReadAheadCrashed(f"reading the database in a second process failed:\n{payload}")

    def _wait(self) -> int | None:
        assert self._process is not None
        self._process.join()
        return self._process.exitcode


def start_reading(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> PendingDataset:
    """Start reading from the database `db` names (--db): one fiscal year, the year of a memo, or all."""
    pending = PendingDataset(db, year, memo_id)
    context = _context()
    try:
        receiving, sending = context.Pipe(duplex=False)
        process = context.Process(target=_read_and_send, args=(sending, db, year, memo_id), daemon=True)
        process.start()
    except OSError:  # no processes to be had (limits, a locked-down PC): read in this one
        return pending
    sending.close()
    pending._connection, pending._process = receiving, process
    return pending


def read_dataset(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset:
    from itadesk.cli import store
    from itadesk.storage.lifecycle.database import Database

    database = Database.open(db, reading=True)
    try:
        if memo_id is not None:
            return store.load_memo_dataset(database, memo_id)
        return store.load_dataset(database, year)
    finally:
        database.dispose()


def _context() -> ForkContext | SpawnContext:
    """fork where it is cheap and safe: on Linux, while this is the only thread (a lock another thread held
    would stay locked in the child forever). Else a fresh interpreter, as on Windows.

    ITADESK_READ_AHEAD=spawn starts the fresh interpreter on Linux too: the bundle's test runs the way the
    Windows program starts its reader (a frozen executable started again, multiprocessing.freeze_support)."""
    if os.environ.get("ITADESK_READ_AHEAD") == "spawn":
        return multiprocessing.get_context("spawn")
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _read_and_send(connection: Connection, db: str | None, year: int | None, memo_id: str | None) -> None:
    """In the child: read, send what came of it, end without the interpreter's teardown.

    The child lives for one read, so the cycle collector would only slow its imports down. Ctrl+C reaches
    every process of the terminal: the parent answers it ("ยกเลิกแล้ว"), the child just finishes its read, finds
    nobody listening, and ends.
    """
    collector.rest()  # for good: the child ends after one read
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from itadesk.cli.main import user_message

    try:
        message: tuple[str, object] = (_DATASET, read_dataset(db, year, memo_id=memo_id))
    except Exception as error:
        said = user_message(error)
        if said is not None:
            message = (_REFUSED, said)
        else:
            import traceback

            message = (_CRASHED, "".join(traceback.format_exception(error)))
    try:
        connection.send(message)
    except OSError:  # the parent has gone (Ctrl+C, or it failed first): there is no one to tell
        pass
    finally:
        connection.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
