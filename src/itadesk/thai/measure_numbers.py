"""The number a new measure gets: the next one in its part, in the office's digits (๑ ๒ ๓ or 1 2 3).

A measure's number is the label printed in front of it (`Measure.number`): absent, it is the measure's place
in the year. A new measure is numbered after the highest of its part's — "๓" after "๒", "1.3" after "1.2" —
and written in the digits the office chose. A year whose measures all print no number ("") gives the new
one none either.
"""

from __future__ import annotations

import re

from itadesk.domain.model import Measure
from itadesk.thai.digits import Digits, localize_digits

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*")


def _parts(label: str) -> tuple[int, ...] | None:
    match = _NUMBER.search(label.translate(_TO_ARABIC))
    return None if match is None else tuple(int(n) for n in match[0].split("."))


def next_number(measures: list[Measure], part: str, digits: Digits) -> str:
    """The label of a measure added after `measures` (the year's, in order) in part `part` ("" for none)."""
    if measures and all(m.number == "" for m in measures):
        return ""
    same = [(place, m) for place, m in enumerate(measures, start=1) if not part or m.part == part]
    highest: tuple[int, ...] = (0,)
    for place, measure in same:
        found = (place,) if measure.number is None else _parts(measure.number)
        if found is not None and found > highest:
            highest = found
    following = (*highest[:-1], highest[-1] + 1)
    return localize_digits(".".join(str(n) for n in following), digits)
