"""A paragraph's line breaks chosen together (total fit, in the manner of Knuth and Plass), not line by line.

Greedy filling takes as much as fits on each line and leaves the consequences to the next: a justified line
whose slack its few stretch points cannot take (a long Latin phrase inside Thai), a paragraph that ends in
one short word alone. Here every legal set of breaks is weighed at once, by dynamic programming over the
break opportunities (each line looks back only as far as fits, so the work grows with the paragraph's
length): the fewest lines first, then the least added space in justified lines (the slack measured against
what their grapheme-cluster gaps and spaces may take within the limits), and a one-word last line costs
heavily, and so does a line inside the paragraph holding one short word alone ("ของ", "แสดง": at most
four letters, whatever the word). A line that no set of breaks can fill within the limits is still chosen
when nothing better exists. Left-aligned and centred text (report cells, headers) is filled greedily, and
only a paragraph that greedy filling leaves with one short word alone on a line is broken again here, with
the same weighing without the stretch: a word comes down from the line above or goes along with the short
word (or the lines are evened out) and no line is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from itadesk.thai.linebreak import cluster_starts

# Added space a reader tolerates in a justified line, in em of the font size.
LETTER_SPACING_MAX_EM = 0.06  # between grapheme clusters
WORD_SPACE_MAX_EM = 0.9  # a space with what it is stretched by
# A line without spaces that no set of breaks lets fill within the limit may go this far rather than stop
# short (which reads as a paragraph's end); wider gaps would be read as spaces by extractors.
LETTER_SPACING_LAST_RESORT_EM = 0.12

_LINE = 10_000.0  # every line: a paragraph never grows a line to spread its space more evenly
_STRETCH = 1_000.0  # a justified line stretched to its limits
_LONE_WORD = 3_000.0  # a last line holding one short word ("คือ")
_LOOSE = 100_000.0  # a line filled only past the limits
_BEYOND = 1_000_000.0  # a line that cannot be filled at all, or a piece wider than its line
_LONE_WORD_CHARS = 6  # "one short word": a single piece of at most this many characters
_LONE_PARTS_CHARS = 4  # or a last line of several pieces this short (one word where they disagree)
# A line inside a paragraph alone: a word of this many characters at most ("ของ", "แสดง", "ทุก", "ใน": what
# joins the words around it), in at most this many pieces. A longer word alone there is the column's width.
_SHORT_WORD_CHARS = 4
_LONE_PARTS = 3
_RAGGED = 10.0  # left-aligned: evens out line ends, never worth a line or a lone word


@dataclass(frozen=True, slots=True)
class Stretch:
    """How far a justified line may stretch, in points: per cluster gap, and per space beyond its width."""

    per_gap: float
    per_space: float
    last_resort_gap: float
    size: float

    @staticmethod
    def for_size(size: float, space_width: float) -> Stretch:
        per_space = max(0.0, WORD_SPACE_MAX_EM * size - space_width)
        return Stretch(LETTER_SPACING_MAX_EM * size, per_space, LETTER_SPACING_LAST_RESORT_EM * size, size)


def is_gap(before: str, here: str) -> bool:
    """A cluster boundary that may take letter-spacing: between two visible clusters, Thai or Latin."""
    return before != " " and here != " " and not before.isspace() and not here.isspace()


def is_lone_word(parts: Sequence[str]) -> bool:
    """Whether a last line made of `parts` reads as one short word: one piece ("ทราบ", "ข่าว" of
    "หอกระจายข่าว"), or pieces that are together no longer than a short word (two of the dictionary's,
    one to a reader); "และแผน" is two words."""
    bare = "".join(parts).rstrip(" ")
    limit = _LONE_WORD_CHARS if len(parts) == 1 else _LONE_PARTS_CHARS
    return 0 < len(bare) <= limit and " " not in bare


def ends_in_lone_word(lines: Sequence[Sequence[str]]) -> bool:
    """Whether lines of a paragraph end in one short word alone under a line of the same paragraph."""
    return len(lines) > 1 and is_lone_word(lines[-1])


def is_short_word(parts: Sequence[str]) -> bool:
    """Whether a line inside a paragraph made of `parts` is one short word ("ของ", "แสดง") alone."""
    bare = "".join(parts).rstrip(" ")
    return 0 < len(bare) <= _SHORT_WORD_CHARS and " " not in bare


def has_lone_word(lines: Sequence[Sequence[str]]) -> bool:
    """Whether a line of a paragraph, but its first, holds one short word alone: its last line
    (`is_lone_word`), or one between two lines ("ของ")."""
    return ends_in_lone_word(lines) or any(
        len(line) <= _LONE_PARTS and is_short_word(line) for line in lines[1:-1]
    )


def _stretch_points(piece: str) -> tuple[int, int]:
    """(cluster gaps, spaces followed by text) inside one piece."""
    gaps = spaces = 0
    for k in cluster_starts(piece)[1:]:
        before, here = piece[k - 1], piece[k]
        if here == " ":
            continue
        if before == " ":
            spaces += 1
        elif is_gap(before, here):
            gaps += 1
    return gaps, spaces


def _junction(left: str, right: str) -> tuple[int, int]:
    """(cluster gaps, spaces) where two pieces meet on one line."""
    if left.endswith(" "):
        return 0, 1
    return int(is_gap(left[-1], right[0])), 0


def break_paragraph(
    pieces: Sequence[str],
    measure: Callable[[str], float],
    widths: Callable[[int], float],
    stretch: Stretch | None,
) -> list[list[str]]:
    """Break `pieces` (units no longer than a line, but for single clusters) into lines of least total cost.

    `stretch` None: left-aligned. `widths(0)` is the first line's room, `widths(1)` every other line's.
    """
    n = len(pieces)
    if n == 0:
        return [[]]
    full = [measure(p) for p in pieces]
    bare = [measure(p.rstrip(" ")) for p in pieces]
    points = [_stretch_points(p) for p in pieces]
    junction = [_junction(pieces[k], pieces[k + 1]) for k in range(n - 1)]
    first_room, room_after = widths(0), widths(1)
    best: list[float] = [0.0] + [float("inf")] * n
    back: list[int] = [0] * (n + 1)
    for j in range(1, n + 1):
        width = 0.0
        gaps = spaces = 0
        last = j == n
        chars = 0  # the last line's length so far: it is looked at only while it may be one short word
        for i in range(j - 1, -1, -1):
            # The line holds pieces[i:j]; grow it leftwards until it no longer fits.
            width = (full[i] + width) if i < j - 1 else bare[i]
            gaps += points[i][0] + (junction[i][0] if i < j - 1 else 0)
            spaces += points[i][1] + (junction[i][1] if i < j - 1 else 0)
            room = first_room if i == 0 else room_after
            if width > room + 1e-6 and i < j - 1:
                break
            chars += len(pieces[i] if i < j - 1 else pieces[i].rstrip(" ")) if last else 0
            if best[i] == float("inf"):
                continue
            cost = best[i] + _LINE + _line_cost(room - width, room, gaps, spaces, stretch, last)
            if i > 0 and (
                (last and chars <= _LONE_WORD_CHARS and is_lone_word(pieces[i:j]))
                or (not last and j - i <= _LONE_PARTS and is_short_word(pieces[i:j]))
            ):
                cost += _LONE_WORD  # one short word alone under a line of the same paragraph
            if cost < best[j]:
                best[j] = cost
                back[j] = i
    lines: list[list[str]] = []
    j = n
    while j > 0:
        i = back[j]
        lines.append(list(pieces[i:j]))
        j = i
    lines.reverse()
    return lines


def _line_cost(
    slack: float, room: float, gaps: int, spaces: int, stretch: Stretch | None, last: bool
) -> float:
    if slack < -1e-6:
        return _BEYOND  # a single cluster wider than the line: it must go somewhere
    if last:
        return 0.0
    if stretch is None:
        return _RAGGED * (slack / room) ** 2 if room > 0 else 0.0
    capacity = gaps * stretch.per_gap + spaces * stretch.per_space
    if slack <= capacity + 1e-6:
        return _STRETCH * (slack / capacity) ** 2 if capacity > 0 else 0.0
    excess = (slack - capacity) / stretch.size
    if spaces or slack <= gaps * stretch.last_resort_gap + 1e-6:
        return _LOOSE * (1.0 + excess**2)  # filled, but visibly loose
    return _BEYOND * (1.0 + excess**2)  # it will stay short of the margin
