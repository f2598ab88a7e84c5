"""`restore` while other programs write: each write they were told was saved is either in the copy the restore
kept aside (it was saved before the restore) or in the restored database (it waited for the restore and was
saved on the restored data), never in neither; no writer crashes."""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.storage import Database, StorageError
from itadesk.storage.data import measures as measure_service
from itadesk.storage.lifecycle.backup import backup, restore

WRITERS = 3
RESTORES = 3


def _writer(url: str, name: str, start: Any, stop: Any, acknowledged: Any, failures: Any) -> None:
    """One program changing the shared measure's status as fast as it can; `acknowledged` gets the note of
    each change once its transaction committed."""
    try:
        db = Database.open(url)
        acknowledged.put("ready")
        start.wait()
        index = 0
        while not stop.is_set():
            note = f"{name}-{index}"
            status = (Status.IN_PROGRESS, Status.DONE)[index % 2]
            try:
                with db.session() as session:
                    measure_service.set_status(session, "m-shared", status, note=note)
            except StorageError as refused:  # said in Thai, not acknowledged: allowed, but counted
                failures.put(f"{name} refused: {refused}")
            else:
                acknowledged.put(note)
            index += 1
        db.dispose()
    except BaseException as exc:
        failures.put(f"{name} crashed: {type(exc).__name__}: {exc}")
        raise


def _notes(url_or_path: str) -> set[str]:
    db = Database.open(url_or_path, migrate=False)
    try:
        with db.session(read_only=True) as session:
            return {h.note for h in measure_service.get_measure(session, "m-shared").history}
    finally:
        db.dispose()


def _drain(queue: Any) -> list[str]:
    found = []
    with contextlib.suppress(Exception):
        while True:
            found.append(queue.get(timeout=0.5))
    return found


@pytest.mark.slow
def test_writers_in_other_programs_lose_nothing_while_restores_run(database_url: str, tmp_path: Path) -> None:
    db = Database.open(database_url)
    with db.session() as session:
        measure_service.add_measure(session, 2567, Measure(title="มาตรการที่ทุกโปรแกรมแก้", id="m-shared"))
    start_file = backup(db, tmp_path / "start.sqlite3")  # what each restore puts back
    context = multiprocessing.get_context("spawn")
    start, stop = context.Event(), context.Event()
    acknowledged, failures = context.Queue(), context.Queue()
    workers = [
        context.Process(target=_writer, args=(database_url, f"w{n}", start, stop, acknowledged, failures))
        for n in range(WRITERS)
    ]
    for worker in workers:
        worker.start()
    for _ in range(WRITERS):  # every writer has its database open
        assert acknowledged.get(timeout=120) == "ready"
    start.set()
    time.sleep(1.0)
    kept: list[Path] = []
    for _ in range(RESTORES):
        time.sleep(1.0)
        kept.append(restore(db, start_file))
    time.sleep(2.0)
    stop.set()
    for worker in workers:
        worker.join(timeout=120)
    db.dispose()

    problems = _drain(failures)
    acks = _drain(acknowledged)
    assert [w.exitcode for w in workers] == [0] * WRITERS, problems
    assert [p for p in problems if "crashed" in p] == []
    somewhere = _notes(database_url)
    for copy in kept:
        somewhere |= _notes(str(copy))
    lost = [note for note in acks if note not in somewhere]
    print(f"{len(acks)} writes acknowledged, {RESTORES} restores, {len(lost)} lost, {len(problems)} refused")
    assert lost == []
    assert len(acks) > 5 * RESTORES  # the writers did write while the restores ran
