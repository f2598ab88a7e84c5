"""Two programs writing to one database at the same moment: neither crashes, no write is lost."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from itadesk.domain.model import Measure, Organization, ResultEntry
from itadesk.domain.status import Status
from itadesk.storage import Database
from itadesk.storage.data import measures as measure_service
from itadesk.storage.data import office, settings
from itadesk.storage.data.models import MeasureRow, ResultEntryRow, StatusChangeRow

WRITES = 250


def _writer(url: str, name: str, start: Any, failures: Any) -> None:
    """One program: its own measure gets a result per write; a shared measure gets status changes."""
    try:
        db = Database.open(url)
        start.wait()
        for index in range(WRITES):
            with db.session() as session:
                measure_service.add_result(session, f"m-{name}", ResultEntry(f"{name} {index}"))
            if index % 5 == 0:
                with db.session() as session:
                    status = Status.IN_PROGRESS if index % 10 else Status.DONE
                    measure_service.set_status(session, "m-shared", status, note=f"{name} {index}")
            with db.session(read_only=True) as session:
                measure_service.list_measures(session, 2567)
        db.dispose()
    except BaseException as exc:
        failures.put(f"{name}: {type(exc).__name__}: {exc}")
        raise


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(database_url: str) -> None:
    db = Database.open(database_url)
    with db.session() as session:
        for code in ("m-a", "m-b", "m-shared"):
            measure_service.add_measure(session, 2567, Measure(title=code, id=code))
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    failures = context.Queue()
    workers = [context.Process(target=_writer, args=(database_url, n, start, failures)) for n in ("a", "b")]
    for worker in workers:
        worker.start()
    time.sleep(0.5)
    began = time.monotonic()
    start.set()
    for worker in workers:
        worker.join(timeout=300)
    elapsed = time.monotonic() - began
    errors = [failures.get() for _ in range(failures.qsize())] if not failures.empty() else []

    assert errors == []
    assert [w.exitcode for w in workers] == [0, 0]
    with db.session() as session:
        for name in ("a", "b"):
            results = measure_service.get_measure(session, f"m-{name}").results
            assert [r.text for r in results] == [f"{name} {i}" for i in range(WRITES)]
        history = measure_service.get_measure(session, "m-shared").history
        positions = {
            code: session.scalars(select(row.seq).join(MeasureRow).where(MeasureRow.code == code)).all()
            for code, row in (("m-shared", StatusChangeRow), ("m-a", ResultEntryRow), ("m-b", ResultEntryRow))
        }
    for code, seqs in positions.items():  # the next position is taken under the measure's lock, never twice
        assert len(seqs) == len(set(seqs)), f"{code}: {len(seqs) - len(set(seqs))} repeated positions"
    assert len(history) == 2 * len(range(0, WRITES, 5))
    for name in ("a", "b"):  # each program's own changes keep their order
        mine = [h.note for h in history if h.note.startswith(name)]
        assert mine == [f"{name} {i}" for i in range(0, WRITES, 5)]
    print(f"{2 * WRITES} results + {len(history)} status changes by two processes in {elapsed:.1f} s")
    db.dispose()


def _open_and_add(url: str, name: str, start: Any, failures: Any) -> None:
    try:
        start.wait()
        db = Database.open(url)
        with db.session() as session:
            measure_service.add_measure(session, 2567, Measure(title=name, id=f"m-{name}"))
        db.dispose()
    except BaseException as exc:
        failures.put(f"{name}: {type(exc).__name__}: {exc}")
        raise


def test_two_processes_creating_one_new_database_at_once(database_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    failures = context.Queue()
    names = ("first", "second", "third")
    workers = [context.Process(target=_open_and_add, args=(database_url, n, start, failures)) for n in names]
    for worker in workers:
        worker.start()
    time.sleep(1.0)
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert failures.empty(), failures.get()
    assert [w.exitcode for w in workers] == [0, 0, 0]
    db = Database.open(database_url)
    with db.session() as session:
        assert sorted(m.title for m in measure_service.list_measures(session, 2567)) == sorted(names)
    db.dispose()


def _add_measure(session: Session, who: str) -> None:
    measure_service.add_measure(session, 2570, Measure(title=who))


def _set_setting(session: Session, who: str) -> None:
    settings.set_setting(session, "window.year", who)


def _save_organization(session: Session, who: str) -> None:
    office.save_organization(session, Organization(name=who))


def _what_is_stored(session: Session, action: Callable[[Session, str], None]) -> list[str]:
    if action is _add_measure:
        return sorted(m.title for m in measure_service.list_measures(session, 2570))
    if action is _set_setting:
        return [settings.get_setting(session, "window.year") or ""]
    organization = office.get_organization(session)
    return [organization.name if organization else ""]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (_add_measure, ["จากเครื่องที่สอง", "จากเครื่องแรก"]),  # a fiscal year neither had stored yet
        (_set_setting, ["จากเครื่องที่สอง"]),
        (_save_organization, ["จากเครื่องที่สอง"]),
    ],
    ids=["new-year", "new-setting", "first-organization"],
)
def test_two_pcs_adding_the_same_new_thing_at_once_both_succeed(
    database_url: str, action: Callable[[Session, str], None], expected: list[str]
) -> None:
    """The second PC waits for the first's uncommitted row, then uses it instead of failing on the clash."""
    db = Database.open(database_url)
    outcome: dict[str, BaseException] = {}

    def second_pc() -> None:
        try:
            with db.session() as session:
                action(session, "จากเครื่องที่สอง")
        except BaseException as exc:
            outcome["error"] = exc

    with db.session() as session:
        action(session, "จากเครื่องแรก")
        other = threading.Thread(target=second_pc)
        other.start()
        time.sleep(0.5)
    other.join(60)

    assert "error" not in outcome, outcome.get("error")
    with db.session() as session:
        assert _what_is_stored(session, action) == expected
    db.dispose()
