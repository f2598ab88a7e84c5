"""Word files made as offices make them, from the tables of the real examples (`../shared/examples/*.txt`).

The text extracted from a published PDF holds a table as lines of tab-separated cells, a cell's paragraphs as
`<p>…</p>` (or typed together in one), a table cut at each page with its header again. These become .docx
tables with python-docx in the shapes the real documents show:

- 000 (results): one Word table whose header row is repeated where the PDF's pages began;
- 001 (plan): one table per page, the second without its header; the row cut by a page is one row again
  (in Word a row split by a page stays one row), steps typed together "๑.… ๒.…" in one paragraph;
- 003 (progress): the "(๑)…(๕)" headers, a row merged across the table for each assessment part, the three
  tick columns, responsible units and results typed together in one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_P = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")
_NUMBERED = re.compile(r"^\s*[0-9๐-๙]{1,2}\s?\.")


@dataclass
class TxtTable:
    """A table of the extracted text: its header, its rows (cells of paragraphs), the heading above it."""

    header: list[str]
    rows: list[list[list[str]]] = field(default_factory=list)
    heading: str = ""
    own_header: bool = True  # False: the page's part of a table printed without its header again


def _cell(text: str) -> list[str]:
    paragraphs = _P.findall(text)
    if not paragraphs:
        paragraphs = [_TAG.sub(" ", text)]
    return [" ".join(p.split()) for p in paragraphs if p.strip()]


def txt_tables(path: Path) -> list[TxtTable]:
    """The tables of an example's text, in order; a plain line just above a table is its heading."""
    tables: list[TxtTable] = []
    last_text = ""
    current: TxtTable | None = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if "\t" not in line:
            if line.strip():
                last_text = line.strip()
            current = None  # a table ends at its page's end
            continue
        cells = line.split("\t")
        if current is None and ("<p>" in line or not tables or _NUMBERED.match(cells[0])) and tables:
            current = TxtTable(tables[-1].header, own_header=False)  # a page of the table above
            tables.append(current)
        if current is None:
            current = TxtTable([" ".join(_TAG.sub(" ", c).split()) for c in cells], heading=last_text)
            tables.append(current)
            last_text = ""
            continue
        current.rows.append([_cell(c) for c in cells])
    for table in tables:
        _join_rows_cut_by_a_page(table, tables)
    return tables


def _join_rows_cut_by_a_page(table: TxtTable, tables: list[TxtTable]) -> None:
    """A table whose first row starts unnumbered after numbered rows: the page cut the row above it."""
    index = tables.index(table)
    if index == 0 or not table.rows or not tables[index - 1].rows:
        return
    first, above = table.rows[0], tables[index - 1].rows[-1]
    if not first[0] or _NUMBERED.match(first[0][0]) or not _NUMBERED.match(above[0][0] if above[0] else ""):
        return
    for place, cell in enumerate(first):
        if len(cell) > 1 and _NUMBERED.match(cell[1]):  # the cut paragraph ends the cell above
            above[place][-1] = f"{above[place][-1]} {cell.pop(0)}"


def _repeat_as_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _fill(cell: Any, paragraphs: list[str]) -> None:
    cell.text = paragraphs[0] if paragraphs else ""
    for paragraph in paragraphs[1:]:
        cell.add_paragraph(paragraph)


def _add_table(document: Any, width: int) -> Any:
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    return table


def _add_row(table: Any, cells: list[list[str]]) -> None:
    row = table.add_row()
    for place, paragraphs in enumerate(cells[: len(row.cells)]):
        _fill(row.cells[place], paragraphs)


def _add_merged_row(table: Any, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text


def _add_header(table: Any, header: list[str], *, repeat: bool) -> None:
    row = table.add_row()
    for place, text in enumerate(header[: len(row.cells)]):
        row.cells[place].text = text
    if repeat:
        _repeat_as_header(row)


def write_example_docx(example: str, target: Path) -> Path:
    """The .docx of example `example` ("000", "001", "003") in the shape its real document has."""
    from tests.conftest import EXAMPLES

    tables = txt_tables(EXAMPLES / f"{example}.txt")
    document = docx.Document()
    document.add_paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    if example == "000":  # one table, its header again where each page began
        table = _add_table(document, len(tables[0].header))
        for index, part in enumerate(tables):
            _add_header(table, part.header, repeat=index == 0)
            for cells in part.rows:
                _add_row(table, cells)
    elif example == "003":  # a table per part, the part's name merged across its first row
        for part in tables:
            document.add_paragraph(part.heading)
            table = _add_table(document, len(part.header))
            _add_header(table, part.header, repeat=True)
            _add_merged_row(table, part.heading)
            for cells in part.rows:
                _add_row(table, cells)
    else:  # a table per page, each with its header (001's second table of results is prose in the text)
        for part in tables:
            table = _add_table(document, len(part.header))
            if part.own_header:
                _add_header(table, part.header, repeat=False)
            for cells in part.rows:
                if any(cells):
                    _add_row(table, cells)
            document.add_page_break()
    document.save(str(target))
    return target


def grid_span(cell: Any) -> int:
    """How many grid columns a cell covers (for tests that check a merge was written)."""
    span = cell._tc.tcPr.find(qn("w:gridSpan")) if cell._tc.tcPr is not None else None
    return int(span.get(qn("w:val"))) if span is not None else 1
