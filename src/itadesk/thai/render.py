"""Writing positioned glyphs into a ReportLab canvas's content stream, with an exact text layer.

Each line is one text object: the glyphs in typed order, every one placed where HarfBuzz (plus any
justification space) put it by TJ adjustments, inside a marked-content span whose /ActualText is the typed
line, so poppler (pdftotext, most viewers' copy) reads the line as typed even where its heuristics would
add or move things.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import toColor

from itadesk.thai.pdffont import document_font


@dataclass(frozen=True, slots=True)
class PlacedGlyph:
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


def line_operators(
    canvas: Any,
    x: float,
    y: float,
    font_name: str,
    size: float,
    glyphs: Sequence[PlacedGlyph],
    actual_text: str,
    color: str | None = None,
) -> str:
    """The PDF operators that draw one line of glyphs with its baseline at (x, y)."""
    font = document_font(canvas, font_name)
    ops: list[str] = ["q"]
    if color is not None:
        c = toColor(color)
        ops.append(f"{_num(c.red)} {_num(c.green)} {_num(c.blue)} rg")
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
) -> None:
    """Draw one line of glyphs on the canvas with its baseline at (x, y)."""
    if not glyphs:
        return
    canvas.addLiteral(line_operators(canvas, x, y, font_name, size, glyphs, actual_text, color))
