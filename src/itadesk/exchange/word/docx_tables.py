"""The tables of a .docx file as rows of cells of paragraphs, read defensively.

A cell is the list of its paragraphs' texts (a line break inside a paragraph starts a new one), each as every
input stores text (`rules.normalise_text`). All of a paragraph's text is read, in the order Word shows it:
runs inside links, tracked insertions, content controls and fields too; deleted text and field codes not.
A cell that spans columns appears once per column it covers, so every row is as wide as the table's grid; a
cell merged down from the row above carries the text of the cell it continues (a responsible unit written
once for three measures belongs to all three). A row that is one cell across the whole table is marked
`across`: offices use it as the heading of the measures below it.

Before anything is parsed: an old binary .doc, something that is not a zip, a file too big, or a zip whose
parts would unpack to more than we read are refused with a message saying what to do. Then only the main
document part is parsed (lxml, once), and each table walked once. Before a table's
rows and spans are expanded, their number is bounded (MAX_ROWS, MAX_COLUMNS): a few bytes of XML can ask for
ten million columns. A cell whose text refers to an XML entity (which Word never writes) is refused, naming
the cell, rather than read without the text after it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itadesk.domain.rules import normalise_text
from itadesk.exchange.word.errors import WordImportError

# A plan of 30 measures is some tens of kilobytes; pictures pasted in make a .docx a few megabytes.
MAX_FILE_BYTES = 50 * 1024 * 1024
# What the file's parts may unpack to (a zip bomb is tiny on disk and unpacks to gigabytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the signature of Word 97–2003 .doc (and other Office files)

# Word's own limit of a table's columns (Microsoft's "Operating parameter limitations" of Word, KB Q168804:
# "Number of columns in a table 63"); a cell spanning more, or a row wider, is not a table Word made.
MAX_COLUMNS = 63
# Rows of all the document's tables together: a plan of 30 measures has some hundred; MAX_MEASURES (2000)
# measures of several rows each fit.
MAX_ROWS = 20_000

_SPACES = re.compile(r"[ \t]+")


@dataclass(slots=True)
class RawRow:
    cells: list[list[str]]
    across: bool = False  # one cell over the whole row: a group heading
    merged_down: frozenset[int] = frozenset()  # columns whose cell continues the one above
    number: int = 0  # the row's place in its Word table (1 = the first row), for messages

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
    """A line of a cell as every input stores it (`rules.normalise_text`: zero-width characters and soft
    hyphens out, odd spaces plain, ํา → ำ, vowels in order), spaces not doubled. Bidirectional marks and
    control characters stay, for the import to refuse with the cell's place."""
    return _SPACES.sub(" ", normalise_text(text, single_line=True)).strip()


def cell_place(table: int, row: int, column: int | None = None) -> str:
    """Where a cell is, as a message says it: "ตารางที่ 2 แถวที่ 5 คอลัมน์ที่ 3"."""
    where = f"ตารางที่ {table} แถวที่ {row}"
    return where if column is None else f"{where} คอลัมน์ที่ {column}"


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
    """Every top-level table of the document, in order (tables inside cells are read as their cell's text).

    The document's XML is parsed once (lxml, entities left unresolved, no DTD or network) and each table
    walked once: rows counted, then every row, cell and paragraph read in one visit of each element.
    """
    check_file(path)
    body = _document_body(path)
    tables = [child for child in body if child.tag == _TBL]
    rows = sum(len(_children(tbl, _TR)) for tbl in tables)
    if rows > MAX_ROWS:
        raise WordImportError(
            f"{path.name} มีแถวในตารางรวม {rows:,} แถว เกินกว่า {MAX_ROWS:,} แถวที่นำเข้าได้"
            " ให้คัดลอกเฉพาะตารางมาตรการไปไว้ในเอกสารใหม่ แล้วนำเข้าไฟล์นั้น"
        )
    return [_table(place, tbl) for place, tbl in enumerate(tables, start=1)]


_PACKAGE_RELATIONS = "_rels/.rels"
_MAIN_DOCUMENT = "word/document.xml"  # where Word puts it; the package's relationships say for sure
_OFFICE_DOCUMENT = "/officeDocument"  # the end of the main document relationship's type (both OOXML flavours)
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _document_body(path: Path) -> Any:
    """The main document part's w:body, parsed as python-docx parses it (entities unresolved, blank text
    between elements dropped), and never with a DTD or the network."""
    from lxml import etree

    def unopenable(why: str) -> WordImportError:
        return WordImportError(
            f"{path.name} เปิดเป็นเอกสาร Word ไม่ได้ ({why}) ไฟล์อาจเสียหาย ให้เปิดใน Word แล้วบันทึกเป็น .docx อีกครั้ง"
        )

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, load_dtd=False, no_network=True)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            part = _MAIN_DOCUMENT
            if _PACKAGE_RELATIONS in names:
                relations = etree.fromstring(archive.read(_PACKAGE_RELATIONS), parser)
                for relation in relations.iter(_RELATIONSHIP):
                    if (relation.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                        part = (relation.get("Target") or "").lstrip("/")
                        break
            if part not in names:
                raise unopenable("ไม่มีส่วนเนื้อหาของเอกสาร")
            root = etree.fromstring(archive.read(part), parser)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise unopenable(type(error).__name__) from None
    except etree.XMLSyntaxError:
        raise WordImportError(
            f"{path.name} มีส่วนที่เสียหาย อ่านไม่ได้ ให้เปิดใน Word แล้วบันทึกเป็น .docx อีกครั้ง"
        ) from None
    body = root.find(_w("body"))
    if root.tag != _w("document") or body is None:
        raise unopenable("ไม่ใช่เนื้อหาของเอกสาร Word")
    return body


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


_TBL, _TR, _TC, _P, _T, _SYM = _w("tbl"), _w("tr"), _w("tc"), _w("p"), _w("t"), _w("sym")
# What a run shows as text besides w:t: a tab, a line break, a non-breaking hyphen.
_AS_TEXT = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Not shown: deleted or moved-away text (tracked changes), field codes, properties.
_SKIPPED = {_w(tag) for tag in ("del", "moveFrom", "instrText", "delText", "delInstrText", "pPr", "rPr")}
# Ticks inserted as symbols (Insert → Symbol) from Wingdings fonts: the character each draws.
_SYMBOL_TICKS = {
    ("wingdings", "F0FC"): "✓", ("wingdings", "F0FB"): "✗", ("wingdings", "F0FE"): "☑",
    ("wingdings", "F0FD"): "☒", ("wingdings 2", "F050"): "✓", ("wingdings 2", "F04F"): "✗",
    ("wingdings 2", "F052"): "☑", ("wingdings 2", "F053"): "☒",
}  # fmt: skip


def _symbol(sym: Any) -> str:
    """A w:sym as text: a Wingdings tick as the tick it draws, a plain character as itself; a picture of
    another symbol font (the private-use area) has no text."""
    font = (sym.get(_w("font")) or "").strip().lower()
    code = (sym.get(_w("char")) or "").strip().upper()
    if (font, code) in _SYMBOL_TICKS:
        return _SYMBOL_TICKS[font, code]
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= value <= 0xF8FF or value > 0x10FFFF else chr(value)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CELL_PROPERTIES = {_w("tcPr")}  # widths, spans, shading: no text


def _paragraphs(tc: Any, where: str) -> list[str]:
    """A cell's lines, in one walk of its elements: each paragraph's text in the order Word shows it, a
    paragraph nested in another (a text box) read on its own after the one holding it, the copy of a text
    box kept for older programs (mc:Fallback) not read twice."""
    texts: list[list[str]] = []  # each paragraph's pieces, in the order the paragraphs open

    def walk(element: Any, into: list[str] | None, in_fallback: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                if type(child).__name__ == "_Entity":  # lxml's node of an entity it did not resolve
                    raise WordImportError(
                        f"{where} มีการอ้างถึง ENTITY {child.text} ในข้อความ ซึ่ง Word ไม่ได้เขียนเอง"
                        " (ไฟล์ถูกแก้ด้วยโปรแกรมอื่น) ให้พิมพ์ข้อความในช่องนั้นใหม่ใน Word แล้วนำเข้าอีกครั้ง"
                    )
                continue  # a comment or a processing instruction
            if tag == _T:
                if into is not None:
                    into.append(child.text or "")
                if len(child):
                    walk(child, into, in_fallback)  # an entity inside the text: refused above
            elif tag == _P:
                if in_fallback:
                    walk(child, None, True)  # its text is not read; an entity in it is still refused
                    continue
                own: list[str] = []
                texts.append(own)
                walk(child, own, False)
            elif into is None:
                if tag not in _CELL_PROPERTIES:
                    walk(child, None, in_fallback or tag == _FALLBACK)
            elif tag in _AS_TEXT:
                into.append(_AS_TEXT[tag])
            elif tag == _SYM:
                into.append(_symbol(child))
            elif tag not in _SKIPPED:
                walk(child, into, in_fallback or tag == _FALLBACK)

    walk(tc, None, False)
    lines: list[str] = []
    for pieces in texts:
        for line in "".join(pieces).replace("\t", " ").split("\n"):
            line = clean(line)
            if line:
                lines.append(line)
    return lines


def _count(value: str | None, default: int) -> int | None:
    """A gridSpan's or gridBefore's number as written; None for something that is not a number."""
    if value is None:
        return default
    written = value.strip()
    if not written.isdigit() or len(written) > 9:
        return None if not written.isdigit() else MAX_COLUMNS + 1
    return int(written)


_WRAPPERS = {_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")}


def _children(element: Any, tag: str) -> list[Any]:
    """A table's rows or a row's cells: its own children, and those a content control (a repeating section)
    or custom XML wraps, which python-docx's own lists leave out."""
    found: list[Any] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _WRAPPERS:
            found.extend(_children(child, tag))
    return found


def _table(place: int, tbl: Any) -> RawTable:
    table = RawTable(place)
    above: dict[int, list[str]] = {}  # grid column -> the cell a vertically merged cell continues
    val = _w("val")
    for number, tr in enumerate(_children(tbl, _w("tr")), start=1):
        cells: list[list[str]] = []
        down: set[int] = set()
        tr_pr = tr.find(_w("trPr"))
        before_element = tr_pr.find(_w("gridBefore")) if tr_pr is not None else None
        before = _count(before_element.get(val) if before_element is not None else None, 0)
        _check_width(place, number, 1, before, 0)
        cells.extend([] for _ in range(before or 0))
        for tc in _children(tr, _w("tc")):
            tc_pr = tc.find(_w("tcPr"))
            span_element = tc_pr.find(_w("gridSpan")) if tc_pr is not None else None
            column = len(cells)
            span = _count(span_element.get(val) if span_element is not None else None, 1)
            _check_width(place, number, column + 1, span, column)
            span = max(span or 1, 1)
            merge_element = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
            merge = None if merge_element is None else (merge_element.get(val) or "continue")
            if merge == "continue":
                text = above.get(column, [])
                down.update(range(column, column + span))
            else:
                text = _paragraphs(tc, cell_place(place, number, column + 1))
                for offset in range(span):
                    above[column + offset] = text
            cells.extend(text for _ in range(span))
        table.rows.append(RawRow(cells, merged_down=frozenset(down), number=number))
    width = table.width
    for row in table.rows:
        row.cells.extend([] for _ in range(width - len(row.cells)))
        row.across = width > 1 and _one_cell_across(row.cells)
    return table


def _check_width(place: int, row: int, column: int, span: int | None, before: int) -> None:
    """Refuse, before anything is expanded, a cell spanning more columns than a Word table has."""
    where = cell_place(place, row, column)
    if span is None:
        raise WordImportError(
            f"{where} ระบุจำนวนคอลัมน์ที่ผสานไว้ผิดรูปแบบ (ไม่ใช่ตัวเลข) ไฟล์อาจเสียหาย"
            " ให้เปิดใน Word แล้วบันทึกเป็น .docx อีกครั้ง"
        )
    if before + span > MAX_COLUMNS:
        raise WordImportError(
            f"{where} ผสานช่องกว้าง {span:,} คอลัมน์ ทำให้แถวกว้างเกิน {MAX_COLUMNS} คอลัมน์ที่ตารางของ Word มีได้"
            " ไฟล์อาจเสียหายหรือถูกสร้างด้วยโปรแกรมอื่น ให้เปิดใน Word ตรวจตารางนั้น แล้วบันทึกเป็น .docx อีกครั้ง"
        )


def _one_cell_across(cells: list[list[str]]) -> bool:
    """One text over (nearly) the whole row: a single merged cell, an empty one at an end at most."""
    filled = [cell for cell in cells if cell]
    if not filled or any(cell is not filled[0] for cell in filled):
        return False
    return len(filled) >= max(2, len(cells) - 1)
