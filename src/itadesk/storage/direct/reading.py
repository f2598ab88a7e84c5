"""The office's data read from its SQLite file with plain `sqlite3`: the same domain records as
`storage.data.loading`, without importing SQLAlchemy (~0.4 s of CPU to load, most of a cold `itadesk print`).

    reader = DirectReader.open(path)      # None: take the ordinary path (Database.open)
    if reader is not None:
        with reader:
            dataset = reader.memo_dataset("memo-2566-12m")

Only a file the ordinary path would open without changing anything is read here: an existing file this user
may write (in a writable folder), whole (`integrity.check_file`: the same `quick_check` and table list
`Database.open` runs), of this program's schema revision, already in WAL mode. Anything else (no file, a
read-only file or folder, an older schema that needs migrating, a newer one, a damaged or locked file, a
server) gives None, and the caller goes the ordinary way, with its checks, migrations and Thai messages.
A failure of SQLite's while reading closes the reader: `read()` then gives None too.

The connection is made by `storage.lifecycle.database_file` (which makes every connection to a database file;
reading the file any other way would drop this process's SQLite locks, "How To Corrupt An SQLite Database
File" §2.2, https://www.sqlite.org/howtocorrupt.html), in SQLite's read-only mode (`mode=ro`) with
`PRAGMA query_only` on top (https://www.sqlite.org/pragma.html#pragma_query_only), and everything is read in
one transaction: one moment of the file, beside any writer (WAL).

The queries are those `storage.data.loading` sends through SQLAlchemy, of the same shape (so SQLite plans
them alike and rows without a `seq` come back in the same order); the columns and how each is decoded are
`storage.direct.columns`. `rows()` gives any table's decoded rows, keys included, to code that matches
records against what is stored.
"""

from __future__ import annotations

import collections
import functools
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

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
from itadesk.storage.data.rows_to_records import (
    frameworks_from_rows,
    ita_result_from_columns,
    measure_from_columns,
    memo_from_columns,
    organization_from_row,
    person_from_row,
    unit_from_row,
    year_content_from_columns,
)
from itadesk.storage.direct.columns import COLUMNS, decode, ordered, select_list
from itadesk.storage.errors import NotFoundError, StorageError
from itadesk.storage.lifecycle import database_file
from itadesk.storage.lifecycle.integrity import check_file
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION, TABLE_NAMES

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

_T = TypeVar("_T")
BUSY_SECONDS = 2  # a file another program holds longer than this goes the ordinary way (which waits 30 s)
# What reading a file can raise that says "not here, take the ordinary path": SQLite's failures, and a value
# that does not decode as its column's type (JSON, a date).
_NOT_READ = (sqlite3.Error, ValueError, TypeError, UnicodeError, KeyError)


def may_write(path: Path) -> bool:
    """Whether the user may write the file and its folder (WAL keeps two files beside it); in doubt, False:
    the ordinary path then says why (`storage.lifecycle.database.sqlite_read_only_reason`)."""
    try:
        for place, access in ((path, os.W_OK), (path.parent, os.W_OK | os.X_OK)):
            if not os.access(place, access) or place.stat().st_mode & 0o222 == 0:
                return False
        return not os.statvfs(path.parent).f_flag & os.ST_RDONLY
    except (OSError, AttributeError):  # no statvfs on Windows: the permissions above decide
        return os.name == "nt"


@functools.cache
def row_type(names: tuple[str, ...]) -> Any:
    """A row's columns as attributes (`rows_to_records` reads rows by column name)."""
    return collections.namedtuple("Columns", names, rename=True)


class DirectReader:
    """One read-only transaction on an office's SQLite file of this schema. Make one with `open`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection: sqlite3.Connection | None = connection

    @classmethod
    def open(cls, path: Path) -> DirectReader | None:
        """A reader of `path`, or None when it is not a file this reader may read (see the module)."""
        try:
            if not path.is_file() or not may_write(path):
                return None
            # Before any connection: the header is read only while none is open (database_file.read_header).
            verdict = check_file(path, expected=(SCHEMA_REVISION, set(TABLE_NAMES)), timeout=BUSY_SECONDS)
        except (StorageError, OSError):  # locked, unreadable: the ordinary path says so in its words
            return None
        if not verdict.ok or verdict.revision != SCHEMA_REVISION:
            return None
        try:
            connection = database_file.connect(
                path, read_only=True, timeout=BUSY_SECONDS, isolation_level=None
            )
        except sqlite3.Error:
            return None
        try:
            connection.execute("PRAGMA query_only = ON")
            mode = connection.execute("PRAGMA journal_mode").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":  # the ordinary path would switch it to WAL
                connection.close()
                return None
            connection.execute("BEGIN")  # everything read below is one moment of the file
        except sqlite3.Error:
            connection.close()
            return None
        return cls(connection)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()  # ends the read transaction (nothing was written)
            self._connection = None

    def __enter__(self) -> DirectReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def read(self, what: Callable[[DirectReader], _T]) -> _T | None:
        """`what(self)`, or None (the reader closed) when the file failed to read as this schema's:
        SQLite's own failures, a value that does not decode. What the user must hear (no such year, a
        stored framework that no longer reads) is raised as the ordinary path raises it."""
        try:
            return what(self)
        except _NOT_READ:
            self.close()
            return None

    # -- rows -------------------------------------------------------------------------------------
    def rows(self, table: str, where: str = "", args: Sequence[object] = ()) -> list[Any]:
        """`table`'s rows (those `where` selects, an SQL condition on its columns with `?` for `args`),
        every column decoded as SQLAlchemy decodes it, in the order the user gave them when the table keeps
        one (`seq`, then insertion)."""
        query = f"SELECT {select_list(table)} FROM {table}"
        if where:
            query += f" WHERE {where}"
        if ordered(table):
            query += " ORDER BY seq, pk"
        return self._decoded(table, query, args)

    def _decoded(self, table: str, query: str, args: Sequence[object]) -> list[Any]:
        if self._connection is None:
            raise sqlite3.ProgrammingError("the reader is closed")
        columns = COLUMNS[table]
        columns_of = row_type(tuple(name for name, _ in columns))
        plain = all(kind in ("text", "integer", "float") for _, kind in columns)
        cursor = self._connection.execute(query, tuple(args))
        if plain:
            return [columns_of._make(raw) for raw in cursor]
        return [
            columns_of._make([decode(kind, value) for (_, kind), value in zip(columns, raw, strict=True)])
            for raw in cursor
        ]

    def _grouped(self, table: str, parent: str, where: str, args: Sequence[object]) -> dict[int, list[Any]]:
        grouped: dict[int, list[Any]] = collections.defaultdict(list)
        for row in self.rows(table, f"{parent} IN ({where})", args):
            grouped[getattr(row, parent)].append(row)
        return grouped

    # -- records, as storage.data.loading gives them ------------------------------------------------
    def organization(self) -> Organization | None:
        """The office, or None before the first set-up."""
        found = self.rows("organization", "pk = ?", [1])
        return organization_from_row(found[0]) if found else None

    def units(self) -> list[Unit]:
        return [unit_from_row(row) for row in self.rows("units")]

    def people(self) -> list[Person]:
        return [person_from_row(row) for row in self.rows("people")]

    def years(self) -> list[int]:
        """The fiscal years in the database, oldest first."""
        return [row.year for row in self._year_rows(None)]

    def memo_year(self, memo_id: str) -> int | None:
        """The fiscal year a memo belongs to, or None when no memo has that id."""
        assert self._connection is not None
        found = self._connection.execute(
            "SELECT fiscal_years.year FROM fiscal_years JOIN memos ON memos.fiscal_year_pk = fiscal_years.pk "
            "WHERE memos.code = ?",
            (memo_id,),
        ).fetchone()
        return None if found is None else int(found[0])

    def frameworks(self) -> list[Framework]:
        """The office's own frameworks, oldest year first (as `storage.data.frameworks.list_frameworks`)."""
        rows = self._decoded(
            "office_frameworks", f"SELECT {select_list('office_frameworks')} FROM office_frameworks "
            "ORDER BY year", ()
        )  # fmt: skip
        if not rows:
            return []  # the usual office: the framework code loads when a report needs it, not here
        return frameworks_from_rows((row.year, row.data) for row in rows)

    def settings(self) -> dict[str, str]:
        """The office's settings kept in the database (`app_settings`), by key."""
        return {row.key: row.value for row in self.rows("app_settings")}

    def change_count(self) -> int:
        """How many writes were committed to the database (`storage.lifecycle.changes`)."""
        found = self.rows("change_counter", "pk = ?", [1])
        return int(found[0].value or 0) if found else 0

    def dataset(self, year: int | None = None) -> Dataset:
        """Everything, or one fiscal year with the organisation, units and people (`loading.load_dataset`).
        Raises `NotFoundError` when `year` is not in the database."""
        year_rows = self._year_rows(year)
        if year is not None and not year_rows:
            raise NotFoundError(f"ไม่มีปีงบประมาณ {year} ในฐานข้อมูล")
        people = self.rows("people")
        return Dataset(
            organization=self.organization(),
            units=self.units(),
            people=[person_from_row(row) for row in people],
            years=self._fiscal_years(year_rows, people),
            frameworks=self.frameworks(),
        )

    def memo_dataset(self, memo_id: str) -> Dataset:
        """The fiscal year a memo belongs to, with the organisation, units and people: all a memo prints.
        When no memo has that id, everything, so that the refusal can name the memos there are."""
        return self.dataset(self.memo_year(memo_id))

    def year(self, year: int) -> FiscalYear | None:
        """One fiscal year with everything in it, or None when it is not in the database."""
        year_rows = self._year_rows(year)
        return self._fiscal_years(year_rows, self.rows("people"))[0] if year_rows else None

    def measures(self, year: int) -> list[Measure]:
        """A year's measures in their order ([] for a year not stored)."""
        stored = self.year(year)
        return stored.measures if stored is not None else []

    def memos(self, year: int) -> list[Memo]:
        stored = self.year(year)
        return stored.memos if stored is not None else []

    def ita_result(self, year: int) -> ItaResult | None:
        stored = self.year(year)
        return stored.ita_result if stored is not None else None

    def year_content(self, year: int) -> YearContent:
        stored = self.year(year)
        return stored.content if stored is not None else YearContent()

    def _year_rows(self, year: int | None) -> list[Any]:
        if year is None:
            return self._decoded(
                "fiscal_years", f"SELECT {select_list('fiscal_years')} FROM fiscal_years ORDER BY year", ()
            )
        return self._decoded(
            "fiscal_years",
            f"SELECT {select_list('fiscal_years')} FROM fiscal_years WHERE year = ? ORDER BY year",
            (year,),
        )

    def _fiscal_years(self, year_rows: list[Any], people: list[Any]) -> list[FiscalYear]:
        """The years of `year_rows` with their measures, ITA results and memos (as `loading._fiscal_years`,
        query for query)."""
        year_pks = [row.pk for row in year_rows]
        person_ids = {row.pk: row.code or "" for row in people}
        of_years = ", ".join("?" * len(year_pks))

        measures = self._grouped("measures", "fiscal_year_pk", of_years, year_pks)
        of_measures = f"SELECT measures.pk FROM measures WHERE measures.fiscal_year_pk IN ({of_years})"
        history = self._grouped("status_changes", "measure_pk", of_measures, year_pks)
        results = self._grouped("result_entries", "measure_pk", of_measures, year_pks)

        ita_rows = self.rows("ita_results", f"fiscal_year_pk IN ({of_years})", year_pks)
        ita_results = {row.fiscal_year_pk: row for row in ita_rows}
        of_results = (
            f"SELECT ita_results.pk FROM ita_results WHERE ita_results.fiscal_year_pk IN ({of_years})"
        )
        parts = self._grouped("ita_part_scores", "result_pk", of_results, year_pks)
        indicators = self._grouped("ita_indicator_scores", "result_pk", of_results, year_pks)

        memos = self._grouped("memos", "fiscal_year_pk", of_years, year_pks)
        of_memos = f"SELECT memos.pk FROM memos WHERE memos.fiscal_year_pk IN ({of_years})"
        approvals = self._grouped("memo_approvals", "memo_pk", of_memos, year_pks)
        documents = self._grouped("document_contents", "fiscal_year_pk", of_years, year_pks)

        def fiscal_year(row: Any) -> FiscalYear:
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


def read_directly(path: Path, what: Callable[[DirectReader], _T]) -> _T | None:
    """`what` read from the SQLite file `path` without SQLAlchemy, or None when the ordinary path must read
    it (see the module)."""
    reader = DirectReader.open(path)
    if reader is None:
        return None
    with reader:
        return reader.read(what)
