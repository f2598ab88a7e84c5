"""Faults from the machine around the program: a full disk, a read-only folder, a lock held too long.

`small_disk` is a real, small file system (tmpfs) that a test fills up: SQLite and the OS then fail exactly as
on a full USB stick. Mounting needs root (or a user namespace); elsewhere the tests skip and say why.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from itadesk.cli.main import run
from tests.conftest import EXAMPLES, require_shared

DISK_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _log_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


Itadesk = Callable[..., Outcome]


@pytest.fixture
def itadesk(capsys: pytest.CaptureFixture[str]) -> Itadesk:
    def call(*argv: str) -> Outcome:
        code = run(list(argv))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return call


class SmallDisk:
    """A mounted tmpfs of DISK_BYTES; `fill(leave)` takes all but `leave` bytes, `empty()` gives them back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler.bin"

    def fill(self, leave: int) -> None:
        with open(self._filler, "ab") as filler:
            free = self.free()
            chunk = b"\0" * 65536
            while free - leave > 0:
                try:
                    filler.write(chunk[: min(len(chunk), free - leave)])
                    filler.flush()
                except OSError:
                    break
                free = self.free()

    def free(self) -> int:
        import os

        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def empty(self) -> None:
        self._filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True, check=False)


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:
        return str(look.execute("PRAGMA integrity_check").fetchone()[0])


def history_notes(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:
        return [row[0] for row in look.execute("SELECT note FROM status_changes ORDER BY pk")]


def example(name: str) -> Path:
    require_shared()
    return EXAMPLES / name
