"""Choosing line breaks for justified text over the whole paragraph, not line by line.

Greedy filling can leave a justified line with more slack than its cluster gaps may take (Thai without
spaces, followed by a long unbreakable phrase). Choosing all the breaks of a paragraph together (as TeX
does) moves a word back or forth between lines so that every line can be filled; only where no choice of
legal breaks can fill a line does it stay short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from itadesk.thai.linebreak import cluster_starts, is_thai_letter

_OVERFULL = float("inf")
_UNDERFULL_PENALTY = 10_000.0


def _gaps(piece: str) -> tuple[int, int]:
    """(cluster gaps between Thai letters, spaces followed by text) inside one piece."""
    clusters = spaces = 0
    for k in cluster_starts(piece)[1:]:
        before, here = piece[k - 1], piece[k]
        if here == " ":
            continue
        if before == " ":
            spaces += 1
        elif is_thai_letter(before) and is_thai_letter(here):
            clusters += 1
    return clusters, spaces


def _junction(left: str, right: str) -> tuple[int, int]:
    """(cluster gaps, spaces) where two pieces meet on one line."""
    if left.endswith(" "):
        return 0, 1
    return int(is_thai_letter(left[-1]) and is_thai_letter(right[0])), 0


def balance_lines(
    pieces: Sequence[str],
    measure: Callable[[str], float],
    widths: Callable[[int], float],
    cluster_gap_max: float,
) -> list[list[str]]:
    """Break `pieces` (units no longer than a line) into justified lines with the least total badness.

    Badness of a line is its slack squared relative to its room; a line whose slack its gaps cannot take
    (cluster gaps hold at most `cluster_gap_max` each; spaces stretch freely) costs far more, and the last
    line costs nothing. `widths(0)` is the first line's room, `widths(1)` every other line's.
    """
    n = len(pieces)
    if n == 0:
        return [[]]
    full = [measure(p) for p in pieces]
    bare = [measure(p.rstrip(" ")) for p in pieces]
    gaps = [_gaps(p) for p in pieces]
    junction = [_junction(pieces[k], pieces[k + 1]) for k in range(n - 1)]
    first_room, room_after = widths(0), widths(1)
    best: list[float] = [0.0] + [_OVERFULL] * n
    back: list[int] = [0] * (n + 1)
    for j in range(1, n + 1):
        width = 0.0
        clusters = spaces = 0
        for i in range(j - 1, -1, -1):
            # Line = pieces[i:j]; grow it leftwards.
            width = (full[i] + width) if i < j - 1 else bare[i]
            clusters += gaps[i][0] + (junction[i][0] if i < j - 1 else 0)
            spaces += gaps[i][1] + (junction[i][1] if i < j - 1 else 0)
            room = first_room if i == 0 else room_after
            if width > room + 1e-6 and i < j - 1:
                break
            if best[i] == _OVERFULL:
                continue
            cost = best[i] + _badness(room - width, room, clusters, spaces, cluster_gap_max, last=j == n)
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


def _badness(slack: float, room: float, clusters: int, spaces: int, cap: float, *, last: bool) -> float:
    if last:
        return 0.0 if slack >= -1e-6 else _UNDERFULL_PENALTY
    if slack < -1e-6:
        return _UNDERFULL_PENALTY  # a single piece wider than the line: it must go somewhere
    if spaces == 0 and slack > clusters * cap + 1e-6:
        return _UNDERFULL_PENALTY + (slack - clusters * cap) ** 2
    return 100.0 * (slack / room) ** 2
