"""The `Desk` the window uses: every write runs on the window's database thread (`DeskWork`), in order.

A write from the GUI thread waits for its answer in an event loop that keeps the window painting and its
timers running (a stalled server or a locked file is said in the window, never a frozen one), while the
user's input is held back until the answer comes: a dialog's save is never asked twice, and what the user
typed meanwhile arrives afterwards. What the window follows by itself (statuses, typing, the reloads after
a change, the change counter) does not wait at all: `YearSession` and `ChangeWatch` hand those to
`DeskWork.submit` on the wrapped desk (`inner`). A dialog's reads (the lists it opens with) are answered at
once on the GUI thread, as before: SQLite readers never wait for a writer (WAL), and a server that does not
answer is given up after the window's answer timeout (`WINDOW_WAITS`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from itadesk.domain.model import Dataset, ItaResult, Measure, Memo, Organization, Person, Unit, YearContent
from itadesk.domain.status import Status
from itadesk.ui.desk.desk import Desk, SavedFields

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.storage.importing.summary import ImportSummary
    from itadesk.ui.desk.desk_work import DeskWork


class QueuedDesk:
    def __init__(self, inner: Desk, work: DeskWork) -> None:
        self.inner = inner
        self.work = work

    @property
    def read_only(self) -> bool:
        return self.inner.read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self.inner.read_only = value

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)  # what the wrapped desk has beyond the protocol (`opened`, `db`)

    def warm_up(self) -> None:
        self.inner.warm_up()  # loads modules only, on a helper thread of its own

    def organization(self) -> Organization | None:
        return self.inner.organization()

    def units(self) -> list[Unit]:
        return self.inner.units()

    def people(self) -> list[Person]:
        return self.inner.people()

    def save_setup(self, organization: Organization, units: list[Unit], people: list[Person]) -> None:
        self.work.call(lambda: self.inner.save_setup(organization, units, people), doing="บันทึกข้อมูลหน่วยงาน")

    def years(self) -> list[int]:
        return self.inner.years()

    def measures(self, year: int) -> list[Measure]:
        return self.inner.measures(year)

    def add_measure(self, year: int, measure: Measure, position: int | None = None) -> Measure:
        return self.work.call(
            lambda: self.inner.add_measure(year, measure, position=position), doing="เพิ่มมาตรการ"
        )

    def save_measure(self, year: int, measure: Measure) -> None:
        self.work.call(lambda: self.inner.save_measure(year, measure), doing="บันทึกมาตรการ")

    def delete_measure(self, measure_id: str) -> None:
        self.work.call(lambda: self.inner.delete_measure(measure_id), doing="ลบมาตรการ")

    def update_measure(
        self, measure_id: str, changes: dict[str, Any], base: dict[str, Any], version: int
    ) -> SavedFields:
        return self.work.call(
            lambda: self.inner.update_measure(measure_id, changes, base, version), doing="บันทึกมาตรการ"
        )

    def set_status(self, measure_id: str, status: Status, day: date | None, note: str = "") -> Measure:
        return self.work.call(
            lambda: self.inner.set_status(measure_id, status, day, note=note), doing="บันทึกสถานะ"
        )

    def change_count(self) -> int:
        return self.inner.change_count()

    def start_next_year(self, from_year: int) -> int:
        return self.work.call(lambda: self.inner.start_next_year(from_year), doing="เริ่มปีงบประมาณถัดไป")

    def add_year(self, year: int) -> None:
        self.work.call(lambda: self.inner.add_year(year), doing="เพิ่มปีงบประมาณ")

    def ita_result(self, year: int) -> ItaResult | None:
        return self.inner.ita_result(year)

    def save_ita_result(self, year: int, result: ItaResult | None) -> None:
        self.work.call(lambda: self.inner.save_ita_result(year, result), doing="บันทึกผลการประเมิน ITA")

    def year_content(self, year: int) -> YearContent:
        return self.inner.year_content(year)

    def save_year_content(
        self, year: int, content: YearContent, base: YearContent | None = None
    ) -> list[str]:
        return self.work.call(
            lambda: self.inner.save_year_content(year, content, base=base), doing="บันทึกเนื้อหาเอกสารของปี"
        )

    def frameworks(self) -> list[Framework]:
        return self.inner.frameworks()

    def save_framework(self, framework: Framework) -> None:
        self.work.call(lambda: self.inner.save_framework(framework), doing="บันทึกกรอบการประเมิน")

    def delete_framework(self, year: int) -> bool:
        return self.work.call(
            lambda: self.inner.delete_framework(year), doing="กลับไปใช้กรอบการประเมินของโปรแกรม"
        )

    def memos(self, year: int) -> list[Memo]:
        return self.inner.memos(year)

    def save_memo(self, year: int, memo: Memo) -> Memo:
        return self.work.call(lambda: self.inner.save_memo(year, memo), doing="บันทึกบันทึกข้อความ")

    def delete_memo(self, memo_id: str) -> None:
        self.work.call(lambda: self.inner.delete_memo(memo_id), doing="ลบบันทึกข้อความ")

    def dataset(self, year: int | None = None) -> Dataset:
        return self.inner.dataset(year=year)

    def plan_import(self, dataset: Dataset, choices: ImportChoices) -> ImportSummary:
        return self.work.call(lambda: self.inner.plan_import(dataset, choices), doing="ตรวจสิ่งที่จะนำเข้า")

    def import_dataset(self, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
        return self.work.call(lambda: self.inner.import_dataset(dataset, choices=choices), doing="นำเข้าข้อมูล")

    def backup(self, path: Path) -> Path:
        return self.work.call(lambda: self.inner.backup(path), doing="สำรองข้อมูล")

    def restore(self, path: Path) -> Path | None:
        return self.work.call(lambda: self.inner.restore(path), doing="กู้คืนข้อมูล")
