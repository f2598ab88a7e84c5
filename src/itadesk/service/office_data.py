"""The office's data as the window and the command line read and change it: one use case per method.

Each method is one unit of work: what only reads runs on one read-only connection (`Database.reading`,
through `storage.data.loading`, without the ORM: the window paints its first table and `itadesk print`
reads a year in ~0.2 s), what writes runs in one session (`Database.session`: committed whole or not at
all). The ORM and the record-by-record services load with the first write, or in the background with
`warm_up()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from itadesk.domain.model import Dataset, ItaResult, Measure, Memo, Organization, Person, Unit, YearContent
from itadesk.domain.status import Status
from itadesk.service.results import SavedFields, StatusChanged
from itadesk.storage.data import loading
from itadesk.storage.lifecycle.changes import change_count

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary
    from itadesk.storage.lifecycle.database import Database, ServerWaits

_T = TypeVar("_T")


class OfficeData:
    """One database's data. `read_only`: the window may only look (another window has it, or it is
    damaged)."""

    def __init__(self, db: Database, *, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only

    @classmethod
    def open(
        cls,
        url_or_path: str | None = None,
        *,
        reading: bool = False,
        thorough: bool = False,
        migrate: bool = True,
        password: str | None = None,
        waits: ServerWaits | None = None,
    ) -> OfficeData:
        """Open (create, upgrade) the database: `url_or_path`, else ITADESK_DB, else the default file.

        `thorough` runs integrity_check first (a few ms for an office; what a command does): a damaged
        database is refused before anything reads, writes or backs it up. `reading`: for what only reads; a
        database this user may not write is then opened read-only (`db.read_only_reason` says why) instead
        of refused.
        """
        from itadesk.storage.lifecycle.database import COMMAND_WAITS, Database

        db = Database.open(
            url_or_path,
            migrate=migrate,
            thorough=thorough,
            password=password,
            reading=reading,
            waits=waits or COMMAND_WAITS,
        )
        return cls(db, read_only=bool(db.read_only_reason))

    def close(self) -> None:
        """Close every connection (at the end of a command, or when the window closes)."""
        self.db.dispose()

    def __enter__(self) -> OfficeData:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _read(self, read: Callable[..., _T], *args: object) -> _T:
        with self.db.reading() as connection:
            return read(connection, *args)

    # -- the office ------------------------------------------------------------------------------
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

    # -- years -----------------------------------------------------------------------------------
    def years(self) -> list[int]:
        return self._read(loading.list_years)

    def add_year(self, year: int) -> None:
        """Store an empty fiscal year (nothing happens when it is there already)."""
        from itadesk.storage.data import years

        with self.db.session() as session:
            years.add_year(session, year)

    def start_next_year(self, from_year: int) -> int:
        """Copy a year's measures into the next fiscal year (statuses reset); returns the new year."""
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
        """The office's own content of the year's documents (all defaults when it wrote none)."""
        return self._read(loading.get_year_content, year)

    def save_year_content(
        self, year: int, content: YearContent, base: YearContent | None = None
    ) -> list[str]:
        """Store the year's content. With `base` (the content as the user opened it) only the fields the user
        changed are written and what another program or PC wrote meanwhile to the others stays; returns the
        fields both changed ("plan.title"), where the user's value was written. Without it, all of it."""
        from itadesk.storage.data import year_content

        with self.db.session() as session:
            if base is None:
                year_content.save_year_content(session, year, content)
                return []
            return year_content.save_year_content_over(session, year, content, base)

    # -- measures --------------------------------------------------------------------------------
    def measures(self, year: int) -> list[Measure]:
        return self._read(loading.list_measures, year)

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        """Store a measure at the end, or at `position` among the year's; the returned copy has its id."""
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
        """Write only the fields in `changes` (the user's values); `base` holds the values they started from
        and `version` the measure's version then. What others changed meanwhile is kept."""
        from itadesk.storage.data import measures

        with self.db.session() as session:
            update = measures.update_measure(session, measure_id, changes, base, version)
        return SavedFields(update.measure, update.overwritten)

    def change_status(
        self, measure_id: str, status: Status, day: date | None, note: str = ""
    ) -> StatusChanged:
        """Give a measure a status, recorded at the end of its history with `day` and `note`. Without a day:
        today, or a day inside the measure's fiscal year when today is outside it (`status_day`), said why."""
        from itadesk.service.status_day import default_status_day
        from itadesk.storage.data import measures

        with self.db.session() as session:
            measure = measures.get_measure(session, measure_id)
            why = ""
            if day is None:
                day, why = default_status_day(measures.measure_year(session, measure_id), measure.end)
            stored = measures.set_status(session, measure_id, status, day, note)
            return StatusChanged(measure.status, stored, day, why)

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> Measure:
        """`change_status`, for who needs only the measure as stored now."""
        return self.change_status(measure_id, status, day, note).measure

    def change_count(self) -> int:
        """A number that moves on with every change anyone makes to the data (a tiny query: polled)."""
        return self._read(change_count)

    # -- frameworks ------------------------------------------------------------------------------
    def frameworks(self) -> list[Framework]:
        """The office's own ITA frameworks (one per assessment year), which win over the program's."""
        from itadesk.storage.data.frameworks import list_frameworks

        return self._read(list_frameworks)

    def save_framework(self, framework: Framework) -> None:
        from itadesk.storage.data.frameworks import save_framework

        with self.db.session() as session:
            save_framework(session, framework)

    def delete_framework(self, year: int) -> bool:
        """Back to the program's framework of `year`; False when the office had none of its own."""
        from itadesk.storage.data.frameworks import delete_framework

        with self.db.session() as session:
            return delete_framework(session, year)

    # -- memos -----------------------------------------------------------------------------------
    def memos(self, year: int) -> list[Memo]:
        return self._read(loading.list_memos, year)

    def save_memo(self, year: int, memo: Memo) -> Memo:
        """Store a memo (new or changed); the returned copy carries its id."""
        from itadesk.storage.data import memos

        with self.db.session() as session:
            return memos.save_memo(session, year, memo)

    def delete_memo(self, memo_id: str) -> None:
        from itadesk.storage.data import memos

        with self.db.session() as session:
            memos.delete_memo(session, memo_id)

    # -- whole datasets: printing, exporting, importing ------------------------------------------
    def dataset(self, year: int | None = None) -> Dataset:
        """Everything (or one fiscal year with the organisation, units and people) for printing or export."""
        return self._read(loading.load_dataset, year)

    def memo_dataset(self, memo_id: str) -> Dataset:
        """The fiscal year a memo belongs to (with the organisation, units and people): all a memo prints.
        When no memo has that id, everything, so that the refusal can name the memos there are."""
        with self.db.reading() as connection:
            return loading.load_dataset(connection, loading.memo_year(connection, memo_id))

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        """What importing with these choices would change, per kind of record; nothing is written."""
        from itadesk.storage.importing.plan import plan_import

        with self.db.session() as session:
            return plan_import(session, dataset, choices)

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
        """Import a file's records as the user chose, all or nothing (`OfficeDiffersError` when the
        organisation differs and nobody chose); what changed, per kind of record."""
        from itadesk.storage.importing.run import import_dataset

        with self.db.session() as session:
            return import_dataset(session, dataset, choices)

    # -- backups ---------------------------------------------------------------------------------
    def backup(self, path: Path) -> Path:
        """A consistent copy of the whole database in one SQLite file, even while another program writes;
        refused onto the database, its side files or a backup. Returns the path written."""
        from itadesk.storage.lifecycle import backup

        return backup.backup(self.db, path)

    def restore(self, path: Path) -> Path:
        """Replace everything with a backup in one step for other writers; returns where the data before it
        was kept."""
        from itadesk.storage.lifecycle import backup

        return backup.restore(self.db, path)

    def warm_up(self) -> None:
        """Load now (off the GUI thread) what the first change will need: the ORM and the services."""
        from sqlalchemy.orm import configure_mappers

        # Loaded now, for the first change.
        from itadesk.storage.data import measures, memos, office, year_content, years  # noqa: F401

        configure_mappers()
