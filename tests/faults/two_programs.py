"""Two programs on one SQLite file: the real window (its own process, `window_driver`) writing through its
controls, and the command line reading, writing, importing and backing up (`itadesk measures`, `status`,
`backup`, and `import FILE.docx`, which writes through sqlite3 alone: two Word files in turn, each replacing
fiscal year IMPORT_YEAR).

Afterwards every write either side acknowledged must be in the file, `integrity_check` ok, and the window
must have shown the command line's last change within seconds. While it runs, a watcher looks every 20 ms at
the window's open files (`/proc/PID/fd`): a -wal or -shm of the database that was deleted under it is the
loss SQLite's "How To Corrupt" page describes (section 2.2), and fails the run.

    python -m tests.faults.two_programs --seconds 600     # the long run, by hand; prints the figures
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
YEAR = "2566"
IMPORT_YEAR = "2567"  # the Word imports' year: the window writes into YEAR
CLI_MEASURES = ("m-001-01", "m-001-02", "m-001-03")
STATUSES = ("not_started", "in_progress", "done")
SHOWN_WITHIN_SECONDS = 5.0


@dataclass
class Figures:
    seconds: float = 0.0
    window_acknowledged: int = 0
    window_adds: list[str] = field(default_factory=list)
    window_statuses: dict[str, str] = field(default_factory=dict)  # title → last acknowledged status
    window_backups: int = 0
    cli_acknowledged: list[str] = field(default_factory=list)  # notes of acknowledged status changes
    cli_reads: int = 0
    cli_backups: int = 0
    cli_imports: int = 0
    imported_titles: list[str] = field(default_factory=list)  # the import year's, after the last import
    stored: int = 0
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    deleted_files_seen: list[str] = field(default_factory=list)
    lock_samples: int = 0
    window_held_no_lock: int = 0
    shown_after: float | None = None
    integrity: str = ""

    def summary(self) -> str:
        acknowledged = self.window_acknowledged + len(self.cli_acknowledged)
        return (
            f"{self.seconds:.0f} s: acknowledged {acknowledged} (window {self.window_acknowledged}: "
            f"{len(self.window_adds)} measures added, {self.window_acknowledged - len(self.window_adds)} "
            f"statuses and backups; command line {len(self.cli_acknowledged)} status changes), "
            f"checked afterwards {self.stored + len(self.lost)} (every command-line note, every added "
            f"measure, the last status of each), stored {self.stored}, lost {len(self.lost)}; "
            f"command line reads {self.cli_reads}, Word imports {self.cli_imports}, backups "
            f"{self.cli_backups}, window backups {self.window_backups}; integrity_check {self.integrity}; "
            f"window showed the command line's change after {self.shown_after} s; "
            f"deleted -wal/-shm open in the window: {len(self.deleted_files_seen)}; "
            f"/proc/locks samples {self.lock_samples}, without a lock of the window's on the database "
            f"{self.window_held_no_lock}"
        )


def environment(folder: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_STATE_HOME": str(folder / "state"),
    }
    env.pop("ITADESK_DB", None)
    return env


def itadesk(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


class Window:
    """The driver's process and what it printed, line by line, with when it printed it."""

    def __init__(self, db: Path, control: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "tests.faults.window_driver", str(db), str(control)],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[tuple[float, str]] = []
        self.errors: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_errors, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append((time.time(), line.rstrip("\n")))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.errors.append(line.rstrip("\n"))

    def wait_for(self, prefix: str, timeout: float) -> str | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for _when, line in list(self.lines):
                if line.startswith(prefix):
                    return line
            if self.process.poll() is not None and not any(line.startswith(prefix) for _, line in self.lines):
                time.sleep(0.2)
                return next((line for _, line in self.lines if line.startswith(prefix)), None)
            time.sleep(0.05)
        return None

    def finish(self) -> None:
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for reader in self._readers:
            reader.join(timeout=5)


class Watcher:
    """Every 20 ms: the window's open files (a deleted -wal or -shm of the database among them is a loss in
    the making) and /proc/locks (whether the window still holds a lock on the database file)."""

    def __init__(self, pid: int, db: Path, figures: Figures) -> None:
        self.pid, self.db, self.figures = pid, db, figures
        self.inode = db.stat().st_ino
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.running = False
        self.thread.join(timeout=5)

    def _watch(self) -> None:
        fds = Path(f"/proc/{self.pid}/fd")
        name = self.db.name
        while self.running:
            with contextlib.suppress(OSError):
                for fd in fds.iterdir():
                    with contextlib.suppress(OSError):
                        target = os.readlink(fd)
                        deleted = name in target and target.endswith("(deleted)")
                        if deleted and target not in self.figures.deleted_files_seen:
                            self.figures.deleted_files_seen.append(target)
            with contextlib.suppress(OSError):
                locks = Path("/proc/locks").read_text()
                self.figures.lock_samples += 1
                mine = [
                    line
                    for line in locks.splitlines()
                    if len(line.split()) > 5
                    and line.split()[4] == str(self.pid)
                    and line.split()[5].endswith(f":{self.inode}")
                ]
                if not mine:
                    self.figures.window_held_no_lock += 1
            time.sleep(0.02)


def _notes(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as look:
        return {str(row[0]) for row in look.execute("SELECT note FROM status_changes")}


def _measures(db: Path) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as look:
        return {
            str(title): str(status) for title, status in look.execute("SELECT title, status FROM measures")
        }


def _titles_of(db: Path, year: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as look:
        query = (
            "SELECT title FROM measures JOIN fiscal_years AS y ON fiscal_year_pk = y.pk WHERE y.year = ? "
            "ORDER BY seq, measures.pk"
        )
        return [str(row[0]) for row in look.execute(query, (int(year),))]


def _integrity(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as look:
        return str(look.execute("PRAGMA integrity_check").fetchone()[0])


def _window_acks(window: Window, figures: Figures, until: float = float("inf")) -> list[str]:
    """The titles of the measures the window acknowledged adding before `until`."""
    return [line[8:] for when, line in list(window.lines) if line.startswith("ack add ") and when < until]


def run_campaign(seconds: float, folder: Path, seed: int | None = None) -> Figures:
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from tests.conftest import EXAMPLES
    from tests.exchange.word_files import write_example_docx

    rng = random.Random(seed)
    figures = Figures(seconds=seconds)
    env = environment(folder)
    db = folder / "office" / "office.sqlite3"
    db.parent.mkdir(parents=True)
    control = folder / "control"
    control.mkdir()
    imported = itadesk(env, "--db", str(db), "import", str(EXAMPLES / "001.json"))
    assert imported.returncode == 0, imported.stderr
    word_files = [write_example_docx(name, folder / f"{name}.docx") for name in ("001", "003")]

    window = Window(db, control, env)
    try:
        if window.wait_for("ready", 120) is None:
            figures.problems.append(f"the window did not start: {window.errors[-20:]}")
            return figures
        watcher = Watcher(window.process.pid, db, figures)
        end = time.monotonic() + seconds
        number = 0
        while time.monotonic() < end and window.process.poll() is None:
            number += 1
            kind = rng.choice(("status", "status", "measures", "backup", "import"))
            started = time.time()
            if kind == "status":
                note = f"บรรทัดคำสั่ง-{number}"
                done = itadesk(
                    env,
                    "--db",
                    str(db),
                    "status",
                    rng.choice(CLI_MEASURES),
                    rng.choice(STATUSES),
                    "--note",
                    note,
                )
                if done.returncode == 0:
                    figures.cli_acknowledged.append(note)
                else:
                    figures.problems.append(f"status: exit {done.returncode}: {done.stderr.strip()[:300]}")
            elif kind == "measures":
                seen_before = _window_acks(window, figures, started)
                done = itadesk(env, "--db", str(db), "measures", "--year", YEAR)
                if done.returncode != 0:
                    figures.problems.append(f"measures: exit {done.returncode}: {done.stderr.strip()[:300]}")
                else:
                    figures.cli_reads += 1
                    missing = [title for title in seen_before if title not in done.stdout]
                    if missing:
                        figures.problems.append(f"measures: the window's {missing[:3]} not listed")
            elif kind == "import":
                word = word_files[figures.cli_imports % len(word_files)]
                argv = ["import", str(word), "--year", IMPORT_YEAR, "--replace-year", IMPORT_YEAR]
                done = itadesk(env, "--db", str(db), *argv)
                if done.returncode == 0:
                    figures.cli_imports += 1
                    figures.imported_titles = _titles_of(db, IMPORT_YEAR)  # the window never writes there
                else:
                    figures.problems.append(f"import: exit {done.returncode}: {done.stderr.strip()[:300]}")
            else:
                copy = folder / "cli-backup.sqlite3"
                notes_before = list(figures.cli_acknowledged)
                seen_before = _window_acks(window, figures, started)
                done = itadesk(env, "--db", str(db), "backup", "-o", str(copy))
                if done.returncode != 0:
                    figures.problems.append(f"backup: exit {done.returncode}: {done.stderr.strip()[:300]}")
                else:
                    figures.cli_backups += 1
                    if _integrity(copy) != "ok":
                        figures.problems.append("backup: the copy is damaged")
                    lost = set(notes_before) - _notes(copy)
                    lost |= set(seen_before) - set(_measures(copy))
                    if lost:
                        figures.problems.append(f"backup: the copy lacks {sorted(lost)[:3]}")
            time.sleep(rng.uniform(0.0, 0.3))

        # The window must show the command line's change within seconds.
        note = f"สุดท้าย-{number}"
        (control / "final").write_text(note, encoding="utf-8")
        time.sleep(1.0)  # the window stops writing and selects the measure
        done = itadesk(env, "--db", str(db), "status", CLI_MEASURES[0], "done", "--note", note)
        acknowledged_at = time.time()
        if done.returncode == 0:
            figures.cli_acknowledged.append(note)
            seen = window.wait_for(f"seen {note} ", 30)
            if seen is None:
                figures.problems.append("the window never showed the command line's last change")
            else:
                figures.shown_after = round(float(seen.split()[-1]) - acknowledged_at, 2)
        else:
            figures.problems.append(f"status: exit {done.returncode}: {done.stderr.strip()[:300]}")
        watcher.stop()  # the window is about to close: its locks go with it, as they should
        (control / "stop").write_text("", encoding="utf-8")
        window.finish()
    finally:
        if window.process.poll() is None:
            window.process.kill()
            window.process.wait()

    for _when, line in window.lines:
        if line.startswith("ack add "):
            figures.window_adds.append(line[8:])
            figures.window_acknowledged += 1
        elif line.startswith("ack status "):
            title, status = line[11:].rsplit(" ", 1)
            figures.window_statuses[title] = status
            figures.window_acknowledged += 1
        elif line.startswith("ack backup "):
            figures.window_backups += 1
            figures.window_acknowledged += 1
        elif line.startswith("failed "):
            figures.problems.append(f"the window said: {line[7:][:300]}")
    if window.process.returncode != 0:
        figures.problems.append(f"the window ended with {window.process.returncode}: {window.errors[-20:]}")

    figures.integrity = _integrity(db)
    notes, measures = _notes(db), _measures(db)
    figures.lost = [note for note in figures.cli_acknowledged if note not in notes]
    figures.lost += [title for title in figures.window_adds if title not in measures]
    figures.lost += [
        f"{title} {status}"
        for title, status in figures.window_statuses.items()
        if title in measures and measures[title] != status
    ]
    if _titles_of(db, IMPORT_YEAR) != figures.imported_titles:
        figures.lost.append(f"the last Word import's measures of {IMPORT_YEAR}")
    acknowledged = len(figures.cli_acknowledged) + len(figures.window_adds) + len(figures.window_statuses)
    figures.stored = acknowledged - len(figures.lost)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = run_campaign(args.seconds, Path(folder), args.seed)
    print(figures.summary())
    for problem in figures.problems[:30]:
        print(f"  {problem}")
    for lost in figures.lost[:30]:
        print(f"  lost: {lost}")
    bad = figures.problems or figures.lost or figures.deleted_files_seen or figures.integrity != "ok"
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
