"""A table's row heights in time linear in its rows.

ReportLab's `Table._calc_height` finds the next row to measure with `None in H` and `H.index(None)` and, for
a long table, adds up every row above it again after each row (`sum(H[:i + 1])`): every page of a report of
N rows scans all N, so a 3000-measure report spent most of its time there (its own time ×42 from 300 to 3000
measures). `calc_height` is the same measurement, row by row in one pass with a running height; the
running height decides nothing alone: where it comes near the room left, the exact sum ReportLab takes
decides, so every table is cut where it was. The cells themselves keep their laid-out lines
(ThaiParagraph), so a row measured again on the next page costs little.

Adapted from ReportLab's `Table._calc_height` (reportlab/platypus/tables.py, BSD licence), keeping its
behaviour: spans, minimum row heights, the long-table early stop and row positions.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import annotateException
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import _calc_pc, spanFixDim

NEAR = 1.0  # points: a running height this near the room left is checked by the exact sum


def calc_height(table: Any, availHeight: float, availWidth: float, H: Any = None, W: Any = None) -> None:
    """`Table._calc_height` in one pass over the rows (the names are ReportLab's)."""
    H = table._argH
    if not W:
        W = _calc_pc(table._argW, availWidth)

    hmax = lim = len(H)
    long_table = table._longTableOptimize

    if None in H:
        min_row_heights = table._minRowHeights
        canv = getattr(table, "canv", None)
        saved: Any = None
        if table._spanCmds:
            row_span_cells = table._rowSpanCells
            col_span_cells = table._colSpanCells
            span_ranges = table._spanRanges
            colpositions = table._colpositions
        else:
            row_span_cells = col_span_cells = ()
            span_ranges = {}
        if canv:
            saved = canv._fontname, canv._fontsize, canv._leading
        H0 = H
        H = H[:]
        table._rowHeights = H
        span_cons: dict[tuple[int, int], float] = {}
        running = 0.0  # the height of the rows above, added as they come (an estimate: see NEAR)
        stopped = False
        for i in range(lim):
            if H[i] is not None:
                running += H[i]
                continue
            V = table._cellvalues[i]
            S = table._cellStyles[i]
            h = 0
            for j, (v, s, w) in enumerate(list(zip(V, S, W, strict=False))):
                ji = j, i
                span = span_ranges.get(ji)
                if ji in row_span_cells and not span:
                    continue
                if isinstance(v, (tuple, list, Flowable)):
                    v = V[j] = table._cellListProcess(v, w, None)
                    if w is None and not table._canGetWidth(v):
                        raise ValueError(
                            f"Flowable {v[0].identity()} in cell({i},{j}) can't have auto width\n"
                            f"{table.identity(30)}"
                        )
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = (
                            s.fontname, s.fontsize, s.leading or 1.2 * s.fontsize,
                        )  # fmt: skip
                    if ji in col_span_cells:
                        if not span:
                            continue
                        w = max(colpositions[span[2] + 1] - colpositions[span[0]], w or 0)
                    dW, t = table._listCellGeom(v, w or table._listValueWidth(v), s)
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = saved
                    dW = dW + s.leftPadding + s.rightPadding
                    if dW > (w or 0) and not rl_config.allowTableBoundsErrors & 1:
                        from reportlab.platypus.doctemplate import LayoutError

                        raise LayoutError(
                            f"Flowable {v[0].identity(30)} ({fp_str(dW)}x{fp_str(t)} points) too wide for "
                            f"cell({i},{j}) (fp_str(w)x* points) in\n{table.identity(30)}"
                        )
                else:
                    v = ((v is not None and str(v)) or "").split("\n")
                    t = (s.leading or 1.2 * s.fontsize) * len(v)
                t += s.bottomPadding + s.topPadding
                if span:
                    r0 = span[1]
                    r1 = span[3]
                    if r0 != r1:
                        x = r0, r1
                        span_cons[x] = max(span_cons.get(x, t), t)
                        t = 0
                if t > h:
                    h = t
            H[i] = max(min_row_heights[i], h) if min_row_heights else h
            running += H[i]
            # ReportLab stops early only when rows span rows (never in our tables); it then checks the exact
            # sum, and so do we, only where the running height comes near the room.
            if long_table and span_cons and running > availHeight - NEAR:
                hmax = i + 1
                height = sum(H[:hmax])  # exactly as ReportLab adds them
                if height > availHeight and hmax > max(x[1] for x in span_cons):
                    stopped = True
                    break
        if not stopped:
            hmax = lim
        if span_cons:
            try:
                spanFixDim(H0, H, span_cons)
            except Exception:
                annotateException(
                    f"\nspanning problem in {table.identity()} hmax={hmax} lim={lim} avail={availWidth} x "
                    f"{availHeight}\nH0={H0!r} H={H!r}\nspanCons={span_cons!r}"
                )
    elif long_table:
        # Every height known (the rest of a table cut by a page carries them): the positions of the rows
        # that reach past the room are all a page asks for; a table that fits gets them all.
        hmax = _rows_reaching(H, availHeight)

    # the row positions, from the bottom up, as ReportLab adds them (compensated)
    table._rowpositions = positions = []
    height = c = 0
    for i in range(hmax - 1, -1, -1):
        positions.append(height)
        y = H[i] - c
        t = height + y
        c = (t - height) - y
        height = t
    positions.append(height)
    table._height = height
    positions.reverse()
    table._hmax = hmax


def _rows_reaching(H: list[float], room: float) -> int:
    """How many rows, from the top, it takes to pass `room` (all of them when they fit), the heights added
    as ReportLab adds them where it matters."""
    running = 0.0
    for i, height in enumerate(H):
        running += height
        if running > room - NEAR and sum(H[: i + 1]) > room:
            return i + 1
    return len(H)
