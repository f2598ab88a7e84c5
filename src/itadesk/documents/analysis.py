"""การวิเคราะห์ผลการประเมิน ITA: last year's score and grade, each indicator's score, the issues, a chart."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from itadesk.documents.chart import AXIS_TICKS, ScoreChart
from itadesk.documents.content import around, document_title
from itadesk.documents.layout import Layout
from itadesk.documents.report_table import report_table
from itadesk.documents.tables import (
    EMPTY_MARK,
    Cell,
    ReportStyles,
    cell_text,
    heading,
    spanning_row,
    text_cell,
    title_block,
)
from itadesk.documents.text import Localizer
from itadesk.domain.framework import framework_for
from itadesk.domain.model import PARTS, FiscalYear, ItaResult, Organization
from itadesk.thai.paragraph import ThaiParagraph

TITLE = "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
HEADER = ("ตัวชี้วัดของการประเมิน ITA", "คะแนน", "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ")
NO_RESULT = "ยังไม่ได้บันทึกผลการประเมิน ITA ของปีที่ผ่านมาสำหรับปีงบประมาณนี้"


def analysis_story(
    org: Organization, year: FiscalYear, layout: Layout, localize: Localizer
) -> list[Flowable]:
    s = ReportStyles.of(layout.report)
    content = year.content.document("analysis")
    title = document_title(content, year.fiscal_year, TITLE, localize)
    head = title_block(title, org, year.fiscal_year, localize, s, None)
    if year.ita_result is None:  # printing refuses this; kept for a caller that draws the story itself
        return around(content, s, localize, head, [ThaiParagraph(NO_RESULT, s.body)])
    return around(
        content, s, localize, head, ita_result_flowables(year.ita_result, layout, localize, s, chart=True)
    )


def grade_of(result: ItaResult) -> str:
    """The grade as recorded, else the one the score earns in that year's framework; "" when unknown."""
    if result.grade.strip():
        return result.grade
    if result.score is None:
        return ""
    return framework_for(result.assessed_year).grade_for(result.score)


def ita_result_flowables(
    result: ItaResult, layout: Layout, localize: Localizer, s: ReportStyles, *, chart: bool
) -> list[Flowable]:
    r = layout.report
    year = localize.number(result.assessed_year)
    summary = f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year}"
    if result.score is not None:
        summary += f" ได้คะแนน {localize.score(result.score)} คะแนน"
    grade = grade_of(result)
    if grade:
        summary += f" อยู่ในระดับ {localize(grade)}"
    story: list[Flowable] = [ThaiParagraph(summary, s.body)]

    part_names = {p.code: p.name for p in framework_for(result.assessed_year).parts}
    part_scores = {p.code: p for p in result.parts}
    codes = [c for c in PARTS if c in part_scores or any(i.part == c for i in result.indicators)]
    codes += sorted({i.part for i in result.indicators} - set(codes))
    rows: list[list[Cell]] = []
    spanning: list[int] = []
    for code in codes:
        part = part_scores.get(code)
        name = (part.name if part and part.name else part_names.get(code, "")) or code
        group = f"{name} ({code})" if code and name != code else (name or "ตัวชี้วัดอื่น")
        if part is not None and part.score is not None:
            group += f" คะแนน {localize.score(part.score)}"
        spanning.append(len(rows))
        rows.append(spanning_row(group, len(HEADER), s, localize))
        for indicator in (i for i in result.indicators if i.part == code):
            rows.append(
                [
                    text_cell(f"{indicator.number}. {indicator.name}", s.cell, localize),
                    [cell_text(localize.score(indicator.score), s.cell.with_(align="center"))],
                    text_cell(indicator.issue, s.cell, localize, empty=EMPTY_MARK),
                ]
            )
    if rows:
        story.append(
            report_table(HEADER, rows, r.column_widths("analysis"), r, s, localize, spanning_rows=spanning)
        )
    if any(r.strip() for r in result.recommendations):
        story += heading("ข้อเสนอแนะจากผลการประเมิน", s.heading, r)
        kept = [text for text in result.recommendations if text.strip()]
        story += [ThaiParagraph(localize(f"{i}. {text}"), s.cell) for i, text in enumerate(kept, start=1)]

    scored = [i for i in result.indicators if i.score is not None]
    if chart and scored:
        bars = [
            (localize(f"{i.number}. {i.name}"), float(i.score or 0), localize.score(i.score)) for i in scored
        ]
        axis = [localize.number(v) for v in AXIS_TICKS]
        story.append(
            KeepTogether(
                [
                    ThaiParagraph("คะแนนรายตัวชี้วัด", s.heading),
                    ScoreChart(bars, layout.chart, axis),
                ]
            )
        )
    return story
