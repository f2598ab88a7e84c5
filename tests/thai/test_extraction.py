"""Copy and search: every extractor reads back exactly the typed text (NFC, whitespace aside)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from itadesk.thai.drawing import draw_text
from itadesk.thai.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from tests.thai.pdf_helpers import build_pdf
from tests.thai.samples import BODY, MIXED, OWN_PROBES

TRICKY = "น้ำ ค่ำ ป้ำ ซ้ำ กำไร ปู่ ป่า ฟ้า ฝั่ง ฐุ ญุ ฎู ฏุ กุฎุมพี ปฏิบัติ ศักดิ์สิทธิ์ ฟิล์ม ญี่ปุ่น ฤดู"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    texts = [*BODY, MIXED, TRICKY, " ".join(OWN_PROBES)]
    story = [ThaiParagraph(t, TextStyle(align="justify")) for t in texts]
    for face in (BOLD, ITALIC, BOLD_ITALIC):
        story.append(ThaiParagraph(TRICKY, TextStyle(font_name=face, align="center")))
    pdf = build_pdf(tmp_path_factory.mktemp("extract") / "extract.pdf", story)
    return pdf, squeeze("".join([*texts, TRICKY, TRICKY, TRICKY]))


def test_pdfplumber_reads_the_typed_text(printed: tuple[Path, str]) -> None:
    pdf, expected = printed
    with pdfplumber.open(pdf) as doc:
        text = "".join(page.extract_text() or "" for page in doc.pages)
    assert squeeze(text) == expected


def test_pdfminer_with_its_default_layout_reads_the_typed_text(printed: tuple[Path, str]) -> None:
    # Two marks of no width in a row (ี then ่ of ที่) were each put on a line of their own: 124 of 234
    # strings of the examples were found. Marks now declare a hair of width (pdffont.MARK_WIDTH).
    from pdfminer.high_level import extract_text

    pdf, expected = printed
    assert squeeze(extract_text(str(pdf))) == expected


def test_pypdf_reads_the_typed_text(printed: tuple[Path, str]) -> None:
    pdf, expected = printed
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert squeeze(text) == expected


def test_pdftotext_reads_the_typed_text(printed: tuple[Path, str]) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf, expected = printed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert squeeze(text) == expected


def test_no_private_use_character_and_no_split_sara_am(printed: tuple[Path, str]) -> None:
    pdf, _ = printed
    with pdfplumber.open(pdf) as doc:
        chars = "".join(c["text"] for page in doc.pages for c in page.chars)
    assert not [c for c in chars if unicodedata.category(c) == "Co"]
    assert "\u0e4d\u0e32" not in chars and "\u0e4d\u0e49\u0e32" not in chars
    assert chars.count("ำ") == squeeze(TRICKY * 4 + " ".join(BODY + OWN_PROBES)).count("ำ")


def test_single_lines_drawn_with_draw_text_extract_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "lines.pdf"
    canvas = Canvas(str(path), initialFontName=REGULAR)
    lines = ["ที่ มท ๐๘๑๘.๒/ว ๑๒๓", "วันที่ ๒๒ พฤศจิกายน ๒๕๖๖", "(นางสาวสุนานี อามะ)", "ปลัดองค์การบริหารส่วนตำบล"]
    widths = []
    for n, line in enumerate(lines):
        widths.append(draw_text(canvas, 300, 700 - 30 * n, line, REGULAR, 16, align="center"))
    canvas.save()
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        assert squeeze(page.extract_text()) == squeeze("".join(lines))
        words = page.extract_words()
    # Centred on x = 300: the line's left edge sits half its width to the left.
    first_x0 = min(w["x0"] for w in words if abs(w["bottom"] - words[0]["bottom"]) < 1)
    assert first_x0 == pytest.approx(300 - widths[0] / 2, abs=0.5)


def spaces_only_where_typed(typed: str, extracted: str) -> bool:
    """Whether `extracted` is `typed` with some spaces left out (at line ends) and none added."""
    i = 0
    for ch in extracted:
        while i < len(typed) and typed[i] == " " and ch != " ":
            i += 1  # a typed space the extractor dropped at a line end
        if i >= len(typed) or typed[i] != ch:
            return False
        i += 1
    return typed[i:].strip(" ") == ""


def test_justified_text_extracts_without_spurious_spaces(tmp_path: Path) -> None:
    # Justification widens cluster gaps and spaces by positions only; pdfplumber, which cuts words at gaps
    # over 3 pt, must find no space the writer did not type.
    style = TextStyle(align="justify", size=16)
    pdf = build_pdf(tmp_path / "justified.pdf", [ThaiParagraph(t, style) for t in BODY])
    with pdfplumber.open(pdf) as doc:
        text = "".join(page.extract_text() or "" for page in doc.pages)
    assert spaces_only_where_typed("".join(BODY), text.replace("\n", ""))
    assert not spaces_only_where_typed("ก ข", "กข ค")  # the helper does catch an added space
