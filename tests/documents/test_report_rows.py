"""Report rows at a page's end (issue 11): a row that fits a page moves whole to the next page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber

from itadesk.documents.printing import print_document
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset


def _tag(i: int, end: str) -> str:
    # Latin letters, not digits: digits may be printed as Thai digits.
    return f"Q{chr(65 + i // 26)}{chr(65 + i % 26)}{end}"


def test_a_row_that_fits_a_page_is_never_cut(tmp_path: Path) -> None:
    dataset = made_up_dataset(30)
    year = dataset.years[0]
    measures = [
        replace(m, title=f"{_tag(i, 'A')} " + "มาตรการส่งเสริมคุณธรรมและความโปร่งใส " * 6 + _tag(i, "Z"))
        for i, m in enumerate(year.measures)
    ]
    dataset = replace(dataset, years=[replace(year, measures=measures)])
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) > 1
    for i in range(len(measures)):
        first = [n for n, text in enumerate(pages) if _tag(i, "A") in text]
        last = [n for n, text in enumerate(pages) if _tag(i, "Z") in text]
        assert first and first == last, (i, first, last)
