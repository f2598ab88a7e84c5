"""Lines of shaped Thai: broken, measured, aligned and justified, ready to draw.

Thai distributed justification: the slack of a justified line goes to the spaces and between grapheme
clusters of Thai and Latin text alike (never between a letter and its marks), each cluster gap at most
`LETTER_SPACING_MAX_EM`, a space with its stretch at most `WORD_SPACE_MAX_EM`; the last line of a paragraph
stays left. Extra space is only glyph positions, never a character, so the extracted text keeps no spurious
spaces. The breaks of a paragraph are chosen together (`balance`, total fit) so that lines can be filled
within those limits and no paragraph ends in one short word; a line that no choice of breaks can fill
gives its spaces the rest, or, having none, stays a little short.
"""

from __future__ import annotations

import copy
import functools
import itertools
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from itadesk.thai.balance import (
    LETTER_SPACING_LAST_RESORT_EM,
    LETTER_SPACING_MAX_EM,
    WORD_SPACE_MAX_EM,
    Stretch,
    break_paragraph,
    has_lone_word,
    is_gap,
)
from itadesk.thai.linebreak import break_opportunities, fill_lines, pieces
from itadesk.thai.render import GlyphRun, PlacedGlyph, glyph_run
from itadesk.thai.shaping import ShapedRun, advances_by_char, shaping_face

Align = Literal["left", "center", "right", "justify"]

__all__ = [
    "LAID_OUT_CACHE",
    "LETTER_SPACING_LAST_RESORT_EM",
    "LETTER_SPACING_MAX_EM",
    "WORD_SPACE_MAX_EM",
    "Line",
    "laid_out",
    "layout_lines",
    "run_width",
]
SPACE_WEIGHT = 12.0  # a space takes this many shares of the slack for each share a cluster gap takes


class Line:
    """One laid-out line. Its glyphs, width and offset are worked out when first asked for (drawing),
    so laying out a paragraph to learn its height does not shape every line."""

    def __init__(
        self,
        text: str,
        start: int,
        ends_paragraph: bool,
        font_name: str,
        size: float,
        room: float,
        align: Align,
    ) -> None:
        self.text = text  # as typed, with the spaces the break swallowed: the line's text layer
        self.start = start  # index in the laid-out text where the line begins
        self.ends_paragraph = ends_paragraph  # before a "\n" or at the end: never justified
        self._font_name, self._size, self._room, self._align = font_name, size, room, align

    def __repr__(self) -> str:
        return f"Line({self.text!r}, start={self.start}, ends_paragraph={self.ends_paragraph})"

    def moved(self, by: int) -> Line:
        """The same line in a text that begins `by` characters later (the rest of a split paragraph)."""
        twin = copy.copy(self)
        twin.start = self.start - by
        return twin

    @functools.cached_property
    def _placed(self) -> tuple[tuple[PlacedGlyph, ...], float]:
        return _place(self.text, self._font_name, self._size, self._room, self._align, self.ends_paragraph)

    @property
    def glyphs(self) -> tuple[PlacedGlyph, ...]:
        """x from the line's left edge, in points, justification included."""
        return self._placed[0]

    @functools.cached_property
    def run(self) -> GlyphRun:
        """The glyphs as PDF operators, codes left open (drawn again without working them out again)."""
        return glyph_run(self._font_name, self._size, self.glyphs)

    @property
    def width(self) -> float:
        """Drawn width in points (the room, for a justified line that could be filled)."""
        return self._placed[1]

    @property
    def offset(self) -> float:
        """Where the line starts within its room (alignment)."""
        if self._align == "right":
            return self._room - self.width
        if self._align == "center":
            return (self._room - self.width) / 2
        return 0.0


def run_width(text: str, font_name: str, size: float) -> float:
    """Shaped advance width of `text` (already cleaned) in points."""
    face = shaping_face(font_name)
    return _advance_units(font_name, text) * size / face.upem


@lru_cache(maxsize=65536)
def _advance_units(font_name: str, text: str) -> float:
    return sum(advances_by_char(font_name, text)) if text else 0.0


class _Measure:
    """Widths of the pieces of one line of text, read off a single shaping of the whole line.

    Pieces begin and end on cluster boundaries, so the advances of the glyphs of each cluster add up to
    the piece's width; a piece not seen in the line (a long word cut finer) is shaped on its own.
    """

    def __init__(self, font_name: str, size: float, text: str, units: list[str]) -> None:
        self.font_name = font_name
        self.scale = size / shaping_face(font_name).upem
        self.known: dict[str, float] = {}
        prefix = list(itertools.accumulate(advances_by_char(font_name, text), initial=0.0))
        pos = 0
        for unit in units:
            bare = len(unit.rstrip(" "))
            self.known[unit] = (prefix[pos + len(unit)] - prefix[pos]) * self.scale
            self.known[unit[:bare]] = (prefix[pos + bare] - prefix[pos]) * self.scale
            pos += len(unit)

    def __call__(self, piece: str) -> float:
        width = self.known.get(piece)
        if width is None:
            width = self.known[piece] = _advance_units(self.font_name, piece) * self.scale
        return width


def layout_lines(
    text: str,
    font_name: str,
    size: float,
    room: Callable[[int], float],
    align: Align = "left",
    *,
    last_line_ends: bool = True,
) -> list[Line]:
    """Break `text` (cleaned, with "\\n" as hard line breaks) into lines; `room(n)` is line n's width.

    `last_line_ends=False` when the paragraph goes on elsewhere (a split): its last line is justified too.
    """
    lines: list[Line] = []
    pos = 0
    hard_lines = text.split("\n")
    for h, hard_line in enumerate(hard_lines):
        units = pieces(hard_line, break_opportunities(hard_line)) if hard_line else [""]
        measure = _Measure(font_name, size, hard_line, units)
        widths = functools.partial(_room_from, room, len(lines))
        filled = fill_lines(units, measure, widths)
        if len(filled) > 1 and (align == "justify" or has_lone_word(filled)):
            # Justified: always chosen together. Ragged (cells, headers): greedy lines are as good unless
            # one of them holds one short word alone; then a word comes down from the line above, or the
            # lines are filled otherwise, never adding a line.
            stretch = Stretch.for_size(size, measure(" ")) if align == "justify" else None
            filled = break_paragraph([p for line in filled for p in line], measure, widths, stretch)
        for k, parts in enumerate(filled):
            last = k == len(filled) - 1 and (last_line_ends or h < len(hard_lines) - 1)
            lines.append(Line("".join(parts), pos, last, font_name, size, room(len(lines)), align))
            pos += sum(len(p) for p in parts)
        pos += 1  # the "\n"
    return lines


LAID_OUT_CACHE = 4096  # paragraphs whose lines are kept (a 70-measure report has some 500 cells)


@lru_cache(maxsize=LAID_OUT_CACHE)
def laid_out(
    text: str, font_name: str, size: float, first_room: float, room: float, align: Align, last_line_ends: bool
) -> tuple[Line, ...]:
    """`layout_lines` of a paragraph whose first line has `first_room` and every other `room`, kept for the
    next time the same text is laid out in the same style at the same width (the same cell or paragraph in
    the next print or preview): each line's glyphs and operators are then worked out once. Every argument
    is part of the key, so a change of text, width or style lays the paragraph out anew."""
    rooms = functools.partial(_first_or_rest, first_room, room)
    return tuple(layout_lines(text, font_name, size, rooms, align, last_line_ends=last_line_ends))


def _first_or_rest(first: float, rest: float, n: int) -> float:
    return first if n == 0 else rest


def _room_from(room: Callable[[int], float], first: int, n: int) -> float:
    return room(first + n)


def _place(
    raw: str, font_name: str, size: float, room: float, align: Align, ends_paragraph: bool
) -> tuple[tuple[PlacedGlyph, ...], float]:
    """The line's glyphs placed (justification spread), and its drawn width."""
    text = raw.rstrip(" ")
    face = shaping_face(font_name)
    run = face.shape(text) if text else ShapedRun(text, (), 0.0, ())
    scale = size / face.upem
    natural = run.advance * scale
    extras: dict[int, float] = {}
    width = natural
    if align == "justify" and not ends_paragraph and room > natural:
        extras = _justification(run, text, room - natural, font_name, size)
        width = natural + sum(extras.values())
    shift = 0.0
    cumulative: dict[int, float] = {}
    for cluster, _x in run.cluster_starts:
        shift += extras.get(cluster, 0.0)
        cumulative[cluster] = shift
    glyphs = tuple(
        PlacedGlyph(g.gid, g.text, g.x * scale + cumulative.get(g.cluster, 0.0), g.y * scale)
        for g in run.glyphs
    )
    trailing = raw[len(text) :]
    if trailing and face.space_glyph is not None:
        # The typed space stays in the text layer (copying across lines keeps words apart) but takes no room.
        glyphs += (PlacedGlyph(face.space_glyph, trailing, width, 0.0, zero_width=True),)
    return glyphs, width


def _justification(run: ShapedRun, text: str, slack: float, font_name: str, size: float) -> dict[int, float]:
    """Extra space before each cluster (keyed by the cluster's text index) that fills `slack` points.

    Spaces take SPACE_WEIGHT shares for each share of a cluster gap; a gap takes at most the letter-spacing
    limit, and when the spaces would pass theirs, the gaps take more (up to their limit) before the spaces
    take the rest. A line without spaces fills up to the last-resort gap, and short of that stays short.
    """
    spaces: list[int] = []
    gaps: list[int] = []
    for cluster, _x in run.cluster_starts[1:]:
        before, here = text[cluster - 1], text[cluster]
        if here == " ":
            continue
        if before == " ":
            spaces.append(cluster)
        elif is_gap(before, here):
            gaps.append(cluster)
    space_width = run_width(" ", font_name, size) if spaces else 0.0
    limits = Stretch.for_size(size, space_width)
    shares = SPACE_WEIGHT * len(spaces) + len(gaps)
    if shares == 0:
        return {}
    if not spaces:
        return dict.fromkeys(gaps, min(slack / shares, LETTER_SPACING_LAST_RESORT_EM * size))
    per_gap = min(slack / shares, limits.per_gap)
    per_space = (slack - per_gap * len(gaps)) / len(spaces)
    if per_space > limits.per_space and gaps:
        per_gap = min(limits.per_gap, (slack - limits.per_space * len(spaces)) / len(gaps))
        per_space = (slack - per_gap * len(gaps)) / len(spaces)
    extras = dict.fromkeys(gaps, per_gap)
    extras.update(dict.fromkeys(spaces, per_space))
    return extras
