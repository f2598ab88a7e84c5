"""Reading the office's data out of the database as one `Dataset` (for export, printing and the window)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Row, Select, Table, select
from sqlalchemy.orm import Session

from itadesk.domain.model import Dataset, FiscalYear
from itadesk.storage.errors import NotFoundError
from itadesk.storage.mapping import (
    ita_result_from_columns,
    measure_from_columns,
    memo_from_columns,
    organization_from_row,
    person_from_row,
    unit_from_row,
)
from itadesk.storage.models import (
    ApprovalRow,
    FiscalYearRow,
    IndicatorScoreRow,
    ItaResultRow,
    MeasureRow,
    MemoRow,
    OrganizationRow,
    PartScoreRow,
    PersonRow,
    ResultEntryRow,
    StatusChangeRow,
    UnitRow,
)


def load_dataset(session: Session, year: int | None = None) -> Dataset:
    """Everything in the database, or one fiscal year with the organisation, units and people.

    Years come oldest first; units, people, measures, memos and every list inside them in the order they
    were given. Raises `NotFoundError` when `year` is not in the database.

    Read with one plain query per table, in the session's transaction: a whole year comes back as rows to
    copy into records, without the ORM's objects, identity map and relationship set-up (~0.07 s of every cold
    `itadesk print`, more than the queries themselves).
    """
    db = session.connection()
    years = _table(FiscalYearRow)
    years_query = select(years).order_by(years.c.year)
    if year is not None:
        years_query = years_query.where(years.c.year == year)
    year_rows = db.execute(years_query).all()
    if year is not None and not year_rows:
        raise NotFoundError(f"ไม่มีปีงบประมาณ {year} ในฐานข้อมูล")
    year_pks = [row.pk for row in year_rows]

    organization = next(iter(_rows(db, OrganizationRow, "pk", [1])), None)  # the one row, once set up
    people = _rows(db, PersonRow)
    person_ids = {row.pk: row.code or "" for row in people}

    measures = _grouped(db, MeasureRow, "fiscal_year_pk", year_pks)
    of_measures = _keys(MeasureRow, "fiscal_year_pk", year_pks)
    history = _grouped(db, StatusChangeRow, "measure_pk", of_measures)
    results = _grouped(db, ResultEntryRow, "measure_pk", of_measures)

    ita_results = {row.fiscal_year_pk: row for row in _rows(db, ItaResultRow, "fiscal_year_pk", year_pks)}
    of_results = _keys(ItaResultRow, "fiscal_year_pk", year_pks)
    parts = _grouped(db, PartScoreRow, "result_pk", of_results)
    indicators = _grouped(db, IndicatorScoreRow, "result_pk", of_results)

    memos = _grouped(db, MemoRow, "fiscal_year_pk", year_pks)
    approvals = _grouped(db, ApprovalRow, "memo_pk", _keys(MemoRow, "fiscal_year_pk", year_pks))

    def fiscal_year(row: Row[Any]) -> FiscalYear:
        ita = ita_results.get(row.pk)
        return FiscalYear(
            fiscal_year=row.year,
            ita_result=None
            if ita is None
            else ita_result_from_columns(ita, parts[ita.pk], indicators[ita.pk]),
            measures=[measure_from_columns(m, history[m.pk], results[m.pk]) for m in measures[row.pk]],
            memos=[
                memo_from_columns(
                    memo,
                    person_ids.get(memo.author_pk, "") if memo.author_pk is not None else "",
                    [(person_ids.get(a.person_pk, ""), a.heading) for a in approvals[memo.pk]],
                )
                for memo in memos[row.pk]
            ],
        )

    return Dataset(
        organization=organization_from_row(organization) if organization is not None else None,
        units=[unit_from_row(row) for row in _rows(db, UnitRow)],
        people=[person_from_row(row) for row in people],
        years=[fiscal_year(row) for row in year_rows],
    )


def _table(mapped: type[Any]) -> Table:
    # Table columns, never the mapped class's attributes: those would set up every mapper first (~0.05 s).
    table: Table = mapped.__table__
    return table


def _rows(db: Connection, mapped: type[Any], parent: str | None = None, keys: Any = None) -> list[Row[Any]]:
    """A table's rows (those whose `parent` column is in `keys`), in the order the user gave them (`seq`,
    then insertion), as everywhere in storage."""
    table = _table(mapped)
    query: Select[Any] = select(table)
    if parent is not None:
        query = query.where(table.c[parent].in_(keys))
    if "seq" in table.c:
        query = query.order_by(table.c.seq, table.c.pk)
    return list(db.execute(query).all())


def _grouped(db: Connection, mapped: type[Any], parent: str, keys: Any) -> defaultdict[int, list[Row[Any]]]:
    """A child table's rows grouped by their parent's key, each group in order."""
    grouped: defaultdict[int, list[Row[Any]]] = defaultdict(list)
    for row in _rows(db, mapped, parent, keys):
        grouped[getattr(row, parent)].append(row)
    return grouped


def _keys(mapped: type[Any], parent: str, keys: Any) -> Select[Any]:
    """The keys of a table's rows whose `parent` column is in `keys`, as a subquery for their children."""
    table = _table(mapped)
    return select(table.c.pk).where(table.c[parent].in_(keys))


def memo_year(session: Session, memo_id: str) -> int | None:
    """The fiscal year a memo belongs to, or None when no memo has that id."""
    years, memos = _table(FiscalYearRow), _table(MemoRow)
    query = (
        select(years.c.year).join(memos, memos.c.fiscal_year_pk == years.c.pk).where(memos.c.code == memo_id)
    )
    found: int | None = session.connection().execute(query).scalar()
    return found


def list_years(session: Session) -> list[int]:
    """The fiscal years in the database, oldest first."""
    return list(session.scalars(select(FiscalYearRow.year).order_by(FiscalYearRow.year)))
