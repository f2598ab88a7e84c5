"""รายงานผลการดำเนินการ (รอบ ๖ / ๑๒ เดือน): what was done for each measure in the round, and its outcome."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from itadesk.documents.content import around, document_title, measure_groups
from itadesk.documents.layout import Layout
from itadesk.documents.report_table import report_table
from itadesk.documents.result_dates import dated_text
from itadesk.documents.tables import (
    EMPTY_MARK,
    Cell,
    ReportStyles,
    lines_cell,
    measure_cell,
    measure_period,
    numbered_cell,
    numbered_lines,
    paragraph_cell,
    spanning_row,
    text_cell,
    title_block,
)
from itadesk.documents.text import Localizer
from itadesk.documents.titles import TITLES
from itadesk.domain.fiscal import in_round
from itadesk.domain.model import FiscalYear, Measure, Organization

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

TITLE = TITLES["results"]
HEADER = (
    "มาตรการ/แนวทาง",
    "ขั้นตอน/วิธีการดำเนินการ",
    "หน่วยงานผู้รับผิดชอบ",
    "ระยะเวลาดำเนินการ",
    "สรุปผลการดำเนินการ",
    "ผลลัพธ์/ความสำเร็จ",
    "ปัญหา/อุปสรรค และข้อเสนอแนะ",
)


def round_results(measure: Measure, fiscal_year: int, round_months: int) -> list[str]:
    """The result entries that belong in this round's report, in the order they were recorded, each with
    its date."""
    return [dated_text(entry) for entry in measure.results if in_round(entry.date, fiscal_year, round_months)]


EVIDENCE_HEADING = "หลักฐาน:"


def results_lines(measure: Measure, fiscal_year: int, round_months: int) -> list[str]:
    """สรุปผลการดำเนินการ: the round's numbered results, then the evidence links the ITA checks, one a line."""
    lines = numbered_lines(round_results(measure, fiscal_year, round_months)) or [EMPTY_MARK]
    links = [link.strip() for link in measure.evidence if link.strip()]
    if links:
        lines += [EVIDENCE_HEADING, *links]
    return lines


def results_story(
    org: Organization,
    year: FiscalYear,
    round_months: int,
    layout: Layout,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    r = layout.report
    s = ReportStyles.of(r)
    content = year.content.document("results")
    title = document_title(content, year.fiscal_year, TITLE, localize, round_months, frameworks)
    head = title_block(title, org, year.fiscal_year, localize, s, round_months)
    rows: list[list[Cell]] = []
    spanning: list[int] = []
    for group, members in measure_groups(year, content):
        if group:
            spanning.append(len(rows))
            rows.append(spanning_row(group, len(HEADER), s, localize))
        rows += [
            _row(index, measure, year.fiscal_year, round_months, s, localize) for index, measure in members
        ]
    if not rows:
        rows.append(spanning_row("ยังไม่มีมาตรการในปีงบประมาณนี้", len(HEADER), s, localize))
        spanning.append(0)
    table = report_table(
        HEADER, rows, r.column_widths("results"), r, s, localize, spanning_rows=spanning, omittable=OMITTABLE
    )
    return around(content, s, localize, head, [table])


OMITTABLE = (1, 2, 3)  # the columns an office may leave out when no measure fills them


def _row(
    index: int, measure: Measure, fiscal_year: int, round_months: int, s: ReportStyles, localize: Localizer
) -> list[Cell]:
    return [
        measure_cell(measure, index, s.cell, localize),
        numbered_cell(measure.steps, s.cell, localize),
        lines_cell(measure.responsible, s.cell, localize),
        text_cell(measure_period(measure, localize), s.cell, localize),
        paragraph_cell(results_lines(measure, fiscal_year, round_months), s.cell, localize),
        text_cell(measure.outcome, s.cell, localize, empty=EMPTY_MARK),
        _problems_cell(measure, s, localize),
    ]


def _problems_cell(measure: Measure, s: ReportStyles, localize: Localizer) -> Cell:
    """ปัญหา/อุปสรรค and ข้อเสนอแนะ, each "-" when empty, as the ITA requires."""
    lines = ["ปัญหา/อุปสรรค:", *_or_empty(measure.problems), "ข้อเสนอแนะ:", *_or_empty(measure.suggestions)]
    return paragraph_cell(lines, s.cell, localize)


def _or_empty(text: str) -> list[str]:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines or [EMPTY_MARK]
