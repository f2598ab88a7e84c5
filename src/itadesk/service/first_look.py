"""The window's first paint without SQLAlchemy: an office's SQLite file read with plain `sqlite3` (the window
paints from it through `ui.desk.first_look.FirstLookDesk`).

Importing SQLAlchemy and opening the database through it is most of the wait before the window paints. On the
usual start (an SQLite file of this program's schema, whole, writable, its office set up) the window is built
and painted from a `FirstLook`: one read-only transaction on a plain connection made by
`storage.lifecycle.database_file` (which makes every connection to a database file: reading the file any
other way would drop this process's SQLite locks, "How To Corrupt An SQLite Database File" §2.2,
https://www.sqlite.org/howtocorrupt.html). Right after the paint the database is opened as always
(`Database.open`: checks, migrations, WAL) and `FirstLookDesk` hands every call on to the `OfficeData` over
it. Anything else (a server, a new, damaged, older or newer file, one the user may only read) takes the
ordinary path before the first paint, with its messages and its recovery.

Nothing here imports SQLAlchemy: the rows are turned into records by `storage.data.rows_to_records`, as
`storage.data.loading` does, with the JSON lists and dates SQLAlchemy would have decoded decoded here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from itadesk.domain.model import Measure, Organization, Person, Unit
from itadesk.storage.data.rows_to_records import (
    frameworks_from_rows,
    measure_from_columns,
    organization_from_row,
    person_from_row,
    unit_from_row,
)
from itadesk.storage.direct.reading import may_write
from itadesk.storage.direct.reading import row_type as columns_row_type
from itadesk.storage.errors import StorageError
from itadesk.storage.lifecycle import database_file
from itadesk.storage.lifecycle.integrity import check_file
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION, TABLE_NAMES

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

_LISTS = ("steps", "responsible", "evidence")  # JSON columns of `measures`
_DATES = ("start", "end", "date")
_OF_YEAR = "SELECT m.pk FROM measures AS m JOIN fiscal_years AS y ON m.fiscal_year_pk = y.pk WHERE y.year = ?"


def sqlite_where(path: Path) -> str:
    """The database's place as `resolve_url(...).render_as_string()` names it (the single-instance key)."""
    return f"sqlite:///{path}"


class FirstLook:
    """One read-only transaction on an office's SQLite file, for the window's first paint."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, path: Path) -> FirstLook | None:
        """A look at `path`, or None when the window must take the ordinary path: no such file, a file the
        user may not write, one `storage.lifecycle.integrity.check_file` finds fault with (as `Database.open`
        would), another schema revision, no office set up yet, or any failure of SQLite's."""
        if not path.is_file() or not may_write(path):
            return None
        try:  # before any connection: the header is read only while none is open
            verdict = check_file(path, expected=(SCHEMA_REVISION, set(TABLE_NAMES)), timeout=2)
        except StorageError:
            return None
        if not verdict.ok or verdict.revision != SCHEMA_REVISION:
            return None
        try:
            connection = database_file.connect(path, read_only=True, timeout=2, isolation_level=None)
        except sqlite3.Error:
            return None
        look = cls(connection)
        try:
            connection.execute("BEGIN")  # everything read below is one moment of the file
            if look.organization() is not None:
                return look
        except (sqlite3.Error, ValueError, TypeError):
            pass
        look.close()
        return None

    def close(self) -> None:
        self._connection.close()  # ends the read transaction (nothing was written)

    def _rows(self, query: str, *args: object) -> list[Any]:
        """The rows of `query`, JSON lists and dates decoded as SQLAlchemy's JSON and Date types do."""
        cursor = self._connection.execute(query, args)
        names = tuple(column[0] for column in cursor.description)
        lists = [n for n, name in enumerate(names) if name in _LISTS]
        dates = [n for n, name in enumerate(names) if name in _DATES]
        row_type = columns_row_type(names)
        rows = []
        for raw in cursor.fetchall():
            values = list(raw)
            for n in lists:
                if isinstance(values[n], str):
                    values[n] = json.loads(values[n])
            for n in dates:
                if isinstance(values[n], str):
                    values[n] = date.fromisoformat(values[n])
            rows.append(row_type._make(values))
        return rows

    def organization(self) -> Organization | None:
        rows = self._rows("SELECT * FROM organization WHERE pk = 1")
        return organization_from_row(cast("Any", rows[0])) if rows else None

    def units(self) -> list[Unit]:
        return [unit_from_row(cast("Any", r)) for r in self._rows("SELECT * FROM units ORDER BY seq, pk")]

    def people(self) -> list[Person]:
        return [person_from_row(cast("Any", r)) for r in self._rows("SELECT * FROM people ORDER BY seq, pk")]

    def years(self) -> list[int]:
        return [row.year for row in self._rows("SELECT year FROM fiscal_years ORDER BY year")]

    def measures(self, year: int) -> list[Measure]:
        """A year's measures in their order, with their status history and results (as `loading` reads)."""
        measures = self._rows(
            "SELECT m.* FROM measures AS m JOIN fiscal_years AS y ON m.fiscal_year_pk = y.pk "
            "WHERE y.year = ? ORDER BY m.seq, m.pk",
            year,
        )
        of_year = _OF_YEAR
        history = _grouped(
            self._rows(f"SELECT * FROM status_changes WHERE measure_pk IN ({of_year}) ORDER BY seq, pk", year)
        )
        results = _grouped(
            self._rows(f"SELECT * FROM result_entries WHERE measure_pk IN ({of_year}) ORDER BY seq, pk", year)
        )
        return [
            measure_from_columns(
                cast("Any", m), cast("Any", history.get(m.pk, [])), cast("Any", results.get(m.pk, []))
            )
            for m in measures
        ]

    def frameworks(self) -> list[Framework]:
        """The office's own frameworks, oldest year first (as `storage.data.frameworks.list_frameworks`)."""
        rows = self._rows("SELECT year, data FROM office_frameworks ORDER BY year")
        return frameworks_from_rows((row.year, json.loads(row.data)) for row in rows)

    def change_count(self) -> int:
        rows = self._rows("SELECT value FROM change_counter WHERE pk = 1")
        return int(rows[0].value or 0) if rows else 0


def _grouped(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.measure_pk, []).append(row)
    return grouped
