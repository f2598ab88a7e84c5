"""Fault campaign: SIGKILL at random moments during status changes, a large import, backup and restore.

After every kill: `integrity_check` ok, every acknowledged status change present, the import all there or not
at all, the database either as before the restore or as the backup, and no leftover files after the next run.

    python -m tests.faults.campaign --seconds 600      # the long run, by hand; prints kills, writes, lost
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LARGE_COUNT = 1500
_LEFTOVER_MARKS = (".tmp", ".itadesk-restore-")


@dataclass
class Tally:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    rounds: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"}


def _itadesk(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv], env=_env(), capture_output=True, text=True, check=False
    )


def _look(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db, timeout=30)


def _notes(db: Path) -> set[str]:
    with contextlib.closing(_look(db)) as look:
        return {row[0] for row in look.execute("SELECT note FROM status_changes")}


def _large(db: Path) -> int:
    with contextlib.closing(_look(db)) as look:
        return int(look.execute("SELECT count(*) FROM measures WHERE code LIKE 'large-%'").fetchone()[0])


def _integrity(db: Path) -> str:
    with contextlib.closing(_look(db)) as look:
        return str(look.execute("PRAGMA integrity_check").fetchone()[0])


def _leftovers(folder: Path) -> list[Path]:
    return [
        p for p in folder.iterdir() if p.name.startswith(".") and any(m in p.name for m in _LEFTOVER_MARKS)
    ]


def child_status_loop(db: str) -> None:
    """Change statuses for ever, printing `ack NOTE` only after the command said it was done."""
    from itadesk.cli.main import run

    statuses = ("done", "in_progress", "not_started")
    for i in range(10**9):
        note = f"ack-{os.getpid()}-{i}"
        with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):
            code = run(["--db", db, "status", f"m-001-0{1 + i % 3}", statuses[i % 3], "--note", note])
        if code == 0:
            print(f"ack {note}", flush=True)


def _kill_after(
    process: subprocess.Popen[str], delay: float, acks: list[str], *, after_first_ack: bool = False
) -> None:
    """SIGKILL `process` `delay` seconds after it started or, `after_first_ack`, after its first
    acknowledged write: on a loaded machine a writer may need longer than any delay just to start, and a
    round that kills it before it wrote anything tests nothing."""
    if process.stdout is not None:
        os.set_blocking(process.stdout.fileno(), False)
    started = time.monotonic()
    while after_first_ack and not acks and process.poll() is None and time.monotonic() - started < 120:
        time.sleep(0.01)
        _read_acks(process, acks)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
        _read_acks(process, acks)
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGKILL)
    process.wait()
    _read_acks(process, acks)


def _read_acks(process: subprocess.Popen[str], acks: list[str]) -> None:
    if process.stdout is None:
        return
    with contextlib.suppress(BlockingIOError, TypeError):
        for line in process.stdout.read().splitlines():
            if line.startswith("ack "):
                acks.append(line[4:])


def run_campaign(seconds: float, folder: Path, seed: int | None = None) -> Tally:
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from tests.conftest import EXAMPLES
    from tests.faults.large_file import large_exchange_file

    rng = random.Random(seed)
    tally = Tally()
    work = folder / "office"
    work.mkdir()
    db = work / "office.sqlite3"
    assert _itadesk("--db", str(db), "import", str(EXAMPLES / "001.json")).returncode == 0
    backup_file = folder / "start.sqlite3"
    assert _itadesk("--db", str(db), "backup", "-o", str(backup_file)).returncode == 0
    large = large_exchange_file(EXAMPLES / "001.json", folder / "large.json", LARGE_COUNT)
    acknowledged: set[str] = set()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        kind = rng.choice(("status", "status", "import", "backup", "restore"))
        tally.rounds[kind] = tally.rounds.get(kind, 0) + 1
        large_before = _large(db)
        acks: list[str] = []
        if kind == "status":
            argv = [sys.executable, "-m", "tests.faults.campaign", "--child-status", str(db)]
        elif kind == "import":
            argv = [sys.executable, "-m", "itadesk", "--db", str(db), "import", "--keep-office", str(large)]
        elif kind == "backup":
            argv = [
                sys.executable,
                "-m",
                "itadesk",
                "--db",
                str(db),
                "backup",
                "-o",
                str(work / "copy.sqlite3"),
            ]
        else:
            argv = [sys.executable, "-m", "itadesk", "--db", str(db), "restore", str(backup_file)]
        process = subprocess.Popen(
            argv, env=_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        _kill_after(process, rng.uniform(0.2, 2.5), acks, after_first_ack=kind == "status")
        tally.kills += 1
        tally.acknowledged += len(acks)
        acknowledged |= set(acks)
        # Judge the database as the kill left it, before anything opens it normally.
        verdict = _integrity(db)
        if verdict != "ok":
            tally.problems.append(f"{kind}: integrity_check {verdict}")
        notes = _notes(db)
        if kind == "restore" and not (acknowledged <= notes):
            # A restore that finished puts the starting backup back: nothing acknowledged since remains.
            if notes & acknowledged or _large(db) != 0:
                tally.problems.append("restore left a mix of the old and the backup's data")
            acknowledged = set()
        missing = acknowledged - notes
        tally.lost += len(missing)
        if missing:
            tally.problems.append(f"{kind}: lost {sorted(missing)[:3]}")
        count = _large(db)
        if count not in (0, LARGE_COUNT) or (
            kind != "import" and kind != "restore" and count != large_before
        ):
            tally.problems.append(f"{kind}: {count} of {LARGE_COUNT} imported measures")
        copy = work / "copy.sqlite3"
        if copy.exists() and _integrity(copy) != "ok":
            tally.problems.append("backup: a damaged copy under the real name")
        # The next run removes what the killed one left at once: its name says its writer, which is dead.
        after = _itadesk("--db", str(db), "backup", "-o", str(folder / "next.sqlite3"))
        if after.returncode != 0:
            tally.problems.append(f"{kind}: the next run failed: {after.stderr.strip()[:200]}")
        left = _leftovers(work)
        if left:
            tally.problems.append(f"{kind}: left {[p.name for p in left]}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--child-status", metavar="DB")
    args = parser.parse_args()
    if args.child_status:
        child_status_loop(args.child_status)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        tally = run_campaign(args.seconds, Path(folder), args.seed)
    print(f"kills {tally.kills}, acknowledged writes {tally.acknowledged}, lost {tally.lost}; {tally.rounds}")
    for problem in tally.problems:
        print(f"  {problem}")
    return 0 if not tally.problems and tally.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
