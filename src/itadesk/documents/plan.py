"""มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: last year's ITA result if known, then the measures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from itadesk.documents.analysis import ita_result_flowables
from itadesk.documents.content import around, document_title, measure_groups
from itadesk.documents.layout import Layout
from itadesk.documents.report_table import report_table
from itadesk.documents.table_heading import heading_over
from itadesk.documents.tables import (
    Cell,
    ReportStyles,
    lines_cell,
    measure_cell,
    measure_period,
    numbered_cell,
    spanning_row,
    text_cell,
    title_block,
)
from itadesk.documents.text import Localizer
from itadesk.documents.titles import TITLES
from itadesk.domain.model import FiscalYear, Measure, Organization

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

TITLE = TITLES["plan"]
HEADER = (
    "มาตรการ/แนวทาง",
    "ขั้นตอน/วิธีการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลาดำเนินการ",
    "การกำกับติดตาม/การติดตามผล",
)


def plan_story(
    org: Organization,
    year: FiscalYear,
    layout: Layout,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    r = layout.report
    s = ReportStyles.of(r)
    content = year.content.document("plan")
    title = document_title(content, year.fiscal_year, TITLE, localize, frameworks=frameworks)
    head = title_block(title, org, year.fiscal_year, localize, s, None)
    story: list[Flowable] = []

    rows: list[list[Cell]] = []
    spanning: list[int] = []
    for group, members in measure_groups(year, content):
        if group:
            spanning.append(len(rows))
            rows.append(spanning_row(group, len(HEADER), s, localize))
        rows += [_row(index, measure, s, localize) for index, measure in members]
    if not rows:
        rows.append(spanning_row("ยังไม่มีมาตรการในปีงบประมาณนี้", len(HEADER), s, localize))
        spanning.append(0)
    table = report_table(
        HEADER, rows, r.column_widths("plan"), r, s, localize, spanning_rows=spanning, omittable=OMITTABLE
    )
    if year.ita_result is not None:
        story += ita_result_flowables(
            year.ita_result, layout, localize, s, chart=False, frameworks=frameworks
        )
        label = localize(f"มาตรการ/แนวทาง ประจำปีงบประมาณ พ.ศ. {year.fiscal_year}")
        story += heading_over(label, s.heading, table, r)
    story.append(table)
    return around(content, s, localize, head, story)


OMITTABLE = (1, 2, 3, 4)  # the columns an office may leave out when no measure fills them


def _row(index: int, measure: Measure, s: ReportStyles, localize: Localizer) -> list[Cell]:
    return [
        measure_cell(measure, index, s.cell, localize),
        numbered_cell(measure.steps, s.cell, localize),
        lines_cell(measure.responsible, s.cell, localize),
        text_cell(measure_period(measure, localize), s.cell, localize),
        text_cell(measure.monitoring, s.cell, localize),
    ]
