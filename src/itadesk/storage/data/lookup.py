"""Finding rows by the ids users and files know them by; new ids; "not found" told in Thai."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from itadesk.domain.fiscal import is_valid_fiscal_year
from itadesk.storage.data.codes import draw_codes
from itadesk.storage.data.models import FiscalYearRow, MeasureRow, MemoRow, PersonRow, UnitRow
from itadesk.storage.errors import NotFoundError, StorageError


def year_row(session: Session, year: int) -> FiscalYearRow:
    row = session.scalar(select(FiscalYearRow).where(FiscalYearRow.year == year))
    if row is None:
        raise NotFoundError(f"ไม่มีปีงบประมาณ {year} ในฐานข้อมูล")
    return row


def find_year_row(session: Session, year: int) -> FiscalYearRow | None:
    return session.scalar(select(FiscalYearRow).where(FiscalYearRow.year == year))


def year_row_or_new(session: Session, year: int) -> FiscalYearRow:
    """The fiscal year's row, added when it is not there yet."""
    return ensure_year_row(session, year)[0]


def ensure_year_row(session: Session, year: int) -> tuple[FiscalYearRow, bool]:
    """The fiscal year's row and whether it was added now.

    Another program (a second PC on the same server) may add the same year at the same moment: the insert
    runs in a savepoint, and on a clash the other program's row is used.
    """
    row = find_year_row(session, year)
    if row is not None:
        return row, False
    if not is_valid_fiscal_year(year):
        raise StorageError(f"ปีงบประมาณ {year} ไม่ถูกต้อง ใช้ปีพุทธศักราช เช่น 2567")
    return add_unless_added_meanwhile(session, FiscalYearRow(year=year), lambda: find_year_row(session, year))


_Added = TypeVar("_Added")


def add_unless_added_meanwhile(
    session: Session, row: _Added, find: Callable[[], _Added | None]
) -> tuple[_Added, bool]:
    """Insert `row` (unique by some key) in a savepoint; if another program inserted the same key meanwhile,
    return its row instead. The boolean says whether `row` itself was added."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row, True
    except IntegrityError:
        found = find()
        if found is None:
            raise
        return found, False


def measure_row(session: Session, measure_id: str) -> MeasureRow:
    row = session.scalar(select(MeasureRow).where(MeasureRow.code == measure_id))
    if row is None:
        raise NotFoundError(f"ไม่พบมาตรการรหัส {measure_id}")
    return row


def memo_row(session: Session, memo_id: str) -> MemoRow:
    row = session.scalar(select(MemoRow).where(MemoRow.code == memo_id))
    if row is None:
        raise NotFoundError(f"ไม่พบบันทึกข้อความรหัส {memo_id}")
    return row


def person_row(session: Session, person_id: str) -> PersonRow:
    row = session.scalar(select(PersonRow).where(PersonRow.code == person_id))
    if row is None:
        raise NotFoundError(f"ไม่พบบุคคลรหัส {person_id}")
    return row


def unit_row(session: Session, unit_id: str) -> UnitRow:
    row = session.scalar(select(UnitRow).where(UnitRow.code == unit_id))
    if row is None:
        raise NotFoundError(f"ไม่พบหน่วยงานรหัส {unit_id}")
    return row


def new_code(session: Session, table: type[MeasureRow | MemoRow | PersonRow | UnitRow], prefix: str) -> str:
    """A fresh id such as m-2567-1f3a9c0b: the prefix, then 8 random hex digits, unused in `table`."""
    while True:
        code = f"{prefix}-{secrets.token_hex(4)}"
        if session.scalar(select(func.count()).select_from(table).where(table.code == code)) == 0:
            return code


def new_codes(
    session: Session, table: type[MeasureRow | MemoRow | PersonRow | UnitRow], prefix: str, count: int
) -> list[str]:
    """`count` fresh ids as `new_code` makes them, all different, none used in `table`: one query per 500
    (an import of 300 new measures asked the database 300 times)."""
    return draw_codes(
        prefix, count, lambda chunk: session.scalars(select(table.code).where(table.code.in_(chunk)))
    )


def next_seq(session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]) -> int:
    """One past the largest `seq` in a list, so an added record goes to its end."""
    largest = session.scalar(select(func.max(column)).where(*where))
    return 0 if largest is None else int(largest) + 1
