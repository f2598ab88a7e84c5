"""Lines of shaped Thai: broken, measured, aligned and justified, ready to draw.

Thai distributed justification: the slack of a justified line goes to the spaces and between grapheme
clusters of Thai text (never between a letter and its marks, never inside Latin words), each cluster gap at
most `CLUSTER_GAP_MAX_EM`, the rest to the spaces; the last line of a paragraph stays left. Extra space
is only glyph positions, never a character, so the extracted text keeps no spurious spaces. The breaks
of a justified paragraph are chosen together (`balance`) so that lines can be filled; a line without
spaces whose slack its capped gaps cannot take (rare, in narrow columns) stays a little short.
"""

from __future__ import annotations

import copy
import functools
import itertools
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from itadesk.thai.balance import balance_lines
from itadesk.thai.linebreak import break_opportunities, fill_lines, is_thai_letter, pieces
from itadesk.thai.render import PlacedGlyph
from itadesk.thai.shaping import ShapedRun, advances_by_char, shaping_face

Align = Literal["left", "center", "right", "justify"]

# A cluster gap wider than this reads as a space: extractors cut words at gaps of about 0.15 em or 3 pt.
CLUSTER_GAP_MAX_EM = 0.12
CLUSTER_GAP_MAX_PT = 2.0
SPACE_WEIGHT = 4.0  # a space takes this many shares of the slack for each share a cluster gap takes


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
        if align == "justify" and len(filled) > 1:
            cap = min(CLUSTER_GAP_MAX_EM * size, CLUSTER_GAP_MAX_PT)
            filled = balance_lines([p for line in filled for p in line], measure, widths, cap)
        for k, parts in enumerate(filled):
            last = k == len(filled) - 1 and (last_line_ends or h < len(hard_lines) - 1)
            lines.append(Line("".join(parts), pos, last, font_name, size, room(len(lines)), align))
            pos += sum(len(p) for p in parts)
        pos += 1  # the "\n"
    return lines


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
        extras = _justification(run, text, room - natural, size, scale)
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


def _justification(run: ShapedRun, text: str, slack: float, size: float, scale: float) -> dict[int, float]:
    """Extra space before each cluster (keyed by the cluster's text index) that fills `slack` points."""
    spaces: list[int] = []
    gaps: list[int] = []
    for cluster, _x in run.cluster_starts[1:]:
        before, here = text[cluster - 1], text[cluster]
        if here == " ":
            continue
        if before == " ":
            spaces.append(cluster)
        elif is_thai_letter(before) and is_thai_letter(here):
            gaps.append(cluster)
    cap = min(CLUSTER_GAP_MAX_EM * size, CLUSTER_GAP_MAX_PT)
    shares = SPACE_WEIGHT * len(spaces) + len(gaps)
    if shares == 0:
        return {}
    per_gap = min(slack / shares, cap)
    if not spaces:
        return dict.fromkeys(gaps, per_gap)
    per_space = (slack - per_gap * len(gaps)) / len(spaces)
    extras = dict.fromkeys(gaps, per_gap)
    extras.update(dict.fromkeys(spaces, per_space))
    return extras
