"""Reading the office's data out of the database as one `Dataset` (for export, printing and the window)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from itadesk.domain.model import Dataset, FiscalYear
from itadesk.storage.errors import NotFoundError
from itadesk.storage.mapping import (
    ita_result_from_row,
    measure_from_row,
    memo_from_row,
    organization_from_row,
    person_from_row,
    unit_from_row,
)
from itadesk.storage.models import (
    ApprovalRow,
    FiscalYearRow,
    ItaResultRow,
    MeasureRow,
    MemoRow,
    OrganizationRow,
    PersonRow,
    UnitRow,
)


def load_dataset(session: Session, year: int | None = None) -> Dataset:
    """Everything in the database, or one fiscal year with the organisation, units and people.

    Years come oldest first; units, people, measures, memos and every list inside them in the order they
    were given. Raises `NotFoundError` when `year` is not in the database.
    """
    organization = session.get(OrganizationRow, 1)
    query = (
        select(FiscalYearRow)
        .order_by(FiscalYearRow.year)
        .options(
            selectinload(FiscalYearRow.ita_result).selectinload(ItaResultRow.parts),
            selectinload(FiscalYearRow.ita_result).selectinload(ItaResultRow.indicators),
            selectinload(FiscalYearRow.measures).selectinload(MeasureRow.history),
            selectinload(FiscalYearRow.measures).selectinload(MeasureRow.results),
            selectinload(FiscalYearRow.memos).joinedload(MemoRow.author),
            selectinload(FiscalYearRow.memos).selectinload(MemoRow.approvals).joinedload(ApprovalRow.person),
        )
    )
    if year is not None:
        query = query.where(FiscalYearRow.year == year)
    year_rows = session.scalars(query).all()
    if year is not None and not year_rows:
        raise NotFoundError(f"ไม่มีปีงบประมาณ {year} ในฐานข้อมูล")
    return Dataset(
        organization=organization_from_row(organization) if organization is not None else None,
        units=[
            unit_from_row(row) for row in session.scalars(select(UnitRow).order_by(UnitRow.seq, UnitRow.pk))
        ],
        people=[
            person_from_row(row)
            for row in session.scalars(select(PersonRow).order_by(PersonRow.seq, PersonRow.pk))
        ],
        years=[fiscal_year_from_row(row) for row in year_rows],
    )


def fiscal_year_from_row(row: FiscalYearRow) -> FiscalYear:
    return FiscalYear(
        fiscal_year=row.year,
        ita_result=ita_result_from_row(row.ita_result) if row.ita_result is not None else None,
        measures=[measure_from_row(measure) for measure in row.measures],
        memos=[memo_from_row(memo) for memo in row.memos],
    )


def memo_year(session: Session, memo_id: str) -> int | None:
    """The fiscal year a memo belongs to, or None when no memo has that id."""
    query = (
        select(FiscalYearRow.year)
        .join(MemoRow, MemoRow.fiscal_year_pk == FiscalYearRow.pk)
        .where(MemoRow.code == memo_id)
    )
    return session.scalars(query).first()


def list_years(session: Session) -> list[int]:
    """The fiscal years in the database, oldest first."""
    return list(session.scalars(select(FiscalYearRow.year).order_by(FiscalYearRow.year)))
