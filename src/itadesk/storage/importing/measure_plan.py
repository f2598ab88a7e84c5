"""Which of a year's stored measures a file's measures are, what each does to them, and the year's order
afterwards: the import's rules for measures, over domain records only.

Both ways of writing an import plan with this module, so the rules are written once: the ORM's
(`storage.importing.run`, every database) and the one through Python's sqlite3 (`storage.direct.importing`, an
office's SQLite file of this schema). They differ only in how they read the stored rows (`StoredMeasure`:
the row, or its key, with its record) and how they write what is planned here.

The rules (the module `storage.importing.run` tells them whole): a measure with an id is the stored one with
that id, wherever it is (a measure found in another year moves); one without is the year's first stored
measure of the same title not taken yet. A stored measure whose record differs from the file's is updated;
one whose status the file has further back keeps its status and history unless the user takes the file's.
The file's measures come first, in its order, then the others in their old order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.storage.importing.checks import check_measure
from itadesk.storage.importing.choices import ImportChoices
from itadesk.storage.importing.summary import ImportSummary, MovedToAnotherYear, StatusGoingBack

_Row = TypeVar("_Row")
_Keyed = TypeVar("_Keyed")
ORDER = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE)


@dataclass(eq=False)
class StoredMeasure(Generic[_Row]):
    """A stored measure: its row (the ORM's object, or the row's key), what it holds and where it is.
    One object per row: the planner tells rows apart by the object (`is`)."""

    row: _Row
    code: str
    title: str
    fiscal_year_pk: int
    seq: int
    read: Callable[[], Measure]  # the stored record (id = code), read when the planner needs it
    year_number: Callable[[], int]  # its fiscal year, asked only when the file moves it


@dataclass(eq=False)
class NewMeasure:
    """A measure the file adds, with the id it gets."""

    code: str
    measure: Measure
    seq: int = 0


@dataclass(eq=False)
class Update(Generic[_Row]):
    """A stored measure the file changes: `measure` is what the row holds afterwards (but its id); `moved`
    when it comes from another fiscal year."""

    stored: StoredMeasure[_Row]
    measure: Measure
    moved: bool


Placed = StoredMeasure[_Row] | NewMeasure


@dataclass(eq=False)
class YearMeasures(Generic[_Row]):
    """What importing one year's measures does: the file's measures as placed (stored or new, in the file's
    order), the year's whole order afterwards (each with its `seq` in `seqs`), the rows written."""

    given: list[StoredMeasure[_Row] | NewMeasure] = field(default_factory=list)
    order: list[StoredMeasure[_Row] | NewMeasure] = field(default_factory=list)
    updates: list[Update[_Row]] = field(default_factory=list)
    new: list[NewMeasure] = field(default_factory=list)

    def seq_changes(self) -> list[tuple[StoredMeasure[_Row], int]]:
        """The stored measures whose place changes: (measure, its new seq)."""
        return [(p, seq) for seq, p in enumerate(self.order) if isinstance(p, StoredMeasure) and p.seq != seq]


def plan_year_measures(
    fiscal_year: int,
    year_pk: int,
    measures: Sequence[Measure],
    stored: Sequence[StoredMeasure[_Row]],
    by_id: dict[str, StoredMeasure[_Row]],
    *,
    choices: ImportChoices,
    summary: ImportSummary,
    place: str,
    draw_codes: Callable[[int], list[str]],
) -> YearMeasures[_Row]:
    """Plan one year of the file (`place`: its JSON path, `years[0]`): `stored` are the year's measures in
    order (`year_pk` its key), `by_id` the stored measures with the ids the file
    names, wherever they are (the same objects as in `stored` for this year's), `draw_codes(n)` n fresh ids.
    Counts into `summary`; raises `DatasetError` for a measure the database cannot hold."""
    plan: YearMeasures[_Row] = YearMeasures()
    existing: list[StoredMeasure[_Row] | NewMeasure] = list(stored)
    by_title: ByKey[StoredMeasure[_Row]] = ByKey(stored, lambda s: s.title)
    for matched in by_id.values():
        by_title.mark_taken(matched)
    now: dict[int, Measure] = {}  # what a row holds after an update planned earlier in this file
    fresh: list[str] = []
    for index, measure in enumerate(measures):
        check_measure(measure, f"{place}.measures[{index}]")
        found = by_id.get(measure.id) if measure.id else by_title.take(measure.title)
        if found is None:
            if not measure.id and not fresh:  # drawn together: one per record still to come without an id
                fresh = draw_codes(sum(1 for m in measures[index:] if not m.id))
                fresh.reverse()
            added = NewMeasure(measure.id or fresh.pop(), measure)
            plan.new.append(added)
            existing.append(added)
            plan.given.append(added)
            summary["measures"].added += 1
            continue
        record = now.get(id(found)) or found.read()
        measure = _status_going_back(fiscal_year, found, record, measure, choices, summary)
        moved = found.fiscal_year_pk != year_pk
        if moved or record != replace(measure, id=found.code):
            if moved:
                summary.moved.append(
                    MovedToAnotherYear("measures", found.code, record.title, found.year_number(), fiscal_year)
                )
                found.fiscal_year_pk = year_pk
                existing.append(found)
            plan.updates.append(Update(found, measure, moved))
            now[id(found)] = replace(measure, id=found.code)
            summary["measures"].updated += 1
        else:
            summary["measures"].unchanged += 1
        plan.given.append(found)
    plan.order = in_order(plan.given, existing)
    for seq, placed in enumerate(plan.order):
        if isinstance(placed, NewMeasure):
            placed.seq = seq
    return plan


def _status_going_back(
    fiscal_year: int,
    found: StoredMeasure[_Row],
    record: Measure,
    measure: Measure,
    choices: ImportChoices,
    summary: ImportSummary,
) -> Measure:
    """Note a status the file has further back; unless the file's is taken, keep the stored one."""
    stored = Status(record.status)
    if ORDER.index(measure.status) >= ORDER.index(stored):
        return measure
    summary.statuses_going_back.append(
        StatusGoingBack(fiscal_year, found.code, record.number, record.title, stored, measure.status)
    )
    if choices.statuses == "take":
        return measure
    return replace(measure, status=stored, history=record.history)


def in_order(given: Sequence[_Keyed], existing: Sequence[_Keyed]) -> list[_Keyed]:
    """The records a file named first (in its order), then the others as they were; each once."""
    ordered: list[_Keyed] = []
    seen: set[int] = set()
    for item in [*given, *existing]:
        if id(item) not in seen:
            seen.add(id(item))
            ordered.append(item)
    return ordered


class ByKey(Generic[_Keyed]):
    """Rows looked up by a key (a title, a subject), first come first served; each row is matched once."""

    def __init__(self, rows: Sequence[_Keyed], key: Callable[[_Keyed], str]) -> None:
        self.rows: dict[str, list[_Keyed]] = {}
        for row in rows:
            self.rows.setdefault(key(row), []).append(row)
        self.taken: set[int] = set()

    def take(self, key: str) -> _Keyed | None:
        for row in self.rows.get(key, []):
            if id(row) not in self.taken:
                self.taken.add(id(row))
                return row
        return None

    def mark_taken(self, row: _Keyed) -> None:
        self.taken.add(id(row))
