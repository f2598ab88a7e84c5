"""The day a status change is recorded at when the user gives none, and the Thai sentence saying why when it
is not today (the window shows it beside the date, the command line after the change)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from itadesk.domain.fiscal import fiscal_year_bounds, status_day


class StatusDay(NamedTuple):
    day: date
    why: str  # "" when the day is today


def default_status_day(fiscal_year: int, measure_end: date | None, today: date | None = None) -> StatusDay:
    """Today, or the day inside the measure's fiscal year that `domain.fiscal.status_day` picks, with why."""
    from itadesk.thai.dates import format_date_full

    today = today or date.today()
    day, reason = status_day(fiscal_year, today, measure_end)
    if reason == "today":
        return StatusDay(day, "")
    first, last = fiscal_year_bounds(fiscal_year)
    span = f"{format_date_full(first, 'arabic')} – {format_date_full(last, 'arabic')}"
    outside = f"วันนี้ ({format_date_full(today, 'arabic')}) อยู่นอกปีงบประมาณ {fiscal_year} ({span})"
    chosen = {
        "measure_end": "วันสิ้นสุดของมาตรการ",
        "year_end": "วันสุดท้ายของปีงบประมาณ",
        "year_start": "วันแรกของปีงบประมาณ",
    }[reason]
    return StatusDay(day, f"{outside} จึงใช้{chosen} {format_date_full(day, 'arabic')}")
