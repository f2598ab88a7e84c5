"""A heading over a table goes with the table's header row and the first lines of its first row: when they do
not fit under it, it starts the next page with them instead of ending this one alone (example 003's "(IIT)"
heading stood at a page's foot with its table on the next page).

keepWithNext would keep the heading with the whole table and push a long table that could start here to a
new page; what has to come along is only what the table will print first: its header and the least of its
first row the table cuts off (ReportTable.first_part_height: two lines, or the title whole); a row taller
than a page starts a page of its own, and the heading with it.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from itadesk.documents.layout import CM, ReportLayout
from itadesk.documents.report_table import FULL_ENOUGH, ReportTable
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

_UNBOUNDED = 1e9


class RoomForTable(CondPageBreak):  # type: ignore[misc]
    """A CondPageBreak whose height is the heading's and the table's first printed part, known at wrap."""

    def __init__(self, heading: Flowable, table: ReportTable, minimum: float) -> None:
        super().__init__(minimum)
        self.heading, self.table, self.minimum = heading, table, minimum

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        page: float = frame._height - frame._topPadding - frame._bottomPadding if frame else _UNBOUNDED
        heading: float = self.heading.wrap(avail_width, _UNBOUNDED)[1]
        heading += self.heading.getSpaceBefore() + self.heading.getSpaceAfter()
        # A page less than FULL_ENOUGH filled takes the first row's title cut too, as the table does.
        whole_title = page - avail_height >= FULL_ENOUGH * page
        header = self.table.row_height(0)
        first = self.table.first_part_height(1, whole_title=whole_title)
        if self.table.is_group_row(1):  # a group heading row goes with the first lines of its first measure
            first = self.table.row_height(1) + self.table.first_part_height(2, whole_title=whole_title)
        if heading + header + first <= page:
            self.height = heading + header + first
        else:
            # A first row taller than a page is cut from the top of a page (its title whole): the heading
            # starts that page with it, and the table, already on it, is cut there at once.
            self.table.on_fresh_page = True
            at_top = avail_height >= page - 1
            self.height = 0.0 if at_top else avail_height + 1
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


def heading_over(text: str, style: TextStyle, table: ReportTable, r: ReportLayout) -> list[Flowable]:
    """The heading, to be followed by `table`, kept with what the table prints first."""
    paragraph = ThaiParagraph(text, style)
    return [RoomForTable(paragraph, table, r.heading_min_space_cm * CM), paragraph]
