"""The tables of a .docx file as rows of cells of paragraphs, read defensively.

A cell is the list of its paragraphs' texts (a line break inside a paragraph starts a new one). A cell that
spans columns appears once per column it covers, so every row is as wide as the table's grid; a cell merged
down from the row above carries the text of the cell it continues (a responsible unit written once for three
measures belongs to all three). A row that is one cell across the whole table is marked `across`: offices use
it as the heading of the measures below it.

Before python-docx sees the file: an old binary .doc, something that is not a zip, a file too big, or a zip
whose parts would unpack to more than we read are refused with a message saying what to do.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itadesk.exchange.word.errors import WordImportError

# A plan of 30 measures is some tens of kilobytes; pictures pasted in make a .docx a few megabytes.
MAX_FILE_BYTES = 50 * 1024 * 1024
# What the file's parts may unpack to (a zip bomb is tiny on disk and unpacks to gigabytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the signature of Word 97–2003 .doc (and other Office files)

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u3000]+")


@dataclass(slots=True)
class RawRow:
    cells: list[list[str]]
    across: bool = False  # one cell over the whole row: a group heading
    merged_down: frozenset[int] = frozenset()  # columns whose cell continues the one above

    def texts(self) -> list[str]:
        return [" ".join(cell) for cell in self.cells]


@dataclass(slots=True)
class RawTable:
    """A table as it is in the file; `place` is its number in the document (1 = the first table)."""

    place: int
    rows: list[RawRow] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)


def clean(text: str) -> str:
    """What a user typed, without the invisible characters and doubled spaces Word leaves in Thai text."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def check_file(path: Path) -> None:
    """Refuse, before parsing, what is not a .docx this program can safely read."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise WordImportError(f"ไม่พบไฟล์ {name} ตรวจชื่อและโฟลเดอร์ของไฟล์อีกครั้ง") from None
    except OSError as error:
        raise WordImportError(f"เปิดไฟล์ {name} ไม่ได้ ({error.strerror or error})") from None
    if head.startswith(_OLE2):
        raise WordImportError(
            f"{name} เป็นไฟล์ Word แบบเก่า (.doc) ที่โปรแกรมอ่านไม่ได้"
            " ให้เปิดใน Word แล้วเลือก บันทึกเป็น (Save As) ชนิด เอกสาร Word (.docx) แล้วนำเข้าไฟล์ .docx นั้น"
        )
    if size > MAX_FILE_BYTES:
        raise WordImportError(
            f"{name} ใหญ่เกินไป ({size // (1024 * 1024)} MB เกินกว่า {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            " ให้ลบรูปภาพออกจากสำเนาของเอกสาร หรือคัดลอกเฉพาะตารางมาตรการไปไว้ในไฟล์ใหม่ แล้วนำเข้าไฟล์นั้น"
        )
    damaged = (
        f"{name} ไม่ใช่ไฟล์ Word (.docx) หรือไฟล์เสียหาย ให้เปิดไฟล์ใน Word แล้วบันทึกเป็น .docx อีกครั้ง หรือใช้สำเนาที่ยังเปิดได้"
    )
    if not zipfile.is_zipfile(path):
        raise WordImportError(damaged)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            if "word/document.xml" not in names and "[Content_Types].xml" not in names:
                raise WordImportError(damaged)
            if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
                raise WordImportError(
                    f"{name} ขยายออกแล้วใหญ่เกินกว่าที่โปรแกรมอ่านได้"
                    " ให้คัดลอกเฉพาะตารางมาตรการไปไว้ในเอกสารใหม่ แล้วนำเข้าไฟล์นั้น"
                )
    except zipfile.BadZipFile:
        raise WordImportError(damaged) from None


def read_tables(path: Path) -> list[RawTable]:
    """Every top-level table of the document, in order (tables inside cells are read as their cell's text)."""
    check_file(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as error:
        raise WordImportError(
            f"{path.name} เปิดเป็นเอกสาร Word ไม่ได้ ({type(error).__name__}) ไฟล์อาจเสียหาย"
            " ให้เปิดใน Word แล้วบันทึกเป็น .docx อีกครั้ง"
        ) from None
    except Exception as error:  # lxml's XMLSyntaxError and relatives: a part that is not XML
        if type(error).__module__.startswith("lxml"):
            raise WordImportError(
                f"{path.name} มีส่วนที่เสียหาย อ่านไม่ได้ ให้เปิดใน Word แล้วบันทึกเป็น .docx อีกครั้ง"
            ) from None
        raise
    return [_table(place, table._tbl) for place, table in enumerate(document.tables, start=1)]


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _paragraphs(tc: Any) -> list[str]:
    from docx.text.paragraph import Paragraph

    texts: list[str] = []
    for p in tc.iter(_w("p")):
        for line in Paragraph(p, None).text.replace("\t", " ").split("\n"):  # type: ignore[arg-type]
            line = clean(line)
            if line:
                texts.append(line)
    return texts


def _table(place: int, tbl: Any) -> RawTable:
    table = RawTable(place)
    above: dict[int, list[str]] = {}  # grid column -> the cell a vertically merged cell continues
    for tr in tbl.tr_lst:
        cells: list[list[str]] = []
        down: set[int] = set()
        tcs = list(tr.tc_lst)
        before = tr.grid_before
        cells.extend([] for _ in range(before))
        for tc in tcs:
            span = max(int(tc.grid_span or 1), 1)
            column = len(cells)
            merge = tc.vMerge
            if merge == "continue":
                text = above.get(column, [])
                down.update(range(column, column + span))
            else:
                text = _paragraphs(tc)
                for offset in range(span):
                    above[column + offset] = text
            cells.extend(text for _ in range(span))
        table.rows.append(RawRow(cells, merged_down=frozenset(down)))
    width = table.width
    for row in table.rows:
        row.cells.extend([] for _ in range(width - len(row.cells)))
        row.across = width > 1 and _one_cell_across(row.cells)
    return table


def _one_cell_across(cells: list[list[str]]) -> bool:
    """One text over (nearly) the whole row: a single merged cell, an empty one at an end at most."""
    filled = [cell for cell in cells if cell]
    if not filled or any(cell is not filled[0] for cell in filled):
        return False
    return len(filled) >= max(2, len(cells) - 1)
