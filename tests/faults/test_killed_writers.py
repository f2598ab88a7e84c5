"""A print, an export or a backup killed (SIGKILL: the task manager, a power cut) while its hidden temporary
file is written: the next write into that folder removes what the dead writer left, never the file of a writer
still running, and the file the user had under the real name stays as it was.

The writers are real `itadesk` processes. Each is stopped at the last moment of its write, its temporary file
whole and about to take the real name (`os.replace` waits there), so the test knows when to kill it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, require_shared

# The real command, whose rename of a temporary file onto its target never comes: the process says so and
# waits to be killed.
STOPS_BEFORE_RENAME = """
import os, sys, time
from itadesk.temporary_files import parse
real = os.replace
def stopped(source, target, *args, **kwargs):
    if parse(os.path.basename(os.fspath(source))) is None:
        return real(source, target, *args, **kwargs)
    print("WRITTEN", os.fspath(source), flush=True)
    time.sleep(600)
os.replace = stopped
from itadesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def itadesk(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv], capture_output=True, text=True, timeout=180
    )


def start_stopped_writer(*argv: str) -> tuple[subprocess.Popen[str], Path]:
    """A real `itadesk` writing; returns once its temporary file is whole, with that file's path."""
    writer = subprocess.Popen(
        [sys.executable, "-c", STOPS_BEFORE_RENAME, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    line = writer.stdout.readline()
    if not line.startswith("WRITTEN "):
        writer.kill()
        raise AssertionError(f"the writer ended without writing: {line!r} {writer.communicate()[1]}")
    return writer, Path(line.removeprefix("WRITTEN ").strip())


def kill(writer: subprocess.Popen[str]) -> None:
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Path]:
    require_shared()
    database = tmp_path / "office" / "office.sqlite3"
    database.parent.mkdir()
    assert itadesk("--db", str(database), "import", str(EXAMPLES / "001.json")).returncode == 0
    yield database


def hidden(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_print_or_export_leaves_nothing_once_the_next_write_comes(
    office: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "outputs"
    folder.mkdir()
    plan = folder / "plan.pdf"
    plan.write_bytes(b"%PDF- last week's plan")
    db = ["--db", str(office)]
    still_writing, being_written = start_stopped_writer(*db, "export", "-o", str(folder / "other.json"))
    try:
        printing, printed = start_stopped_writer(*db, "print", "plan", "--year", "2566", "-o", str(plan))
        assert printed.parent == folder and printed.read_bytes().startswith(b"%PDF-")
        kill(printing)
        assert hidden(folder) == sorted([printed.name, being_written.name])

        done = itadesk(*db, "export", "-o", str(folder / "today.json"))  # the next write into the folder
        assert done.returncode == 0, done.stderr
        assert not printed.exists()  # its writer is dead: removed
        assert being_written.exists()  # its writer still runs: left alone
        assert plan.read_bytes() == b"%PDF- last week's plan"  # the killed print never replaced it

        exporting, exported = start_stopped_writer(*db, "export", "-o", str(folder / "office.json"))
        kill(exporting)
        assert exported.exists() and not (folder / "office.json").exists()
    finally:
        kill(still_writing)
    done = itadesk(*db, "print", "plan", "--year", "2566", "-o", str(plan))
    assert done.returncode == 0, done.stderr
    assert hidden(folder) == []  # both dead writers' files went with this print
    assert plan.read_bytes().startswith(b"%PDF-") and plan.read_bytes() != b"%PDF- last week's plan"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_backup_leaves_nothing_once_the_next_backup_comes(office: Path, tmp_path: Path) -> None:
    folder = tmp_path / "flash-drive"
    folder.mkdir()
    backing_up, copy = start_stopped_writer(
        "--db", str(office), "backup", "-o", str(folder / "monday.sqlite3")
    )
    assert copy.read_bytes().startswith(b"SQLite format 3\x00")
    kill(backing_up)
    assert hidden(folder) == [copy.name]
    done = itadesk("--db", str(office), "backup", "-o", str(folder / "tuesday.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in folder.iterdir()) == ["tuesday.sqlite3"]
    restored = itadesk("--db", str(folder / "tuesday.sqlite3"), "measures")
    assert "m-001-01" in restored.stdout


def test_a_temporary_file_names_its_writer_and_what_it_becomes() -> None:
    from itadesk.temporary_files import parse, shown_name, temporary_beside

    temporary = temporary_beside(Path("/somewhere/รายงาน.pdf"))
    named = parse(temporary.name)
    assert named is not None and named.pid == os.getpid() and named.shown == "รายงาน.pdf"
    assert shown_name(temporary) == Path("/somewhere/รายงาน.pdf")
    assert parse(".notes.txt") is None and parse("plan.pdf") is None
