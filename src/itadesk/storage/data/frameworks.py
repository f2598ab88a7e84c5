"""The office's own ITA frameworks: one per assessment year, kept as the framework file's JSON, read back
through the same reader as an imported file (a stored framework the program cannot read any more is named,
never used half)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from itadesk.domain.framework import (
    Framework,
    carried_forward,
    framework_dict,
)
from itadesk.storage.data import tables
from itadesk.storage.data.rows_to_records import frameworks_from_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def list_frameworks(source: Session | Connection) -> list[Framework]:
    """The office's own frameworks, oldest year first."""
    if not isinstance(source, Connection):
        source.flush()
        source = source.connection()
    rows = source.execute(select(tables.office_frameworks).order_by(tables.office_frameworks.c.year)).all()
    return frameworks_from_rows((row.year, row.data) for row in rows)


def save_framework(session: Session, framework: Framework) -> None:
    """Keep `framework` as the office's own for its year (replacing the one kept before)."""
    from itadesk.storage.data.models import OfficeFrameworkRow

    row = session.get(OfficeFrameworkRow, framework.year)
    data = framework_dict(framework)
    if row is None:
        session.add(OfficeFrameworkRow(year=framework.year, data=data))
    elif row.data != data:
        row.data = data
    session.flush()


def delete_framework(session: Session, year: int) -> bool:
    """Go back to the program's framework for `year`; False when the office had none of its own."""
    from itadesk.storage.data.models import OfficeFrameworkRow

    row = session.get(OfficeFrameworkRow, year)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def carry_forward(session: Session, from_year: int) -> Framework | None:
    """Starting the next year: the office's own framework of `from_year` goes with it (marked carried), when
    the program is not sure of the next year's (domain.framework.carried_forward)."""
    carried = carried_forward(list_frameworks(session), from_year)
    if carried is not None:
        save_framework(session, carried)
    return carried
