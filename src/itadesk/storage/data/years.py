"""Fiscal years: which are stored, their ITA result, and starting the next year from this one's measures."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from itadesk.domain.model import ItaResult
from itadesk.domain.period_shift import shift_period
from itadesk.domain.status import Status
from itadesk.storage.data.loading import get_ita_result, list_years  # read with plain queries
from itadesk.storage.data.lookup import next_seq, year_row, year_row_or_new
from itadesk.storage.data.measures import new_measure_id
from itadesk.storage.data.models import ItaResultRow, MeasureRow
from itadesk.storage.data.records_to_rows import ita_result_to_row, measure_to_row
from itadesk.storage.data.rows_to_records import measure_from_row
from itadesk.storage.errors import StorageError

__all__ = ["add_year", "delete_year", "get_ita_result", "list_years", "save_ita_result", "start_next_year"]


def add_year(session: Session, year: int) -> None:
    """Store an (empty) fiscal year; nothing happens when it is already there."""
    year_row_or_new(session, year)


def save_ita_result(session: Session, year: int, result: ItaResult | None) -> None:
    """Store the ITA result a year's plan answers (None removes it)."""
    year_row_ = year_row_or_new(session, year)
    if result is None:
        year_row_.ita_result = None
    else:
        row = year_row_.ita_result or ItaResultRow(fiscal_year=year_row_)
        ita_result_to_row(result, row)
        session.add(row)
    session.flush()


def start_next_year(session: Session, from_year: int) -> int:
    """Copy a year's measures into the next fiscal year and return that year.

    The copies get new ids, status "not started", no history, no results, no evidence links (they point at
    the old year's documents) and no outcome, problems or suggestions; their start and end dates move one
    year on, and so do the years written in their period ("ต.ค. ๖๕ – ก.ย. ๖๖" -> "ต.ค. ๖๖ – ก.ย. ๖๗",
    `domain.period_shift`). The old year keeps its own measures untouched.
    A measure whose title is already in the next year is not copied again, so starting twice adds nothing.
    """
    source = year_row(session, from_year)
    target_year = from_year + 1
    target = year_row_or_new(session, target_year)
    titles = {row.title for row in target.measures}
    seq = next_seq(session, MeasureRow.seq, MeasureRow.fiscal_year_pk == target.pk)
    for row in list(source.measures):
        if row.title in titles:
            continue
        measure = measure_from_row(row)
        measure.status = Status.NOT_STARTED
        measure.history = []
        measure.results = []
        measure.evidence = []
        measure.outcome = measure.problems = measure.suggestions = ""
        measure.start = _a_year_later(measure.start)
        measure.end = _a_year_later(measure.end)
        measure.period = shift_period(measure.period, from_year)
        copy = MeasureRow(code=new_measure_id(session, target_year), seq=seq)
        measure_to_row(measure, copy)
        copy.fiscal_year = target
        session.add(copy)
        seq += 1
    session.flush()
    from itadesk.storage.data.frameworks import carry_forward

    carry_forward(session, from_year)
    return target_year


def _a_year_later(day: date | None) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def delete_year(session: Session, year: int) -> None:
    """Delete a fiscal year with its ITA result, measures and memos."""
    row = year_row(session, year)
    if row.measures or row.memos:
        raise StorageError(
            f"ปีงบประมาณ {year} ยังมีมาตรการ {len(row.measures)} รายการ และบันทึกข้อความ {len(row.memos)} ฉบับ "
            "ลบสิ่งเหล่านั้นก่อนจึงจะลบปีได้"
        )
    session.delete(row)
    session.flush()
