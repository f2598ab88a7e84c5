"""Word output as a clerk finishes it (issue 24): a row taller than a page is not kept on one page (Word and
LibreOffice would clip it at the foot), pages are filled as the PDF fills them (a row is cut by a page where
the PDF would cut it, a short one moves whole), the memo's last approval block takes the line before it to
its page, and every paragraph names a style a clerk restyles the document by. LibreOffice converts the
files."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.model import Attachment
from itadesk.exchange.reader import read_exchange_file
from itadesk.thai.digits import localize_digits
from tests.cli.test_print_word import _convert, _libreoffice
from tests.conftest import EXAMPLES, require_shared
from tests.documents.helpers import (
    EXAMPLE_FILES,
    FISCAL_YEAR,
    compact,
    example_dataset,
    made_up_dataset,
    made_up_memo,
    pdf_text,
    real_thai_text,
)
from tests.documents.page_faults import measure_pdf


def _document_xml(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _styles_xml(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read("word/styles.xml").decode("utf-8")


def _rows(xml: str) -> list[str]:
    return re.findall(r"<w:tr>.*?</w:tr>", xml)


def test_a_row_taller_than_a_page_is_not_kept_on_one_page_and_prints_whole(tmp_path: Path) -> None:
    dataset = made_up_dataset(3)
    long_text = real_thai_text(6_000)
    dataset.years[0].measures[1].outcome = long_text
    docx = tmp_path / "results.docx"
    print_document(dataset, "results", FISCAL_YEAR, 12, docx)
    rows = _rows(_document_xml(docx))
    tall = [row for row in rows if compact(long_text)[:30] in compact(re.sub(r"<[^>]+>", "", row))]
    assert len(tall) == 1 and "<w:cantSplit/>" not in tall[0]
    assert "<w:cantSplit/>" in rows[0] and "<w:tblHeader/>" in rows[0]  # the header: whole, on every page
    pdf = _convert(_libreoffice(), docx, tmp_path / "pdf")
    assert compact(localize_digits(long_text, "thai"))[-40:] in pdf_text(pdf)  # nothing clipped at a foot


def test_a_row_nearly_a_page_tall_is_not_clipped_when_libreoffice_sets_it_taller(tmp_path: Path) -> None:
    """003's third measure is 390 pt in the PDF, under the 398 pt a page has below the header row; LibreOffice
    breaks its Thai lines elsewhere and sets it taller than a page: kept whole, its end was not printed."""
    require_shared()
    dataset = read_exchange_file(EXAMPLES / "003.json")
    docx = tmp_path / "progress.docx"
    print_document(dataset, "progress", 2566, 12, docx)
    pdf = _convert(_libreoffice(), docx, tmp_path / "pdf")
    assert compact("โครงการ หรือกิจกรรม ต่างๆ") in pdf_text(pdf)


def test_the_memos_last_approval_block_takes_the_line_before_it_to_its_page(tmp_path: Path) -> None:
    docx = tmp_path / "memo.docx"
    memo = made_up_memo(6)
    print_memo(made_up_dataset(memo=memo), "memo-test", docx)
    xml = _document_xml(docx)
    last = memo.approvals[-1].heading
    before = xml[: xml.index(last)]
    paragraphs = re.findall(r"<w:p>.*?</w:p>", before)
    # the last paragraph before the last block's heading (the position of the block above) keeps with it
    assert "<w:keepNext/>" in paragraphs[-1]
    pdf = _convert(_libreoffice(), docx, tmp_path / "pdf")
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [compact(page) for page in done.stdout.split("\f")]
    page = next(n for n, text in enumerate(pages) if compact(last) in text)
    opening = pages[page].lstrip("-0123456789๐๑๒๓๔๕๖๗๘๙")
    assert not opening.startswith(compact(last)), "the last approval block opens a page alone"


def test_every_paragraph_names_a_style_a_clerk_restyles_the_document_by(tmp_path: Path) -> None:
    memo = made_up_memo(3, attach=Attachment("results", 12))
    docx = tmp_path / "memo.docx"
    print_memo(made_up_dataset(memo=memo), "memo-test", docx)
    styles = _styles_xml(docx)
    for name in ("Body Text", "Title", "heading 1", "Signature", "Table Text", "Table Heading"):
        assert f'<w:name w:val="{name}"/>' in styles, name
    xml = _document_xml(docx)
    used = set(re.findall(r'<w:pStyle w:val="([^"]+)"/>', xml))
    assert {"BodyText", "Title", "Signature", "TableText", "TableHeading"} <= used, used
    # A cell's text says no size of its own: Table Text's size is what a clerk changes.
    cell = re.search(r'<w:pStyle w:val="TableText"/>.*?</w:p>', xml)
    assert cell is not None and "<w:sz " not in cell.group()


def test_libreoffice_prints_every_line_of_a_row_a_little_taller_than_a_page(tmp_path: Path) -> None:
    # 003's progress row of the EIT part fits a PDF page but not Word's (its lines 18.6 pt apart, not 17):
    # kept on one page, LibreOffice clipped it at the foot and "กิจกรรม ต่างๆ" was never printed.
    path = next(p for p in EXAMPLE_FILES if p.stem == "003")
    dataset = example_dataset(path)
    docx = tmp_path / "progress.docx"
    print_document(dataset, "progress", dataset.years[0].fiscal_year, 12, docx)
    pdf = _convert(_libreoffice(), docx, tmp_path / "pdf")
    assert compact("กิจกรรม ต่างๆ") in pdf_text(pdf)


def test_libreoffice_fills_the_pages_of_001s_results_as_the_pdf_does(tmp_path: Path) -> None:
    # Rows were kept whole wherever they fitted a page with room to spare: LibreOffice printed 001's results
    # on 7 pages (one of them under two thirds full) where the PDF takes 6.
    path = next(p for p in EXAMPLE_FILES if p.stem == "001")
    dataset = example_dataset(path)
    year = dataset.years[0].fiscal_year
    docx, printed = tmp_path / "results.docx", tmp_path / "results.pdf"
    print_document(dataset, "results", year, 12, docx)
    print_document(dataset, "results", year, 12, printed)
    pages = measure_pdf(_convert(_libreoffice(), docx, tmp_path / "pdf"))
    assert pages.pages <= measure_pdf(printed).pages, pages.fills
    assert not pages.underfull and not pages.remnants, (pages.underfull, pages.remnants)
    assert all(fill >= 0.85 for fill in pages.fills[:-1]), pages.fills


def test_short_rows_stay_whole_and_group_headings_go_with_the_row_below(tmp_path: Path) -> None:
    from tests.documents.page_survey import year_of_70

    docx = tmp_path / "plan.docx"
    print_document(year_of_70(), "plan", FISCAL_YEAR, 12, docx)
    rows = _rows(_document_xml(docx))
    groups = [row for row in rows if "<w:gridSpan " in row]
    assert groups and all("<w:cantSplit/>" in row and "<w:keepNext/>" in row for row in groups)

    def longest_cell(row: str) -> int:
        cells = re.findall(r"<w:tc>.*?</w:tc>", row)
        return max(len("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", cell))) for cell in cells)

    short = [row for row in rows if row not in groups and longest_cell(row) <= 40]  # a line or two a cell
    assert len(short) > 10 and all("<w:cantSplit/>" in row for row in short)


def test_libreoffice_never_cuts_a_date_or_a_number_from_its_unit(tmp_path: Path) -> None:
    # 000's plan prints "๑ ต.ค.๖๕ – ๓๐ ก.ย.๖๖" in every row: LibreOffice ended six lines at "๓๐", the month
    # opening the next; the spaces the PDF holds are no-break spaces in the Word file.
    path = next(p for p in EXAMPLE_FILES if p.stem == "000")
    dataset = example_dataset(path)
    docx = tmp_path / "plan.docx"
    print_document(dataset, "plan", dataset.years[0].fiscal_year, 12, docx)
    assert "๓๐\u00a0ก.ย." in _document_xml(docx)
    pages = measure_pdf(_convert(_libreoffice(), docx, tmp_path / "pdf"))
    assert not pages.split_date and not pages.split_unit, (pages.split_date, pages.split_unit)
