"""Single lines of Thai drawn straight onto a ReportLab canvas (memo header values, signatures, page numbers).

Shaped with HarfBuzz and drawn with the exact text layer, like ThaiParagraph; no line breaking ("\\n" and
tabs print as spaces).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from itadesk.thai.fonts import register_font
from itadesk.thai.layout import run_width
from itadesk.thai.render import GlyphRun, PlacedGlyph, draw_line, glyph_run
from itadesk.thai.shaping import clean_for_page, shaping_face


def text_width(text: str, font_name: str, size: float) -> float:
    """Advance width in points of a shaped line of text."""
    return run_width(clean_for_page(text), font_name, size)


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    align: str = "left",
    color: str | None = None,
) -> float:
    """Draw one line with its baseline at y; x is its left edge, centre or right edge by `align`.

    Returns the width. `color` ("#rrggbb") defaults to the canvas's current fill colour.
    """
    register_font(font_name)
    clean, glyphs, width, run = _shaped_line(text, font_name, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_line(canvas, x, y, font_name, size, glyphs, clean, color, run=run)
    return width


@lru_cache(maxsize=1024)
def _shaped_line(
    text: str, font_name: str, size: float
) -> tuple[str, tuple[PlacedGlyph, ...], float, GlyphRun]:
    """A line shaped once however often it is drawn (page numbers, signatures, headers): its cleaned text,
    glyphs, width and operators."""
    clean = clean_for_page(text)
    face = shaping_face(font_name)
    shaped = face.shape(clean)
    scale = size / face.upem
    glyphs = tuple(PlacedGlyph(g.gid, g.text, g.x * scale, g.y * scale) for g in shaped.glyphs)
    return clean, glyphs, shaped.advance * scale, glyph_run(font_name, size, glyphs)
