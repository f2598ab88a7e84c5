"""A report table measures its rows in one pass (documents/table_height.py) and gets what ReportLab's own
measurement gives: the same row heights, the same height where the table fits, and, where it does not, the
same rows up to the first that passes the room — so every page is cut where it was."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Table

from itadesk.documents.layout import layout
from itadesk.documents.report_table import ReportTable, report_table
from itadesk.documents.tables import ReportStyles, measure_cell, numbered_cell, spanning_row, text_cell
from itadesk.documents.text import Localizer
from tests.documents.helpers import made_up_measure

ROOM = 480.0  # a landscape page's frame, about


def made_table(rows: int) -> ReportTable:
    r = layout().report
    s = ReportStyles.of(r)
    localize = Localizer()
    data: list[list[Any]] = []
    spans: list[int] = []
    for i in range(1, rows + 1):
        if i % 7 == 1:
            spans.append(len(data))
            data.append(spanning_row(f"ส่วนที่ {i // 7 + 1}", 3, s, localize))
        measure = made_up_measure(i, text="มาตรการ " * (i % 5 + 1))
        data.append([
            measure_cell(measure, i, s.cell, localize),
            numbered_cell(measure.steps * (i % 3 + 1), s.cell, localize),
            text_cell(measure.outcome, s.cell, localize),
        ])  # fmt: skip
    return report_table(["มาตรการ", "ขั้นตอน", "ผลลัพธ์"], data, [200.0, 300.0, 200.0], r, s, localize,
                        spanning_rows=spans)  # fmt: skip


def measured(table: ReportTable, room: float, *, reportlab: bool) -> tuple[Any, ...]:
    if reportlab:
        original = ReportTable._calc_height
        ReportTable._calc_height = Table._calc_height  # type: ignore[method-assign]
        try:
            table._calc(700.0, room)
        finally:
            ReportTable._calc_height = original  # type: ignore[method-assign]
    else:
        table._calc(700.0, room)
    return (list(table._rowHeights), list(table._rowpositions), table._height, table._hmax)


@pytest.mark.parametrize("rows", [1, 5, 40])
def test_a_table_that_fits_or_not_is_measured_as_reportlab_measures_it(rows: int) -> None:
    for room in (ROOM, 1e6):
        ours = measured(made_table(rows), room, reportlab=False)
        theirs = measured(made_table(rows), room, reportlab=True)
        assert ours[0] == theirs[0]  # every row's height
        if theirs[2] <= room:
            assert ours == theirs  # fits: the same positions and height
        else:
            hmax = ours[3]
            assert ours[2] > room  # does not fit, and says so
            assert ours[1][-1] == 0 and sum(ours[0][:hmax]) > room


def test_the_rest_of_a_cut_table_measures_the_rows_its_page_needs() -> None:
    table = made_table(40)
    table._calc(700.0, ROOM)
    parts = table.split(700.0, ROOM)
    rest = parts[-1]
    assert isinstance(rest, ReportTable)
    rest._calc(700.0, ROOM)
    assert rest._hmax < len(rest._rowHeights)  # not every row to the end of the report
    assert rest._height > ROOM
    whole = measured(rest, 1e6, reportlab=True)
    assert rest._rowHeights == whole[0]
