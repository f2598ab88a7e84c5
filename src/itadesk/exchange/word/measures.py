"""A measure table's rows as `Measure` records, column by column as the user confirmed them.

- a row merged across the table is the heading (section) of the measures under it, and names their part
  when it says (IIT), (EIT) or (OIT);
- a header row repeated inside the table (on each page) is skipped;
- a row with no measure in its title cell (empty, or merged down from the row above) goes on with the
  measure above it: a measure spread over several rows;
- the title's leading "๑." is the measure's number; steps, results and responsible units are items
  (`items.item_lines`), steps and results without their "๑." or "-"; a step's dash sub-items stay in it;
- a tick ("/", "✓", "√", "x") in a status column is the status (the furthest one ticked);
- responsible units one per line, each matched to the office's unit of the same name ("กอง คลัง" is กองคลัง),
  a line naming several of them ("สำนักปลัด กองคลัง กองช่าง") giving each; anything else is kept as typed.

Every value obeys the rules of every other input (`domain/rules.py`): a cell holding a control character, a
bidirectional mark or override, or more text than its field takes is refused with the cell's place (table,
row, column and its header), and so is a measure whose rows together make a field too long. A date read
from a text outside the years the program accepts is left out; the text stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from itadesk.domain import rules
from itadesk.domain.model import Measure, ResultEntry
from itadesk.domain.status import Status
from itadesk.exchange.word.columns import LABELS, STATUS_COLUMNS, Column
from itadesk.exchange.word.docx_tables import RawRow, cell_place
from itadesk.exchange.word.errors import WordImportError
from itadesk.exchange.word.items import (
    is_numbered,
    item_lines,
    leading_number,
    numbered_items,
)
from itadesk.exchange.word.tables import FoundTable, header_columns
from itadesk.exchange.word.thai_dates import first_date, period_dates

TICKS = frozenset({"/", "✓", "√", "x", "X", "✔", "☑", "☒", "×", "✗", "✕"})
_STATUS = {
    Column.NOT_STARTED: Status.NOT_STARTED,
    Column.IN_PROGRESS: Status.IN_PROGRESS,
    Column.DONE: Status.DONE,
}
_PART = re.compile(r"\b(IIT|EIT|OIT)\b")
_UNIT_SEPARATORS = re.compile(r"[\s,]+")
# The most text one cell of a column may hold: its field's limit (a status tick's cell is short).
_CELL_LIMITS = {
    column: rules.MEASURE_TEXT_LIMITS.get(column.value, rules.MAX_LONG_TEXT_CHARS) for column in Column
} | {column: rules.MAX_SHORT_TEXT_CHARS for column in STATUS_COLUMNS}
# A measure's field and the column it is read from, for a message about a field as a whole.
_FIELD_COLUMNS = {
    "number": Column.NUMBER, "title": Column.TITLE, "indicator": Column.INDICATOR, "steps": Column.STEPS,
    "responsible": Column.RESPONSIBLE, "period": Column.PERIOD, "monitoring": Column.MONITORING,
    "reporting": Column.REPORTING, "outcome": Column.OUTCOME, "problems": Column.PROBLEMS,
    "suggestions": Column.SUGGESTIONS, "results": Column.RESULTS,
}  # fmt: skip


@dataclass(slots=True)
class _Pending:
    """What a measure's rows hold so far, column by column."""

    section: str
    part: str
    where: str  # the place of its first row ("ตารางที่ 1 แถวที่ 3")
    cells: dict[Column, list[str]] = field(default_factory=dict)
    places: dict[Column, str] = field(default_factory=dict)  # the first cell of each column, with its header

    def add(self, column: Column, paragraphs: list[str], place: str) -> None:
        self.cells.setdefault(column, []).extend(paragraphs)
        self.places.setdefault(column, place)


def read_measures(tables: list[FoundTable], units: list[str]) -> list[Measure]:
    """The measures of `tables` (in order), responsible units matched to `units` (the office's names)."""
    pending: list[_Pending] = []
    section = part = ""
    for table in tables:
        for row in table.rows:
            if row.across:
                section = " ".join(row.cells[0])
                _refuse_if_wrong(section, rules.MAX_LONG_TEXT_CHARS, f"{_place(table, row)} (หัวข้อกลุ่ม)")
                named = _PART.search(section)
                part = named[1] if named else part
                continue
            if _is_header_again(row, table) or not any(row.cells):
                continue
            title_places = [i for i, c in enumerate(table.columns) if c in (Column.TITLE, Column.INDICATOR)]
            starts = any(row.cells[i] and i not in row.merged_down for i in title_places)
            if starts or not pending:
                pending.append(_Pending(section, part, _place(table, row)))
            measure = pending[-1]
            for place, column in enumerate(table.columns):
                if column is Column.IGNORE or (place in row.merged_down and not starts):
                    continue
                if place < len(row.cells) and row.cells[place]:
                    header = table.headers[place] if place < len(table.headers) else ""
                    where = f"{_place(table, row, place)} ({header or LABELS[column]})"
                    _refuse_if_wrong("\n".join(row.cells[place]), _CELL_LIMITS[column], where)
                    measure.add(column, row.cells[place], where)
    units_by_key = {_unit_key(name): name for name in units}
    measures: list[Measure] = []
    for waiting in pending:
        read = _measure(waiting, units_by_key)
        if read.title:
            _check_fields(read, waiting)
            measures.append(read)
    return measures


def _place(table: FoundTable, row: RawRow, column: int | None = None) -> str:
    return cell_place(table.place, row.number, None if column is None else column + 1)


def _refuse_if_wrong(text: str, limit: int, where: str) -> None:
    problem = rules.text_problem(text, limit)
    if problem:
        raise WordImportError(f"{where}: {problem} แก้ในไฟล์ Word แล้วนำเข้าอีกครั้ง")


def _check_fields(measure: Measure, pending: _Pending) -> None:
    """The measure as a whole obeys the rules of a measure typed in the window (a field gathered from
    several rows may be too long where no cell is)."""
    for name in (*rules.MEASURE_TEXT_LIMITS, "results"):
        problem = rules.measure_field_problem(name, getattr(measure, name), measure.start, measure.end)
        if problem:
            column = _FIELD_COLUMNS.get(name)
            where = pending.places.get(column) if column is not None else None
            title = measure.title if len(measure.title) <= 40 else measure.title[:40] + "…"
            label = LABELS[column] if column is not None else name
            raise WordImportError(
                f"{where or pending.where}: มาตรการ “{title}” ช่อง {label} รวมทุกแถวแล้ว{problem}"
                " แก้ในไฟล์ Word แล้วนำเข้าอีกครั้ง"
            )


def _in_range(day: date | None) -> date | None:
    """A date read from a text, when its year is one the program takes (else the text alone is kept)."""
    return day if day is None or rules.date_year_problem(day) is None else None


def _is_header_again(row: RawRow, table: FoundTable) -> bool:
    again = header_columns(row)
    if again is None:
        return False
    same = sum(1 for a, b in zip(again, table.columns, strict=False) if a is not None and a == b)
    return same >= 2


def _measure(pending: _Pending, units: dict[str, str]) -> Measure:
    cells = pending.cells
    number, title = _title(cells.get(Column.TITLE) or cells.get(Column.INDICATOR, []))
    measure = Measure(title=title, number=number, section=pending.section, part=pending.part)
    if Column.NUMBER in cells:
        measure.number = " ".join(cells[Column.NUMBER]).strip().rstrip(".").strip()
    if Column.INDICATOR in cells:
        indicator = _title(cells[Column.INDICATOR])[1]
        measure.indicator = indicator if "\n" not in indicator else ""
    measure.steps = numbered_items(item_lines(cells.get(Column.STEPS, [])))
    measure.responsible = _units(item_lines(cells.get(Column.RESPONSIBLE, [])), units)
    measure.period = " ".join(cells.get(Column.PERIOD, []))
    start, end = period_dates(measure.period)
    measure.start, measure.end = (start, end) if _in_range(start) and _in_range(end) else (None, None)
    measure.monitoring = _text(cells, Column.MONITORING)
    measure.outcome = _text(cells, Column.OUTCOME)
    measure.problems = _text(cells, Column.PROBLEMS)
    measure.suggestions = _text(cells, Column.SUGGESTIONS)
    results = item_lines(cells.get(Column.RESULTS, []))
    reported = item_lines(cells.get(Column.REPORTING, []))
    # "(๕) การรายงานผล": how it is reported ("รายไตรมาส"), then what was done, numbered.
    numbered = next((i for i, line in enumerate(reported) if is_numbered(line)), len(reported))
    measure.reporting = "\n".join(reported[:numbered])
    for text in numbered_items([*results, *reported[numbered:]]):
        measure.results.append(ResultEntry(text, _in_range(first_date(text))))
    for column in STATUS_COLUMNS:
        if any(paragraph.strip() in TICKS for paragraph in cells.get(column, [])):
            measure.status = _STATUS[column]
    return measure


def _title(paragraphs: list[str]) -> tuple[str, str]:
    """(number, title): the first paragraph's number, unless every paragraph is a numbered item."""
    if not paragraphs:
        return "", ""
    number, first = leading_number(paragraphs[0])
    if number and any(leading_number(p)[0] for p in paragraphs[1:]):
        return "", "\n".join(paragraphs)
    return number, "\n".join([first, *paragraphs[1:]])


def _text(cells: dict[Column, list[str]], column: Column) -> str:
    return "\n".join(item_lines(cells.get(column, [])))


def _unit_key(name: str) -> str:
    return _UNIT_SEPARATORS.sub("", name)


def _units(lines: list[str], units: dict[str, str]) -> list[str]:
    found: list[str] = []
    for line in lines:
        found.extend(_units_of_line(line, units))
    return found


def _units_of_line(line: str, units: dict[str, str]) -> list[str]:
    """The office's units a line names, when it names nothing else; else the line as typed."""
    whole = units.get(_unit_key(line))
    if whole is not None:
        return [whole]
    tokens = [t for t in _UNIT_SEPARATORS.split(line) if t]
    named: list[str] = []
    start = 0
    while start < len(tokens):
        for end in range(len(tokens), start, -1):  # the longest run of words that is one unit's name
            unit = units.get("".join(tokens[start:end]))
            if unit is not None:
                named.append(unit)
                start = end
                break
        else:
            return [line]
    return named
