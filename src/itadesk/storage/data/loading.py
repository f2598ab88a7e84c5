"""Reading the office's data out of the database: a whole `Dataset` (export, printing) or its parts (the
window, and the services, which re-export these), with plain Core queries that need no ORM.

Every function takes an ORM session (flushed first, so a unit of work reads its own changes) or a plain
connection (`Database.reading()`, on which nothing of the ORM is loaded)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, Select, Table, select

from itadesk.domain.model import (
    Dataset,
    FiscalYear,
    ItaResult,
    Measure,
    Memo,
    Organization,
    Person,
    Unit,
    YearContent,
)
from itadesk.domain.status import Status
from itadesk.storage.data import tables
from itadesk.storage.data.frameworks import list_frameworks
from itadesk.storage.data.rows_to_records import (
    ita_result_from_columns,
    measure_from_columns,
    memo_from_columns,
    organization_from_row,
    person_from_row,
    unit_from_row,
    year_content_from_columns,
)
from itadesk.storage.errors import NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def load_dataset(source: Session | Connection, year: int | None = None) -> Dataset:
    """Everything in the database, or one fiscal year with the organisation, units and people.

    Years come oldest first; units, people, measures, memos and every list inside them in the order they
    were given. Raises `NotFoundError` when `year` is not in the database.

    Read with one plain query per table: a whole year comes back as rows to copy into records, without the
    ORM's objects, identity map and relationship set-up (~0.07 s of every cold `itadesk print`, more than the
    queries themselves).
    """
    db = _connection(source)
    year_rows = _year_rows(db, year)
    if year is not None and not year_rows:
        raise NotFoundError(f"ไม่มีปีงบประมาณ {year} ในฐานข้อมูล")
    people = _rows(db, tables.people)
    return Dataset(
        organization=get_organization(db),
        units=list_units(db),
        people=[person_from_row(row) for row in people],
        years=_fiscal_years(db, year_rows, people),
        frameworks=list_frameworks(db),
    )


def get_organization(source: Session | Connection) -> Organization | None:
    """The office, or None before the first set-up."""
    row = next(iter(_rows(_connection(source), tables.organization, "pk", [1])), None)  # the one row
    return organization_from_row(row) if row is not None else None


def list_units(source: Session | Connection) -> list[Unit]:
    return [unit_from_row(row) for row in _rows(_connection(source), tables.units)]


def list_people(source: Session | Connection) -> list[Person]:
    return [person_from_row(row) for row in _rows(_connection(source), tables.people)]


def list_years(source: Session | Connection) -> list[int]:
    """The fiscal years in the database, oldest first."""
    return [row.year for row in _year_rows(_connection(source), None)]


def list_measures(source: Session | Connection, year: int, status: Status | None = None) -> list[Measure]:
    """A year's measures in their order, optionally only those with one status ([] for a year not stored)."""
    stored = _read_year(source, year)
    measures = stored.measures if stored is not None else []
    return [m for m in measures if status is None or m.status == Status(status)]


def list_memos(source: Session | Connection, year: int) -> list[Memo]:
    """A year's memos in their order ([] for a year not stored)."""
    stored = _read_year(source, year)
    return stored.memos if stored is not None else []


def get_ita_result(source: Session | Connection, year: int) -> ItaResult | None:
    """The ITA result a year's plan answers (None when there is none, or no such year)."""
    stored = _read_year(source, year)
    return stored.ita_result if stored is not None else None


def get_year_content(source: Session | Connection, year: int) -> YearContent:
    """The office's own content of a year's documents (all defaults for a year not stored)."""
    stored = _read_year(source, year)
    return stored.content if stored is not None else YearContent()


def memo_year(source: Session | Connection, memo_id: str) -> int | None:
    """The fiscal year a memo belongs to, or None when no memo has that id."""
    years, memos = tables.fiscal_years, tables.memos
    query = (
        select(years.c.year).join(memos, memos.c.fiscal_year_pk == years.c.pk).where(memos.c.code == memo_id)
    )
    found: int | None = _connection(source).execute(query).scalar()
    return found


def _read_year(source: Session | Connection, year: int) -> FiscalYear | None:
    """One fiscal year with everything in it, or None when it is not in the database."""
    db = _connection(source)
    year_rows = _year_rows(db, year)
    if not year_rows:
        return None
    return _fiscal_years(db, year_rows, _rows(db, tables.people))[0]


def _year_rows(db: Connection, year: int | None) -> list[Row[Any]]:
    years = tables.fiscal_years
    query = select(years).order_by(years.c.year)
    if year is not None:
        query = query.where(years.c.year == year)
    return list(db.execute(query).all())


def _fiscal_years(db: Connection, year_rows: list[Row[Any]], people: list[Row[Any]]) -> list[FiscalYear]:
    """The years of `year_rows` with their measures, ITA results and memos (memos name people by id)."""
    year_pks = [row.pk for row in year_rows]
    person_ids = {row.pk: row.code or "" for row in people}

    measures = _grouped(db, tables.measures, "fiscal_year_pk", year_pks)
    of_measures = _keys(tables.measures, "fiscal_year_pk", year_pks)
    history = _grouped(db, tables.status_changes, "measure_pk", of_measures)
    results = _grouped(db, tables.result_entries, "measure_pk", of_measures)

    ita_rows = _rows(db, tables.ita_results, "fiscal_year_pk", year_pks)
    ita_results = {row.fiscal_year_pk: row for row in ita_rows}
    of_results = _keys(tables.ita_results, "fiscal_year_pk", year_pks)
    parts = _grouped(db, tables.ita_part_scores, "result_pk", of_results)
    indicators = _grouped(db, tables.ita_indicator_scores, "result_pk", of_results)

    memos = _grouped(db, tables.memos, "fiscal_year_pk", year_pks)
    of_memos = _keys(tables.memos, "fiscal_year_pk", year_pks)
    approvals = _grouped(db, tables.memo_approvals, "memo_pk", of_memos)
    documents = _grouped(db, tables.document_contents, "fiscal_year_pk", year_pks)

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
            content=year_content_from_columns(row, documents[row.pk]),
        )

    return [fiscal_year(row) for row in year_rows]


def _connection(source: Session | Connection) -> Connection:
    if isinstance(source, Connection):
        return source
    source.flush()  # as the ORM does before a query: the session's own changes are read back
    return source.connection()


def _rows(db: Connection, table: Table, parent: str | None = None, keys: Any = None) -> list[Row[Any]]:
    """A table's rows (those whose `parent` column is in `keys`), in the order the user gave them (`seq`,
    then insertion), as everywhere in storage."""
    query: Select[Any] = select(table)
    if parent is not None:
        query = query.where(table.c[parent].in_(keys))
    if "seq" in table.c:
        query = query.order_by(table.c.seq, table.c.pk)
    return list(db.execute(query).all())


def _grouped(db: Connection, table: Table, parent: str, keys: Any) -> defaultdict[int, list[Row[Any]]]:
    """A child table's rows grouped by their parent's key, each group in order."""
    grouped: defaultdict[int, list[Row[Any]]] = defaultdict(list)
    for row in _rows(db, table, parent, keys):
        grouped[getattr(row, parent)].append(row)
    return grouped


def _keys(table: Table, parent: str, keys: Any) -> Select[Any]:
    """The keys of a table's rows whose `parent` column is in `keys`, as a subquery for their children."""
    return select(table.c.pk).where(table.c[parent].in_(keys))
