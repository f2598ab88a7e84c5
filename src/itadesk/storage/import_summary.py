"""What an import did, per kind of record, for the command line and the window to tell in Thai."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS: tuple[str, ...] = ("organization", "units", "people", "years", "ita_results", "measures", "memos")
KIND_LABELS = {
    "organization": "ข้อมูลหน่วยงาน",
    "units": "ส่วนราชการ",
    "people": "บุคลากร",
    "years": "ปีงบประมาณ",
    "ita_results": "ผลการประเมิน ITA",
    "measures": "มาตรการ",
    "memos": "บันทึกข้อความ",
}


@dataclass(slots=True)
class KindCount:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(slots=True)
class ImportSummary:
    """How many records of each kind (`KINDS`) were added, updated, or found already the same."""

    counts: dict[str, KindCount] = field(default_factory=lambda: {kind: KindCount() for kind in KINDS})

    def __getitem__(self, kind: str) -> KindCount:
        return self.counts[kind]

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.counts.values())

    def thai_lines(self) -> list[str]:
        """One line per kind the file held, e.g. "มาตรการ: เพิ่ม 6 แก้ไข 0 เหมือนเดิม 4"."""
        return [
            f"{KIND_LABELS[kind]}: เพิ่ม {c.added} แก้ไข {c.updated} เหมือนเดิม {c.unchanged}"
            for kind, c in self.counts.items()
            if c.added or c.updated or c.unchanged
        ]

    def thai_text(self) -> str:
        lines = self.thai_lines()
        return "\n".join(lines) if lines else "ไม่มีข้อมูลให้นำเข้า"
