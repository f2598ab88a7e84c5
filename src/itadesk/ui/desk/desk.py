"""What the window needs from the office's data, as one small interface over domain records.

The window never touches ORM rows: over a database this is the service layer's `OfficeData`
(`itadesk.service.office_data`), the same use cases the command line runs. The window's tests also have
`tests/ui/memory_desk.py`, a `Dataset` held in memory; it is a test double and is not shipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from itadesk.domain.model import Dataset, ItaResult, Measure, Memo, Organization, Person, Unit, YearContent
from itadesk.domain.status import Status
from itadesk.service.results import SavedFields

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary

__all__ = ["Desk", "SavedFields"]  # SavedFields is the service's; the window's code names it from here too


class Desk(Protocol):
    """The office's data as the window reads and changes it. Every call is one unit of work."""

    read_only: bool

    def organization(self) -> Organization | None: ...

    def units(self) -> list[Unit]: ...

    def people(self) -> list[Person]: ...

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None: ...

    def years(self) -> list[int]: ...

    def measures(self, year: int) -> list[Measure]: ...

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        """Store a measure at the end, or at `position` among the year's; the returned copy has its id."""
        ...

    def save_measure(self, year: int, measure: Measure) -> None: ...

    def delete_measure(self, measure_id: str) -> None: ...

    def update_measure(
        self, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
    ) -> SavedFields:
        """Write only the fields in `changes` (the user's values); `base` holds the values they started from
        and `version` the measure's version then. What others changed meanwhile is kept."""
        ...

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> Measure:
        """Change a measure's status, adding to its history; returns the measure as stored now."""
        ...

    def change_count(self) -> int:
        """A number that moves on with every change anyone makes to the data (a tiny query: polled)."""
        ...

    def start_next_year(self, from_year: int) -> int:
        """Copy a year's measures into the next fiscal year (statuses reset); returns the new year."""
        ...

    def add_year(self, year: int) -> None:
        """Store an empty fiscal year (nothing happens when it is there already)."""
        ...

    def ita_result(self, year: int) -> ItaResult | None: ...

    def save_ita_result(self, year: int, result: ItaResult | None) -> None: ...

    def year_content(self, year: int) -> YearContent:
        """The office's own content of the year's documents (all defaults when it wrote none)."""
        ...

    def save_year_content(
        self, year: int, content: YearContent, base: YearContent | None = None
    ) -> list[str]:
        """Store the year's content. With `base` (the content as the user opened it) only the fields the user
        changed are written and what another program or PC wrote meanwhile to the others stays; returns the
        fields both changed ("plan.title"), where the user's value was written. Without it, all of it."""
        ...

    def frameworks(self) -> list[Framework]:
        """The office's own ITA frameworks (one per assessment year), which win over the program's."""
        ...

    def save_framework(self, framework: Framework) -> None: ...

    def delete_framework(self, year: int) -> bool:
        """Back to the program's framework of `year`; False when the office had none of its own."""
        ...

    def memos(self, year: int) -> list[Memo]: ...

    def save_memo(self, year: int, memo: Memo) -> Memo:
        """Store a memo (new or changed); the returned copy carries its id."""
        ...

    def delete_memo(self, memo_id: str) -> None: ...

    def dataset(self, year: int | None = None) -> Dataset:
        """Everything (or one fiscal year with the organisation, units and people) for printing or export."""
        ...

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        """What importing with these choices would change, per kind of record; nothing is written."""
        ...

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
        """Import an exchange file's records as the user chose (`OfficeDiffersError` when the organisation
        differs and nobody chose); what changed (`thai_text()` says it in short)."""
        ...

    def backup(self, path: Path) -> Path:
        """A consistent copy of the whole database in one file; the path written."""
        ...

    def restore(self, path: Path) -> Path | None:
        """Replace everything with a backup; returns where the data before it was kept."""
        ...

    def warm_up(self) -> None:
        """Load now, off the GUI thread, what the first change will need (the window starts without it)."""
        ...
