"""A `Desk` over a `Dataset` held in memory, for the window's tests only (the program ships `OfficeData`)."""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from itadesk.domain.framework import Framework, carried_forward
from itadesk.domain.model import (
    Dataset,
    FiscalYear,
    ItaResult,
    Measure,
    Memo,
    Organization,
    Person,
    StatusChange,
    Unit,
    YearContent,
)
from itadesk.domain.status import Status
from itadesk.service.results import SavedFields
from itadesk.storage.data.year_content import merge_year_content
from itadesk.storage.importing.choices import ImportChoices
from itadesk.storage.importing.office_differences import office_differences
from itadesk.storage.importing.summary import ImportSummary


class MemoryDesk:
    def __init__(self, dataset: Dataset | None = None, *, read_only: bool = False) -> None:
        self._data = copy.deepcopy(dataset) if dataset is not None else Dataset()
        self._ids = itertools.count(1)
        self.read_only = read_only
        self._changes = 0

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids)}"

    def _year(self, year: int) -> FiscalYear:
        found = self._data.year(year)
        if found is None:
            found = FiscalYear(fiscal_year=year)
            self._data.years.append(found)
            self._data.years.sort(key=lambda y: y.fiscal_year)
        return found

    def _find_measure(self, measure_id: str) -> tuple[FiscalYear, int]:
        for year in self._data.years:
            for index, measure in enumerate(year.measures):
                if measure.id == measure_id:
                    return year, index
        raise KeyError(f"ไม่พบมาตรการรหัส {measure_id}")

    def organization(self) -> Organization | None:
        return copy.deepcopy(self._data.organization)

    def units(self) -> list[Unit]:
        return copy.deepcopy(self._data.units)

    def people(self) -> list[Person]:
        return copy.deepcopy(self._data.people)

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None:
        self._data.organization = copy.deepcopy(organization)
        self._data.units = [replace(u, id=u.id or self._new_id("u")) for u in units]
        self._data.people = [replace(p, id=p.id or self._new_id("p")) for p in people]

    def years(self) -> list[int]:
        return sorted(y.fiscal_year for y in self._data.years)

    def measures(self, year: int) -> list[Measure]:
        found = self._data.year(year)
        return copy.deepcopy(found.measures) if found else []

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        stored = copy.deepcopy(measure)
        stored.id = stored.id or self._new_id("m")
        listed = self._year(year).measures
        listed.insert(len(listed) if position is None else position, stored)
        return copy.deepcopy(stored)

    def save_measure(self, year: int, measure: Measure) -> None:
        assert measure.id is not None
        found_year, index = self._find_measure(measure.id)
        found_year.measures[index] = copy.deepcopy(measure)

    def delete_measure(self, measure_id: str) -> None:
        found_year, index = self._find_measure(measure_id)
        del found_year.measures[index]

    def update_measure(
        self, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
    ) -> SavedFields:
        found_year, index = self._find_measure(measure_id)
        measure = found_year.measures[index]
        overwritten = []
        if measure.version != version:
            overwritten = [f for f, v in changes.items() if getattr(measure, f) not in (base.get(f), v)]
        for name, value in changes.items():
            setattr(measure, name, copy.deepcopy(value))
        measure.version += 1
        self._changes += 1
        return SavedFields(copy.deepcopy(measure), sorted(overwritten))

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> Measure:
        found_year, index = self._find_measure(measure_id)
        measure = found_year.measures[index]
        measure.status = status
        measure.history.append(StatusChange(status=status, date=day, note=note))
        measure.version += 1
        self._changes += 1
        return copy.deepcopy(measure)

    def change_count(self) -> int:
        return self._changes  # nobody else writes a dataset held in memory

    def add_year(self, year: int) -> None:
        self._year(year)

    def start_next_year(self, from_year: int) -> int:
        source = self._year(from_year)
        target = self._year(from_year + 1)
        for measure in source.measures:
            fresh = replace(
                copy.deepcopy(measure),
                id=self._new_id("m"),
                status=Status.NOT_STARTED,
                history=[],
                results=[],
                evidence=[],
                outcome="",
                problems="",
                suggestions="",
                start=None,
                end=None,
            )
            target.measures.append(fresh)
        carried = carried_forward(self._data.frameworks, from_year)
        if carried is not None:
            self._data.frameworks.append(carried)
        return target.fiscal_year

    def ita_result(self, year: int) -> ItaResult | None:
        found = self._data.year(year)
        return copy.deepcopy(found.ita_result) if found else None

    def save_ita_result(self, year: int, result: ItaResult | None) -> None:
        self._year(year).ita_result = copy.deepcopy(result)

    def year_content(self, year: int) -> YearContent:
        found = self._data.year(year)
        return copy.deepcopy(found.content) if found else YearContent()

    def save_year_content(
        self, year: int, content: YearContent, base: YearContent | None = None
    ) -> list[str]:
        stored = self._year(year)
        if base is None:
            stored.content, overwritten = copy.deepcopy(content), []
        else:
            stored.content, overwritten = merge_year_content(base, content, stored.content)
        self._changes += 1
        return overwritten

    def frameworks(self) -> list[Framework]:
        return list(self._data.frameworks)

    def save_framework(self, framework: Framework) -> None:
        self._data.frameworks = [f for f in self._data.frameworks if f.year != framework.year] + [framework]
        self._changes += 1

    def delete_framework(self, year: int) -> bool:
        kept = [f for f in self._data.frameworks if f.year != year]
        removed = len(kept) != len(self._data.frameworks)
        self._data.frameworks = kept
        self._changes += removed
        return removed

    def memos(self, year: int) -> list[Memo]:
        found = self._data.year(year)
        return copy.deepcopy(found.memos) if found else []

    def save_memo(self, year: int, memo: Memo) -> Memo:
        stored = copy.deepcopy(memo)
        stored.id = stored.id or self._new_id("memo")
        memos = self._year(year).memos
        for index, existing in enumerate(memos):
            if existing.id == stored.id:
                memos[index] = stored
                break
        else:
            memos.append(stored)
        return copy.deepcopy(stored)

    def delete_memo(self, memo_id: str) -> None:
        for year in self._data.years:
            year.memos = [m for m in year.memos if m.id != memo_id]

    def dataset(self, year: int | None = None) -> Dataset:
        data = copy.deepcopy(self._data)
        if year is not None:
            data.years = [y for y in data.years if y.fiscal_year == year]
        return data

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        """What would be added and the organisation's differences (a double, not a plan)."""
        summary = ImportSummary()
        stored, given = self._data.organization, dataset.organization
        if stored is not None and given is not None:
            summary.office_differences = office_differences(stored, given)
        summary.existing_years = [y.fiscal_year for y in dataset.years if self._data.year(y.fiscal_year)]
        summary["measures"].added = sum(len(y.measures) for y in dataset.years)
        return summary

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
        incoming = copy.deepcopy(dataset)
        if incoming.organization is not None and (
            self._data.organization is None or choices is None or choices.office == "take"
        ):
            self._data.organization = incoming.organization
        self._data.units.extend(u for u in incoming.units if u.name not in {x.name for x in self._data.units})
        self._data.people.extend(
            p for p in incoming.people if p.name not in {x.name for x in self._data.people}
        )
        count = 0
        for year in incoming.years:
            target = self._year(year.fiscal_year)
            target.measures.extend(year.measures)
            target.memos.extend(year.memos)
            target.ita_result = year.ita_result or target.ita_result
            count += len(year.measures)
        summary = ImportSummary()
        summary["measures"].added = count
        return summary

    def backup(self, path: Path) -> Path:
        raise NotImplementedError("ข้อมูลชุดนี้อยู่ในหน่วยความจำ สำรองเป็นไฟล์ฐานข้อมูลไม่ได้ ใช้ส่งออกแทน")

    def restore(self, path: Path) -> Path | None:
        raise NotImplementedError("ข้อมูลชุดนี้อยู่ในหน่วยความจำ กู้คืนจากไฟล์สำรองไม่ได้")

    def warm_up(self) -> None:
        """Nothing to load: the records are in memory."""
