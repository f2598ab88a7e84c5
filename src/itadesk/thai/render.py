"""Writing positioned glyphs into a ReportLab canvas's content stream, with an exact text layer.

Each line is one text object: the glyphs in typed order, every one placed where HarfBuzz (plus any
justification space) put it by TJ adjustments, inside a marked-content span whose /ActualText is the typed
line, so poppler (pdftotext, most viewers' copy) reads the line as typed even where its heuristics would
add or move things.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from reportlab.lib.colors import toColor

from itadesk.thai.pdffont import MAX_CODE, DocumentFont, declared_width, document_font


class PlacedGlyph(NamedTuple):  # a tuple: made for every glyph of every line, quicker than a dataclass
    """A glyph at `x` points from the line's start, `rise` points above its baseline."""

    gid: int
    text: str
    x: float
    rise: float = 0.0
    zero_width: bool = False  # takes no room: the spaces swallowed by a line break, kept for the text layer


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@dataclass(frozen=True, slots=True, eq=False)  # one per laid-out line: compared and hashed by identity
class GlyphRun:
    """A line's glyphs as PDF text operators with each glyph's code left open: all of a line's drawing that
    does not depend on the document, worked out once however often the line is drawn."""

    keys: tuple[tuple[int, str, bool], ...]  # (glyph, text, zero width) of each glyph, in drawing order
    template: str  # the TJ (and Ts) operators, "{:04X}" where each glyph's code goes


def glyph_run(font_name: str, size: float, glyphs: Sequence[PlacedGlyph]) -> GlyphRun:
    """The operators that place `glyphs` at `size`: each where HarfBuzz (plus any justification) put it, by
    TJ adjustments from the advance the font declares for its code."""
    scale = 1000.0 / size
    pen = 0.0
    rise = 0.0
    ops: list[str] = []
    items: list[str] = []
    keys: list[tuple[int, str, bool]] = []
    for glyph in glyphs:
        if glyph.rise != rise:
            if items:
                ops.append("[" + " ".join(items) + "] TJ")
                items = []
            rise = glyph.rise
            ops.append(f"{_num(rise)} Ts")
        keys.append((glyph.gid, glyph.text, glyph.zero_width))
        shift = (pen - glyph.x) * scale
        if abs(shift) > 0.0005:
            items.append(_num(shift))
        items.append("<{:04X}>")
        pen = glyph.x + declared_width(font_name, glyph.gid, glyph.text, glyph.zero_width) / scale
    if items:
        ops.append("[" + " ".join(items) + "] TJ")
    if rise:
        ops.append("0 Ts")
    return GlyphRun(tuple(keys), " ".join(ops))


@lru_cache(maxsize=64)
def _fill_operator(color: str) -> str:
    c = toColor(color)
    return f"{_num(c.red)} {_num(c.green)} {_num(c.blue)} rg "


@lru_cache(maxsize=4096)
def _span(actual_text: str) -> str:
    return f"/Span <</ActualText {_actual_text(actual_text)}>> BDC"


def line_operators(
    canvas: Any,
    x: float,
    y: float,
    font_name: str,
    size: float,
    glyphs: Sequence[PlacedGlyph],
    actual_text: str,
    color: str | None = None,
    *,
    run: GlyphRun | None = None,
) -> str:
    """The PDF operators that draw one line of glyphs with its baseline at (x, y); `run` when the caller
    kept the line's `glyph_run`."""
    font = document_font(canvas, font_name)
    if run is None:
        run = glyph_run(font_name, size, glyphs)
    body = font.drawn.get(run)
    if body is None:
        if len(font.codes) + len(run.keys) >= MAX_CODE - 1:  # codes run out: glyphs share one (see code())
            return _line_operators_by_code(font, x, y, size, glyphs, actual_text, color)
        known = font.codes.get
        body = run.template.format(*[known(key) or font.code(*key) for key in run.keys])
        font.drawn[run] = body  # the same line drawn again in this document (a repeated cell) reuses it
    fill = _fill_operator(color) if color is not None else ""
    place = f"1 0 0 1 {_num(x)} {_num(y)} Tm"
    head = f"q {fill}BT /{font.internal_name} {_num(size)} Tf {place} {_span(actual_text)}"
    if not body:
        return head + " EMC ET Q"
    return f"{head} {body} EMC ET Q"


def _line_operators_by_code(
    font: DocumentFont,
    x: float,
    y: float,
    size: float,
    glyphs: Sequence[PlacedGlyph],
    actual_text: str,
    color: str | None,
) -> str:
    """line_operators placing each glyph from the width of the code it is given (when the document has run
    out of codes, a glyph may be drawn with another text's code)."""
    ops: list[str] = ["q"]
    if color is not None:
        ops.append(_fill_operator(color).rstrip())
    ops.append(f"BT /{font.internal_name} {_num(size)} Tf 1 0 0 1 {_num(x)} {_num(y)} Tm")
    ops.append(f"/Span <</ActualText {_actual_text(actual_text)}>> BDC")
    scale = 1000.0 / size
    pen = 0.0
    rise = 0.0
    items: list[str] = []
    for glyph in glyphs:
        if glyph.rise != rise:
            if items:
                ops.append("[" + " ".join(items) + "] TJ")
                items = []
            rise = glyph.rise
            ops.append(f"{_num(rise)} Ts")
        code = font.code(glyph.gid, glyph.text, glyph.zero_width)
        shift = (pen - glyph.x) * scale
        if abs(shift) > 0.0005:
            items.append(_num(shift))
        items.append(f"<{code:04X}>")
        pen = glyph.x + font.widths[code] / scale
    if items:
        ops.append("[" + " ".join(items) + "] TJ")
    if rise:
        ops.append("0 Ts")
    ops.append("EMC ET Q")
    return " ".join(ops)


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    font_name: str,
    size: float,
    glyphs: Sequence[PlacedGlyph],
    actual_text: str,
    color: str | None = None,
    *,
    run: GlyphRun | None = None,
) -> None:
    """Draw one line of glyphs on the canvas with its baseline at (x, y) (`run`: see line_operators)."""
    if not glyphs:
        return
    canvas.addLiteral(line_operators(canvas, x, y, font_name, size, glyphs, actual_text, color, run=run))
