"""On a PC several people log into, what the program writes is its user's alone: after real runs of the
command line and of the window, every file it made (database, -wal, -shm, backups, crash files, settings.ini,
cache) is 0600 and every folder 0700, looked at on disk."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, require_shared

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """The user's folders, none of them existing yet, as a fresh account has them."""
    base = tmp_path / "account"
    return {
        **os.environ,
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_STATE_HOME": str(base / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def itadesk(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        stdin=subprocess.DEVNULL,
        # The umask a desktop session usually has: others may read what is not made private on purpose.
        preexec_fn=lambda: os.umask(0o022),
    )


def opened_to_others(root: Path) -> list[str]:
    """Each file not 0600-or-less and each folder not 0700-or-less under `root` (root itself included)."""
    found: list[str] = []
    for place in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(place.lstat().st_mode)
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            found.append(f"{place} {mode:o}")
    return found


def program_folders(env: dict[str, str]) -> list[Path]:
    folders = [Path(env[name]) / "itadesk" for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")]
    return [*folders, Path(env["XDG_STATE_HOME"]) / "itadesk"]


def test_the_command_line_makes_everything_private(home: dict[str, str], tmp_path: Path) -> None:
    require_shared()
    assert itadesk(home, "import", str(EXAMPLES / "001.json")).returncode == 0  # the default database
    assert itadesk(home, "status", "m-001-01", "done", "--note", "ส่งแล้ว").returncode == 0
    printed = itadesk(home, "print", "memo", "memo-001-1", "-o", str(tmp_path / "memo.pdf"))  # the cache
    assert printed.returncode == 0, printed.stderr
    copy = itadesk(home, "backup", "-o", str(tmp_path / "by-hand.sqlite3"))
    assert copy.returncode == 0, copy.stderr

    database = Path(home["XDG_DATA_HOME"]) / "itadesk" / "itadesk.sqlite3"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "by-hand.sqlite3").stat().st_mode) == 0o600
    assert any((Path(home["XDG_CACHE_HOME"]) / "itadesk").iterdir())
    assert stat.S_IMODE((tmp_path / "memo.pdf").stat().st_mode) == 0o600
    # SQLite gives the -wal and -shm the database file's own mode, whoever opens it and with any umask.
    previous = os.umask(0o022)
    with contextlib.ExitStack() as undo:
        undo.callback(os.umask, previous)
        other = undo.enter_context(contextlib.closing(sqlite3.connect(database, isolation_level=None)))
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("UPDATE change_counter SET value = value")
        for suffix in ("-wal", "-shm"):
            side = database.with_name(database.name + suffix)
            assert side.exists() and stat.S_IMODE(side.stat().st_mode) == 0o600, suffix
    for folder in program_folders(home):
        if folder.exists():
            assert opened_to_others(folder) == []


def test_a_crash_file_is_private(home: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from itadesk.cli.main import run
    from itadesk.storage.lifecycle import database

    monkeypatch.setenv("XDG_STATE_HOME", home["XDG_STATE_HOME"])

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(database.Database, "open", broken)
    previous = os.umask(0o022)
    try:
        assert run(["measures"]) == 70
    finally:
        os.umask(previous)
    logs = Path(home["XDG_STATE_HOME"]) / "itadesk"
    [log] = list(logs.rglob("crash-*.log"))
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert opened_to_others(logs) == []


def test_the_window_makes_everything_private(home: dict[str, str]) -> None:
    """The real window (offscreen), closed as a session's end closes it (SIGTERM): its database, automatic
    backup and settings.ini."""
    require_shared()
    assert itadesk(home, "import", str(EXAMPLES / "001.json")).returncode == 0
    window = subprocess.Popen(
        [sys.executable, "-m", "itadesk"],
        env=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    backups = Path(home["XDG_DATA_HOME"]) / "itadesk" / "backups"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not list(backups.rglob("*.sqlite3")):
            assert window.poll() is None, window.communicate()
            time.sleep(0.2)
        assert list(backups.rglob("*.sqlite3")), "no automatic backup within 90 s"
        time.sleep(0.5)
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, err
    settings = Path(home["XDG_CONFIG_HOME"]) / "itadesk" / "settings.ini"
    assert settings.exists() and stat.S_IMODE(settings.stat().st_mode) == 0o600
    for folder in program_folders(home):
        if folder.exists():
            assert opened_to_others(folder) == []
