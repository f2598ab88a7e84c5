"""Timing the Thai engine: the dictionary's one-time load, and laying out a full A4 page of body text.

Run from the repository root:  .venv/bin/python -m benchmarks.thai_layout
Figures go into the issue's notes, never into assertions.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from itadesk.thai import layout, linebreak, segment, shaping
from itadesk.thai.fonts import REGULAR, register_font
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from tests.thai.samples import BODY

CM = 72 / 2.54
WIDTH = A4[0] - 3 * CM - 2 * CM  # a memo's body: 3 cm left, 2 cm right margin
STYLE = TextStyle(size=16, align="justify", first_line_indent=2.5 * CM)


def page_of_paragraphs() -> list[str]:
    """Enough distinct paragraphs to fill one A4 page of 16 pt body text (about 36 lines)."""
    paragraphs: list[str] = []
    lines = 0
    n = 0
    while lines < 36:
        # Vary every paragraph so no cache holds a previous one's answer.
        text = f"ข้อ {n + 1}. " + BODY[n % len(BODY)] + f" (ครั้งที่ {n + 1})"
        paragraph = ThaiParagraph(text, STYLE)
        paragraph.wrap(WIDTH, 10_000)
        lines += len(paragraph.lines(WIDTH))
        paragraphs.append(text)
        n += 1
    return paragraphs


def clear_text_caches() -> None:
    segment.segment.cache_clear()
    linebreak.break_opportunities.cache_clear()
    shaping._shape_cached.cache_clear()
    layout._advance_units.cache_clear()


def lay_out(paragraphs: list[str]) -> int:
    lines = 0
    for text in paragraphs:
        paragraph = ThaiParagraph(text, STYLE)
        paragraph.wrap(WIDTH, 10_000)
        lines += len(paragraph.lines(WIDTH))
    return lines


def draw(paragraphs: list[str]) -> None:
    canvas = Canvas(io.BytesIO(), pagesize=A4, initialFontName=REGULAR)
    y = A4[1] - 2.5 * CM
    for text in paragraphs:
        paragraph = ThaiParagraph(text, STYLE)
        _, height = paragraph.wrap(WIDTH, 10_000)
        paragraph.drawOn(canvas, 3 * CM, y - height)
        y -= height
    canvas.showPage()
    canvas.save()


def median_ms(run: Callable[[], object], before: Callable[[], None] | None = None, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    register_font(REGULAR)
    start = time.perf_counter()
    segment.load_dictionary()
    dictionary_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    shaping.shaping_face(REGULAR)
    face_ms = (time.perf_counter() - start) * 1000

    paragraphs = page_of_paragraphs()
    lines = lay_out(paragraphs)
    chars = sum(len(p) for p in paragraphs)
    cold_text = median_ms(lambda: lay_out(paragraphs), before=clear_text_caches)
    warm = median_ms(lambda: lay_out(paragraphs))
    drawn = median_ms(lambda: draw(paragraphs), before=clear_text_caches)
    print(f"dictionary load (once, lazily): {dictionary_ms:.0f} ms; font face load: {face_ms:.0f} ms")
    print(f"page: {len(paragraphs)} paragraphs, {lines} lines, {chars} characters, width {WIDTH:.0f} pt")
    print(f"lay out a full page, new text (caches cleared), median of 20: {cold_text:.1f} ms")
    print(f"lay out the same page again (caches warm), median of 20: {warm:.1f} ms")
    print(f"lay out and draw the page into a PDF canvas, new text, median of 20: {drawn:.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
