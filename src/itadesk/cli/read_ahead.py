"""Read the office's data for a print: at once when it is cheap, else in a second process while this one gets
the typesetter ready.

An SQLite file of this program's schema (the usual office) is read here, first, with plain `sqlite3`
(`service.reading.read_directly`: a few milliseconds, no SQLAlchemy to load). Any other database (a server,
an older schema to upgrade, a damaged, locked or read-only file) is read the ordinary way, through
SQLAlchemy, which takes longer to load than reading takes: in a second process, while this one loads
ReportLab, PyThaiNLP and the segmentation dictionary to typeset. Neither needs the other until the data is
read, and every office PC has two cores or more, so the two loads run at once: `start_reading()` hands the
reading to a child process, the caller prepares, then `result()` waits for the data.

The child only reads (one read-only session), so a second process changes nothing about what is stored. When
no child can be started, the data is read here, as before.

On Linux the child is forked with `os.fork` and answers through a pipe (`_Forking`): what multiprocessing's
fork context does for this one read, without importing multiprocessing (sockets, tempfile, bz2…: ~25 ms of
every cold print). A fresh interpreter (Windows, ITADESK_READ_AHEAD=spawn) goes through multiprocessing.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

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
        self._connection: Receiving | None = None
        self._process: Child | None = None
        self._read: Dataset | None = None  # read already, here
        self._failed: Exception | None = None  # or refused already, here

    @property
    def done(self) -> bool:
        """Whether the data was read (or refused) already, here: nothing to wait for."""
        return self._read is not None or self._failed is not None

    def result(self) -> Dataset:
        if self._failed is not None:
            raise self._failed
        if self._read is not None:
            return self._read
        if self._connection is None or self._process is None:
            return read_ordinarily(self.db, self.year, memo_id=self.memo_id)  # no child: read here
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
        exitcode: int | None = self._process.exitcode
        return exitcode


class Receiving(Protocol):
    def recv(self) -> Any: ...
    def close(self) -> None: ...


class Sending(Protocol):
    def send(self, message: Any) -> None: ...
    def close(self) -> None: ...


class Child(Protocol):
    @property
    def pid(self) -> int | None: ...
    @property
    def exitcode(self) -> int | None: ...

    def start(self) -> None: ...
    def join(self) -> None: ...


def start_reading(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> PendingDataset:
    """Start reading from the database `db` names (--db): one fiscal year, the year of a memo, or all.

    An SQLite file of this schema is read at once, here, without SQLAlchemy (`service.reading`: a few
    milliseconds, less than starting a second process); any other database in a second process."""
    from itadesk.service import reading

    pending = PendingDataset(db, year, memo_id)
    try:
        pending._read = reading.read_directly(db, year, memo_id=memo_id)
    except Exception as error:  # told when the data is asked for, as the second process's refusals are
        pending._failed = error
    if pending.done:
        return pending
    import pickle  # noqa: F401 (both processes use it: loaded once, before the fork)

    context = _context()
    try:
        receiving, sending = context.Pipe(duplex=False)
    except OSError:  # no pipes to be had (limits, a locked-down PC): read in this one
        return pending
    try:
        process = context.Process(target=_read_and_send, args=(sending, db, year, memo_id), daemon=True)
        process.start()
    except OSError:  # no processes to be had: read in this one
        receiving.close()
        sending.close()
        return pending
    sending.close()
    pending._connection, pending._process = receiving, process
    return pending


def read_dataset(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset:
    """Read here: directly from an SQLite file of this schema, else the ordinary way."""
    from itadesk.service import reading

    return reading.read_dataset(db, year, memo_id=memo_id)


def read_ordinarily(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset:
    """Read the ordinary way (SQLAlchemy): what the second process does."""
    from itadesk.service import reading

    return reading.read_ordinarily(db, year, memo_id=memo_id)


def _context() -> _Forking | ForkContext | SpawnContext:
    """fork where it is cheap and safe: on Linux, while this is the only thread (a lock another thread held
    would stay locked in the child forever). Else a fresh interpreter, as on Windows.

    ITADESK_READ_AHEAD=spawn starts the fresh interpreter on Linux too: the bundle's test runs the way the
    Windows program starts its reader (a frozen executable started again, multiprocessing.freeze_support)."""
    spawn = os.environ.get("ITADESK_READ_AHEAD") == "spawn"
    if not spawn and sys.platform.startswith("linux") and threading.active_count() == 1:
        return _Forking()
    import multiprocessing

    return multiprocessing.get_context("spawn")


class _Forking:
    """The little of multiprocessing's fork context the reader uses: a one-way pipe and a forked child."""

    def Pipe(self, duplex: bool = False) -> tuple[_PipeReceiving, _PipeSending]:  # named as multiprocessing's
        assert not duplex
        receiving, sending = os.pipe()
        return _PipeReceiving(receiving), _PipeSending(sending)

    def Process(  # named as multiprocessing's
        self, target: Callable[..., None], args: tuple[Any, ...], daemon: bool = True
    ) -> _ForkedChild:
        return _ForkedChild(target, args)


class _PipeSending:
    def __init__(self, descriptor: int) -> None:
        self._descriptor: int | None = descriptor

    def send(self, message: Any) -> None:
        import pickle

        data = memoryview(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
        assert self._descriptor is not None
        while data:
            data = data[os.write(self._descriptor, data) :]

    def close(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


class _PipeReceiving:
    def __init__(self, descriptor: int) -> None:
        self._descriptor: int | None = descriptor

    def recv(self) -> Any:
        """The one message sent; EOFError when the child ended without sending it whole."""
        import pickle

        assert self._descriptor is not None
        chunks = []
        while chunk := os.read(self._descriptor, 1 << 20):
            chunks.append(chunk)
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # nothing, or cut short: the child died while sending
            raise EOFError from None

    def close(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


class _ForkedChild:
    def __init__(self, target: Callable[..., None], args: tuple[Any, ...]) -> None:
        self._target, self._args = target, args
        self.pid: int | None = None
        self.exitcode: int | None = None

    def start(self) -> None:
        for stream in (sys.stdout, sys.stderr):  # what is buffered here must not be written twice
            stream.flush()
        pid = os.fork()
        if pid == 0:  # the child: read, send, and end (the target ends with os._exit)
            try:
                sys.stdin.close()
                sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (the child's stdin until it ends)
                self._target(*self._args)
            finally:
                os._exit(1)
        self.pid = pid

    def join(self) -> None:
        if self.exitcode is None and self.pid is not None:
            _, status = os.waitpid(self.pid, 0)
            self.exitcode = os.waitstatus_to_exitcode(status)


def _read_and_send(connection: Sending, db: str | None, year: int | None, memo_id: str | None) -> None:
    """In the child: read, send what came of it, end without the interpreter's teardown.

    The child lives for one read, so the cycle collector would only slow its imports down. Ctrl+C reaches
    every process of the terminal: the parent answers it ("ยกเลิกแล้ว"), the child just finishes its read, finds
    nobody listening, and ends.
    """
    collector.rest()  # for good: the child ends after one read
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from itadesk.cli.main import user_message

    try:
        message: tuple[str, object] = (_DATASET, read_ordinarily(db, year, memo_id=memo_id))
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
