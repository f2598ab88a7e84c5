"""Measures of a fiscal year: listing, adding, editing, deleting, status changes and dated results.

Every function works inside the caller's unit of work (`with db.session() as session:`) and takes and returns
domain records. An unknown id raises `NotFoundError` with a Thai message.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from itadesk.domain.model import Measure, ResultEntry
from itadesk.domain.status import Status
from itadesk.storage.data.loading import list_measures as list_measures  # read with plain queries
from itadesk.storage.data.lookup import measure_row, new_code, next_seq, year_row, year_row_or_new
from itadesk.storage.data.models import MeasureRow, ResultEntryRow, StatusChangeRow
from itadesk.storage.data.records_to_rows import measure_to_row, result_rows
from itadesk.storage.data.rows_to_records import measure_from_row
from itadesk.storage.errors import NotFoundError, StorageError


def new_measure_id(session: Session, year: int) -> str:
    """A fresh measure id for a fiscal year: m-2567-1f3a9c0b."""
    return new_code(session, MeasureRow, f"m-{year}")


def get_measure(session: Session, measure_id: str) -> Measure:
    return measure_from_row(measure_row(session, measure_id))


def measure_year(session: Session, measure_id: str) -> int:
    """The fiscal year a measure belongs to."""
    return measure_row(session, measure_id).fiscal_year.year


def add_measure(session: Session, year: int, measure: Measure, position: int | None = None) -> Measure:
    """Add a measure at the end of a year's list, or at `position` in it (the year is added if needed);
    returns it with its id. A measure that carries an id keeps it (undoing a deletion puts it back whole)."""
    year_row_ = year_row_or_new(session, year)
    code = measure.id or new_measure_id(session, year)
    if session.scalar(select(MeasureRow.pk).where(MeasureRow.code == code)) is not None:
        raise StorageError(f"มีมาตรการรหัส {code} อยู่แล้ว")
    row = MeasureRow(
        code=code, seq=next_seq(session, MeasureRow.seq, MeasureRow.fiscal_year_pk == year_row_.pk)
    )
    measure_to_row(measure, row)
    row.fiscal_year = year_row_
    session.add(row)
    session.flush()
    if position is not None:
        codes = [r.code for r in year_row_.measures if r.code != code]
        codes.insert(max(0, min(position, len(codes))), code)
        reorder_measures(session, year, codes)
    return replace(measure_from_row(row), id=code)


def save_measure(session: Session, measure: Measure, year: int | None = None) -> Measure:
    """Replace a stored measure (found by `measure.id`) with `measure`; `year` moves it to another year."""
    if not measure.id:
        raise NotFoundError("บันทึกมาตรการไม่ได้: มาตรการนี้ยังไม่มีรหัส (ใช้การเพิ่มมาตรการ)")
    row = measure_row(session, measure.id)
    measure_to_row(measure, row)
    if year is not None and row.fiscal_year.year != year:
        target = year_row_or_new(session, year)
        row.seq = next_seq(session, MeasureRow.seq, MeasureRow.fiscal_year_pk == target.pk)
        row.fiscal_year = target
    session.flush()
    return measure_from_row(row)


# The fields a window edits one by one (`update_measure`); status and history change by `set_status` only.
EDITABLE_FIELDS = frozenset(
    {
        "number", "part", "indicator", "section", "title", "steps", "responsible", "period", "start", "end",
        "monitoring", "reporting", "results", "outcome", "problems", "suggestions", "evidence",
    }
)  # fmt: skip


@dataclass(slots=True)
class MeasureUpdate:
    """What `update_measure` did: the measure as stored now, and the fields someone else had also changed."""

    measure: Measure
    overwritten: list[str] = field(default_factory=list)  # the user's value replaced another writer's


def update_measure(
    session: Session, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
) -> MeasureUpdate:
    """Write only the fields a user changed, never a whole (possibly stale) record.

    `changes` maps fields to the user's values, `base` the same fields to the values the user started from,
    `version` is the measure's version they were read at. Fields not in `changes` keep whatever is stored
    (another program's or PC's changes stay). When the measure was written since `version` and another writer
    changed one of these same fields too, the user's value is written and the field is named in `overwritten`.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise StorageError(f"แก้ไขช่อง {', '.join(sorted(unknown))} ของมาตรการด้วยวิธีนี้ไม่ได้")
    row = _locked_measure_row(session, measure_id)
    overwritten: list[str] = []
    if row.version != version:
        stored = measure_from_row(row)
        overwritten = [
            name
            for name, value in changes.items()
            if getattr(stored, name) != base.get(name) and getattr(stored, name) != value
        ]
    for name, value in changes.items():
        if name == "results":
            row.results = result_rows(value)
        elif name in ("steps", "responsible", "evidence"):
            setattr(row, name, list(value))
        else:
            setattr(row, name, value)
    row.version += 1
    session.flush()
    return MeasureUpdate(measure_from_row(row), sorted(overwritten))


def _locked_measure_row(session: Session, measure_id: str) -> MeasureRow:
    """The measure's row read afresh and locked until the end of the unit of work (PostgreSQL: FOR UPDATE;
    SQLite's write transaction already holds the whole file), so its version cannot change under us."""
    row = session.scalar(
        select(MeasureRow)
        .where(MeasureRow.code == measure_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if row is None:
        measure_row(session, measure_id)  # raises NotFoundError in the usual words
    assert row is not None
    return row


def delete_measure(session: Session, measure_id: str) -> None:
    """Delete a measure with its history and results."""
    session.delete(measure_row(session, measure_id))
    session.flush()


def reorder_measures(session: Session, year: int, measure_ids: list[str]) -> None:
    """Put a year's measures in the given order; measures not listed keep their order after them."""
    rows = list(year_row(session, year).measures)
    by_code = {row.code: row for row in rows}
    unknown = [code for code in measure_ids if code not in by_code]
    if unknown:
        raise NotFoundError(f"ไม่พบมาตรการรหัส {', '.join(unknown)} ในปีงบประมาณ {year}")
    ordered = [by_code[code] for code in measure_ids]
    ordered += [row for row in rows if row.code not in measure_ids]
    for seq, row in enumerate(ordered):
        row.seq = seq
    session.flush()
    session.expire(year_row(session, year), ["measures"])


def set_status(
    session: Session, measure_id: str, status: Status | str, day: date | None = None, note: str = ""
) -> Measure:
    """Give a measure a status (a code or its Thai label), recorded at the end of its history."""
    if isinstance(status, str) and not isinstance(status, Status):
        try:
            status = Status.parse(status)
        except ValueError as exc:
            raise StorageError(str(exc)) from exc
    row = _locked_measure_row(session, measure_id)
    row.status = Status(status).value
    row.version += 1
    seq = next_seq(session, StatusChangeRow.seq, StatusChangeRow.measure_pk == row.pk)
    row.history.append(StatusChangeRow(seq=seq, status=row.status, date=day, note=note))
    session.flush()
    return measure_from_row(row)


def add_result(session: Session, measure_id: str, entry: ResultEntry) -> Measure:
    """Add a dated result at the end of a measure's results."""
    row = _locked_measure_row(session, measure_id)
    row.version += 1
    seq = next_seq(session, ResultEntryRow.seq, ResultEntryRow.measure_pk == row.pk)
    row.results.append(ResultEntryRow(seq=seq, text=entry.text, date=entry.date))
    session.flush()
    return measure_from_row(row)


def edit_result(session: Session, measure_id: str, index: int, entry: ResultEntry) -> Measure:
    """Replace the measure's result at `index` (0 = the first)."""
    row = _locked_measure_row(session, measure_id)
    row.version += 1
    result = _result_at(row, index)
    result.text = entry.text
    result.date = entry.date
    session.flush()
    return measure_from_row(row)


def remove_result(session: Session, measure_id: str, index: int) -> Measure:
    """Remove the measure's result at `index` (0 = the first)."""
    row = _locked_measure_row(session, measure_id)
    row.version += 1
    row.results.remove(_result_at(row, index))
    session.flush()
    return measure_from_row(row)


def _result_at(row: MeasureRow, index: int) -> ResultEntryRow:
    if not 0 <= index < len(row.results):
        raise NotFoundError(f"มาตรการ {row.code} ไม่มีผลการดำเนินงานลำดับที่ {index + 1}")
    return row.results[index]
