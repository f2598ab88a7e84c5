"""The ruled table of every report: its header row repeats on every page, a row that fits a page moves whole
to the next, and a row taller than a page is cut cell by cell with the measure's number and "(ต่อ)"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, Table, TableStyle

from itadesk.documents.layout import ReportLayout
from itadesk.documents.tables import Cell, CellParagraph, ReportStyles, cell_text
from itadesk.documents.text import Localizer
from itadesk.thai.fonts import REGULAR
from itadesk.thai.paragraph import ThaiParagraph


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

    def row_height(self, index: int) -> float:
        """One row's height (0 = the header), measured alone: laying out the whole table is not needed."""
        if index >= len(self._cellvalues):
            return 0.0
        cells, styles = self._cellvalues[index], self._cellStyles[index]
        if ("SPAN", (0, index), (-1, index)) in self._spanCmds:  # a group heading across the table
            return _row_height([cells[0]], [styles[0]], [sum(self._colWidths)])
        return _row_height(cells, styles, self._colWidths)

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
