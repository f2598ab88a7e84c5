"""What the four report tables share: text styles, the title block, cells of plain text, the table itself."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, FrameBreak, Spacer, Table, TableStyle

from itadesk.documents.layout import CM, ReportLayout
from itadesk.documents.text import Localizer
from itadesk.domain.model import Measure, Organization
from itadesk.thai.dates import fiscal_year_phrase, format_date_range
from itadesk.thai.fonts import BOLD, REGULAR
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

Cell = list[Flowable]
EMPTY_MARK = "-"  # the ITA requires "-" (or ไม่มี) where a report has nothing to say


@dataclass(frozen=True, slots=True)
class ReportStyles:
    title: TextStyle
    subtitle: TextStyle
    heading: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    header: TextStyle
    body: TextStyle

    @classmethod
    def of(cls, r: ReportLayout) -> ReportStyles:
        cell = TextStyle(font_name=REGULAR, size=r.cell_size_pt, leading=r.cell_leading_pt)
        return cls(
            title=TextStyle(font_name=BOLD, size=r.title_size_pt, leading=r.title_leading_pt, align="center"),
            subtitle=TextStyle(
                font_name=BOLD, size=r.subtitle_size_pt, leading=r.subtitle_leading_pt, align="center"
            ),
            heading=TextStyle(
                font_name=BOLD, size=r.heading_size_pt, leading=r.subtitle_leading_pt,
                space_before=8, space_after=4,
            ),
            cell=cell,
            cell_bold=cell.with_(font_name=BOLD),
            header=TextStyle(
                font_name=BOLD, size=r.header_size_pt, leading=r.cell_leading_pt, align="center"
            ),
            body=TextStyle(
                font_name=REGULAR, size=r.subtitle_size_pt, leading=r.subtitle_leading_pt, align="justify",
                first_line_indent=36, space_before=4,
            ),
        )  # fmt: skip


def heading(text: str, style: TextStyle, r: ReportLayout) -> list[Flowable]:
    """A heading above a table or list; on a new page when too little room is left for what follows.

    (keepWithNext would keep it with the whole table, pushing a table that could start here to a new page.)
    """
    return [CondPageBreak(r.heading_min_space_cm * CM), ThaiParagraph(text, style)]


def organization_line(org: Organization) -> str:
    """องค์การบริหารส่วนตำบลเมืองมาย อำเภอแจ้ห่ม จังหวัดลำปาง."""
    parts = [org.name]
    if org.district.strip():
        parts.append(f"อำเภอ{org.district}")
    if org.province.strip():
        parts.append(f"จังหวัด{org.province}")
    return " ".join(p for p in parts if p.strip())


def round_phrase(round_months: int, localize: Localizer) -> str:
    return localize.number(f"(รอบ {round_months} เดือน)")


def title_block(
    title: str,
    org: Organization,
    fiscal_year: int,
    localize: Localizer,
    s: ReportStyles,
    round_months: int | None,
) -> list[Flowable]:
    year = fiscal_year_phrase(fiscal_year, localize.digits)
    if round_months is not None:
        year += " " + round_phrase(round_months, localize)
    lines = [ThaiParagraph(localize(title), s.title)]
    if organization_line(org):
        lines.append(ThaiParagraph(localize(organization_line(org)), s.subtitle))
    lines.append(ThaiParagraph(year, s.subtitle.with_(space_after=8)))
    return lines


# A cell holds ONE paragraph, its lines joined by newlines: ReportLab's row splitting (splitInRow)
# mis-measures a cell made of several flowables and lets the row run past the page's bottom margin.


class CellParagraph(Flowable):  # type: ignore[misc]
    """A ThaiParagraph in a table cell, split the way ReportLab's row splitting expects.

    ReportLab measures a cell's content at the cell's inner width but asks it to split at the full column
    width, and it reads the second piece of every split. Splitting at the width the cell measured keeps both
    sides in agreement, and a paragraph that turns out to fit whole comes back with an empty remainder.
    """

    def __init__(self, paragraph: ThaiParagraph) -> None:
        super().__init__()
        self._paragraph = paragraph
        self.plain_text = paragraph.text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        width = self.width or avail_width
        parts = self._paragraph.split(width, avail_height)
        if len(parts) == 1:
            return [CellParagraph(parts[0]), Spacer(0, 0)]
        return [CellParagraph(part) for part in parts]

    def draw(self) -> None:
        self._paragraph.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self._paragraph.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._paragraph.getSpaceAfter())


def cell_text(text: str, style: TextStyle) -> Flowable:
    return CellParagraph(ThaiParagraph(text, style))


def text_cell(text: str, style: TextStyle, localize: Localizer, *, empty: str = "") -> Cell:
    """What the user typed, line for line; `empty` printed when there is nothing."""
    lines = [line for line in text.split("\n") if line.strip()]
    return paragraph_cell(lines or ([empty] if empty else []), style, localize)


def paragraph_cell(lines: Sequence[str], style: TextStyle, localize: Localizer) -> Cell:
    kept = [localize(line) for line in lines if line.strip()]
    return [cell_text("\n".join(kept), style)] if kept else []


def lines_cell(items: Iterable[str], style: TextStyle, localize: Localizer) -> Cell:
    """Each item on its own line (responsible units)."""
    return paragraph_cell(list(items), style, localize)


def numbered_lines(items: Sequence[str]) -> list[str]:
    """๑. first  ๒. second — steps and results as numbered lines (digits localized when printed)."""
    kept = [item.replace("\n", " ") for item in items if item.strip()]
    return [f"{i}. {item}" for i, item in enumerate(kept, start=1)]


def numbered_cell(items: Sequence[str], style: TextStyle, localize: Localizer) -> Cell:
    return paragraph_cell(numbered_lines(items), style, localize)


def measure_label(measure: Measure, index: int) -> str:
    """The measure's number (a running one when none is stored, nothing when it is "") and its title."""
    number = str(index) if measure.number is None else measure.number
    return f"{number}. {measure.title}" if number.strip() else measure.title


def measure_period(measure: Measure, localize: Localizer) -> str:
    if measure.period.strip():
        return localize(measure.period)
    return format_date_range(measure.start, measure.end, localize.digits)


def report_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    r: ReportLayout,
    s: ReportStyles,
    localize: Localizer,
    *,
    spanning_rows: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose header row repeats on every page and whose rows continue across pages.

    `spanning_rows` (indices into `rows`) are group headings that span every column.
    """
    data: list[list[Any]] = [[[cell_text(localize(h), s.header)] for h in header]]
    data += [list(row) for row in rows]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # or ReportLab declares Helvetica in the PDF
        ("GRID", (0, 0), (-1, -1), r.grid_width_pt, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(r.header_fill)),
        ("LEFTPADDING", (0, 0), (-1, -1), r.cell_padding_pt),
        ("RIGHTPADDING", (0, 0), (-1, -1), r.cell_padding_pt),
        ("TOPPADDING", (0, 0), (-1, -1), r.cell_padding_pt),
        ("BOTTOMPADDING", (0, 0), (-1, -1), r.cell_padding_pt + 2),
    ]
    for index in spanning_rows:
        style += [
            ("SPAN", (0, index + 1), (-1, index + 1)),
            ("BACKGROUND", (0, index + 1), (-1, index + 1), colors.HexColor(r.section_fill)),
        ]
    style += list(extra)
    # ReportTable.split moves rows whole; only a row taller than a page is cut inside (splitInRow).
    table = ReportTable(
        data, colWidths=list(widths), repeatRows=1, splitByRow=0, splitInRow=1, style=TableStyle(style)
    )
    table.rule_width = r.grid_width_pt
    return table


class ReportTable(Table):  # type: ignore[misc]
    """A Table whose every page is closed by a rule and whose remainder always starts on a new page.

    When ReportLab splits inside a row, the part on the first page has no line below it: the page ends in
    open cells, as if the table had fallen off. And when it splits between rows, the remainder (with the
    repeated header) would otherwise be split again into what is left of the same page, printing the
    header twice on one page.
    """

    rule_width: float = 0.5
    refused: bool = False  # set once a split by whole rows left nothing on a page

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Whole rows first: a row that fits on a page moves whole to the next one. Only when even the fresh
        # page after a refusal takes no whole row (the row is taller than a page) is it cut inside.
        parts = self._split(avail_width, avail_height, by_row=True)
        if not parts:
            if not self.refused:
                self.refused = True  # try again on the next page
                return parts
            parts = self._split(avail_width, avail_height, by_row=False)
        self.refused = False
        if len(parts) == 2:
            first, rest = parts  # ReportLab makes both with self.__class__: ReportTables
            first.setStyle([("LINEBELOW", (0, -1), (-1, -1), self.rule_width, colors.black)])
            rest.rule_width = self.rule_width
            return [first, FrameBreak(), rest]
        return parts

    def _split(self, avail_width: float, avail_height: float, *, by_row: bool) -> list[Flowable]:
        self.splitByRow, self.splitInRow = (1, 0) if by_row else (0, 1)
        try:
            return list(super().split(avail_width, avail_height))
        finally:
            self.splitByRow, self.splitInRow = 0, 1


def spanning_row(text: str, columns: int, s: ReportStyles, localize: Localizer) -> list[Cell]:
    return [[cell_text(localize(text), s.cell_bold)]] + [[] for _ in range(columns - 1)]
