"""ThaiParagraph: a ReportLab flowable of plain Thai text (no markup), shaped, broken at words, aligned.

Text prints exactly as typed: no markup is read, "\\n" is a line break. A paragraph taller than the room left
splits by lines and continues in the next frame, cell or page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from reportlab.platypus import Flowable

from itadesk.thai.fonts import REGULAR, register_font
from itadesk.thai.layout import Line, laid_out, run_width
from itadesk.thai.linebreak import break_opportunities, pieces
from itadesk.thai.render import draw_line
from itadesk.thai.shaping import clean_for_page

Align = Literal["left", "center", "right", "justify"]
KEEP_LINES = 2  # lines of a paragraph split by a page kept on each side


@lru_cache(maxsize=8192)
def _cleaned(text: str) -> str:
    return clean_for_page(text, keep_newlines=True)


@dataclass(frozen=True, slots=True)
class TextStyle:
    font_name: str = REGULAR
    size: float = 16.0
    leading: float | None = None  # None: 1.2 × size
    align: Align = "left"  # "justify" is Thai distributed justification, the last line left
    first_line_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    color: str = "#000000"

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.2

    def with_(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class ThaiParagraph(Flowable):  # type: ignore[misc]
    """Plain text in one style. Splits across frames and pages like a Paragraph.

    The first baseline sits `size` below the top and lines are `line_height` apart, as in ReportLab's
    Paragraph, so the height is lines × line_height.
    """

    def __init__(
        self, text: str, style: TextStyle, *, continued: bool = False, open_end: bool = False
    ) -> None:
        super().__init__()
        register_font(style.font_name)
        self.text = text
        self.style = style
        # continued: this is the rest of a split paragraph (no first-line indent, no space before);
        # open_end: the paragraph goes on in another fragment (its last line is justified, no space after).
        self.continued = continued
        self.open_end = open_end
        self._clean = _cleaned(text)
        self._breaks_mid_line = False  # a fragment cut inside a paragraph: its last line is justified
        self._kept: tuple[float, list[Line]] | None = None  # a split's first part keeps the lines it had
        self._lines: list[Line] = []
        self._laid_for: float | None = None

    def _inner_room(self, avail_width: float) -> float:
        return avail_width - self.style.left_indent - self.style.right_indent

    def _first_indent(self, n: int) -> float:
        return self.style.first_line_indent if n == 0 and not self.continued else 0.0

    def lines(self, avail_width: float) -> list[Line]:
        """The laid-out lines at this width (cached for the last width asked)."""
        if self._laid_for != avail_width and self._kept is not None and self._kept[0] == avail_width:
            self._lines, self._laid_for = list(self._kept[1]), avail_width
        if self._laid_for != avail_width:
            inner = self._inner_room(avail_width)
            if not self._clean:
                self._lines = []
            else:
                style = self.style
                self._lines = list(
                    laid_out(
                        self._clean, style.font_name, style.size, inner - self._first_indent(0),
                        inner - self._first_indent(1), style.align, not self._breaks_mid_line,
                    )
                )  # fmt: skip
            self._laid_for = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.lines(avail_width)) * self.style.line_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split at a page's end as a typist does: at least KEEP_LINES lines on each side (no line alone at
        a page's foot, no one-word line opening the next), else the paragraph moves whole."""
        lines = self.lines(avail_width)
        fit = int((avail_height + 1e-6) // self.style.line_height)
        if fit >= len(lines):
            return [self]
        keep = min(fit, len(lines) - KEEP_LINES)
        if keep < KEEP_LINES:
            return []
        return self.cut(avail_width, keep * self.style.line_height)

    def cut(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The lines that fit `avail_height` and the rest, exactly (a caller that chose the line itself)."""
        lines = self.lines(avail_width)
        fit = int((avail_height + 1e-6) // self.style.line_height)
        if fit >= len(lines):
            return [self]
        if fit <= 0:
            return []
        cut = lines[fit].start
        at_hard_break = self._clean[cut - 1] == "\n"
        head = ThaiParagraph(
            self._clean[: cut - 1] if at_hard_break else self._clean[:cut],
            self.style,
            continued=self.continued,
            open_end=True,
        )
        head._breaks_mid_line = not at_hard_break
        head._kept = (avail_width, lines[:fit])
        tail = ThaiParagraph(self._clean[cut:], self.style, continued=True, open_end=self.open_end)
        tail._breaks_mid_line = self._breaks_mid_line
        # The rest keeps the lines already laid out for this width: a long text split over many pages is
        # laid out once, not once per page (10 000 characters in a cell made that quadratic).
        tail._kept = (avail_width, [line.moved(cut) for line in lines[fit:]])
        return [head, tail]

    def minWidth(self) -> float:  # ReportLab's name: the narrowest width that breaks no word
        widest = 0.0
        for hard_line in self._clean.split("\n"):
            for unit in pieces(hard_line, break_opportunities(hard_line)):
                widest = max(widest, run_width(unit.rstrip(" "), self.style.font_name, self.style.size))
        return widest + self.style.left_indent + self.style.right_indent

    def draw(self) -> None:
        style = self.style
        lines = self.lines(self.width)
        for n, line in enumerate(lines):
            x = style.left_indent + self._first_indent(n) + line.offset
            y = self.height - style.size - n * style.line_height
            draw_line(
                self.canv,
                x,
                y,
                style.font_name,
                style.size,
                line.glyphs,
                line.text,
                style.color,
                run=line.run,
            )

    def getSpaceBefore(self) -> float:  # ReportLab's name
        return 0.0 if self.continued else self.style.space_before

    def getSpaceAfter(self) -> float:  # ReportLab's name
        return 0.0 if self.open_end else self.style.space_after
