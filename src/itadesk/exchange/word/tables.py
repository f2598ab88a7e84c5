"""Which of a document's tables hold measures, and what each of their columns became.

A measure table is found by its header row: at least two cells naming a measure's fields (`columns.classify`),
one of them the measure itself, and no cell that reads like a measure's text. A second header row under
it (the three status ticks under "สถานะการดำเนินการ") fills in the columns the first left open. A table
with no header right after a measure table of the same width continues it (a table cut at a page by hand).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from itadesk.exchange.word.columns import Column, classify, is_group_label
from itadesk.exchange.word.docx_tables import RawRow, RawTable
from itadesk.exchange.word.items import is_numbered

_HEADER_CELL_CHARS = 90  # "(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล" is 60
_LOOK_FOR_HEADER = 4  # rows at the top of a table that may hold its header (a title row above it)


@dataclass(slots=True)
class FoundTable:
    """A measure table: its place in the document, its columns' headers and guesses, its other rows."""

    place: int
    headers: list[str]
    columns: list[Column]
    rows: list[RawRow] = field(default_factory=list)
    continues: bool = False  # no header of its own: the columns of the table before it

    @property
    def width(self) -> int:
        return len(self.columns)


def header_columns(row: RawRow) -> list[Column | None] | None:
    """The columns a row names when it is a header row of a measure table, else None."""
    if row.across:
        return None
    seen: set[int] = set()
    found: list[Column | None] = []
    named = unnamed = 0
    for cell in row.cells:
        text = " ".join(cell)
        column = classify(text) if text else None
        found.append(column)
        if not text or id(cell) in seen:
            continue
        seen.add(id(cell))
        if len(text) > _HEADER_CELL_CHARS or is_numbered(text):
            return None
        if column is not None or is_group_label(text):
            named += 1
        else:
            unnamed += 1
    kinds = {c for c in found if c is not None}
    if len(kinds) < 2 or not kinds & {Column.TITLE, Column.INDICATOR} or unnamed > named // 2:
        return None
    return found


def _sub_header(row: RawRow) -> list[Column | None] | None:
    """A second header row: every filled cell names a column (the ticks under "สถานะ…")."""
    if row.across:
        return None
    found = [classify(" ".join(cell)) if cell else None for cell in row.cells]
    filled = [(cell, column) for cell, column in zip(row.cells, found, strict=True) if cell]
    if not filled or any(column is None for _, column in filled):
        return None
    return found


def find_tables(raw: list[RawTable]) -> list[FoundTable]:
    found: list[FoundTable] = []
    previous: FoundTable | None = None
    for table in raw:
        located = _located(table)
        if located is not None:
            found.append(located)
            previous = located
        elif previous is not None and table.width == previous.width and table.rows:
            # Directly after a measure table, as wide as it: the same table, cut by hand at a page.
            continued = FoundTable(
                table.place, previous.headers, previous.columns, list(table.rows), continues=True
            )
            found.append(continued)
            previous = continued
        else:
            previous = None
    return found


def _located(table: RawTable) -> FoundTable | None:
    for index, row in enumerate(table.rows[:_LOOK_FOR_HEADER]):
        columns = header_columns(row)
        if columns is None:
            continue
        headers = row.texts()
        rest = index + 1
        if rest < len(table.rows):
            below = _sub_header(table.rows[rest])
            if below is not None:
                for place, column in enumerate(below):
                    if column is not None and (columns[place] is None or columns[place] != column):
                        columns[place] = column
                        headers[place] = f"{headers[place]} {table.rows[rest].texts()[place]}".strip()
                rest += 1
        chosen = [column or Column.IGNORE for column in columns]
        above = [r for r in table.rows[:index] if r.across]  # a group heading typed above the header
        return FoundTable(table.place, headers, chosen, [*above, *table.rows[rest:]])
    return None
