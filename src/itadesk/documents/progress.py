"""ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการ: measures grouped by ITA part, one tick column per status."""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.documents.layout import Layout
from itadesk.documents.results import round_results
from itadesk.documents.tables import (
    Cell,
    ReportStyles,
    lines_cell,
    measure_period,
    numbered_cell,
    numbered_lines,
    paragraph_cell,
    report_table,
    text_cell,
    title_block,
)
from itadesk.documents.tables import (
    heading as part_heading,
)
from itadesk.documents.text import Localizer
from itadesk.documents.tick import tick
from itadesk.domain.framework import framework_for
from itadesk.domain.model import PARTS, FiscalYear, Measure, Organization
from itadesk.domain.status import Status
from itadesk.thai.paragraph import ThaiParagraph

TITLE = "ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
HEADER = (
    "ตัวชี้วัดของการประเมิน ITA",
    "(1) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง",
    "(2) ขั้นตอนหรือวิธีปฏิบัติ",
    "(3) แนวทางการกำกับติดตาม ให้นำไปสู่การปฏิบัติและการรายงานผล",
    "(4) ระยะเวลาดำเนินการ",
    *(status.label for status in Status),
    "(5) การรายงานผลการดำเนินการ",
)
OTHER_GROUP = "มาตรการอื่น ๆ"


def progress_story(
    org: Organization, year: FiscalYear, round_months: int, layout: Layout, localize: Localizer
) -> list[Flowable]:
    r = layout.report
    s = ReportStyles.of(r)
    story = title_block(TITLE, org, year.fiscal_year, localize, s, round_months)
    part_names = {part.code: part.name for part in framework_for(year.fiscal_year).parts}
    numbered = list(enumerate(year.measures, start=1))
    groups = [(code, [(i, m) for i, m in numbered if m.part == code]) for code in PARTS]
    groups.append(("", [(i, m) for i, m in numbered if m.part not in PARTS]))
    groups = [(code, members) for code, members in groups if members]
    with_headings = any(code for code, _ in groups)
    for code, members in groups:
        if with_headings:
            heading_text = f"{part_names.get(code, code)} ({code})" if code else OTHER_GROUP
            story += part_heading(localize(heading_text), s.heading, r)
        rows = [
            _row(index, measure, year.fiscal_year, round_months, layout, s, localize)
            for index, measure in members
        ]
        story.append(report_table(HEADER, rows, r.column_widths("progress"), r, s, localize))
    if not groups:
        story.append(ThaiParagraph("ยังไม่มีมาตรการในปีงบประมาณนี้", s.cell))
    return story


def _row(
    index: int, measure: Measure, fiscal_year: int, round_months: int, layout: Layout, s: ReportStyles,
    localize: Localizer,
) -> list[Cell]:  # fmt: skip
    number = str(index) if measure.number is None else measure.number
    first = measure.indicator.strip() or measure.title
    label = f"{number}. {first}" if number.strip() else first
    indicator_lines = label.split("\n")
    if measure.indicator.strip() and measure.title.strip() != measure.indicator.strip():
        indicator_lines += measure.title.split("\n")
    reporting_lines = measure.reporting.split("\n")
    reporting_lines += numbered_lines(round_results(measure, fiscal_year, round_months))
    ticks: list[Cell] = [
        [tick(layout.report.tick_size_pt, s.cell)] if measure.status == status else [] for status in Status
    ]
    return [
        paragraph_cell(indicator_lines, s.cell, localize),
        lines_cell(measure.responsible, s.cell, localize),
        numbered_cell(measure.steps, s.cell, localize),
        text_cell(measure.monitoring, s.cell, localize),
        text_cell(measure_period(measure, localize), s.cell, localize),
        *ticks,
        paragraph_cell(reporting_lines, s.cell, localize),
    ]
