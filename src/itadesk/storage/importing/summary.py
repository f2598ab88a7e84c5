"""What an import did, or would do, per kind of record, for the command line and window to tell in Thai."""

from __future__ import annotations

from dataclasses import dataclass, field

from itadesk.domain.status import Status
from itadesk.storage.importing.choices import FieldDifference

KINDS: tuple[str, ...] = (
    "organization", "units", "people", "years", "ita_results", "measures", "memos", "frameworks",
)  # fmt: skip
KIND_LABELS = {
    "organization": "ข้อมูลหน่วยงาน",
    "units": "ส่วนราชการ",
    "people": "บุคลากร",
    "years": "ปีงบประมาณ",
    "ita_results": "ผลการประเมิน ITA",
    "measures": "มาตรการ",
    "memos": "บันทึกข้อความ",
    "frameworks": "กรอบการประเมิน ITA ของหน่วยงาน",
}


@dataclass(slots=True)
class KindCount:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0  # only when a year is replaced


@dataclass(frozen=True, slots=True)
class StatusGoingBack:
    """A stored measure whose status the file has further back (e.g. ดำเนินการแล้ว -> ยังไม่ดำเนินการ)."""

    fiscal_year: int
    measure_id: str
    number: str | None
    title: str
    stored: Status
    given: Status


@dataclass(frozen=True, slots=True)
class MovedToAnotherYear:
    """A stored record the file puts in another fiscal year (matched by its id): its old year's documents
    no longer list it, so the clerk is told."""

    kind: str  # "measures" or "memos"
    record_id: str
    title: str
    from_year: int
    to_year: int


@dataclass(slots=True)
class ImportSummary:
    """How many records of each kind (`KINDS`) were added, updated, found the same or removed; and what the
    user was asked about: the organisation's differing fields, the statuses going back, the years already
    stored (each of the file's years that the database has)."""

    counts: dict[str, KindCount] = field(default_factory=lambda: {kind: KindCount() for kind in KINDS})
    office_differences: list[FieldDifference] = field(default_factory=list)
    statuses_going_back: list[StatusGoingBack] = field(default_factory=list)
    existing_years: list[int] = field(default_factory=list)
    moved: list[MovedToAnotherYear] = field(default_factory=list)

    def __getitem__(self, kind: str) -> KindCount:
        return self.counts[kind]

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated or c.removed for c in self.counts.values())

    @property
    def touches_stored_data(self) -> bool:
        """The database already holds some of what the file holds (so the user is asked before importing)."""
        return bool(self.office_differences or self.existing_years or self.moved) or any(
            c.updated or c.unchanged or c.removed for c in self.counts.values()
        )

    def thai_lines(self) -> list[str]:
        """One line per kind the file held, e.g. "มาตรการ: เพิ่ม 6 แก้ไข 0 เหมือนเดิม 4", then each record
        the file moves from one fiscal year to another."""
        lines = [
            f"{KIND_LABELS[kind]}: เพิ่ม {c.added} แก้ไข {c.updated} เหมือนเดิม {c.unchanged}"
            + (f" ลบ {c.removed}" if c.removed else "")
            for kind, c in self.counts.items()
            if c.added or c.updated or c.unchanged or c.removed
        ]
        if self.moved:
            lines.append(f"ย้ายไปอยู่ปีงบประมาณอื่นตามไฟล์ {len(self.moved)} รายการ (ปีเดิมจะไม่มีรายการนี้แล้ว):")
            lines += [
                f"  {KIND_LABELS[m.kind]} {m.record_id} {m.title[:60]}: ปี {m.from_year} -> ปี {m.to_year}"
                for m in self.moved
            ]
        return lines

    def thai_text(self) -> str:
        lines = self.thai_lines()
        return "\n".join(lines) if lines else "ไม่มีข้อมูลให้นำเข้า"
