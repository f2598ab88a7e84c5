"""Reading a Word document's measure tables: what was found (for --dry-run and the window), then records.

`read_word_file(path)` finds the measure tables and guesses their columns; the caller may correct a table's
columns (`WordDocument.with_columns`) before `word_dataset` turns the rows into a `Dataset` of one fiscal
year that storage imports like any other (all or nothing; measures matched by title, so the same file
imported twice updates them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from itadesk.domain.model import Dataset, FiscalYear, Measure
from itadesk.exchange.word.columns import Column
from itadesk.exchange.word.docx_tables import read_tables
from itadesk.exchange.word.errors import WordImportError
from itadesk.exchange.word.measures import read_measures
from itadesk.exchange.word.tables import FoundTable, find_tables

MAX_MEASURES = 2000  # an office's plan is 10–30; a file with more is not a plan


@dataclass(frozen=True, slots=True)
class WordDocument:
    name: str
    tables: tuple[FoundTable, ...]
    other_tables: int  # tables that hold no measures (a signature table, a score table)

    def with_columns(self, place: int, columns: list[Column]) -> WordDocument:
        """The document with table `place`'s columns as the user chose them (and the tables continuing it)."""
        changed: list[FoundTable] = []
        follow = False
        for table in self.tables:
            if table.place == place or (follow and table.continues):
                changed.append(replace(table, columns=list(columns)))
                follow = True
            else:
                changed.append(table)
                follow = False
        return replace(self, tables=tuple(changed))

    def measures(self, units: list[str]) -> list[Measure]:
        return read_measures(list(self.tables), units)


def read_word_file(path: str | Path) -> WordDocument:
    """The measure tables of a .docx file; `WordImportError` (Thai, says what to do) when it has none."""
    path = Path(path)
    raw = read_tables(path)
    found = find_tables(raw)
    if not found:
        where = f"มีตาราง {len(raw)} ตาราง แต่ไม่มีตารางใดมีหัวตารางของมาตรการ" if raw else "ไม่มีตารางเลย"
        raise WordImportError(
            f"ไม่พบตารางมาตรการใน {path.name}: {where}"
            " ตารางมาตรการต้องมีแถวหัวตาราง เช่น มาตรการ/แนวทาง | ขั้นตอน/วิธีการดำเนินการ | ผู้รับผิดชอบ"
            " | ระยะเวลาดำเนินการ ให้เพิ่มแถวหัวตารางในเอกสาร แล้วนำเข้าอีกครั้ง"
        )
    return WordDocument(path.name, tuple(found), len(raw) - len(found))


def word_dataset(document: WordDocument, fiscal_year: int, units: list[str]) -> Dataset:
    """The year's measures read from `document`, for storage's import (units matched to `units`)."""
    measures = document.measures(units)
    if not measures:
        raise WordImportError(
            f"ตารางมาตรการใน {document.name} ไม่มีมาตรการ (ช่องมาตรการว่างทุกแถว)"
            " ตรวจว่าเลือกคอลัมน์ของชื่อมาตรการถูกต้อง แล้วนำเข้าอีกครั้ง"
        )
    if len(measures) > MAX_MEASURES:
        raise WordImportError(
            f"{document.name} มีมาตรการ {len(measures)} รายการ เกินกว่า {MAX_MEASURES} รายการที่นำเข้าได้ครั้งเดียว"
            " ให้แบ่งเอกสารเป็นหลายไฟล์ แล้วนำเข้าทีละไฟล์"
        )
    return Dataset(years=[FiscalYear(fiscal_year, measures=measures)])
