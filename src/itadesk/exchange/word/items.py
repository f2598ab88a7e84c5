"""A cell's text as the items a user typed: one per paragraph, or several typed together in one.

"๑. ประชุม… ๒. ติดตั้ง…" in one paragraph is two items: it is cut before each item number that follows the
one before it ("๒" after "๑", or the same one again, as offices sometimes type), so "ข้อ ๓.๑", "๒๔ ม.ค." or
"จำนวน ๒ จุด" inside an item never cut it. A paragraph written as a dash list ("- ก - ข - ค") is cut at its
dashes. `leading_number` takes a measure's "๑." off its title.

Under a numbered item, lines typed with a dash ("๑. ประชุมคณะกรรมการ", "-การสรรหา…", "-การแต่งตั้ง…") are its
sub-items: `numbered_items` keeps them inside it, each on a line of its own with its dash, instead of
making each a step of its own.
"""

from __future__ import annotations

import re

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DIGIT = "[0-9๐-๙]"
# An item number: at the start or after a space; "๑." "๑ ." "๑)" — or "๒ประชุม" (no dot, a Thai letter next).
_THAI_LETTER = "[\u0e01-\u0e4f]"
_ITEM = re.compile(rf"(?:(?<=\s)|^)({_DIGIT}{{1,2}})(?:\s?[.)](?!{_DIGIT})\s*|(?={_THAI_LETTER}))")
# The same at the start of a paragraph, where "๔ ได้จัดทำ" (a space, no dot) is an item number too.
# Not a day of a month: "๒๔ ม.ค. ๖๖ ประชุม…" starts with a date, not with item 24.
_MONTH_NEXT = r"\s*(?:[ก-ฮ]{1,2}\.?[ก-ฮ]\.|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)"
_LEADING = re.compile(
    rf"^\s*({_DIGIT}{{1,2}})(?:\s?[.)](?!{_DIGIT})\s*|\s*(?={_THAI_LETTER})(?!{_MONTH_NEXT}))"
)
_BULLET = re.compile(r"^\s*[-–•●▪◦*]\s*")
_DASH_ITEM = re.compile(r"\s+[-–•●▪]\s+(?![0-9๐-๙])")


def _value(digits: str) -> int:
    return int(digits.translate(_TO_ARABIC))


def split_numbered(text: str, start: int = 1) -> list[str]:
    """`text` cut before each item number in sequence (from `start`); the numbers stay on their items."""
    cuts: list[int] = []
    expected = start
    for match in _ITEM.finditer(text):
        value = _value(match[1])
        if value == expected or (cuts and value == expected - 1):
            if match.start() > 0:
                cuts.append(match.start())
            expected = value + 1
    pieces: list[str] = []
    begin = 0
    for cut in cuts:
        pieces.append(text[begin:cut])
        begin = cut
    pieces.append(text[begin:])
    return [piece.strip() for piece in pieces if piece.strip()]


def item_lines(paragraphs: list[str]) -> list[str]:
    """A cell's items, numbers and dashes kept: each paragraph, cut where items were typed together."""
    lines: list[str] = []
    expected = 1
    for paragraph in paragraphs:
        if _BULLET.match(paragraph) and _DASH_ITEM.search(paragraph):
            lines.extend(_dash_items(paragraph))
            continue
        lead = _LEADING.match(paragraph)
        start = _value(lead[1]) if lead else expected
        pieces = split_numbered(paragraph, start)
        lines.extend(pieces)
        last = _LEADING.match(pieces[-1]) if pieces else None
        expected = _value(last[1]) + 1 if last else expected
    return lines


def _dash_items(paragraph: str) -> list[str]:
    first = _BULLET.sub("", paragraph, count=1)
    return ["- " + piece.strip() for piece in _DASH_ITEM.split(first) if piece.strip()]


def numbered_items(lines: list[str]) -> list[str]:
    """What each item says (its "๑." or "-" taken off), a dash line under a numbered item (or under a line
    that announces a list, ending in "ดังนี้" or ":") kept inside it with its dash."""
    items: list[str] = []
    takes_sub_items = False
    for line in lines:
        if takes_sub_items and items and _BULLET.match(line):
            items[-1] = f"{items[-1]}\n{line.strip()}"
            continue
        item = without_marker(line)
        if not item:
            continue
        items.append(item)
        takes_sub_items = is_numbered(line) or item.endswith(("ดังนี้", ":"))
    return items


def without_marker(line: str) -> str:
    """An item without its "๑." or "-" in front: what a step or a result says."""
    lead = _LEADING.match(line)
    if lead:
        return line[lead.end() :].strip()
    return _BULLET.sub("", line, count=1).strip()


def leading_number(line: str) -> tuple[str, str]:
    """A measure title's number ("๑" of "๑. การเผยแพร่…") and the rest; ("", line) when it has none."""
    lead = _LEADING.match(line)
    if lead is None or not line[lead.end() :].strip():
        return "", line.strip()
    return lead[1], line[lead.end() :].strip()


def is_numbered(line: str) -> bool:
    return _LEADING.match(line) is not None
