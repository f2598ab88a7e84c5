"""Putting a `Dataset` (an exchange file's records) into the database: all or nothing, and idempotent.

Matching, so that importing the same file twice changes nothing:
- records with an id are matched by it and updated (a measure or memo found in another year moves);
- units and people whose id is not stored are matched by name, whatever their codes (a neighbour's
  สำนักปลัด is ours): the stored one keeps its id, and the file's id names it for the rest of the import
  (a memo's author); measures and memos name units by name, so they point to the stored one;
- without an id, the organisation is the one row; measures by
  (fiscal year, title); memos by (fiscal year, subject). Units and people keep the id they have; a new measure
  or memo without one gets a fresh id (`m-2567-1f3a9c0b`, `memo-2567-…`) so the window and the command line
  can name it.
- what the file gives replaces what was stored (lists such as history and results are replaced whole);
  records the file does not mention are kept. The file's order wins: its records come first, in its order,
  the others after them in their old order.
- a memo's author and approvers must be people in the file or already in the database.

What the user decides (`ImportChoices`): whether a differing organisation is kept or taken (undecided, the
import is refused with `OfficeDiffersError`), which years are replaced rather than added to, and whether a
status the file has further back is taken. `plan_import` (`storage.importing.plan`) runs the same import and
rolls it back, so what the plan says is what the import does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, joinedload, selectinload

from itadesk.domain.model import Dataset, FiscalYear, Measure, Memo
from itadesk.storage.data import tables
from itadesk.storage.data.lookup import add_unless_added_meanwhile, ensure_year_row, new_codes
from itadesk.storage.data.models import (
    ApprovalRow,
    FiscalYearRow,
    ItaResultRow,
    MeasureRow,
    MemoRow,
    OrganizationRow,
    PersonRow,
    UnitRow,
)
from itadesk.storage.data.records_to_rows import (
    history_values,
    ita_result_to_row,
    measure_to_row,
    measure_values,
    memo_to_row,
    organization_to_row,
    person_to_row,
    result_values,
    unit_to_row,
    year_content_to_row,
)
from itadesk.storage.data.rows_to_records import (
    ita_result_from_row,
    measure_from_row,
    memo_from_row,
    organization_from_row,
    person_from_row,
    unit_from_row,
)
from itadesk.storage.errors import DatasetError
from itadesk.storage.importing.checks import check_fiscal_year, check_memo
from itadesk.storage.importing.choices import ImportChoices, OfficeDiffersError
from itadesk.storage.importing.measure_plan import (
    ByKey,
    NewMeasure,
    StoredMeasure,
    in_order,
    plan_year_measures,
)
from itadesk.storage.importing.office_differences import office_differences
from itadesk.storage.importing.summary import KINDS, ImportSummary, MovedToAnotherYear
from itadesk.storage.lifecycle.changes import wrote_outside_flush

__all__ = ["KINDS", "ImportChoices", "ImportSummary", "import_dataset", "run_import"]


def import_dataset(session: Session, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
    """Add or update everything in `dataset` (see the module for how records are matched).

    All or nothing: on any error (`DatasetError` naming the record by its JSON path, e.g.
    `years[0].memos[2].author`; `OfficeDiffersError` when the organisation differs and `choices.office` is
    not given) nothing of the dataset stays in the session, which remains usable.
    """
    choices = choices or ImportChoices()
    summary = ImportSummary()
    # No autoflush: flushing before every lookup would rescan every pending row (quadratic on big files).
    with session.begin_nested(), session.no_autoflush:
        run_import(session, dataset, choices, summary)
        if summary.office_differences and choices.office is None:
            raise OfficeDiffersError(summary.office_differences)
        session.flush()
    # Collections loaded during the import hold rows in the order they were touched; read them afresh.
    session.expire_all()
    return summary


class _Ordered(Protocol):
    seq: int


_Row = TypeVar("_Row", bound=_Ordered)


def put_in_order(given: Sequence[_Row], existing: Sequence[_Row]) -> None:
    """The rows a file named first (in its order), then the others as they were."""
    for seq, row in enumerate(in_order(given, existing)):
        if row.seq != seq:
            row.seq = seq


def run_import(session: Session, dataset: Dataset, choices: ImportChoices, summary: ImportSummary) -> None:
    """The import's work in the caller's transaction, counted into `summary` (the caller flushes)."""
    _Importer(session, summary, choices).run(dataset)


@dataclass(eq=False)
class _NewMeasure:
    """A measure the file adds (as planned: its id, record and place): written with the other new ones in a
    few statements once every record is matched and checked (`_Importer.write_new_measures`), not one ORM
    object each."""

    planned: NewMeasure
    year_row: FiscalYearRow


class _Importer:
    def __init__(self, session: Session, summary: ImportSummary, choices: ImportChoices) -> None:
        self.session = session
        self.summary = summary
        self.choices = choices
        self.people_by_id: dict[str, PersonRow] = {}
        self.new_measures: list[_NewMeasure] = []

    def run(self, dataset: Dataset) -> None:
        if dataset.organization is not None:
            self.organization(dataset)
        self.units(dataset)
        self.people(dataset)
        for index, year in enumerate(dataset.years):
            self.year(year, f"years[{index}]")
        self.frameworks(dataset)
        self.write_new_measures()

    def write_new_measures(self) -> None:
        """The new measures, their history and results: one INSERT … RETURNING for the measures (per 500), one
        executemany for each list, in the import's transaction, after every other row is flushed (the years'
        keys, the places of the measures kept). A year of 300 new measures took the ORM 1 500 objects."""
        if not self.new_measures:
            return
        self.session.flush()
        wrote_outside_flush(self.session)
        connection = self.session.connection()  # the session's own transaction
        new = [
            measure_values(n.planned.measure)
            | {"code": n.planned.code, "fiscal_year_pk": n.year_row.pk, "seq": n.planned.seq, "version": 1}
            for n in self.new_measures
        ]
        keys: dict[str, int] = {}
        returning = insert(tables.measures).returning(tables.measures.c.code, tables.measures.c.pk)
        for start in range(0, len(new), LOOKUP_CHUNK):
            for code, pk in connection.execute(returning, new[start : start + LOOKUP_CHUNK]):
                keys[code] = pk
        history: list[dict[str, Any]] = []
        results: list[dict[str, Any]] = []
        for n in self.new_measures:
            owner = {"measure_pk": keys[n.planned.code]}
            history += [values | owner for values in history_values(n.planned.measure)]
            results += [values | owner for values in result_values(n.planned.measure.results)]
        if history:
            connection.execute(insert(tables.status_changes), history)
        if results:
            connection.execute(insert(tables.result_entries), results)

    def frameworks(self, dataset: Dataset) -> None:
        """The office's own frameworks the file carries: each replaces the one kept for its year."""
        from itadesk.domain.framework import framework_dict
        from itadesk.storage.data.frameworks import save_framework
        from itadesk.storage.data.models import OfficeFrameworkRow

        for framework in dataset.frameworks:
            row = self.session.get(OfficeFrameworkRow, framework.year)
            same = row is not None and row.data == framework_dict(framework)
            if not same:
                save_framework(self.session, framework)
            self.count("frameworks", added=row is None, updated=row is not None and not same)

    def count(self, kind: str, *, added: bool = False, updated: bool = False) -> None:
        counts = self.summary[kind]
        if added:
            counts.added += 1
        elif updated:
            counts.updated += 1
        else:
            counts.unchanged += 1

    def organization(self, dataset: Dataset) -> None:
        organization = dataset.organization
        assert organization is not None
        if organization.emblem is not None and organization.emblem.mime not in ("image/png", "image/svg+xml"):
            raise DatasetError("organization.emblem", "ตราต้องเป็นภาพ PNG หรือ SVG")
        if organization.digits not in ("thai", "arabic"):
            raise DatasetError("organization.digits", 'ใช้ "thai" หรือ "arabic"')
        found = self.session.get(OrganizationRow, 1)
        if found is None:
            new = OrganizationRow(pk=1)
            organization_to_row(organization, new)
            row, added = add_unless_added_meanwhile(
                self.session, new, lambda: self.session.get(OrganizationRow, 1)
            )
            if added:
                self.count("organization", added=True)
                return
        else:
            row = found
        stored = organization_from_row(row)
        if stored == organization:
            self.count("organization")
            return
        self.summary.office_differences = office_differences(stored, organization)
        if self.choices.office == "take":
            organization_to_row(organization, row)
            self.count("organization", updated=True)
        else:  # kept as it is (undecided, `import_dataset` refuses)
            self.count("organization")

    def units(self, dataset: Dataset) -> None:
        existing = list(self.session.scalars(select(UnitRow).order_by(UnitRow.seq, UnitRow.pk)))
        given: list[UnitRow] = []
        for unit in dataset.units:
            row = _match_by_id_or_name(existing, unit.id, unit.name, given)
            wanted = replace(unit, id=_kept_id(row, unit.id))
            if row is None:
                row = UnitRow()
                unit_to_row(wanted, row)
                self.session.add(row)
                existing.append(row)
                self.count("units", added=True)
            elif unit_from_row(row) != wanted:
                unit_to_row(wanted, row)
                self.count("units", updated=True)
            else:
                self.count("units")
            given.append(row)
        put_in_order(given, existing)

    def people(self, dataset: Dataset) -> None:
        existing = list(self.session.scalars(select(PersonRow).order_by(PersonRow.seq, PersonRow.pk)))
        given: list[PersonRow] = []
        file_ids: dict[str, PersonRow] = {}
        for person in dataset.people:
            row = _match_by_id_or_name(existing, person.id, person.name, given)
            wanted = replace(person, id=_kept_id(row, person.id))
            if row is None:
                row = PersonRow()
                person_to_row(wanted, row)
                self.session.add(row)
                existing.append(row)
                self.count("people", added=True)
            elif person_from_row(row) != wanted:
                person_to_row(wanted, row)
                self.count("people", updated=True)
            else:
                self.count("people")
            given.append(row)
            if person.id:
                file_ids[person.id] = row
        put_in_order(given, existing)
        # The file's ids name the rows they were matched to (by name, a stored person keeps their own id).
        self.people_by_id = {row.code: row for row in existing if row.code} | file_ids

    def year(self, year: FiscalYear, place: str) -> None:
        check_fiscal_year(year.fiscal_year, place)
        row, added = ensure_year_row(self.session, year.fiscal_year)
        replacing = not added and year.fiscal_year in self.choices.replace_years
        self.count("years", added=added, updated=replacing)
        if not added:
            self.summary.existing_years.append(year.fiscal_year)
        if year.ita_result is not None:
            self.ita_result(year, row)
        # A file without the office's own content leaves what is stored (files made before it existed);
        # replacing a year takes the file's as it is.
        if replacing or not year.content.is_empty():
            year_content_to_row(year.content, row)
        kept_measures = self.measures(year, row, place)
        kept_memos = self.memos(year, row, place)
        if replacing:
            self.remove_others(row, kept_measures, kept_memos)

    def remove_others(
        self, year_row: FiscalYearRow, measures: list[_KeptMeasure], memos: list[MemoRow]
    ) -> None:
        """Replacing a year: its measures and memos that the file does not hold are deleted."""
        for table, kept, kind in ((MeasureRow, measures, "measures"), (MemoRow, memos, "memos")):
            for stored in self._rows_of_year(table, year_row):  # type: ignore[type-var]
                if not any(stored is k for k in kept):
                    self.session.delete(stored)
                    self.summary[kind].removed += 1

    def ita_result(self, year: FiscalYear, year_row: FiscalYearRow) -> None:
        result = year.ita_result
        assert result is not None
        row = year_row.ita_result
        if row is None:
            row = ItaResultRow(fiscal_year=year_row)
            ita_result_to_row(result, row)
            self.session.add(row)
            self.count("ita_results", added=True)
        elif ita_result_from_row(row) != result:
            ita_result_to_row(result, row)
            self.count("ita_results", updated=True)
        else:
            self.count("ita_results")

    def measures(self, year: FiscalYear, year_row: FiscalYearRow, place: str) -> list[_KeptMeasure]:
        """The year's measures as `measure_plan` decides (the rules shared with the sqlite3 import), written
        onto the ORM's rows; the new ones wait for `write_new_measures`."""
        known: dict[int, StoredMeasure[MeasureRow]] = {}

        def stored(row: MeasureRow) -> StoredMeasure[MeasureRow]:
            found = known.get(id(row))
            if found is None:
                found = known[id(row)] = StoredMeasure(
                    row,
                    row.code,
                    row.title,
                    row.fiscal_year_pk,
                    row.seq,
                    lambda: measure_from_row(row),
                    lambda: row.fiscal_year.year,
                )
            return found

        of_year = [stored(row) for row in self._rows_of_year(MeasureRow, year_row)]
        by_id = self._rows_by_id(MeasureRow, [m.id for m in year.measures if m.id])
        plan = plan_year_measures(
            year.fiscal_year,
            year_row.pk,
            year.measures,
            of_year,
            {code: stored(row) for code, row in by_id.items()},
            choices=self.choices,
            summary=self.summary,
            place=place,
            draw_codes=lambda count: new_codes(self.session, MeasureRow, f"m-{year.fiscal_year}", count),
        )
        for update in plan.updates:
            row = update.stored.row
            measure_to_row(update.measure, row)
            if update.moved:
                row.fiscal_year = year_row
        new = {id(n): _NewMeasure(n, year_row) for n in plan.new}
        self.new_measures += new.values()
        for stored_row, seq in plan.seq_changes():
            stored_row.row.seq = seq
        return [new[id(p)] if isinstance(p, NewMeasure) else p.row for p in plan.given]

    def moved(self, kind: str, record_id: str, title: str, from_year: int, to_year: int) -> None:
        self.summary.moved.append(MovedToAnotherYear(kind, record_id, title, from_year, to_year))

    def memos(self, year: FiscalYear, year_row: FiscalYearRow, place: str) -> list[MemoRow]:
        existing = self._rows_of_year(MemoRow, year_row)
        by_id = self._rows_by_id(MemoRow, [m.id for m in year.memos if m.id])
        by_subject = ByKey(existing, lambda row: row.subject)
        for matched in by_id.values():
            by_subject.mark_taken(matched)
        given: list[MemoRow] = []
        fresh = _FreshCodes(self.session, MemoRow, f"memo-{year.fiscal_year}", year.memos)
        for index, memo in enumerate(year.memos):
            memo_place = f"{place}.memos[{index}]"
            check_memo(memo, memo_place)
            row = by_id.get(memo.id) if memo.id else by_subject.take(memo.subject)
            if row is None:
                row = MemoRow(code=memo.id or fresh.take(index))
                memo_to_row(memo, row, self.person, memo_place)
                row.fiscal_year = year_row
                self.session.add(row)
                existing.append(row)
                self.count("memos", added=True)
            elif row.fiscal_year_pk != year_row.pk or memo_from_row(row) != replace(memo, id=row.code):
                if row.fiscal_year_pk != year_row.pk:
                    self.moved("memos", row.code, row.subject, row.fiscal_year.year, year.fiscal_year)
                memo_to_row(memo, row, self.person, memo_place)
                if row.fiscal_year_pk != year_row.pk:
                    row.fiscal_year = year_row
                    existing.append(row)
                self.count("memos", updated=True)
            else:
                self.count("memos")
            given.append(row)
        put_in_order(given, existing)
        return given

    def _rows_of_year(self, table: type[_YearRow], year_row: FiscalYearRow) -> list[_YearRow]:
        """A year's measures or memos, in order, with their lists loaded in a few queries."""
        if year_row.pk is None:
            return []
        query = select(table).where(table.fiscal_year_pk == year_row.pk).order_by(table.seq, table.pk)
        return list(self.session.scalars(query.options(*_children(table))))

    def _rows_by_id(self, table: type[_YearRow], ids: list[str]) -> dict[str, _YearRow]:
        """The stored measures or memos with these ids, wherever they are, by id."""
        found: dict[str, _YearRow] = {}
        for start in range(0, len(ids), LOOKUP_CHUNK):
            query = select(table).where(table.code.in_(ids[start : start + LOOKUP_CHUNK]))
            found.update((row.code, row) for row in self.session.scalars(query.options(*_children(table))))
        return found

    def person(self, person_id: str, place: str) -> PersonRow:
        row = self.people_by_id.get(person_id)
        if row is None:
            raise DatasetError(place, f'ไม่มีบุคคลรหัส "{person_id}" ทั้งในไฟล์และในฐานข้อมูล')
        return row


def _match_by_id_or_name(
    rows: list[_NamedRow], record_id: str | None, name: str, taken: list[_NamedRow]
) -> _NamedRow | None:
    """By id; without one, or when no stored row has it, a row of the same name (whatever its own id)."""
    if record_id:
        found = next((r for r in rows if r.code == record_id), None)
        if found is not None:
            return found
    return next((r for r in rows if r.name == name and not any(r is t for t in taken)), None)


def _kept_id(row: UnitRow | PersonRow | None, file_id: str | None) -> str | None:
    """A stored unit or person keeps its id; a new one (or one stored without an id) takes the file's."""
    if row is not None and row.code:
        return row.code
    return file_id


_KeptMeasure = MeasureRow | _NewMeasure
_NamedRow = TypeVar("_NamedRow", UnitRow, PersonRow)
_YearRow = TypeVar("_YearRow", MeasureRow, MemoRow)
_Keyed = TypeVar("_Keyed")
LOOKUP_CHUNK = 500  # ids per IN (…) query, well under every database's parameter limit


_Record = Measure | Memo


class _FreshCodes:
    """New ids for a year's records that come without one, drawn together when the first is needed (one
    query for all of them, not one per record); `take(index)` with the record's place in the file."""

    def __init__(
        self, session: Session, table: type[MeasureRow | MemoRow], prefix: str, records: Sequence[_Record]
    ) -> None:
        self.session, self.table, self.prefix = session, table, prefix
        self.records = records
        self.codes: list[str] = []

    def take(self, index: int) -> str:
        if not self.codes:  # at most one per record still to come without an id
            wanted = sum(1 for record in self.records[index:] if not record.id)
            self.codes = new_codes(self.session, self.table, self.prefix, wanted)
            self.codes.reverse()
        return self.codes.pop()


def _children(table: type[MeasureRow | MemoRow]) -> list[Any]:
    if table is MeasureRow:
        return [selectinload(MeasureRow.history), selectinload(MeasureRow.results)]
    return [
        joinedload(MemoRow.author),
        selectinload(MemoRow.approvals).joinedload(ApprovalRow.person),
    ]
