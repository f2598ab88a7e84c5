"""การวิเคราะห์ผลการประเมิน ITA: last year's score and grade, each indicator's score, the issues, a chart."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

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
from itadesk.documents.titles import TITLES
from itadesk.domain.model import PARTS, FiscalYear, IndicatorScore, ItaResult, Organization
from itadesk.thai.paragraph import ThaiParagraph

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

TITLE = TITLES["analysis"]
HEADER = ("ตัวชี้วัดของการประเมิน ITA", "คะแนน", "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ")
NO_RESULT = "ยังไม่ได้บันทึกผลการประเมิน ITA ของปีที่ผ่านมาสำหรับปีงบประมาณนี้"
UNSCORED_NOTE = 'หมายเหตุ: เครื่องหมาย "-" ในช่องคะแนน คือผลการประเมินที่บันทึกไว้ไม่มีคะแนนของส่วนหรือตัวชี้วัดนั้น'


def analysis_story(
    org: Organization,
    year: FiscalYear,
    layout: Layout,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    s = ReportStyles.of(layout.report)
    content = year.content.document("analysis")
    title = document_title(content, year.fiscal_year, TITLE, localize, frameworks=frameworks)
    head = title_block(title, org, year.fiscal_year, localize, s, None)
    if year.ita_result is None:  # printing refuses this; kept for a caller that draws the story itself
        return around(content, s, localize, head, [ThaiParagraph(NO_RESULT, s.body)])
    flowables = ita_result_flowables(year.ita_result, layout, localize, s, chart=True, frameworks=frameworks)
    return around(content, s, localize, head, flowables)


def grade_of(result: ItaResult, frameworks: Sequence[Framework] = ()) -> str:
    """The grade as recorded, else the one the score earns in that year's framework; "" when unknown."""
    if result.grade.strip():
        return result.grade
    if result.score is None:
        return ""
    from itadesk.domain.framework import framework_for

    return framework_for(result.assessed_year, frameworks).grade_for(result.score)


def summary_line(result: ItaResult, localize: Localizer, frameworks: Sequence[Framework] = ()) -> str:
    """ "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๗.๕๐ คะแนน อยู่ในระดับ A ผ่านเกณฑ์ ๘๕ คะแนน"."""
    from itadesk.domain.framework import framework_for

    framework = framework_for(result.assessed_year, frameworks)
    summary = f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {localize.number(result.assessed_year)}"
    if result.score is not None:
        summary += f" ได้คะแนน {localize.score(result.score)} คะแนน"
    grade = grade_of(result, frameworks)
    if grade:
        summary += f" อยู่ในระดับ {localize(grade)}"
    if result.score is not None:
        line = localize.number(f"{framework.pass_score:g}")
        passed = result.score >= framework.pass_score
        summary += f" {'ผ่าน' if passed else 'ยังไม่ผ่าน'}เกณฑ์ {line} คะแนน"
    return summary


def _indicator_rows(result: ItaResult, framework: Framework, code: str) -> list[IndicatorScore]:
    """The data's indicators of a part, with the framework's indicators of that part the data has no score
    for (by number) among them in number order: the part's every indicator is printed."""
    recorded = [i for i in result.indicators if i.part == code]
    numbers = {i.number for i in recorded}
    missing = [
        IndicatorScore(i.number, i.name, i.part)
        for i in framework.indicators
        if i.part == code and i.number not in numbers
    ]
    return sorted([*recorded, *missing], key=lambda i: i.number)


def ita_result_flowables(
    result: ItaResult,
    layout: Layout,
    localize: Localizer,
    s: ReportStyles,
    *,
    chart: bool,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    from itadesk.domain.framework import framework_for

    r = layout.report
    framework = framework_for(result.assessed_year, frameworks)
    story: list[Flowable] = [ThaiParagraph(summary_line(result, localize, frameworks), s.body)]

    part_names = {p.code: p.name for p in framework.parts}
    part_scores = {p.code: p for p in result.parts}
    # Every part of the assessed year's framework, in its order, then any other part the data names.
    codes = list(framework.part_codes)
    codes += [
        c
        for c in PARTS
        if c not in codes and (c in part_scores or any(i.part == c for i in result.indicators))
    ]
    codes += sorted(({i.part for i in result.indicators} | set(part_scores)) - set(codes))
    rows: list[list[Cell]] = []
    spanning: list[int] = []
    unscored = False
    for code in codes:
        part = part_scores.get(code)
        name = (part.name if part and part.name else part_names.get(code, "")) or code
        group = f"{name} ({code})" if code and name != code else (name or "ตัวชี้วัดอื่น")
        score = part.score if part is not None else None
        if code in part_names or score is not None:
            group += f" คะแนน {localize.score(score)}"
            unscored = unscored or score is None
        spanning.append(len(rows))
        rows.append(spanning_row(group, len(HEADER), s, localize))
        for indicator in _indicator_rows(result, framework, code):
            unscored = unscored or indicator.score is None
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
        if unscored:
            story.append(ThaiParagraph(UNSCORED_NOTE, s.cell))
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
