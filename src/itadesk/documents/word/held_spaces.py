"""Spaces Word must not end a line at, written as no-break spaces (U+00A0), as a typist types them with
Ctrl+Shift+Space: the PDF's own line breaking keeps these together (`thai.linebreak`), Word and LibreOffice
break at every space.

A date's parts ("๒๔ ม.ค. ๖๖", "๓๐ ก.ย. ๒๕๖๖", "พ.ศ. ๒๕๖๖", "มีนาคม ๒๕๖๖"), a number and its unit
("๖ เดือน", "๑๒ ครั้ง"), a range's dash and what is before it ("๖๕ –"), a list number or bullet and its
first word ("๑. ประชุม", "- ประชาสัมพันธ์"). Thai words still break inside as Word's dictionary breaks
them; only the space is held. Reading the file back (`rules.normalise_text`) makes them plain spaces again.
"""

from __future__ import annotations

import re

from itadesk.thai.dates import MONTHS_FULL, MONTHS_SHORT
from itadesk.thai.linebreak import UNITS

NO_BREAK_SPACE = "\u00a0"
_DIGIT = "[0-9\u0e50-\u0e59]"
_WORDS_AFTER_NUMBER = "|".join(
    re.escape(w) for w in sorted({*MONTHS_SHORT, *MONTHS_FULL, *UNITS}, key=len, reverse=True)
)
_MONTHS_FULL = "|".join(re.escape(m) for m in sorted(MONTHS_FULL, key=len, reverse=True))
_HELD = re.compile(
    "|".join(
        (
            rf"(?<={_DIGIT}) +(?=(?:{_WORDS_AFTER_NUMBER})(?![\u0e01-\u0e2e]))",  # ๒๔ ม.ค. · ๖ เดือน
            rf"(?<=[\u0e01-\u0e2e]\.) +(?={_DIGIT})",  # ม.ค. ๖๖ · พ.ศ. ๒๕๖๖
            r" +(?=[–—](?: |$))",  # ๖๕ – ๓๐ ก.ย.: a range's dash ends a line, never begins one
        )
    )
)
_MONTH_THEN_YEAR = re.compile(rf"(?<![\u0e01-\u0e4e])((?:{_MONTHS_FULL})) +(?={_DIGIT})")
_LIST_MARKER = re.compile(rf"^(\(?{_DIGIT}{{1,3}}[.)]|[-•]) +(?=\S)")


def held(text: str) -> str:
    """`text` with the spaces that must not end a line made no-break spaces."""
    if " " not in text:
        return text
    text = _HELD.sub(NO_BREAK_SPACE, text)
    text = _MONTH_THEN_YEAR.sub(lambda m: m[1] + NO_BREAK_SPACE, text)
    return _LIST_MARKER.sub(lambda m: m[1] + NO_BREAK_SPACE, text)
