"""A measure's period, written in free text, moved on to the next fiscal year.

"ต.ค. ๖๕ – ก.ย. ๖๖" of fiscal year 2566 becomes "ต.ค. ๖๖ – ก.ย. ๖๗"; "ปีงบประมาณ พ.ศ. 2567" becomes 2568;
"1 ตุลาคม 2566 - 30 กันยายน 2567" becomes 2567/2568. Years keep the digits they were written in (Thai or
Arabic) and their form (two-digit or four-digit Buddhist Era). Only the years a period of the fiscal year
names are moved — the fiscal year itself and the year before it, in which it starts — and a two-digit year
only where it follows a month or "พ.ศ."/"ปี"; amounts, counts, law numbers and the years of laws (พ.ศ. ๒๕๔๐)
stay as they are.
"""

from __future__ import annotations

import re

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
_DIGIT = "[0-9๐-๙]"

_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
    "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
# What a year follows: a month (full or short, the short one with or without its dots), พ.ศ., ปี, ปีงบประมาณ.
_BEFORE_YEAR = "|".join(
    [re.escape(m) for m in _MONTHS]
    + [re.escape(m) for m in _SHORT_MONTHS]
    + [re.escape(m.replace(".", "")) for m in _SHORT_MONTHS]
    + [r"พ\.\s?ศ\.?", "ปีงบประมาณ", "ปีงบ", "ปี"]
)
# A number standing alone: not part of a longer number, a decimal (2566.50) or one written with commas
# (2,566); a date written with dots (1.10.2566) still has its year.
_ALONE_BEFORE = rf"(?<!{_DIGIT})(?<!{_DIGIT},)"
_ALONE_AFTER = rf"(?!{_DIGIT})(?![.,]{_DIGIT})"
_FOUR = re.compile(rf"{_ALONE_BEFORE}({_DIGIT}{{4}}){_ALONE_AFTER}")
_TWO = re.compile(rf"((?:{_BEFORE_YEAR})\s*)({_DIGIT}{{2}}){_ALONE_AFTER}")
# A four-digit number that counts something, or is the number of a thing, is not a year.
_COUNTED = re.compile(r"\s*(?:บาท|คน|ราย|ครั้ง|แห่ง|เรื่อง|ชุด|เล่ม|ฉบับ|ชิ้น|หน่วย|ตร\.|ไร่|เมตร|%)")
_NUMBERED = re.compile(r"(?:เลขที่|ที่|มาตรา|ข้อ|หมู่|จำนวน|ร้อยละ|โทร\.?|บ้านเลขที่)\s*$")


def as_written(value: int, like: str, width: int) -> str:
    """`value` in the digits of `like` (Thai or Arabic), zero-padded to `width`."""
    text = f"{value:0{width}d}"
    return text.translate(_TO_THAI) if like[:1] in _THAI_DIGITS else text


def shift_period(text: str, fiscal_year: int, by: int = 1, *, and_the_next: bool = False) -> str:
    """`text` (a period of fiscal year `fiscal_year`) with its years moved on by `by` years. A memo may also
    name the year after its fiscal year (the plan it announces): `and_the_next` moves that one too."""
    near: tuple[int, ...] = (fiscal_year - 1, fiscal_year) + ((fiscal_year + 1,) if and_the_next else ())
    century = (fiscal_year // 100) * 100

    def four(match: re.Match[str]) -> str:
        written = match[1]
        value = int(written.translate(_TO_ARABIC))
        if value not in near:
            return written
        if _COUNTED.match(text, match.end()) or _NUMBERED.search(text, 0, match.start()):
            return written
        return as_written(value + by, written, 4)

    def two(match: re.Match[str]) -> str:
        written = match[2]
        value = int(written.translate(_TO_ARABIC))
        full = next((c + value for c in (century - 100, century, century + 100) if c + value in near), None)
        if full is None or _COUNTED.match(text, match.end()):
            return match[0]
        return match[1] + as_written((value + by) % 100, written, 2)

    return _TWO.sub(two, _FOUR.sub(four, text))
