"""ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการ: measures grouped by ITA part, one tick column per status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from itadesk.documents.content import around, document_title, measure_groups
from itadesk.documents.layout import Layout
from itadesk.documents.report_table import report_table
from itadesk.documents.results import round_results
from itadesk.documents.table_heading import heading_over
from itadesk.documents.tables import (
    Cell,
    ReportStyles,
    label_cell,
    lines_cell,
    measure_number,
    measure_period,
    numbered_cell,
    numbered_lines,
    paragraph_cell,
    text_cell,
    title_block,
)
from itadesk.documents.text import Localizer
from itadesk.documents.tick import tick
from itadesk.documents.titles import TITLES
from itadesk.domain.model import FiscalYear, Measure, Organization
from itadesk.domain.status import Status
from itadesk.thai.paragraph import ThaiParagraph

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

TITLE = TITLES["progress"]
# The tick columns' headers on two lines at their words' boundary: left to the breaker, "ดำเนินการ" (one
# word to a reader, two to the dictionary) was cut into "ดำเนิน" and a lone "การ".
STATUS_HEADER = {
    Status.NOT_STARTED: "ยังไม่\nดำเนินการ",
    Status.IN_PROGRESS: "อยู่ระหว่าง\nดำเนินการ",
    Status.DONE: "ดำเนินการ\nแล้ว",
}
HEADER = (
    "ตัวชี้วัด/มาตรการ",
    "(1) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง",
    "(2) ขั้นตอนหรือวิธีปฏิบัติ",
    "(3) แนวทางการกำกับติดตาม ให้นำไปสู่การปฏิบัติและการรายงานผล",
    "(4) ระยะเวลาดำเนินการ",
    *(STATUS_HEADER[status] for status in Status),
    "(5) การรายงานผลการดำเนินการ",
)

# The first column holds each measure's number, its ITA indicator when it names one, and its title.
MEASURES_HEADER = "มาตรการ/แนวทาง"


def first_header(measures: Sequence[Measure]) -> str:
    """Named for what the column holds: "ตัวชี้วัด/มาตรการ" when a measure names its ITA indicator, else
    "มาตรการ/แนวทาง" as the plan and the results name it."""
    return HEADER[0] if any(m.indicator.strip() for m in measures) else MEASURES_HEADER


def progress_story(
    org: Organization,
    year: FiscalYear,
    round_months: int,
    layout: Layout,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    r = layout.report
    s = ReportStyles.of(r)
    content = year.content.document("progress")
    title = document_title(content, year.fiscal_year, TITLE, localize, round_months, frameworks)
    head = title_block(title, org, year.fiscal_year, localize, s, round_months)
    story: list[Flowable] = []
    groups = measure_groups(year, content)
    for group, members in groups:
        rows = [
            _row(index, measure, year.fiscal_year, round_months, layout, s, localize)
            for index, measure in members
        ]
        header = (first_header(year.measures), *HEADER[1:])
        table = report_table(
            header, rows, r.column_widths("progress"), r, s, localize, omittable=(1, 2, 3, 4, len(HEADER) - 1)
        )
        if group:
            story += heading_over(localize(group), s.heading, table, r)
        story.append(table)
    if not groups:
        story.append(ThaiParagraph("ยังไม่มีมาตรการในปีงบประมาณนี้", s.cell))
    return around(content, s, localize, head, story)


def _row(
    index: int, measure: Measure, fiscal_year: int, round_months: int, layout: Layout, s: ReportStyles,
    localize: Localizer,
) -> list[Cell]:  # fmt: skip
    number = measure_number(measure, index)
    first = measure.indicator.strip() or measure.title
    label = f"{number}. {first}" if number else first
    indicator_lines = label.split("\n")
    if measure.indicator.strip() and measure.title.strip() != measure.indicator.strip():
        indicator_lines += measure.title.split("\n")
    reporting_lines = measure.reporting.split("\n")
    reporting_lines += numbered_lines(round_results(measure, fiscal_year, round_months))
    ticks: list[Cell] = [
        [tick(layout.report.tick_size_pt, s.cell)] if measure.status == status else [] for status in Status
    ]
    return [
        label_cell(indicator_lines, number, s.cell, localize),
        lines_cell(measure.responsible, s.cell, localize),
        numbered_cell(measure.steps, s.cell, localize),
        text_cell(measure.monitoring, s.cell, localize),
        text_cell(measure_period(measure, localize), s.cell, localize),
        *ticks,
        paragraph_cell(reporting_lines, s.cell, localize),
    ]
