"""A round's report counts results up to a day the user sees: the round's last day (31 March for the
6-month round, 30 September for the 12-month one), or today when the round is not over yet. Results dated
after that day are left out of the print and named beforehand, so a report printed in June never counts
what is planned for August.

Plain Python on the domain records: the window's preview and the command line can both use it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from itadesk.domain.fiscal import first_half_end, fiscal_year_bounds
from itadesk.domain.model import Dataset


@dataclass(frozen=True)
class LeftOut:
    """A result not printed because it is dated after the cut-off."""

    measure: str  # the measure's number and title, as the clerk knows it
    text: str
    day: date


def round_end(fiscal_year: int, round_months: int) -> date:
    return first_half_end(fiscal_year) if round_months == 6 else fiscal_year_bounds(fiscal_year)[1]


def default_cutoff(fiscal_year: int, round_months: int, today: date) -> date:
    """The round's last day, or today while the round runs (never before the fiscal year's first day)."""
    first = fiscal_year_bounds(fiscal_year)[0]
    return max(first, min(round_end(fiscal_year, round_months), today))


def cut_results(dataset: Dataset, fiscal_year: int, cutoff: date) -> tuple[Dataset, list[LeftOut]]:
    """A copy of `dataset` without the year's results dated after `cutoff`, and those results."""
    cut = copy.deepcopy(dataset)
    year = cut.year(fiscal_year)
    left_out: list[LeftOut] = []
    if year is None:
        return cut, left_out
    for index, measure in enumerate(year.measures, start=1):
        kept = []
        for entry in measure.results:
            if entry.date is not None and entry.date > cutoff:
                name = f"{measure.number or index}. {measure.title}".strip()
                left_out.append(LeftOut(name, entry.text, entry.date))
            else:
                kept.append(entry)
        measure.results = kept
    return cut, left_out
