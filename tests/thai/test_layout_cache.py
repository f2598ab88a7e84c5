"""The lines kept from one print to the next (a paragraph's lines, a line's operators, a font's subset) never
print stale text: a change of text, width or style lays the paragraph out anew, and what a reader extracts
from the next print is what was typed."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from itadesk.thai.fonts import BOLD, REGULAR
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from itadesk.thai.segment import add_custom_words
from tests.thai.pdf_helpers import build_pdf
from tests.thai.samples import BODY

WIDTH = 300.0


def lines_of(text: str, style: TextStyle, width: float = WIDTH) -> list[str]:
    paragraph = ThaiParagraph(text, style)
    paragraph.wrap(width, 1e9)
    return [line.text for line in paragraph.lines(width)]


def extracted(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join((page.extract_text() or "") for page in pdf.pages).replace("\n", "").replace(" ", "")


def test_an_edited_paragraph_is_laid_out_with_its_new_text() -> None:
    style = TextStyle(align="justify", first_line_indent=36)
    before = lines_of(BODY[0], style)
    edited = BODY[0].replace("ความโปร่งใส", "ความโปร่งใสและความรับผิดชอบ", 1)
    after = lines_of(edited, style)
    assert "".join(after) == edited
    assert after != before
    assert lines_of(BODY[0], style) == before  # the first text again: the same lines as the first time


def test_another_width_or_style_gives_other_lines() -> None:
    style = TextStyle(align="justify")
    text = BODY[0]
    at_width = lines_of(text, style)
    narrower = lines_of(text, style, WIDTH - 60)
    assert len(narrower) > len(at_width)
    bigger = lines_of(text, style.with_(size=20))
    assert len(bigger) > len(at_width)
    bold = ThaiParagraph(text, style.with_(font_name=BOLD))
    bold.wrap(WIDTH, 1e9)
    regular = ThaiParagraph(text, style.with_(font_name=REGULAR))
    regular.wrap(WIDTH, 1e9)
    assert [line.run for line in bold.lines(WIDTH)] != [line.run for line in regular.lines(WIDTH)]
    assert [g.x for g in bold.lines(WIDTH)[0].glyphs] != [g.x for g in regular.lines(WIDTH)[0].glyphs]
    # the bold face's advances, not the regular lines kept from before
    indented = lines_of(text, style.with_(first_line_indent=72))
    assert indented[0] != at_width[0]
    centred = ThaiParagraph(text, style.with_(align="center"))
    centred.wrap(WIDTH, 1e9)
    assert centred.lines(WIDTH)[-1].offset > 0  # centred, not the justified lines' placement


def test_a_print_after_an_edit_reads_the_new_text(tmp_path: Path) -> None:
    style = TextStyle(align="justify", first_line_indent=36)
    first = build_pdf(tmp_path / "first.pdf", [ThaiParagraph(BODY[0], style)])
    edited = BODY[0] + " จึงเรียนมาเพื่อโปรดพิจารณา"
    second = build_pdf(tmp_path / "second.pdf", [ThaiParagraph(edited, style)])
    bold = build_pdf(tmp_path / "bold.pdf", [ThaiParagraph(BODY[0], style.with_(font_name=BOLD))])
    assert "โปรดพิจารณา" not in extracted(first)
    assert "โปรดพิจารณา" in extracted(second)
    assert extracted(first) == extracted(bold)  # the same text in the other face
    with pdfplumber.open(bold) as pdf:
        fonts = {char["fontname"] for char in pdf.pages[0].chars}
    assert all("Bold" in name for name in fonts), fonts


def test_a_name_learned_after_a_print_is_no_longer_broken_in_the_next(tmp_path: Path) -> None:
    name = "ซูไฮลาวาตี"  # a name no other test teaches the segmenter
    text = f"ผู้รับผิดชอบคือนางสาว{name}ซึ่งปฏิบัติงานที่สำนักปลัด"
    style = TextStyle()
    before = lines_of(text, style, 60)
    assert not any(name in line for line in before)  # unknown: broken inside
    add_custom_words([name])
    after = lines_of(text, style, 60)
    assert any(name in line for line in after), after
