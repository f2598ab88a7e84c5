"""What was found in a Word file, told in Thai: its measure tables with the column each header became, then
the measures with how many steps, units and results each holds (for --dry-run and the window)."""

from __future__ import annotations

from dataclasses import dataclass

from itadesk.domain.model import Measure
from itadesk.exchange.word.columns import LABELS
from itadesk.exchange.word.reader import WordDocument

_SHORT_TITLE = 60


@dataclass(frozen=True, slots=True)
class FoundCounts:
    measures: int
    steps: int
    responsible: int
    results: int
    headings: int

    @classmethod
    def of(cls, measures: list[Measure]) -> FoundCounts:
        return cls(
            len(measures),
            sum(len(m.steps) for m in measures),
            sum(len(m.responsible) for m in measures),
            sum(len(m.results) for m in measures),
            len({m.section for m in measures if m.section}),
        )

    def thai(self) -> str:
        return (
            f"มาตรการ {self.measures} รายการ ขั้นตอน {self.steps} ผู้รับผิดชอบ {self.responsible}"
            f" ผลการดำเนินการ {self.results} หัวข้อกลุ่ม {self.headings}"
        )


def table_lines(document: WordDocument) -> list[str]:
    lines: list[str] = []
    shown: list[str] | None = None
    for table in document.tables:
        kept = "ต่อจากตารางก่อนหน้า ไม่มีหัวตารางของตัวเอง" if table.continues else f"{len(table.rows)} แถว"
        named = [LABELS[column] for column in table.columns]
        if named == shown:  # the same columns as the table above: said once
            lines.append(f"ตารางที่ {table.place} ({kept}): คอลัมน์เหมือนตารางก่อนหน้า")
            continue
        shown = named
        lines.append(f"ตารางที่ {table.place} ({kept}):")
        for header, column in zip(table.headers, table.columns, strict=True):
            lines.append(f"  {header or '(ไม่มีหัวคอลัมน์)'} -> {LABELS[column]}")
    if document.other_tables:
        lines.append(f"ตารางอื่นที่ไม่ใช่ตารางมาตรการ {document.other_tables} ตาราง (ไม่นำเข้า)")
    return lines


def measure_lines(measures: list[Measure]) -> list[str]:
    lines = [FoundCounts.of(measures).thai()]
    for measure in measures:
        title = measure.title.replace("\n", " ")
        if len(title) > _SHORT_TITLE:
            title = title[: _SHORT_TITLE - 1] + "…"
        number = f"{measure.number} " if measure.number else ""
        lines.append(
            f"  {number}{title} [ขั้นตอน {len(measure.steps)} ผู้รับผิดชอบ {len(measure.responsible)}"
            f" ผล {len(measure.results)} สถานะ {measure.status.label}]"
        )
    return lines
