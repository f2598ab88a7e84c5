"""A year of real measures for the window's benchmarks: the examples' measures (their long titles, their lists
of responsible units, their Thai-digit periods) repeated and numbered until the year holds N of them."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from itadesk.domain.model import Dataset, FiscalYear
from itadesk.domain.status import Status

SHARED = Path(os.environ.get("ITADESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EXAMPLES = ("001.json", "000.json", "003.json")


def examples_dataset(count: int, year: int = 2566) -> Dataset:
    """Example 001's office with `count` measures taken in turn from the examples, statuses in turn."""
    from itadesk.exchange.reader import read_exchange_file

    datasets = [read_exchange_file(SHARED / "examples" / name) for name in EXAMPLES]
    pool = [m for d in datasets for y in d.years for m in y.measures]
    statuses = list(Status)
    measures = [
        replace(
            pool[n % len(pool)],
            id=f"m-{n + 1}",
            number=str(n + 1),
            status=statuses[n % 3],
            history=[],
        )
        for n in range(count)
    ]
    base = datasets[0]
    return Dataset(
        organization=base.organization,
        units=base.units,
        people=base.people,
        years=[FiscalYear(year, measures=measures)],
    )
