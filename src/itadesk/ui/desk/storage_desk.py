"""The `Desk` over the database: each call is one unit of work through the storage services.

Reads go through `storage.data.loading` on a plain read-only connection; only writing loads the ORM and the
services. The window's first paint reads, so it starts without them (~0.2 s); `warm_up()` loads them in the
background afterwards, before the first edit needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from itadesk.domain.model import Dataset, ItaResult, Measure, Memo, Organization, Person, Unit, YearContent
from itadesk.domain.status import Status
from itadesk.storage.data import loading
from itadesk.storage.lifecycle.changes import change_count
from itadesk.ui.desk.desk import SavedFields

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary
    from itadesk.storage.lifecycle.database import Database

_T = TypeVar("_T")


class StorageDesk:
    def __init__(self, db: Database, *, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only

    def _read(self, read: Callable[..., _T], *args: object) -> _T:
        with self.db.reading() as connection:
            return read(connection, *args)

    def organization(self) -> Organization | None:
        return self._read(loading.get_organization)

    def units(self) -> list[Unit]:
        return self._read(loading.list_units)

    def people(self) -> list[Person]:
        return self._read(loading.list_people)

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None:
        from itadesk.storage.data import office

        with self.db.session() as session:
            office.save_setup(session, organization, units, people)

    def years(self) -> list[int]:
        return self._read(loading.list_years)

    def measures(self, year: int) -> list[Measure]:
        return self._read(loading.list_measures, year)

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        from itadesk.storage.data import measures

        with self.db.session() as session:
            return measures.add_measure(session, year, measure, position)

    def save_measure(self, year: int, measure: Measure) -> None:
        from itadesk.storage.data import measures

        with self.db.session() as session:
            measures.save_measure(session, measure, year)

    def delete_measure(self, measure_id: str) -> None:
        from itadesk.storage.data import measures

        with self.db.session() as session:
            measures.delete_measure(session, measure_id)

    def update_measure(
        self, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
    ) -> SavedFields:
        from itadesk.storage.data import measures

        with self.db.session() as session:
            update = measures.update_measure(session, measure_id, changes, base, version)
        return SavedFields(update.measure, update.overwritten)

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> Measure:
        from itadesk.storage.data import measures

        with self.db.session() as session:
            return measures.set_status(session, measure_id, status, day, note)

    def change_count(self) -> int:
        return self._read(change_count)

    def add_year(self, year: int) -> None:
        from itadesk.storage.data import years

        with self.db.session() as session:
            years.add_year(session, year)

    def start_next_year(self, from_year: int) -> int:
        from itadesk.storage.data import years

        with self.db.session() as session:
            return years.start_next_year(session, from_year)

    def ita_result(self, year: int) -> ItaResult | None:
        return self._read(loading.get_ita_result, year)

    def save_ita_result(self, year: int, result: ItaResult | None) -> None:
        from itadesk.storage.data import years

        with self.db.session() as session:
            years.save_ita_result(session, year, result)

    def year_content(self, year: int) -> YearContent:
        return self._read(loading.get_year_content, year)

    def save_year_content(
        self, year: int, content: YearContent, base: YearContent | None = None
    ) -> list[str]:
        from itadesk.storage.data import year_content

        with self.db.session() as session:
            if base is None:
                year_content.save_year_content(session, year, content)
                return []
            return year_content.save_year_content_over(session, year, content, base)

    def frameworks(self) -> list[Framework]:
        from itadesk.storage.data.frameworks import list_frameworks

        with self.db.reading() as connection:
            return list_frameworks(connection)

    def save_framework(self, framework: Framework) -> None:
        from itadesk.storage.data.frameworks import save_framework

        with self.db.session() as session:
            save_framework(session, framework)

    def delete_framework(self, year: int) -> bool:
        from itadesk.storage.data.frameworks import delete_framework

        with self.db.session() as session:
            return delete_framework(session, year)

    def memos(self, year: int) -> list[Memo]:
        return self._read(loading.list_memos, year)

    def save_memo(self, year: int, memo: Memo) -> Memo:
        from itadesk.storage.data import memos

        with self.db.session() as session:
            return memos.save_memo(session, year, memo)

    def delete_memo(self, memo_id: str) -> None:
        from itadesk.storage.data import memos

        with self.db.session() as session:
            memos.delete_memo(session, memo_id)

    def dataset(self, year: int | None = None) -> Dataset:
        return self._read(loading.load_dataset, year)

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        from itadesk.storage.importing.plan import plan_import

        with self.db.session() as session:
            return plan_import(session, dataset, choices)

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> str:
        from itadesk.storage.importing.run import import_dataset

        with self.db.session() as session:
            return import_dataset(session, dataset, choices).thai_text()

    def backup(self, path: Path) -> None:
        from itadesk.storage.lifecycle import backup

        backup.backup(self.db, path)

    def restore(self, path: Path) -> Path | None:
        from itadesk.storage.lifecycle import backup

        return backup.restore(self.db, path)

    def warm_up(self) -> None:
        from sqlalchemy.orm import configure_mappers

        # Loaded now for the first change.
        from itadesk.storage.data import measures, memos, office, year_content, years  # noqa: F401

        configure_mappers()
