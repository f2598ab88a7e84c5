"""The `Desk` over the database: each call is one unit of work through the storage services.

Reads go through `storage.loading` on a plain read-only connection; only writing loads the ORM and the
services. The window's first paint reads, so it starts without them (~0.2 s); `warm_up()` loads them in the
background afterwards, before the first edit needs them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.domain.model import Dataset, FiscalYear, ItaResult, Measure, Memo, Organization, Person, Unit
from itadesk.domain.status import Status
from itadesk.storage import loading

if TYPE_CHECKING:
    from itadesk.storage.database import Database


class StorageDesk:
    def __init__(self, db: Database, *, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only

    def organization(self) -> Organization | None:
        with self.db.reading() as connection:
            return loading.read_organization(connection)

    def units(self) -> list[Unit]:
        with self.db.reading() as connection:
            return loading.read_units(connection)

    def people(self) -> list[Person]:
        with self.db.reading() as connection:
            return loading.read_people(connection)

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None:
        from itadesk.storage import office

        with self.db.session() as session:
            office.save_setup(session, organization, units, people)

    def years(self) -> list[int]:
        with self.db.reading() as connection:
            return loading.list_years(connection)

    def measures(self, year: int) -> list[Measure]:
        found = self._year(year)
        return found.measures if found is not None else []

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        from itadesk.storage import measures

        with self.db.session() as session:
            return measures.add_measure(session, year, measure, position)

    def save_measure(self, year: int, measure: Measure) -> None:
        from itadesk.storage import measures

        with self.db.session() as session:
            measures.save_measure(session, measure, year)

    def delete_measure(self, measure_id: str) -> None:
        from itadesk.storage import measures

        with self.db.session() as session:
            measures.delete_measure(session, measure_id)

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> None:
        from itadesk.storage import measures

        with self.db.session() as session:
            measures.set_status(session, measure_id, status, day, note)

    def start_next_year(self, from_year: int) -> int:
        from itadesk.storage import years

        with self.db.session() as session:
            return years.start_next_year(session, from_year)

    def ita_result(self, year: int) -> ItaResult | None:
        found = self._year(year)
        return found.ita_result if found is not None else None

    def save_ita_result(self, year: int, result: ItaResult | None) -> None:
        from itadesk.storage import years

        with self.db.session() as session:
            years.save_ita_result(session, year, result)

    def memos(self, year: int) -> list[Memo]:
        found = self._year(year)
        return found.memos if found is not None else []

    def save_memo(self, year: int, memo: Memo) -> Memo:
        from itadesk.storage import memos

        with self.db.session() as session:
            return memos.save_memo(session, year, memo)

    def delete_memo(self, memo_id: str) -> None:
        from itadesk.storage import memos

        with self.db.session() as session:
            memos.delete_memo(session, memo_id)

    def dataset(self, year: int | None = None) -> Dataset:
        with self.db.reading() as connection:
            return loading.load_dataset(connection, year)

    def _year(self, year: int) -> FiscalYear | None:
        with self.db.reading() as connection:
            return loading.read_year(connection, year)

    def import_dataset(self, dataset: Dataset) -> str:
        from itadesk.storage.importing import import_dataset

        with self.db.session() as session:
            return import_dataset(session, dataset).thai_text()

    def backup(self, path: Path) -> None:
        from itadesk.storage import backup

        backup.backup(self.db, path)

    def restore(self, path: Path) -> Path | None:
        from itadesk.storage import backup

        return backup.restore(self.db, path)

    def warm_up(self) -> None:
        from sqlalchemy.orm import configure_mappers

        from itadesk.storage import measures, memos, office, years  # noqa: F401  (loaded for the first change)

        configure_mappers()
