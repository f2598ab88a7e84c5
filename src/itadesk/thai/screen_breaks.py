"""Word-break hints for Thai laid out by something else (Qt's widgets): U+200B wherever a line may end.

Qt breaks Thai between words only where it finds libthai (Linux); elsewhere — Windows, where offices work —
a Thai run wraps anywhere, even between เ and its consonant (โดยเ|ผยแพร่). A ZERO WIDTH SPACE is a break
opportunity for every text engine and draws nothing, so one at each place our engine allows a break makes
the window wrap Thai the way the printed page does.
"""

from __future__ import annotations

from itadesk.thai.linebreak import break_opportunities, is_thai_letter

ZWSP = "\u200b"


def with_break_hints(text: str) -> str:
    """`text` with U+200B where a line may end inside it (not where a space already allows it).

    Needs the segmentation dictionary: call it once `segment.dictionary_loaded()`, never to load it.
    """
    return "\n".join(_hinted_line(line) for line in text.split("\n"))


def _hinted_line(line: str) -> str:
    if not any(is_thai_letter(ch) for ch in line):
        return line  # Latin words and numbers already wrap at their spaces
    parts: list[str] = []
    start = 0
    for cut in break_opportunities(line):
        parts.append(line[start:cut])
        if not line[cut - 1].isspace():
            parts.append(ZWSP)
        start = cut
    parts.append(line[start:])
    return "".join(parts)
