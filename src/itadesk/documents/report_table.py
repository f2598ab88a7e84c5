"""The ruled table of every report: its header row repeats on every page, and a row that does not fit what is
left of a page is cut cell by cell, at least two lines on each side, the rest under the measure's number and
"(ต่อ)" (moved whole only when it cannot be cut so)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, Table, TableStyle

from itadesk.documents.layout import ReportLayout
from itadesk.documents.table_height import calc_height
from itadesk.documents.tables import Cell, CellParagraph, ReportStyles, cell_text
from itadesk.documents.text import Localizer
from itadesk.thai.balance import is_lone_word
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
    omittable: Sequence[int] = (),
) -> Table:
    """A ruled table whose header row repeats on every page and whose rows continue across pages.

    `spanning_rows` (indices into `rows`) are group headings that span every column. `omittable` columns
    that every row leaves empty are left out when the office's layout says so (omit_empty_columns).
    """
    if r.omit_empty_columns and omittable and not extra:
        header, rows, widths = without_empty_columns(header, rows, widths, omittable, spanning_rows)
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
    table = ReportTable(
        data, colWidths=list(widths), repeatRows=1, splitByRow=0, splitInRow=1, style=TableStyle(style)
    )
    table.rule_width = r.grid_width_pt
    return table


def without_empty_columns(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    omittable: Sequence[int],
    spanning_rows: Sequence[int] = (),
) -> tuple[list[str], list[list[Cell]], list[float]]:
    """The table without the `omittable` columns no row fills; their width goes to the others in
    proportion, so the table keeps the page's width."""
    body = [row for index, row in enumerate(rows) if index not in spanning_rows]
    empty = {c for c in omittable if body and all(not row[c] for row in body)}
    if not empty or len(empty) >= len(widths):
        return list(header), [list(row) for row in rows], list(widths)
    kept = [c for c in range(len(widths)) if c not in empty]
    total, left = sum(widths), sum(widths[c] for c in kept)
    return (
        [header[c] for c in kept],
        [[row[c] for c in kept] for row in rows],
        [widths[c] * total / left for c in kept],
    )


FULL_ENOUGH = 2 / 3  # a page the typist leaves no emptier than this, but the last
MIN_CUT_LINES = 2  # lines of a cut cell kept on each side of a page break: never a one-line fragment
LAST_PAGE_LINES = 6  # lines of a table's last row carried over when the page before stays FULL_ENOUGH

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

    def _calc_height(self, availHeight: float, availWidth: float, H: Any = None, W: Any = None) -> None:
        calc_height(self, availHeight, availWidth, H, W)  # ReportLab's, in time linear in the rows

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # As a typist fills a page: the first row that does not fit is cut where at least MIN_CUT_LINES
        # lines stay on each side, its title whole on this page; only when it cannot be cut so does it
        # move whole to the next page (a group heading with it, never left at the foot).
        parts = self._cut_row(avail_width, avail_height)
        if not parts:
            parts = self._split_before_unfit(avail_width, avail_height)
        if not parts:
            if not self.on_fresh_page:
                self.on_fresh_page = True  # try again on the next page
                return parts
            parts = self._split(avail_width, avail_height, by_row=False)  # the last resort: ReportLab's cut
        self.on_fresh_page = False
        if len(parts) == 2:
            first, rest = parts  # ReportLab makes both with self.__class__: ReportTables
            first.setStyle([("LINEBELOW", (0, -1), (-1, -1), self.rule_width, colors.black)])
            rest.rule_width = self.rule_width
            rest.on_fresh_page = True  # it goes after a FrameBreak
            return [first, FrameBreak(), rest]
        return parts

    def is_group_row(self, index: int) -> bool:
        """Whether row `index` (0 = the header) is a group heading spanning the table."""
        return ("SPAN", (0, index), (-1, index)) in self._spanCmds

    def first_part_height(self, index: int, *, whole_title: bool = True) -> float:
        """The least of row `index` a page must take with it: its title whole (or, when `whole_title` is
        False, MIN_CUT_LINES lines of it) and MIN_CUT_LINES lines of the other cells; the whole row when it
        is no taller."""
        whole = self.row_height(index)
        if index >= len(self._cellvalues) or self.is_group_row(index):
            return whole
        least = 0.0
        for k, (value, style, width) in enumerate(
            zip(self._cellvalues[index], self._cellStyles[index], self._colWidths, strict=True)
        ):
            paragraphs = [f for f in value if isinstance(f, CellParagraph)] if isinstance(value, list) else []
            if not paragraphs:
                continue
            inner = width - style.leftPadding - style.rightPadding
            lines = sum(p.line_count(inner) for p in paragraphs)
            pitch = max(p.line_height for p in paragraphs)
            kept = lines if k == 0 and whole_title else min(lines, MIN_CUT_LINES)
            least = max(least, kept * pitch + style.topPadding + style.bottomPadding)
        return min(whole, least) if least else whole

    def _header_rows(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1

    def _first_unfit(self, avail_width: float, avail_height: float) -> int | None:
        self._calc(avail_width, avail_height)
        used = 0.0
        for index, height in enumerate(self._rowHeights):
            used += height
            if used > avail_height + 1e-6:
                return index
        return None

    def _split_before_unfit(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Whole rows up to the first that does not fit; a group heading that would end the page goes on
        with its rows."""
        unfit = self._first_unfit(avail_width, avail_height)
        n = self._header_rows()
        if unfit is None:
            return []
        last = unfit - 1
        while last >= n and self.is_group_row(last):
            last -= 1
        if last < n:
            return []
        return self._split(avail_width, sum(self._rowHeights[: last + 1]) + 1e-3, by_row=True)

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

    def _cut_row(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The first row that does not fit, cut into a part that fills the page and the rest.

        Each cell is cut on its own line count, unlike ReportLab's cut at one height for the whole row: a
        cell that ends on this page stays whole, one that goes on keeps at least MIN_CUT_LINES lines on each
        side (the table's last row carries up to LAST_PAGE_LINES over while this page stays FULL_ENOUGH:
        never a last page whose own content is a remnant of a few lines),
        the row's title stays whole on this page unless the page is fresh (a title is read, and searched
        for, whole), and the rest's first cell starts with the measure's number and "(ต่อ)". Returns []
        when the row cannot be cut so.
        """
        n = self._header_rows()
        j = self._first_unfit(avail_width, avail_height)
        if j is None or j < n or self.is_group_row(j):
            return []
        room = avail_height - sum(self._rowHeights[:j])
        last_row = j == len(self._rowHeights) - 1
        widths = self._colWidths
        page = self._page_room()
        used = page - avail_height + sum(self._rowHeights[:j])
        # The table's last row leaves more than a remnant after the page: as many as LAST_PAGE_LINES lines
        # go on, fewer only where taking them would leave this page under FULL_ENOUGH; never fewer than
        # MIN_CUT_LINES + 1 (a page whose own content is a remnant of one or two lines).
        rests = range(LAST_PAGE_LINES, MIN_CUT_LINES, -1) if last_row else (MIN_CUT_LINES,)
        for min_rest in rests:
            head, tail = self._cut_cells(j, room, min_rest)
            if (
                not any(head)
                or not any(tail)
                or max(map(_cell_lines, head, self._cellStyles[j], widths)) < MIN_CUT_LINES
            ):
                continue  # nothing, or one line in every column, would stay on this page
            if min_rest == rests[-1] or used + _row_height(head, self._cellStyles[j], widths) >= (
                FULL_ENOUGH * page
            ):
                break
        else:
            return []
        fresh = j == n and (self.on_fresh_page or avail_height >= self._page_room() - 1)
        tail_lines = max(map(_cell_lines, tail, self._cellStyles[j], widths))
        if last_row and not fresh and tail_lines <= 2 * MIN_CUT_LINES and used >= FULL_ENOUGH * page:
            return []  # the table's last row whole on the last page rather than its last lines alone
        # The measure's title stays whole (it reads, and is found by a search, whole): the row moves, unless
        # that would leave this page less than FULL_ENOUGH filled; then the title too is cut with
        # MIN_CUT_LINES lines on each side.
        if tail[0] and not fresh and (not head[0] or used >= FULL_ENOUGH * page):
            return []
        first = _labelled_paragraph(self._cellvalues[j][0])
        if first is not None:
            tail[0] = _under_label(first, tail[0])
        styles = [list(row) for row in self._cellStyles]
        styles.insert(j + 1, [style.copy() for style in self._cellStyles[j]])
        heights = list(self._rowHeights)
        heights[j : j + 1] = [
            _row_height(head, self._cellStyles[j], self._colWidths),
            _row_height(tail, self._cellStyles[j], self._colWidths),
        ]
        data = [list(row) for row in self._cellvalues]
        data[j : j + 1] = [head, tail]
        cut = self.__class__(
            data, colWidths=self._colWidths, rowHeights=heights, repeatRows=self.repeatRows,
            splitByRow=0, splitInRow=1, normalizedData=1, cellStyles=styles, ident=self.ident,
            spaceBefore=getattr(self, "spaceBefore", None), spaceAfter=getattr(self, "spaceAfter", None),
        )  # fmt: skip
        for name in _COMMANDS:
            setattr(cut, name, self._stretchCommands(j, getattr(self, name), len(self._rowHeights)))
        cut.rule_width = self.rule_width
        parts = cut._split(avail_width, sum(heights[: j + 1]) + 1e-3, by_row=True)
        return parts if len(parts) == 2 else []

    def _cut_cells(self, j: int, room: float, min_rest: int) -> tuple[list[Cell], list[Cell]]:
        """Row `j` cut cell by cell into what fits `room` and the rest (at least `min_rest` lines of a
        cell that goes on)."""
        head: list[Cell] = []
        tail: list[Cell] = []
        for value, style, width in zip(
            self._cellvalues[j], self._cellStyles[j], self._colWidths, strict=True
        ):
            top, rest = _cut_cell(
                list(value) if isinstance(value, (list, tuple)) else [], style, width, room, min_rest=min_rest
            )
            head.append(top)
            tail.append(rest)
        return head, tail

    def _page_room(self) -> float:
        frame = self._doctemplateAttr("frame") if hasattr(self, "_doctemplateAttr") else None
        if frame is None:
            return 1e9
        return float(frame._height - frame._topPadding - frame._bottomPadding)


def _cut_cell(
    value: Cell, style: Any, width: float, room: float, *, min_rest: int = MIN_CUT_LINES
) -> tuple[Cell, Cell]:
    """What of one cell goes on this page (`room` high, paddings included) and what goes on (at least
    `min_rest` lines of it)."""
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
    keep = min(fit, sum(counts) - min_rest)
    texts = [line.text for p in paragraphs for line in p.laid_lines(inner_width)]
    while keep > MIN_CUT_LINES and is_lone_word([texts[keep - 1]]):
        keep -= 1  # the page's last line of the cell is not one short word alone ("ของ")
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


def _cell_lines(value: Cell, style: Any, width: float) -> int:
    inner = width - style.leftPadding - style.rightPadding
    return sum(f.line_count(inner) for f in value if isinstance(f, CellParagraph))


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
