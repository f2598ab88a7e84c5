"""A database another program keeps locked past the busy timeout, and a backup folder that is read-only."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from itadesk.storage.lifecycle import database
from tests.faults.conftest import Itadesk, example, history_notes, integrity


@pytest.fixture
def office(itadesk: Itadesk, tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite3"
    assert itadesk("--db", str(db), "import", str(example("001.json"))).code == 0
    assert itadesk("--db", str(db), "status", "m-001-01", "done", "--note", "ก่อนล็อก").code == 0
    return db


def test_a_lock_held_past_the_busy_timeout_is_a_thai_message(
    itadesk: Itadesk, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)  # the real wait is 30 s
    with contextlib.closing(sqlite3.connect(office, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        done = itadesk("--db", str(office), "status", "m-001-02", "done", "--note", "ระหว่างล็อก")
        other.execute("ROLLBACK")
    assert done.code == 1, done.err
    assert "ล็อก" in done.err and str(office) in done.err
    assert integrity(office) == "ok" and "ก่อนล็อก" in history_notes(office)
    assert "ระหว่างล็อก" not in history_notes(office)


def test_backup_into_a_read_only_folder_names_it(itadesk: Itadesk, office: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:  # as root, file permissions do not stop a write: only a read-only mount does
        pytest.skip(f"cannot mount a read-only tmpfs here: {mounted.stderr.strip()}")
    try:
        done = itadesk("--db", str(office), "backup", "-o", str(folder / "copy.sqlite3"))
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
    assert done.code == 1, done.err
    assert str(folder / "copy.sqlite3") in done.err and "Traceback" not in done.err


def test_backup_into_a_vanished_folder(itadesk: Itadesk, office: Path, tmp_path: Path) -> None:
    done = itadesk("--db", str(office), "backup", "-o", str(tmp_path / "gone" / "copy.sqlite3"))
    assert done.code == 1 and str(tmp_path / "gone") in done.err
