"""What the four report tables share: text styles, the title block, cells of plain text (the ruled table
itself, and how it is cut across pages, is in report_table.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from itadesk.documents.layout import CM, ReportLayout
from itadesk.documents.text import Localizer
from itadesk.domain.model import Measure, Organization
from itadesk.thai.dates import fiscal_year_phrase, format_date_range
from itadesk.thai.fonts import BOLD, REGULAR
from itadesk.thai.layout import Line
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

    `continued_label` ("๓ (ต่อ)") heads the rest of a measure's first cell when its row is cut.
    """

    def __init__(self, paragraph: ThaiParagraph, *, continued_label: str = "") -> None:
        super().__init__()
        self._paragraph = paragraph
        self.plain_text = paragraph.text
        self.continued_label = continued_label
        self.is_label = False  # the "๓ (ต่อ)" line itself

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        width = self.width or avail_width
        parts = self._paragraph.cut(width, avail_height)
        if len(parts) == 1:
            return [CellParagraph(parts[0]), Spacer(0, 0)]
        return [CellParagraph(part) for part in parts]

    @property
    def style(self) -> TextStyle:
        return self._paragraph.style

    @property
    def line_height(self) -> float:
        return float(self._paragraph.style.line_height)

    def line_count(self, width: float) -> int:
        return len(self._paragraph.lines(width))

    def laid_lines(self, width: float) -> list[Line]:
        return self._paragraph.lines(width)

    def cut_after(self, width: float, lines: int) -> tuple[CellParagraph, CellParagraph]:
        """The first `lines` lines at this width, and the rest."""
        head, tail = self._paragraph.cut(width, lines * self.line_height)
        return CellParagraph(head), CellParagraph(tail, continued_label=self.continued_label)

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


def measure_number(measure: Measure, index: int) -> str:
    """The number a measure's row prints: its own, a running one when none is stored, "" for none."""
    return str(index) if measure.number is None else measure.number.strip()


def measure_label(measure: Measure, index: int) -> str:
    """The measure's number (a running one when none is stored, nothing when it is "") and its title."""
    number = measure_number(measure, index)
    return f"{number}. {measure.title}" if number else measure.title


CONTINUED = "(ต่อ)"
MAX_NUMBER_CHARS = 12  # "๑.๒.๑๐" and the like; a longer one is left out of the continued mark


def label_cell(lines: Sequence[str], number: str, style: TextStyle, localize: Localizer) -> Cell:
    """A row's first cell (the measure's number and title); the rest of a row cut by a page starts with the
    number and "(ต่อ)", digits as the document prints them."""
    cell = paragraph_cell(lines, style, localize)
    number = " ".join(number.split())
    # A "number" longer than a line (text typed into the number field) would head every page with itself.
    mark = localize(f"{number} {CONTINUED}") if 0 < len(number) <= MAX_NUMBER_CHARS else CONTINUED
    for flowable in cell:
        if isinstance(flowable, CellParagraph):
            flowable.continued_label = mark
    return cell


def measure_cell(measure: Measure, index: int, style: TextStyle, localize: Localizer) -> Cell:
    label = measure_label(measure, index)
    lines = [line for line in label.split("\n") if line.strip()]
    return label_cell(lines, measure_number(measure, index), style, localize)


def measure_period(measure: Measure, localize: Localizer) -> str:
    if measure.period.strip():
        return localize(measure.period)
    return format_date_range(measure.start, measure.end, localize.digits)


def spanning_row(text: str, columns: int, s: ReportStyles, localize: Localizer) -> list[Cell]:
    return [[cell_text(localize(text), s.cell_bold)]] + [[] for _ in range(columns - 1)]
