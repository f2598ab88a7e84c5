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
        parts = self._paragraph.split(width, avail_height)
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

    def cut_after(self, width: float, lines: int) -> tuple[CellParagraph, CellParagraph]:
        """The first `lines` lines at this width, and the rest."""
        head, tail = self._paragraph.split(width, lines * self.line_height)
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


MIN_CUT_LINES = 2  # lines of a cut cell kept on each side of a page break: never a one-line fragment

_COMMANDS = ("_linecmds", "_bkgrndcmds", "_spanCmds", "_nosplitCmds", "_srflcmds", "_sircmds")


class ReportTable(Table):  # type: ignore[misc]
    """A Table whose every page is closed by a rule and whose remainder always starts on a new page.

    When ReportLab splits inside a row, the part on the first page has no line below it: the page ends in
    open cells, as if the table had fallen off. And when it splits between rows, the remainder (with the
    repeated header) would otherwise be split again into what is left of the same page, printing the
    header twice on one page.
    """

    rule_width: float = 0.5
    # Set once a split by whole rows left nothing on a page, and on a remainder that starts a fresh page:
    # a row that does not fit here is taller than a page and is cut inside.
    on_fresh_page: bool = False

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Whole rows first: a row that fits on a page moves whole to the next one. Only when even a fresh
        # page takes no whole row (the row is taller than a page) is it cut inside.
        parts = self._split(avail_width, avail_height, by_row=True)
        if not parts:
            if not self.on_fresh_page:
                self.on_fresh_page = True  # try again on the next page
                return parts
            parts = self._cut_tall_row(avail_width, avail_height)
            parts = parts or self._split(avail_width, avail_height, by_row=False)
        self.on_fresh_page = False
        if len(parts) == 2:
            first, rest = parts  # ReportLab makes both with self.__class__: ReportTables
            first.setStyle([("LINEBELOW", (0, -1), (-1, -1), self.rule_width, colors.black)])
            rest.rule_width = self.rule_width
            rest.on_fresh_page = True  # it goes after a FrameBreak
            return [first, FrameBreak(), rest]
        return parts

    def _split(self, avail_width: float, avail_height: float, *, by_row: bool) -> list[Flowable]:
        self.splitByRow, self.splitInRow = (1, 0) if by_row else (0, 1)
        try:
            return list(super().split(avail_width, avail_height))
        finally:
            self.splitByRow, self.splitInRow = 0, 1

    def _cut_tall_row(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The first body row, taller than the page, cut into a part that fills the page and the rest.

        Each cell is cut on its own line count, unlike ReportLab's cut at one height for the whole row: a
        cell that ends on this page stays whole, one that goes on keeps at least MIN_CUT_LINES lines on each
        side, and the rest's first cell starts with the measure's number and "(ต่อ)". Returns [] when the
        row cannot be cut so (ReportLab's own cut is then the last resort).
        """
        self._calc(avail_width, avail_height)
        n = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if n >= len(self._rowHeights):
            return []
        room = avail_height - sum(self._rowHeights[:n])
        head: list[Cell] = []
        tail: list[Cell] = []
        for value, style, width in zip(
            self._cellvalues[n], self._cellStyles[n], self._colWidths, strict=True
        ):
            top, rest = _cut_cell(list(value) if isinstance(value, (list, tuple)) else [], style, width, room)
            head.append(top)
            tail.append(rest)
        if not any(head) or not any(tail):
            return []
        first = _labelled_paragraph(self._cellvalues[n][0])
        if first is not None:
            tail[0] = _under_label(first, tail[0])
        styles = [list(row) for row in self._cellStyles]
        styles.insert(n + 1, [style.copy() for style in self._cellStyles[n]])
        heights = list(self._rowHeights)
        heights[n : n + 1] = [
            _row_height(head, self._cellStyles[n], self._colWidths),
            _row_height(tail, self._cellStyles[n], self._colWidths),
        ]
        data = [list(row) for row in self._cellvalues]
        data[n : n + 1] = [head, tail]
        cut = self.__class__(
            data, colWidths=self._colWidths, rowHeights=heights, repeatRows=self.repeatRows,
            splitByRow=0, splitInRow=1, normalizedData=1, cellStyles=styles, ident=self.ident,
            spaceBefore=getattr(self, "spaceBefore", None), spaceAfter=getattr(self, "spaceAfter", None),
        )  # fmt: skip
        for name in _COMMANDS:
            setattr(cut, name, self._stretchCommands(n, getattr(self, name), len(self._rowHeights)))
        cut.rule_width = self.rule_width
        parts = cut._split(avail_width, avail_height, by_row=True)
        return parts if len(parts) == 2 else []


def _cut_cell(value: Cell, style: Any, width: float, room: float) -> tuple[Cell, Cell]:
    """What of one cell goes on this page (`room` high, paddings included) and what goes on."""
    if not value:
        return [], []
    inner_width = width - style.leftPadding - style.rightPadding
    inner_room = room - style.topPadding - style.bottomPadding
    if not all(isinstance(flowable, CellParagraph) for flowable in value):  # a tick: all or nothing
        height = sum(flowable.wrap(inner_width, inner_room)[1] for flowable in value)
        return (value, []) if height <= inner_room else ([], value)
    paragraphs: list[CellParagraph] = list(value)
    counts = [p.line_count(inner_width) for p in paragraphs]
    fit = int((inner_room + 1e-6) // max(p.line_height for p in paragraphs))
    if sum(counts) <= fit:
        return value, []
    keep = min(fit, sum(counts) - MIN_CUT_LINES)
    if keep < MIN_CUT_LINES:
        return [], value
    head: Cell = []
    tail: Cell = []
    for paragraph, count in zip(paragraphs, counts, strict=True):
        if tail or keep == 0:
            tail.append(paragraph)
        elif count <= keep:
            head.append(paragraph)
            keep -= count
        else:
            top, rest = paragraph.cut_after(inner_width, keep)
            head.append(top)
            tail.append(rest)
            keep = 0
    return head, tail


def _labelled_paragraph(value: Any) -> CellParagraph | None:
    cells = value if isinstance(value, (list, tuple)) else []
    return next((c for c in cells if isinstance(c, CellParagraph) and c.continued_label), None)


def _under_label(first: CellParagraph, rest: Cell) -> Cell:
    """The rest of a row's first cell under its "๓ (ต่อ)" line (the line alone when the title ended).

    The line is a paragraph of its own: the rest keeps the lines already laid out (a title of 10 000
    characters is not laid out again on every page).
    """
    label = CellParagraph(
        ThaiParagraph(first.continued_label, first.style), continued_label=first.continued_label
    )
    label.is_label = True
    return [label, *(c for c in rest if not (isinstance(c, CellParagraph) and c.is_label))]


def _row_height(row: Sequence[Cell], styles: Sequence[Any], widths: Sequence[float]) -> float:
    tallest = 0.0
    for cell, style, width in zip(row, styles, widths, strict=True):
        inner = width - style.leftPadding - style.rightPadding
        content = sum(f.wrap(inner, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cell)
        tallest = max(tallest, content + style.topPadding + style.bottomPadding)
    return tallest


def spanning_row(text: str, columns: int, s: ReportStyles, localize: Localizer) -> list[Cell]:
    return [[cell_text(localize(text), s.cell_bold)]] + [[] for _ in range(columns - 1)]
