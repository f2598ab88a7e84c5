"""An import of measures written through Python's sqlite3 alone, without loading SQLAlchemy.

Loading SQLAlchemy and its ORM was most of a cold `itadesk import FILE.docx --year Y` (about 0.35 s of CPU
beside 0.15 s to read the Word file: `benchmarks/import_word.py`). On the usual case, an office's SQLite file
of this program's schema, whole and writable, and a file that holds fiscal years of measures only (every Word
file; an exchange file without the office, its people, memos, ITA results, year content or frameworks), the
import is planned and written here: `SqliteImport.open` says None for anything else (a server, a new database,
an older or newer schema, a damaged or read-only file), which then takes the ordinary path
(`storage.importing.run` through the ORM) with its messages, migrations and checks unchanged.

The rules are not written twice: which stored measure each of the file's measures is, what changes, what
the statuses do and the year's order afterwards are `storage.importing.measure_plan`'s, which the ORM's
import plans with too; only reading the stored rows and writing the plan are done here. The rows are read
by `storage.direct.reading.DirectReader` on this transaction's own connection (decoded as the ORM's
loading decodes them) and written encoded as `storage.direct.columns` says. What is written is
what the ORM's import writes, row for row and in the same order (so even the rows' keys are the same):
the updated measures (their version moved on, their history and results replaced whole), the places that
change, the records a replaced year loses, then the new measures with their history and results, and the
change counter moved on when anything was written (`storage.lifecycle.changes`).

Like every connection of the program, this one is made by `storage.lifecycle.database_file` and the file
is looked at by `storage.lifecycle.integrity.check_file` (`integrity_check`, as a command does) before it
is opened: nothing reads the live file outside SQLite ("How To Corrupt An SQLite Database File", 2.2,
https://www.sqlite.org/howtocorrupt.html). The import is one transaction begun with `BEGIN IMMEDIATE`
(https://www.sqlite.org/lang_transaction.html): a second program writing meanwhile makes it wait (the
busy timeout), then refuse with the Thai message of a locked database; a killed import leaves the file as
it was (SQLite's atomic commit). `--dry-run` plans in a read transaction and writes nothing.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, cast

from itadesk.domain.model import Dataset, Unit, YearContent
from itadesk.storage.data.codes import CODES_PER_QUERY, draw_codes
from itadesk.storage.data.record_values import history_values, measure_values, result_values
from itadesk.storage.data.rows_to_records import measure_from_columns
from itadesk.storage.direct.columns import COLUMNS, encode
from itadesk.storage.direct.reading import DirectReader, may_write
from itadesk.storage.errors import StorageError
from itadesk.storage.importing.checks import check_fiscal_year
from itadesk.storage.importing.choices import ImportChoices
from itadesk.storage.importing.measure_plan import StoredMeasure, YearMeasures, plan_year_measures
from itadesk.storage.importing.summary import ImportSummary
from itadesk.storage.lifecycle import database_file
from itadesk.storage.lifecycle.failures import raise_translated
from itadesk.storage.lifecycle.integrity import check_file
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION, TABLE_NAMES, sqlite_file_of

# The columns written, table by table (but `pk`, which SQLite gives): a test compares them with the tables
# SQLAlchemy declares, so a column added there and not here fails before an import leaves it out.
MEASURE_COLUMNS = (
    "code", "fiscal_year_pk", "seq", "version", "number", "part", "indicator", "section", "title", "steps",
    "responsible", "period", "start", "end", "monitoring", "reporting", "status", "outcome", "problems",
    "suggestions", "evidence",
)  # fmt: skip
STATUS_CHANGE_COLUMNS = ("measure_pk", "seq", "status", "date", "note")
RESULT_ENTRY_COLUMNS = ("measure_pk", "seq", "date", "text")
FISCAL_YEAR_COLUMNS = ("year", "sign_prefix", "report_first", "omit_empty_columns")
WRITTEN = {
    "measures": MEASURE_COLUMNS,
    "status_changes": STATUS_CHANGE_COLUMNS,
    "result_entries": RESULT_ENTRY_COLUMNS,
    "fiscal_years": FISCAL_YEAR_COLUMNS,
}
_UPDATED = [c for c in MEASURE_COLUMNS if c not in ("code", "fiscal_year_pk", "seq", "version")]


def takes(dataset: Dataset) -> bool:
    """Whether this import can write `dataset`: fiscal years of measures and nothing else."""
    return (
        dataset.organization is None
        and not dataset.units
        and not dataset.people
        and not dataset.frameworks
        and all(y.ita_result is None and not y.memos and y.content.is_empty() for y in dataset.years)
    )


class SqliteImport:
    """One office's SQLite file opened for an import through sqlite3: `units`, `plan_import`,
    `import_dataset` and `close`, as `service.office_data.OfficeData` offers them."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection

    @classmethod
    def open(cls, db_arg: str | None) -> SqliteImport | None:
        """The file `--db` names (else ITADESK_DB, else the default file) when it is an SQLite file of this
        schema, whole (`integrity_check`) and writable; None for anything else (the ordinary path then)."""
        path = sqlite_file_of(db_arg)
        if path is None or not path.is_file() or not may_write(path):
            return None
        timeout = database_file.BUSY_TIMEOUT_SECONDS
        try:  # before any connection: the header is read only while none is open
            verdict = check_file(
                path, thorough=True, expected=(SCHEMA_REVISION, set(TABLE_NAMES)), timeout=timeout
            )
        except (StorageError, OSError):  # locked, unreadable: the ordinary path says so in its words
            return None
        if not verdict.ok or verdict.revision != SCHEMA_REVISION:
            return None
        try:
            connection = database_file.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error:
            return None
        try:  # as every connection of the program is set up (`storage.lifecycle.database`)
            connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            connection.close()
            raise_translated(exc, str(path))
        return cls(path, connection)

    def close(self) -> None:
        self._connection.close()

    def units(self) -> list[Unit]:
        """The office's units in their order (the Word reader matches responsible units to them)."""
        try:
            return DirectReader(self._connection).units()
        except sqlite3.Error as exc:
            raise_translated(exc, str(self.path))

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        """What importing with these choices would change, per kind of record; nothing is written."""
        summary = ImportSummary()
        try:
            self._connection.execute("BEGIN")
            try:
                _Writer(self._connection, choices, summary, writing=False).run(dataset)
            finally:
                self._connection.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise_translated(exc, str(self.path))
        return summary

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
        """Import the file's measures as the user chose, all or nothing, in one write transaction."""
        summary = ImportSummary()
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")  # the write lock first: a second writer waits its turn
            try:
                writer = _Writer(connection, choices or ImportChoices(), summary, writing=True)
                writer.run(dataset)
                connection.execute("COMMIT" if writer.wrote else "ROLLBACK")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise_translated(exc, str(self.path))
        return summary


def _stored(table: str, columns: Sequence[str], values: dict[str, Any]) -> list[object]:
    """A row's values as SQLAlchemy stores them in SQLite (`storage.direct.columns.encode`)."""
    kinds = dict(COLUMNS[table])
    return [encode(kinds[c], values[c]) for c in columns]


def _content_values(content: YearContent) -> dict[str, Any]:
    """A year's content's choices, by their `fiscal_years` columns."""
    return {
        "sign_prefix": content.sign_prefix,
        "report_first": content.report_first,
        "omit_empty_columns": content.omit_empty_columns,
    }


def _insert(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"


class _Writer:
    """One import's reading, planning and writing inside the caller's transaction."""

    def __init__(
        self, connection: sqlite3.Connection, choices: ImportChoices, summary: ImportSummary, *, writing: bool
    ) -> None:
        self.connection = connection
        self.choices = choices
        self.summary = summary
        self.writing = writing
        self.wrote = False
        self.reader = DirectReader(connection)  # reads inside this transaction, on this connection
        self.plans: list[tuple[int, YearMeasures[int]]] = []  # (year's key, its plan), in the file's order

    def run(self, dataset: Dataset) -> None:
        for index, year in enumerate(dataset.years):
            place = f"years[{index}]"
            check_fiscal_year(year.fiscal_year, place)
            year_pk, added = self.year_row(year.fiscal_year)
            replacing = not added and year.fiscal_year in self.choices.replace_years
            kind = self.summary["years"]
            if added:
                kind.added += 1
            elif replacing:
                kind.updated += 1
            else:
                kind.unchanged += 1
            if not added:
                self.summary.existing_years.append(year.fiscal_year)
            stored = self.stored_of_year(year_pk)
            plan = plan_year_measures(
                year.fiscal_year,
                year_pk,
                year.measures,
                stored,
                self.stored_by_id([m.id for m in year.measures if m.id], stored),
                choices=self.choices,
                summary=self.summary,
                place=place,
                draw_codes=functools.partial(self.fresh_codes, f"m-{year.fiscal_year}"),
            )
            if self.writing:
                self.write_changes(plan)
            if replacing:
                self.replace_year(year_pk, year.content, plan, stored)
            self.plans.append((year_pk, plan))
        if self.writing:
            self.write_new_measures()
            if self.wrote:
                self.bump_counter()

    # -- reading -------------------------------------------------------------------------------------
    def year_row(self, year: int) -> tuple[int, bool]:
        """The fiscal year's key and whether it is added now (a plan gives a new year no key: -1)."""
        found = self.connection.execute("SELECT pk FROM fiscal_years WHERE year = ?", (year,)).fetchone()
        if found is not None:
            return int(found[0]), False
        if not self.writing:
            return -1, True
        values = {"year": year, "sign_prefix": False, "report_first": False, "omit_empty_columns": None}
        cursor = self.connection.execute(
            _insert("fiscal_years", FISCAL_YEAR_COLUMNS), _stored("fiscal_years", FISCAL_YEAR_COLUMNS, values)
        )
        self.wrote = True
        return int(cast("int", cursor.lastrowid)), True

    def stored_of_year(self, year_pk: int) -> list[StoredMeasure[int]]:
        """The year's measures in order, each with its history and results."""
        return self.stored_measures("fiscal_year_pk = ?", (year_pk,))

    def stored_by_id(
        self, ids: list[str], of_year: list[StoredMeasure[int]]
    ) -> dict[str, StoredMeasure[int]]:
        """The stored measures with these ids, wherever they are (this year's: the same objects)."""
        known = {s.row: s for s in of_year}
        found: dict[str, StoredMeasure[int]] = {}
        for start in range(0, len(ids), CODES_PER_QUERY):
            chunk = ids[start : start + CODES_PER_QUERY]
            for measure in self.stored_measures(f"code IN ({', '.join('?' for _ in chunk)})", chunk):
                found[measure.code] = known.get(measure.row, measure)
        return found

    def stored_measures(self, where: str, args: Sequence[object]) -> list[StoredMeasure[int]]:
        """The measures `where` selects (read by `storage.direct.reading`, decoded as the ORM's loading
        decodes them), with their history and results, as the planner takes them."""
        measures = self.reader.rows("measures", where, args)
        if not measures:
            return []
        keys = f"SELECT measures.pk FROM measures WHERE {where}"
        history = _grouped(self.reader.rows("status_changes", f"measure_pk IN ({keys})", args))
        results = _grouped(self.reader.rows("result_entries", f"measure_pk IN ({keys})", args))
        return [
            StoredMeasure(
                m.pk,
                m.code,
                m.title,
                m.fiscal_year_pk,
                m.seq,
                functools.partial(measure_from_columns, m, history.get(m.pk, []), results.get(m.pk, [])),
                functools.partial(self.year_of, m.fiscal_year_pk),
            )
            for m in measures
        ]

    def year_of(self, year_pk: int) -> int:
        """The fiscal year (Buddhist Era) a stored measure is in (asked when the file moves it)."""
        return int(self.reader.rows("fiscal_years", "pk = ?", [year_pk])[0].year)

    def fresh_codes(self, prefix: str, count: int) -> list[str]:
        return draw_codes(prefix, count, self.codes_used)

    def codes_used(self, codes: list[str]) -> Iterable[str]:
        marks = ", ".join("?" for _ in codes)
        query = f"SELECT code FROM measures WHERE code IN ({marks})"
        return [row[0] for row in self.connection.execute(query, codes)]

    # -- writing, in the order the ORM's import writes ------------------------------------------------
    def write_changes(self, plan: YearMeasures[int]) -> None:
        """The stored measures the file changes, then the places that change. Each updated measure's history
        and results are replaced whole: the new rows first, then the old ones deleted (as the ORM's flush)."""
        execute = self.connection.execute
        old_history: list[int] = []
        old_results: list[int] = []
        for update in plan.updates:
            values = measure_values(update.measure)
            assignments = ", ".join(f'"{c}" = ?' for c in _UPDATED)
            moved = ", fiscal_year_pk = ?" if update.moved else ""
            arguments = _stored("measures", _UPDATED, values)
            if update.moved:
                arguments.append(update.stored.fiscal_year_pk)
            execute(
                f"UPDATE measures SET {assignments}, version = coalesce(version, 0) + 1{moved} WHERE pk = ?",
                (*arguments, update.stored.row),
            )
            owner = {"measure_pk": update.stored.row}
            pk = update.stored.row
            old_history += [
                r[0] for r in execute("SELECT pk FROM status_changes WHERE measure_pk = ?", (pk,))
            ]
            old_results += [
                r[0] for r in execute("SELECT pk FROM result_entries WHERE measure_pk = ?", (pk,))
            ]
            self.insert_children(
                [v | owner for v in history_values(update.measure)],
                [v | owner for v in result_values(update.measure.results)],
            )
            self.wrote = True
        self.delete("status_changes", old_history)
        self.delete("result_entries", old_results)
        for stored, seq in plan.seq_changes():
            execute("UPDATE measures SET seq = ? WHERE pk = ?", (seq, stored.row))
            self.wrote = True

    def replace_year(
        self, year_pk: int, content: YearContent, plan: YearMeasures[int], stored: list[StoredMeasure[int]]
    ) -> None:
        """A replaced year: the file's content (none: the defaults), its measures and memos the file does not
        hold deleted (their history, results and approvals with them: ON DELETE CASCADE); counted, and
        written unless this is a plan."""
        kept = {id(p) for p in plan.given}
        removed = [s.row for s in stored if id(s) not in kept]
        execute = self.connection.execute
        memos = execute("SELECT count(*) FROM memos WHERE fiscal_year_pk = ?", (year_pk,)).fetchone()[0]
        self.summary["measures"].removed += len(removed)
        self.summary["memos"].removed += int(memos)
        if not self.writing:
            return
        execute(
            "UPDATE fiscal_years SET sign_prefix = ?, report_first = ?, omit_empty_columns = ? WHERE pk = ?",
            (*_stored("fiscal_years", FISCAL_YEAR_COLUMNS[1:], _content_values(content)), year_pk),
        )
        execute("DELETE FROM document_contents WHERE fiscal_year_pk = ?", (year_pk,))
        self.delete("measures", removed)
        execute("DELETE FROM memos WHERE fiscal_year_pk = ?", (year_pk,))
        self.wrote = True

    def write_new_measures(self) -> None:
        """The new measures of every year, in the file's order, then their history and results."""
        history: list[dict[str, Any]] = []
        results: list[dict[str, Any]] = []
        insert = _insert("measures", MEASURE_COLUMNS)
        for year_pk, plan in self.plans:
            for new in plan.new:
                values = measure_values(new.measure) | {
                    "code": new.code,
                    "fiscal_year_pk": year_pk,
                    "seq": new.seq,
                    "version": 1,
                }
                cursor = self.connection.execute(insert, _stored("measures", MEASURE_COLUMNS, values))
                owner = {"measure_pk": cursor.lastrowid}
                history += [v | owner for v in history_values(new.measure)]
                results += [v | owner for v in result_values(new.measure.results)]
                self.wrote = True
        self.insert_children(history, results)

    def insert_children(self, history: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
        for table, columns, rows in (
            ("status_changes", STATUS_CHANGE_COLUMNS, history),
            ("result_entries", RESULT_ENTRY_COLUMNS, results),
        ):
            if rows:
                self.connection.executemany(
                    _insert(table, columns), [_stored(table, columns, row) for row in rows]
                )

    def delete(self, table: str, keys: list[int]) -> None:
        for start in range(0, len(keys), CODES_PER_QUERY):
            chunk = keys[start : start + CODES_PER_QUERY]
            self.connection.execute(
                f"DELETE FROM {table} WHERE pk IN ({', '.join('?' for _ in chunk)})", chunk
            )

    def bump_counter(self) -> None:
        """The change counter moves on (as `storage.lifecycle.changes.bump`): an open window sees it."""
        moved = self.connection.execute("UPDATE change_counter SET value = value + 1 WHERE pk = 1").rowcount
        if moved == 0:
            self.connection.execute("INSERT INTO change_counter (pk, value) VALUES (1, 1)")


def _grouped(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.measure_pk, []).append(row)
    return grouped
