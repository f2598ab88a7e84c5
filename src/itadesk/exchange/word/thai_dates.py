"""Dates as offices type them in Word: "๒๔ ม.ค.๒๕๖๖", "๑พฤศจิกายน๒๕๖๕", "๓ ก.พ.๖๖", "๑ ต.ค.๖๕ – ๓๐ ก.ย.๖๖".

Buddhist-Era years, four digits or two (๖๖ = 2566), Thai or Arabic digits, spaces or none between the parts.
A result's date is the first date its text names; a period's start and end are read only when it is one
date to another ("๑ ต.ค.๖๕ – ๓๐ ก.ย.๖๖"), since "มี.ค. ๒๕๖๖" or "รายไตรมาส" name no day.
"""

from __future__ import annotations

import re
from datetime import date

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
    "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_MONTHS: dict[str, int] = {}
for _number, (_full, _short) in enumerate(zip(_FULL, _SHORT, strict=True), start=1):
    _MONTHS[_full] = _number
    _MONTHS[_short] = _number
    _MONTHS[_short.replace(".", "")] = _number
    _MONTHS[_short.rstrip(".")] = _number  # "ม.ค" with its last dot forgotten
_MONTH = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
_D = "[0-9๐-๙]"
_DATE = re.compile(rf"(?<!{_D})({_D}{{1,2}})\s*({_MONTH})\s*(?:พ\.\s?ศ\.\s*)?({_D}{{4}}|{_D}{{2}})(?!{_D})")
_RANGE = re.compile(r"^\s*(?:ตั้งแต่\s*)?(?P<a>.+?)\s*(?:[-–—]|ถึง)\s*(?P<b>.+?)\s*$")


def _year(written: str) -> int:
    value = int(written.translate(_TO_ARABIC))
    return value + 2500 if value < 100 else value


def _made(day: str, month: str, year: str) -> date | None:
    try:
        return date(_year(year) - 543, _MONTHS[month], int(day.translate(_TO_ARABIC)))
    except ValueError:
        return None


def first_date(text: str) -> date | None:
    """The first whole date (day, month, year) `text` names."""
    for match in _DATE.finditer(text):
        found = _made(match[1], match[2], match[3])
        if found is not None:
            return found
    return None


def period_dates(period: str) -> tuple[date | None, date | None]:
    """(start, end) of a period written as one date to another; (None, None) otherwise."""
    whole = _RANGE.match(period)
    if whole is None:
        return None, None
    start, end = _DATE.fullmatch(whole["a"]), _DATE.fullmatch(whole["b"])
    if start is None or end is None:
        return None, None
    first, last = _made(start[1], start[2], start[3]), _made(end[1], end[2], end[3])
    if first is None or last is None or last < first:
        return None, None
    return first, last
