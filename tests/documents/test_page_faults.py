"""Every document of every example, and a year of 70 measures, printed as a typist would leave them
(issue 24): pages filled (none but the last under two thirds), no page holding only a remnant of one or
two lines, no heading at a page's foot, no page opened by one word, no date, number and unit or host name
cut in two. What is measured is read from the PDF alone (page_faults.py);
`python -m tests.documents.page_survey DIR` prints the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.documents.printing import print_document
from tests.documents.helpers import EXAMPLE_FILES, FISCAL_YEAR, example_dataset, pdfcheck
from tests.documents.page_faults import Faults, measure_pdf
from tests.documents.page_survey import printed, year_of_70

FAULTS = (
    "remnants",
    "heading_at_foot",
    "one_word_opener",
    "split_date",
    "split_unit",
    "split_host",
    "underfull",
)


def _faults(faults: Faults) -> dict[str, list[str]]:
    return {name: getattr(faults, name) for name in FAULTS if getattr(faults, name)}


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=lambda p: p.stem)
def documents(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp(request.param.stem)
    return printed(example_dataset(request.param), request.param.stem, out)


def test_every_document_of_every_example_is_set_as_a_typist_would(documents: list[Path]) -> None:
    for pdf in documents:
        faults = measure_pdf(pdf)
        assert _faults(faults) == {}, (pdf.name, _faults(faults))
        typography = pdfcheck("typography", "--fragments-fail", pdf)
        assert typography["ok"], (pdf.name, typography["counts"])


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "pages"), [("plan", 24), ("progress", 50), ("results", 45)])
def test_a_year_of_70_measures_fills_its_pages(kind: str, pages: int, tmp_path: Path) -> None:
    # Moving every row that fits a page whole to the next printed these on 27, 56 and 56 pages (mean fill
    # 0.79, 0.80, 0.75) with a dozen pages half empty.
    path = tmp_path / f"{kind}.pdf"
    print_document(year_of_70(), kind, FISCAL_YEAR, 12, path)
    faults = measure_pdf(path)
    assert _faults(faults) == {}, _faults(faults)
    assert faults.pages <= pages and faults.mean_fill >= 0.88, (faults.pages, faults.mean_fill)
    typography = pdfcheck("typography", "--fragments-fail", path)
    assert typography["ok"], typography["counts"]
