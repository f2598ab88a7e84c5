"""A result as the ITA reads it: what was done and when ("… เมื่อวันที่ ๒๔ ม.ค. ๖๖").

Offices often type the date into the text already ("… เมื่อวันที่ ๒๔ ม.ค.๒๕๖๖"); printing it a second time
would read as a mistake, so the stored date is added only when the text does not already say it.
"""

from __future__ import annotations

import re
from datetime import date

from itadesk.domain.model import ResultEntry
from itadesk.thai.dates import MONTHS_FULL, MONTHS_SHORT, buddhist_year, format_date_short

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# What offices put between day, month and year, all of which the comparison ignores.
_FILLER = re.compile(r"[\s.,]|พ\.?\s*ศ\.?")


def _squeezed(text: str) -> str:
    return _FILLER.sub("", text.translate(_TO_ARABIC))


def mentions_date(text: str, day: date) -> bool:
    """Whether the text already gives this date: day, month (full or abbreviated) and year (two or four
    digits, Buddhist Era), with Thai or Arabic digits and any spacing."""
    squeezed = _squeezed(text)
    months = (MONTHS_FULL[day.month - 1], MONTHS_SHORT[day.month - 1].replace(".", ""))
    year = buddhist_year(day)
    years = (str(year), f"{year % 100:02d}")
    for month in months:
        for written_year in years:
            if re.search(rf"(?<!\d){day.day}{month}{written_year}(?!\d)", squeezed):
                return True
    return False


def dated_text(entry: ResultEntry) -> str:
    """The result's text, followed by its date when it has one the text does not already give."""
    if entry.date is None or mentions_date(entry.text, entry.date):
        return entry.text
    # Arabic digits here: the printer localizes every digit of the cell in the office's setting.
    return f"{entry.text.rstrip()} เมื่อวันที่ {format_date_short(entry.date, 'arabic')}"
