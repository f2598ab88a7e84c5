"""The `Desk` over the database: each call is one unit of work through the storage services."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.domain.model import Dataset, ItaResult, Measure, Memo, Organization, Person, Unit
from itadesk.domain.status import Status
from itadesk.storage import loading, measures, memos, office, years

if TYPE_CHECKING:
    from itadesk.storage.database import Database


class StorageDesk:
    def __init__(self, db: Database, *, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only

    def organization(self) -> Organization | None:
        with self.db.session(read_only=True) as session:
            return office.get_organization(session)

    def units(self) -> list[Unit]:
        with self.db.session(read_only=True) as session:
            return office.list_units(session)

    def people(self) -> list[Person]:
        with self.db.session(read_only=True) as session:
            return office.list_people(session)

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None:
        with self.db.session() as session:
            office.save_setup(session, organization, units, people)

    def years(self) -> list[int]:
        with self.db.session(read_only=True) as session:
            return loading.list_years(session)

    def measures(self, year: int) -> list[Measure]:
        with self.db.session(read_only=True) as session:
            return measures.list_measures(session, year)

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        with self.db.session() as session:
            return measures.add_measure(session, year, measure, position)

    def save_measure(self, year: int, measure: Measure) -> None:
        with self.db.session() as session:
            measures.save_measure(session, measure, year)

    def delete_measure(self, measure_id: str) -> None:
        with self.db.session() as session:
            measures.delete_measure(session, measure_id)

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> None:
        with self.db.session() as session:
            measures.set_status(session, measure_id, status, day, note)

    def start_next_year(self, from_year: int) -> int:
        with self.db.session() as session:
            return years.start_next_year(session, from_year)

    def ita_result(self, year: int) -> ItaResult | None:
        with self.db.session(read_only=True) as session:
            return years.get_ita_result(session, year)

    def save_ita_result(self, year: int, result: ItaResult | None) -> None:
        with self.db.session() as session:
            years.save_ita_result(session, year, result)

    def memos(self, year: int) -> list[Memo]:
        with self.db.session(read_only=True) as session:
            return memos.list_memos(session, year)

    def save_memo(self, year: int, memo: Memo) -> Memo:
        with self.db.session() as session:
            return memos.save_memo(session, year, memo)

    def delete_memo(self, memo_id: str) -> None:
        with self.db.session() as session:
            memos.delete_memo(session, memo_id)

    def dataset(self, year: int | None = None) -> Dataset:
        with self.db.session(read_only=True) as session:
            return loading.load_dataset(session, year)

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
