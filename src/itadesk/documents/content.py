"""The office's own content around a report: title page, title, introduction, note, and how measures are
grouped under headings. What the office left empty prints the program's default."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak, Spacer

from itadesk.documents.layout import CM
from itadesk.documents.pages import NewSection
from itadesk.documents.tables import ReportStyles
from itadesk.documents.text import Localizer
from itadesk.domain.model import PARTS, USUAL_HEADINGS, DocumentContent, FiscalYear, Measure
from itadesk.thai.paragraph import ThaiParagraph

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

OTHER_GROUP = "มาตรการอื่น ๆ"
# Where the title page's first line sits: about a third of the way down the landscape page.
_TITLE_PAGE_TOP_CM = 5.0

Group = tuple[str, list[tuple[int, Measure]]]  # a heading ("" = none) and its numbered measures


def document_title(
    content: DocumentContent,
    fiscal_year: int,
    fallback: str,
    localize: Localizer,
    round_months: int = 12,
    frameworks: Sequence[Framework] = (),
) -> str:
    """The office's own title; else the title of the ITA item the document answers (domain.framework.citation:
    this year's item, or the next assessment's when it reports the previous year) with its number
    ("… (O๔๓)"); else `fallback` (a 6-month report of a year whose framework has none)."""
    if content.title.strip():
        return content.title
    from itadesk.domain.framework import citation  # the frameworks load with the first report, not a memo

    cited = citation(content.document, fiscal_year, round_months, frameworks)
    if cited is None:
        return fallback
    item = cited[1]
    if not item.item:
        return item.title
    return f"{item.title} ({item_number(item.item, localize)})"


def item_number(number: str, localize: Localizer) -> str:
    """O42 is a Latin identifier the digit setting leaves alone; offices write its digits as theirs (O๔๒)."""
    letters = len(number) - len(number.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    return number[:letters] + localize(number[letters:])


def title_page(content: DocumentContent, s: ReportStyles, localize: Localizer) -> list[Flowable]:
    """The office's title page, a page of its own: the first line as a title, the others below it."""
    lines = [line for line in content.title_page if line.strip()]
    if not lines:
        return []
    story: list[Flowable] = [Spacer(0, _TITLE_PAGE_TOP_CM * CM), ThaiParagraph(localize(lines[0]), s.title)]
    story += [ThaiParagraph(localize(line), s.subtitle.with_(space_before=6)) for line in lines[1:]]
    return [*story, PageBreak(), NewSection()]


def introduction(content: DocumentContent, s: ReportStyles, localize: Localizer) -> list[Flowable]:
    """The paragraphs above the tables, justified with a first-line indent as in a memo's body."""
    story: list[Flowable] = [
        ThaiParagraph(localize(text), s.body) for text in content.introduction if text.strip()
    ]
    if story:
        story.append(Spacer(0, 8))
    return story


def note(content: DocumentContent, s: ReportStyles, localize: Localizer) -> list[Flowable]:
    """The office's note under the tables, line for line."""
    lines = [line for line in content.note.split("\n") if line.strip()]
    style = s.body.with_(first_line_indent=0, align="left")
    return [Spacer(0, 6), *(ThaiParagraph(localize(line), style) for line in lines)] if lines else []


def around(
    content: DocumentContent, s: ReportStyles, localize: Localizer, head: list[Flowable], body: list[Flowable]
) -> list[Flowable]:
    """A report in the office's order: title page, title block, introduction, the tables, the note."""
    return [*title_page(content, s, localize), *head, *introduction(content, s, localize), *body,
            *note(content, s, localize)]  # fmt: skip


def measure_groups(year: FiscalYear, content: DocumentContent) -> list[Group]:
    """The year's measures under headings, numbered in the year's order.

    "section": each run of measures with the same group heading (a measure without one goes under none);
    "part": IIT, EIT, OIT, then the measures of no part under "มาตรการอื่น ๆ" — or no headings at all when no
    measure names a part.
    """
    numbered = list(enumerate(year.measures, start=1))
    if (content.headings or USUAL_HEADINGS.get(content.document, "section")) == "part":
        from itadesk.domain.framework import framework_for

        names = {part.code: part.name for part in framework_for(year.fiscal_year).parts}
        groups: list[Group] = [(code, [(i, m) for i, m in numbered if m.part == code]) for code in PARTS]
        groups.append(("", [(i, m) for i, m in numbered if m.part not in PARTS]))
        groups = [(code, members) for code, members in groups if members]
        if not any(code for code, _ in groups):
            return [("", members) for _, members in groups]
        return [
            (f"{names.get(code, code)} ({code})" if code else OTHER_GROUP, members)
            for code, members in groups
        ]
    runs: list[Group] = []
    for index, measure in numbered:
        heading = measure.section.strip() and measure.section
        if runs and runs[-1][0] == heading:
            runs[-1][1].append((index, measure))
        else:
            runs.append((heading, [(index, measure)]))
    return runs
