"""Every document of every real example prints, and the shared PDF checker passes on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import Dataset
from itadesk.thai.digits import localize_digits
from tests.documents.helpers import EXAMPLE_FILES, example_dataset, pdf_text, pdfcheck


def _printed(dataset: Dataset, stem: str, out: Path) -> list[Path]:
    pdfs: list[Path] = []
    for year in dataset.years:
        for kind in DOCUMENT_KINDS:
            if kind == "analysis" and year.ita_result is None:
                continue  # refused: test_prechecks.py
            for round_months in (6, 12) if kind in ("progress", "results") else (12,):
                path = out / f"{stem}-{year.fiscal_year}-{kind}-{round_months}.pdf"
                print_document(dataset, kind, year.fiscal_year, round_months, path)
                pdfs.append(path)
        for memo in year.memos:
            assert memo.id is not None
            path = out / f"{stem}-{memo.id}.pdf"
            print_memo(dataset, memo.id, path)
            pdfs.append(path)
    return pdfs


def _expected_strings(dataset: Dataset) -> list[str]:
    """Every measure title and every memo paragraph, as printed (office digits), line by line."""
    digits = dataset.organization.digits if dataset.organization else "thai"
    texts: list[str] = []
    for year in dataset.years:
        texts += [line for m in year.measures for line in m.title.split("\n")]
        texts += [p for memo in year.memos for p in memo.body]
    return [localize_digits(t, digits) for t in texts if t.strip()]


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=lambda p: p.stem)
def example(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Dataset, list[Path]]:
    dataset = example_dataset(request.param)
    out = tmp_path_factory.mktemp(request.param.stem)
    return dataset, _printed(dataset, request.param.stem, out)


def test_every_document_prints_as_a_pdf_with_pages(example: tuple[Dataset, list[Path]]) -> None:
    _, pdfs = example
    assert len(pdfs) >= 5  # plan, progress and results of both rounds; analysis only with an ITA result
    for pdf in pdfs:
        assert pdf.read_bytes().startswith(b"%PDF-"), pdf.name


def test_only_the_thai_font_is_used_and_embedded(example: tuple[Dataset, list[Path]]) -> None:
    _, pdfs = example
    for pdf in pdfs:
        result = pdfcheck("fonts", pdf)
        assert result["ok"], (pdf.name, result["problems"])
        assert {f["name"].split("+")[-1] for f in result["fonts"]} <= {"THSarabunNew", "THSarabunNew-Bold"}


def test_every_title_and_paragraph_is_on_the_pages_in_reading_order_tolerant_form(
    example: tuple[Dataset, list[Path]],
) -> None:
    """Titles land in the PDF at all (base letters in order), whatever the text layer's mark encoding."""
    dataset, pdfs = example
    base_letters = str.maketrans("", "", "".join(chr(c) for c in range(0x0E31, 0x0E4F) if chr(c) not in "ฯๆ"))
    text = "".join(pdf_text(pdf) for pdf in pdfs)
    stripped = "".join(ch for ch in text if not 0xF700 <= ord(ch) <= 0xF8FF).translate(base_letters)
    for expected in _expected_strings(dataset):
        assert "".join(expected.split()).translate(base_letters) in stripped, expected[:60]


def test_text_check_finds_every_title_and_memo_paragraph(
    example: tuple[Dataset, list[Path]], tmp_path: Path
) -> None:
    dataset, pdfs = example
    expected = tmp_path / "expected.txt"
    expected.write_text("\n".join(_expected_strings(dataset)), encoding="utf-8")
    merged_missing: set[str] = set(_expected_strings(dataset))
    for pdf in pdfs:
        result = pdfcheck("text", pdf, expected)
        assert not result.get("pua_chars") and not result.get("thai_pua_chars"), pdf.name
        assert not result.get("split_sara_am"), pdf.name
        merged_missing &= set(result.get("missing", []))
    assert not merged_missing


def test_no_line_is_broken_inside_a_thai_word(example: tuple[Dataset, list[Path]]) -> None:
    _, pdfs = example
    # 003 types a space inside a word ("ส่งเสริมคุณ ธรรมและ"): no line may end there either.
    for pdf in pdfs:
        result = pdfcheck("linebreaks", pdf)
        assert result["ok"], (pdf.name, result["examples"][:5])
