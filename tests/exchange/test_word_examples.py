"""Word files shaped like the real documents import with every title, step, unit, period, result, heading.

Each file is made from an example's published tables (`word_files`); what it must give is the example's
exchange file (`../shared/examples/*.json`), the same office's data typed by hand.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from itadesk.domain.model import Measure
from itadesk.exchange.reader import read_exchange_file
from itadesk.exchange.word.columns import Column
from itadesk.exchange.word.reader import read_word_file, word_dataset
from tests.conftest import EXAMPLES, require_shared
from tests.exchange.word_files import write_example_docx


def _expected(example: str) -> tuple[list[Measure], list[str]]:
    require_shared()
    dataset = read_exchange_file(EXAMPLES / f"{example}.json")
    year = dataset.year(2566)
    assert year is not None
    return [replace(m, id=None, history=[]) for m in year.measures], [u.name for u in dataset.units]


def _imported(example: str, tmp_path: Path) -> list[Measure]:
    require_shared()
    _, units = _expected(example)
    document = read_word_file(write_example_docx(example, tmp_path / f"{example}.docx"))
    year = word_dataset(document, 2566, units).years[0]
    assert year.fiscal_year == 2566
    return year.measures


def test_the_results_report_of_000_comes_back_whole(tmp_path: Path) -> None:
    """One table, its header repeated where each page began; dated results; "- " titles kept as typed."""
    expected, _ = _expected("000")
    assert _imported("000", tmp_path) == expected


def test_the_plan_of_001_comes_back_with_its_numbers_and_the_row_cut_by_a_page(tmp_path: Path) -> None:
    """Two tables (the second without its header), "๑.… ๒.…" steps typed in one paragraph."""
    expected, _ = _expected("001")
    got = _imported("001", tmp_path)
    # The plan's table has no results columns: 001's results and outcomes are in a later part of the file.
    assert got == [replace(m, results=[], outcome="") for m in expected]
    assert [m.number for m in got] == [str(n) for n in "๑๒๓๔๕๖๗๘๙"] + ["๑๐"]
    assert got[6].title.endswith("จัดตั้งศูนย์บริการร่วม ก่อตั้ง/ผู้รับฟังความคิดเห็น เป็นต้น")
    assert len(got[7].steps) == 8


def test_the_progress_report_of_003_comes_back_with_parts_ticks_and_reporting(tmp_path: Path) -> None:
    """(๑)…(๕) headers, a merged row per part, tick columns, units and results typed together."""
    expected, _ = _expected("003")
    got = _imported("003", tmp_path)
    headings = [
        "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)",
        "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)",
        "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)",
    ]
    assert got == [replace(m, section=h) for m, h in zip(expected, headings, strict=True)]
    assert [m.status.value for m in got] == ["done", "done", "done"]
    assert got[0].reporting == "- รายไตรมาส" and len(got[0].results) == 3


@pytest.mark.parametrize("example", ["000", "001", "003"])
def test_every_column_of_the_examples_is_recognised(example: str, tmp_path: Path) -> None:
    require_shared()
    document = read_word_file(write_example_docx(example, tmp_path / "x.docx"))
    assert document.tables
    for table in document.tables:
        assert Column.IGNORE not in table.columns, (table.headers, table.columns)
