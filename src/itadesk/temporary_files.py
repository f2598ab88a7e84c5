"""Hidden temporary files written beside a file and renamed onto it when whole; removing what a killed writer
left behind.

Every output (a printed PDF or Word file, an exchange file, a backup, a restore's prepared copy) is written
first under a hidden name in the target's own folder, so that `os.replace` can put it in place in one step. A
writer killed half-way (the power cut, the task manager, SIGKILL) cannot remove its file, so the name says
who wrote it: `.plan.<host>-<pid>-<random>.tmp.pdf` (host: a short digest of this computer's name, so that a
file another PC is writing into a shared folder is never taken for ours). The next write into that folder
removes every such file whose writer on this computer is no longer running (`remove_leftovers`); a file of a
writer that still runs stays, whatever its age up to a day (a process id is reused in the end).

Files named before writers were named (`.NAME.1234abcd.tmp`, `.itadesk-restore-1234abcd.sqlite3`) and files of
another computer are removed as before: once nothing has written them for 15 minutes.

Standard library only: the command line's first process (`itadesk print`) loads nothing more for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# A writer's own file: ".STEM.HOST-PID-RANDOM.tmp.SUFFIX", with SQLite's side files beside it.
_NAMED = re.compile(
    r"^\.(?P<stem>.+)\.(?P<host>[0-9a-f]{6})-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}\.tmp"
    r"(?P<suffix>\.[A-Za-z0-9]{1,10})?(?P<side>-journal|-wal|-shm)?$"
)
# Names of earlier releases, whose writer is unknown.
_UNNAMED = (
    re.compile(r"^\..+\.[0-9a-f]{8}\.tmp(\.[A-Za-z0-9]{1,10})?(-journal|-wal|-shm)?$"),
    re.compile(r"^\.itadesk-restore-[0-9a-f]{8}\.sqlite3(-journal|-wal|-shm)?$"),
)
QUIET_SECONDS = 15 * 60  # an unnamed file or another computer's, untouched this long, is a leftover
LONGEST_WRITE_SECONDS = 24 * 60 * 60  # a living writer's file older than this: its id was reused


def _host() -> str:
    if hasattr(os, "uname"):
        # What gethostname() answers, without loading the socket module for it: glibc's gethostname() is
        # uname(2)'s nodename (gethostname(2), https://man7.org/linux/man-pages/man2/gethostname.2.html).
        name = os.uname().nodename
    else:  # Windows
        import socket

        name = socket.gethostname()
    return hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:6]


HOST = _host()


@dataclass(frozen=True)
class TemporaryName:
    """What a writer's temporary name says: the file it becomes (`shown`), and who writes it."""

    shown: str
    host: str
    pid: int


def temporary_beside(target: Path) -> Path:
    """A hidden name for this process to write in `target`'s folder, ending like `target` (.pdf, .docx,
    .json, .sqlite3: the suffix chooses what a writer writes)."""
    return target.with_name(f".{target.stem}.{HOST}-{os.getpid()}-{os.urandom(4).hex()}.tmp{target.suffix}")


def parse(name: str) -> TemporaryName | None:
    """The writer of a temporary file named by `temporary_beside` (or its -journal/-wal/-shm), else None."""
    found = _NAMED.match(name)
    if found is None:
        return None
    shown = found["stem"] + (found["suffix"] or "")
    return TemporaryName(shown, found["host"], int(found["pid"]))


def shown_name(path: Path) -> Path:
    """The file a user asked for: the hidden `.plan.….tmp.pdf` being written is shown as `plan.pdf`."""
    named = parse(path.name)
    return path.with_name(named.shown) if named is not None else path


def remove_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files that killed writers left in `folder`; returns those removed. Never a file
    a running writer may still be writing, nor any file not named as a temporary file."""
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            with contextlib.suppress(OSError):
                if _left_behind(entry, now) and entry.is_file():
                    entry.unlink()
                    removed.append(entry)
    return removed


def _left_behind(entry: Path, now: float) -> bool:
    named = parse(entry.name)
    if named is None:
        if not any(pattern.match(entry.name) for pattern in _UNNAMED):
            return False
        return now - entry.stat().st_mtime > QUIET_SECONDS
    age = now - entry.stat().st_mtime
    if named.host != HOST:
        return age > QUIET_SECONDS
    if named.pid != os.getpid() and not running(named.pid):
        return True
    return age > LONGEST_WRITE_SECONDS


def running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a zombie, dead but not yet reaped, does not)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        # Signal 0: nothing is sent, only whether the process exists is checked (kill(2),
        # https://man7.org/linux/man-pages/man2/kill.2.html).
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True  # no /proc (macOS): it exists
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


if sys.platform == "win32":

    def _running_on_windows(pid: int) -> bool:
        # os.kill on Windows ends the process whatever the signal (TerminateProcess; Python's os.kill,
        # https://docs.python.org/3/library/os.html#os.kill): never used here. GetExitCodeProcess only
        # looks, and says STILL_ACTIVE for a process that has not ended
        # (https://learn.microsoft.com/en-gb/windows/desktop/api/processthreadsapi/nf-processthreadsapi-getexitcodeprocess).
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(ctypes.get_last_error() == 5)  # ERROR_ACCESS_DENIED: it exists, someone else's
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
