"""Memos (บันทึกข้อความ) of a fiscal year: list, get, save (new or changed), delete."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from itadesk.domain.model import Memo
from itadesk.storage.data.loading import list_memos as list_memos  # read with plain queries
from itadesk.storage.data.lookup import memo_row, new_code, next_seq, year_row_or_new
from itadesk.storage.data.models import MemoRow, PersonRow
from itadesk.storage.data.records_to_rows import memo_to_row
from itadesk.storage.data.rows_to_records import memo_from_row
from itadesk.storage.errors import DatasetError


def get_memo(session: Session, memo_id: str) -> Memo:
    return memo_from_row(memo_row(session, memo_id))


def memo_year(session: Session, memo_id: str) -> int:
    return memo_row(session, memo_id).fiscal_year.year


def save_memo(session: Session, year: int, memo: Memo) -> Memo:
    """Store a memo: without an id (or with one not stored yet) it is added at the end of the year's memos,
    otherwise the stored one is replaced (and moved to `year`). Returns the memo with its id.

    The author and approvers are people's ids; one that is not stored raises `DatasetError` naming the field
    (`author`, `approvals[1].person`).
    """
    with session.begin_nested():  # a refused person leaves nothing half-saved in the caller's session
        year_row_ = year_row_or_new(session, year)
        row = session.scalar(select(MemoRow).where(MemoRow.code == memo.id)) if memo.id else None
        if row is None:
            row = MemoRow(
                code=memo.id or new_code(session, MemoRow, f"memo-{year}"),
                seq=next_seq(session, MemoRow.seq, MemoRow.fiscal_year_pk == year_row_.pk),
            )
        elif row.fiscal_year_pk != year_row_.pk:
            row.seq = next_seq(session, MemoRow.seq, MemoRow.fiscal_year_pk == year_row_.pk)
        with session.no_autoflush:
            memo_to_row(memo, row, lambda person_id, place: _person(session, person_id, place), "")
        row.fiscal_year = year_row_
        session.add(row)
        session.flush()
    return memo_from_row(row)


def delete_memo(session: Session, memo_id: str) -> None:
    session.delete(memo_row(session, memo_id))
    session.flush()


def _person(session: Session, person_id: str, place: str) -> PersonRow:
    row = session.scalar(select(PersonRow).where(PersonRow.code == person_id))
    if row is None:
        raise DatasetError(place.lstrip("."), f'ไม่มีบุคคลรหัส "{person_id}" ในฐานข้อมูล')
    return row
