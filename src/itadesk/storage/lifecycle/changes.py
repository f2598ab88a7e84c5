"""The change counter: one number in the database that every committed write moves on.

A window keeps the office's data on screen for hours while the command line or another PC writes the same
database. Reading this one tiny row (`change_count`) tells it, every second or so, whether anything changed
since it last looked; only then does it read the year again. Every unit of work that flushed a change bumps
the counter in the same transaction (`count_writes` hooks it onto the sessions), so the CLI, imports, the next
year, memos, the office's details and the window itself are all seen, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, insert, select, update

from itadesk.storage.data.tables import change_counter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

_WROTE = "itadesk_wrote"


def change_count(connection: Connection) -> int:
    """How many writes the database has seen (0 for one that has none yet)."""
    value = connection.execute(select(change_counter.c.value).where(change_counter.c.pk == 1)).scalar()
    return int(value or 0)


def bump(connection: Connection) -> None:
    """Move the counter on, inside the caller's transaction."""
    moved = connection.execute(
        update(change_counter).where(change_counter.c.pk == 1).values(value=change_counter.c.value + 1)
    )
    if moved.rowcount == 0:  # a database whose row went missing (restored from an odd copy): start it again
        connection.execute(insert(change_counter).values(pk=1, value=1))


def move_past(connection: Connection, before: int) -> None:
    """After the tables were replaced (a restore): the counter moves past both its old and its new value."""
    value = max(before, change_count(connection)) + 1
    moved = connection.execute(update(change_counter).where(change_counter.c.pk == 1).values(value=value))
    if moved.rowcount == 0:
        connection.execute(insert(change_counter).values(pk=1, value=value))


def create_counter(connection: Connection) -> None:
    """The counter's one row, in a database just created from the tables."""
    connection.execute(insert(change_counter).values(pk=1, value=0))


def wrote_outside_flush(session: Session) -> None:
    """Rows written by a statement of the caller's (a bulk INSERT), not by a flush: the counter moves on at
    commit all the same."""
    session.info[_WROTE] = True


def count_writes(maker: sessionmaker[Session]) -> None:
    """Every session of `maker` that flushed a change bumps the counter when it commits."""

    def wrote(session: Session, _flush: UOWTransaction) -> None:
        session.info[_WROTE] = True

    def committing(session: Session) -> None:
        session.flush()
        if session.info.pop(_WROTE, False):
            bump(session.connection())

    def ended(session: Session, *_: Any) -> None:
        session.info.pop(_WROTE, None)

    event.listen(maker, "after_flush", wrote)
    event.listen(maker, "before_commit", committing)
    event.listen(maker, "after_rollback", ended)
