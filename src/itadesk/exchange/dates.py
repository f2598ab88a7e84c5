"""Dates in the file are ISO `YYYY-MM-DD` in the Gregorian calendar; anything else is refused with a hint.

Offices write dates the Thai way (๒๒ พ.ย. ๒๕๖๖, 22/11/2566) and in the Buddhist Era; when the intended day can
be worked out, the hint shows exactly what to write.
"""

from __future__ import annotations

import re
from datetime import date

from itadesk.domain.fiscal import BE_OFFSET
from itadesk.domain.rules import MAX_DATE_YEAR, MIN_DATE_YEAR, date_year_problem

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_MONTHS = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
)  # fmt: skip
_LOOSE_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_NUMERIC = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2,4})")
_WORDS = re.compile(r"([0-9]{1,2})\s*([ก-๛.]+)\s*([0-9]{2,4})")

# Gregorian years a date may carry: the same span as the fiscal years the program accepts.
MIN_YEAR = MIN_DATE_YEAR
MAX_YEAR = MAX_DATE_YEAR
EXAMPLE = "2023-11-22"


class DateProblem(ValueError):
    """The Thai message for a date that cannot be read."""


def parse_iso_date(text: str) -> date:
    """The day `text` names, or DateProblem with a Thai message and, where possible, what to write instead."""
    match = _ISO.fullmatch(text)
    if match is None:
        guess = _guess(text)
        hint = f"ให้เขียนเป็น {guess.isoformat()}" if guess else f"เช่น {EXAMPLE}"
        raise DateProblem(f'"{text}" ไม่ใช่วันที่แบบ ปปปป-ดด-วว (ปีคริสต์ศักราช) {hint}')
    year, month, day = (int(part) for part in match.groups())
    if year > MAX_YEAR and year - BE_OFFSET >= MIN_YEAR:
        suggestion = _safe_date(year - BE_OFFSET, month, day)
        example = suggestion.isoformat() if suggestion else EXAMPLE
        raise DateProblem(f'"{text}" ใช้ปีพุทธศักราช วันที่ในไฟล์ต้องเป็นปีคริสต์ศักราช ให้เขียนเป็น {example}')
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateProblem(f'"{text}": ปี {year} อยู่นอกช่วงที่รับได้ ({MIN_YEAR}–{MAX_YEAR})')
    result = _safe_date(year, month, day)
    if result is None:
        raise DateProblem(f'"{text}" ไม่มีวันนี้ในปฏิทิน (ตรวจเดือนและวันที่)')
    problem = date_year_problem(result)
    if problem:  # the same rule the window keeps (never reached: the span was checked above)
        raise DateProblem(problem)
    return result


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _guess(text: str) -> date | None:
    """The Gregorian day a Thai-written date means: 22/11/2566, ๒๒ พ.ย. ๖๖, 22 พฤศจิกายน 2566."""
    cleaned = text.translate(_THAI_DIGITS).strip()
    loose_iso = _LOOSE_ISO.fullmatch(cleaned)
    if loose_iso:
        year, month, day = (int(part) for part in loose_iso.groups())
        return _safe_date(_gregorian(year), month, day)
    numeric = _NUMERIC.fullmatch(cleaned)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        return _safe_date(_gregorian(year), month, day)
    words = _WORDS.fullmatch(cleaned)
    if words:
        name = words.group(2).strip()
        for number, (full, short) in enumerate(_MONTHS, start=1):
            if name in (full, short, short.replace(".", "")):
                return _safe_date(_gregorian(int(words.group(3))), number, int(words.group(1)))
    return None


def _gregorian(year: int) -> int:
    """A year as Thai documents write it (2566, 66, or already 2023) in the Gregorian calendar."""
    if year < 100:
        year += 2500
    return year - BE_OFFSET if year > MAX_YEAR else year
