"""Pages laid out by the Thai engine pass the independent PDF checker: fonts, text, line breaks, marks."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from itadesk.thai.fonts import BOLD, REGULAR, font_file
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from itadesk.thai.shaping import clean_for_page
from tests.conftest import PDFCHECK
from tests.thai.pdf_helpers import Narrow, build_pdf, pdfcheck
from tests.thai.samples import BODY, MIXED, OWN_PROBES

PROBES = PDFCHECK.parent / "probe_words.txt"


def _body_story(widths: list[float | None], align: str) -> list[Narrow | ThaiParagraph]:
    story: list[Narrow | ThaiParagraph] = []
    style = TextStyle(align=align, first_line_indent=36, space_after=6)  # type: ignore[arg-type]
    for width in widths:
        for text in BODY:
            paragraph = ThaiParagraph(text, style)
            story.append(paragraph if width is None else Narrow(paragraph, width))
    return story


def test_fonts_are_embedded_and_no_base14_font_is_referenced(tmp_path: Path) -> None:
    bold = TextStyle(font_name=BOLD)
    story = [ThaiParagraph("บันทึกข้อความ", bold), *_body_story([None], "justify")]
    pdf = build_pdf(tmp_path / "fonts.pdf", story)
    result = pdfcheck("fonts", pdf)
    assert result["ok"], result["problems"]
    names = sorted(f["name"].split("+")[-1] for f in result["fonts"])
    assert names == ["THSarabunNew", "THSarabunNew-Bold"]  # only the faces drawn with


def test_text_layer_extracts_as_typed(tmp_path: Path) -> None:
    story = [*_body_story([None, 200], "justify"), ThaiParagraph(MIXED, TextStyle())]
    story.append(ThaiParagraph(" ".join(OWN_PROBES), TextStyle()))
    pdf = build_pdf(tmp_path / "text.pdf", story)
    expected = tmp_path / "expected.txt"
    expected.write_text("\n".join([*BODY, MIXED, *OWN_PROBES]), encoding="utf-8")
    result = pdfcheck("text", pdf, expected)
    assert result["ok"], result
    assert result["missing"] == []
    assert result["pua_chars"] == 0 and result["thai_pua_chars"] == 0
    assert result["split_sara_am"] == 0


@pytest.mark.parametrize("align", ["justify", "left"])
def test_no_illegal_line_break_at_several_widths(tmp_path: Path, align: str) -> None:
    pdf = build_pdf(tmp_path / "breaks.pdf", _body_story([None, 320, 220, 150, 110], align))
    result = pdfcheck("linebreaks", pdf)
    assert result["breaks"] > 100  # the paragraphs really were broken many times
    assert result["illegal"] == 0, result["examples"]


@pytest.mark.parametrize(("font_name", "size"), [(REGULAR, 16), (BOLD, 16), (REGULAR, 14), (BOLD, 29)])
def test_marks_sit_where_harfbuzz_puts_them(tmp_path: Path, font_name: str, size: float) -> None:
    if not PROBES.is_file():
        pytest.skip(f"probe words not found at {PROBES}")
    words = [w.strip() for w in PROBES.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words if w and not w.startswith("#")] + list(OWN_PROBES)
    probes = tmp_path / "probes.txt"
    probes.write_text("\n".join(words), encoding="utf-8")
    style = TextStyle(font_name=font_name, size=size, leading=size * 1.6)
    pdf = build_pdf(tmp_path / "glyphs.pdf", [ThaiParagraph("  ".join(words), style)])
    result = pdfcheck("glyphs", pdf, probes, font_file(font_name))
    assert result["missing"] == []
    assert result["min"] >= 0.95, result["below_threshold"]


def test_a_table_of_thai_cells_references_no_other_font(tmp_path: Path) -> None:
    from reportlab.platypus import Table, TableStyle

    cell = TextStyle(size=14, align="justify")
    rows = [[ThaiParagraph(text, cell), ThaiParagraph(text[:40], cell)] for text in BODY]
    table = Table(rows, colWidths=[250, 150], splitInRow=1)
    grid = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("GRID", (0, 0), (-1, -1), 0.5, "black")]
    table.setStyle(TableStyle(grid))
    pdf = build_pdf(tmp_path / "table.pdf", [table])
    result = pdfcheck("fonts", pdf)
    assert result["ok"], result["problems"]
    assert pdfcheck("linebreaks", pdf)["illegal"] == 0


def test_hostile_text_prints_with_embedded_fonts_and_extracts_as_typed(tmp_path: Path) -> None:
    texts = ["ราคา 😀 ๑๐๐ บาท", "مرحبا ไทย שלום", "ควบ\u200bคุม\x07ตัว\u00adอักษร", "\u0e48\u0e49 ลอย"]
    pdf = build_pdf(tmp_path / "hostile.pdf", [ThaiParagraph(t, TextStyle()) for t in texts])
    assert pdfcheck("fonts", pdf)["ok"]
    expected = tmp_path / "expected.txt"
    # Arabic and Hebrew (boxes: the font has no glyph for them) are left out here: pdftotext turns right-to-
    # left text round whatever the PDF says. pdfplumber reads them as typed (below).
    expected.write_text("ราคา😀๑๐๐บาท\nไทย\nควบคุมตัวอักษร\n\u0e48\u0e49ลอย", encoding="utf-8")
    result = pdfcheck("text", pdf, expected)
    assert result["missing"] == [] and result["pua_chars"] == 0
    with pdfplumber.open(pdf) as doc:
        text = "".join((page.extract_text() or "") for page in doc.pages).replace(" ", "").replace("\n", "")
    assert text == "".join(clean_for_page(t) for t in texts).replace(" ", "")
