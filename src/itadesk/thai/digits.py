"""Thai or Arabic digits, per the office's setting.

Only numbers that are part of Thai prose change. Web addresses, e-mail addresses and Latin identifiers
(ISO9001, O12, www.abc.go.th, user01@mail.com) keep their Arabic digits, because a reader types them back
into a computer as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

Digits = Literal["thai", "arabic"]

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Spans left untouched: URLs (with or without a scheme), e-mail addresses, and any run of Latin letters,
# digits and joiners that holds at least one Latin letter.
_PROTECTED = re.compile(
    r"""
      (?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>"'\u0E00-\u0E7F]+        # URL with scheme or www.
    | [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}                       # e-mail address
    | (?:[A-Za-z0-9-]+\.)+(?:com|net|org|th|go\.th|info|io)(?:/[^\s\u0E00-\u0E7F]*)?\b  # bare domain
    | [A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:[-/:.][A-Za-z0-9_]+)*            # Latin identifier
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=8192)  # every cell of every report passes here, most with text printed before
def localize_digits(text: str, digits: Digits) -> str:
    """Write the digits of Thai prose in `digits` ("thai" ๐–๙ or "arabic" 0–9).

    URLs, e-mail addresses and Latin identifiers stay as typed.
    """
    table = _TO_THAI if digits == "thai" else _TO_ARABIC
    out: list[str] = []
    pos = 0
    for match in _PROTECTED.finditer(text):
        out.append(text[pos : match.start()].translate(table))
        out.append(match.group(0))
        pos = match.end()
    out.append(text[pos:].translate(table))
    return "".join(out)


def number(value: int | str, digits: Digits) -> str:
    """A whole number written in the office's digits (no grouping)."""
    return localize_digits(str(value), digits)
