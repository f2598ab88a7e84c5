"""Buddhist-Era dates as the window shows them (print uses Thai digits; the window Arabic ones)."""

from __future__ import annotations

from datetime import date

from itadesk.domain.fiscal import BE_OFFSET

MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip


def long_date(day: date | None) -> str:
    """22 พฤศจิกายน 2566; "" for no date."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year + BE_OFFSET}"


def short_date(day: date | None) -> str:
    """1 ต.ค. 65; "" for no date."""
    if day is None:
        return ""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {(day.year + BE_OFFSET) % 100:02d}"


def short_range(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{short_date(start)} – {short_date(end)}".strip(" –")
