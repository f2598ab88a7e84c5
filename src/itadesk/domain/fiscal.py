"""Thai fiscal years: 1 October – 30 September, in the Buddhist Era (FY 2567 = 1 Oct 2023 – 30 Sep 2024)."""

from __future__ import annotations

from datetime import date

BE_OFFSET = 543

# Fiscal years the program accepts: wide enough for any real office, narrow enough to catch a Gregorian year
# typed where a Buddhist-Era one belongs (2023 would be 1480 AD).
MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700


def to_buddhist_year(gregorian_year: int) -> int:
    return gregorian_year + BE_OFFSET


def fiscal_year_of(day: date) -> int:
    """The Buddhist-Era fiscal year a date falls in."""
    year = day.year + 1 if day.month >= 10 else day.year
    return to_buddhist_year(year)


def fiscal_year_bounds(fiscal_year: int) -> tuple[date, date]:
    """First and last day of a fiscal year."""
    gregorian = fiscal_year - BE_OFFSET
    return date(gregorian - 1, 10, 1), date(gregorian, 9, 30)


def first_half_end(fiscal_year: int) -> date:
    """The last day of the 6-month round (รอบ ๖ เดือน): 31 March."""
    return date(fiscal_year - BE_OFFSET, 3, 31)


def in_round(day: date | None, fiscal_year: int, round_months: int) -> bool:
    """Whether a dated result belongs in the 6- or 12-month report of a fiscal year.

    The 12-month report holds everything; the 6-month one what is dated up to 31 March. An undated result
    cannot be placed, so it is reported in both rounds rather than silently lost.
    """
    if day is None or round_months == 12:
        return True
    return day <= first_half_end(fiscal_year)


def is_valid_fiscal_year(value: int) -> bool:
    return MIN_FISCAL_YEAR <= value <= MAX_FISCAL_YEAR


def status_day(fiscal_year: int, today: date, measure_end: date | None = None) -> tuple[date, str]:
    """The day a status change is recorded at when none is given, and why: "today" when today falls in the
    measure's fiscal year; else a day inside that year, so the history never dates the change outside it.

    A past year's measure: its own end date when that falls in the year ("measure_end": the latest day the
    work was planned for, nearer the truth than the year's last day, and a measure planned to end by
    31 March stays in the 6-month round), otherwise the year's last day ("year_end"). A year not begun yet:
    its first day ("year_start").
    """
    first, last = fiscal_year_bounds(fiscal_year)
    if first <= today <= last:
        return today, "today"
    if today < first:
        return first, "year_start"
    if measure_end is not None and first <= measure_end <= last:
        return measure_end, "measure_end"
    return last, "year_end"
