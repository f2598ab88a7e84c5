"""Thai dates in the Buddhist Era, as official documents write them.

full:  ๒๒ พฤศจิกายน ๒๕๖๖      short: ๒๒ พ.ย. ๖๖      range: ๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from itadesk.thai.digits import Digits, localize_digits

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip

# The en dash with a space each side, as Thai official documents set ranges.
RANGE_DASH = " – "


def buddhist_year(d: date) -> int:
    return d.year + BE_OFFSET


def format_date_full(d: date, digits: Digits = "thai") -> str:
    """๒๒ พฤศจิกายน ๒๕๖๖ — the memo's date line."""
    return localize_digits(f"{d.day} {MONTHS_FULL[d.month - 1]} {buddhist_year(d)}", digits)


@lru_cache(maxsize=4096)
def format_date_short(d: date, digits: Digits = "thai") -> str:
    """๒๒ พ.ย. ๖๖ — tables, where space is short: abbreviated month, two-digit Buddhist year."""
    return localize_digits(f"{d.day} {MONTHS_SHORT[d.month - 1]} {buddhist_year(d) % 100:02d}", digits)


def format_month_year(d: date, digits: Digits = "thai") -> str:
    """พฤศจิกายน ๒๕๖๖."""
    return localize_digits(f"{MONTHS_FULL[d.month - 1]} {buddhist_year(d)}", digits)


def format_date_range(start: date | None, end: date | None, digits: Digits = "thai") -> str:
    """๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖; one open end prints the known date alone, neither prints ""."""
    if start is None and end is None:
        return ""
    if start is None or end is None:
        known = start if start is not None else end
        assert known is not None
        return format_date_short(known, digits)
    if start == end:
        return format_date_short(start, digits)
    return format_date_short(start, digits) + RANGE_DASH + format_date_short(end, digits)


def fiscal_year_phrase(fiscal_year: int, digits: Digits = "thai", *, prefix: str = "ประจำปีงบประมาณ") -> str:
    """ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (`fiscal_year` is Buddhist Era); pass prefix="ปีงบประมาณ" inside a sentence."""
    return localize_digits(f"{prefix} พ.ศ. {fiscal_year}", digits)
