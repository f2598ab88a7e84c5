"""Columns follow the data and the office (issue 24): a column no measure fills is left out when the
office's layout says so, its width shared by the others; the progress table's first column is named for
what it holds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from itadesk.documents.layout import layout, office_layout_path
from itadesk.documents.printing import print_document
from itadesk.domain.model import Dataset
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, pdf_text, skeleton


def _without_periods_and_monitoring(count: int = 4) -> Dataset:
    dataset = made_up_dataset(count)
    year = dataset.years[0]
    measures = [replace(m, start=None, end=None, period="", monitoring="") for m in year.measures]
    return replace(dataset, years=[replace(year, measures=measures)])


def _office_layout(text: str) -> None:
    path = office_layout_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


OMITTED = [
    ("plan", ["ระยะเวลาดำเนินการ", "การกำกับติดตาม"]),
    ("results", ["ระยะเวลาดำเนินการ"]),
    ("progress", ["(๓)แนวทางการกำกับ", "(๔)ระยะเวลา"]),
]


@pytest.mark.parametrize(("kind", "omitted"), OMITTED)
def test_an_office_leaves_out_the_columns_no_measure_fills(
    kind: str, omitted: list[str], tmp_path: Path
) -> None:
    dataset = _without_periods_and_monitoring()
    shipped = tmp_path / "shipped.pdf"
    print_document(dataset, kind, FISCAL_YEAR, 12, shipped)
    for header in omitted:  # by default every column prints, empty or not
        assert skeleton(header) in skeleton(pdf_text(shipped)), header
    _office_layout("[report]\nomit_empty_columns = true\n")
    assert layout().report.omit_empty_columns
    chosen = tmp_path / "chosen.pdf"
    print_document(dataset, kind, FISCAL_YEAR, 12, chosen)
    text = skeleton(pdf_text(chosen))
    for header in omitted:
        assert skeleton(header) not in text, header
    assert skeleton("ผู้รับผิดชอบ") in text  # a column the measures fill stays
    # A column some measure fills stays even when the office asks: one measure with a period keeps it.
    year = dataset.years[0]
    year.measures[0] = replace(year.measures[0], period="ตลอดปีงบประมาณ")
    print_document(dataset, kind, FISCAL_YEAR, 12, chosen)
    assert skeleton("ตลอดปีงบประมาณ") in skeleton(pdf_text(chosen))


def test_the_progress_tables_first_column_is_named_for_what_it_holds(tmp_path: Path) -> None:
    dataset = made_up_dataset(3)  # each measure names the ITA indicator it answers
    path = tmp_path / "progress.pdf"
    print_document(dataset, "progress", FISCAL_YEAR, 12, path)
    text = skeleton(pdf_text(path))
    assert skeleton("ตัวชี้วัด/มาตรการ") in text and skeleton("ตัวชี้วัดของการประเมิน ITA") not in text
    year = dataset.years[0]
    measures = [replace(m, indicator="") for m in year.measures]  # titles alone
    print_document(
        replace(dataset, years=[replace(year, measures=measures)]), "progress", FISCAL_YEAR, 12, path
    )
    assert skeleton("มาตรการ/แนวทาง") in skeleton(pdf_text(path))
