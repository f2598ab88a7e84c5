"""A heading over a table (a part's "แบบวัด… (IIT)", the plan's "มาตรการ/แนวทาง ประจำปี…") never ends a page
alone: it goes to the next page with the table's header row and first row when they do not fit under it."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from itadesk.documents.printing import print_document
from itadesk.domain.model import DocumentContent, YearContent
from tests.conftest import EXAMPLES
from tests.content_examples import CONTENT_003
from tests.documents.helpers import FISCAL_YEAR, example_dataset, made_up_dataset, skeleton

TABLE_HEADER = skeleton("(๑) ผู้รับผิดชอบ")  # a header cell of one line: the text reads it whole


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [skeleton(page.extract_text() or "") for page in pdf.pages]


def _headings_with_their_tables(pages: list[str], headings: list[str]) -> None:
    found = 0
    for number, page in enumerate(pages, start=1):
        for heading in headings:
            at = page.find(skeleton(heading))
            if at < 0:
                continue
            found += 1
            assert TABLE_HEADER in page[at:], f"page {number}: {heading!r} ends the page without its table"
    assert found == len(headings)


def test_example_003s_part_heading_goes_over_the_page_with_its_table(tmp_path: Path) -> None:
    """003 with its own introduction: the first row does not fit under "(IIT)" on page 1."""
    dataset = example_dataset(EXAMPLES / "003.json")
    dataset.years[0].content = CONTENT_003
    path = tmp_path / "progress.pdf"
    print_document(dataset, "progress", FISCAL_YEAR, 12, path)
    pages = _pages(path)
    _headings_with_their_tables(
        pages,
        [
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        ],
    )


@pytest.mark.parametrize("steps", [3, 10, 40])  # a first row of a few lines, half a page, taller than a page
def test_a_heading_goes_with_the_first_row_short_long_or_taller_than_a_page(
    steps: int, tmp_path: Path
) -> None:
    dataset = made_up_dataset(4)
    year = dataset.years[0]
    for measure in year.measures:
        measure.part = "IIT"
        step = "ประชุมคณะทำงานเพื่อจัดทำแผนและติดตามผลการดำเนินงาน"
        measure.steps = [f"ขั้นตอนที่ {n} {step}" for n in range(1, steps + 1)]
    # An introduction that leaves some room under the heading on page 1, but not a whole row of 3 steps.
    intro = ["ตามที่องค์การบริหารส่วนตำบลลาโละได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส " * 14] * 2
    year.content = YearContent(documents=[DocumentContent("progress", introduction=intro, headings="part")])
    path = tmp_path / "progress.pdf"
    print_document(dataset, "progress", FISCAL_YEAR, 12, path)
    pages = _pages(path)
    _headings_with_their_tables(pages, ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"])
