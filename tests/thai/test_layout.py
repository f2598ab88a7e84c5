"""Lines as a reader sees them: widths, alignment, justification, splitting across pages, hostile input."""

from __future__ import annotations

import itertools

import pytest
from reportlab.pdfgen.canvas import Canvas

from itadesk.thai.drawing import draw_text, text_width
from itadesk.thai.fonts import REGULAR
from itadesk.thai.layout import LETTER_SPACING_LAST_RESORT_EM, Line, layout_lines
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from itadesk.thai.shaping import shaping_face
from tests.thai.samples import BODY

SIZE = 16.0


def lay(text: str, width: float, align: str = "justify") -> list[Line]:
    return layout_lines(text, REGULAR, SIZE, lambda n: width, align)  # type: ignore[arg-type]


def drawn_right_edge(line: Line) -> float:
    """Right edge of the last spacing glyph, from its own advance (marks and the kept space take none)."""
    face = shaping_face(REGULAR)
    scale = SIZE / face.upem
    return max(g.x + face.advance(g.gid) * scale for g in line.glyphs if not g.zero_width)


@pytest.mark.parametrize("width", [453.0, 400.0, 300.0, 220.0])
def test_justified_lines_span_the_full_width_and_the_last_stays_left(width: float) -> None:
    for text in BODY:
        lines = lay(text, width)
        assert len(lines) >= 1
        for line in lines[:-1]:
            assert drawn_right_edge(line) == pytest.approx(width, abs=0.5), line.text
        last = lines[-1]
        assert last.ends_paragraph
        assert drawn_right_edge(last) <= width + 0.01
        assert last.width == pytest.approx(text_width(last.text.rstrip(" "), REGULAR, SIZE), abs=0.01)


@pytest.mark.parametrize("width", [300.0, 160.0])
def test_no_line_is_wider_than_its_room(width: float) -> None:
    for text in BODY:
        for line in lay(text, width, "left"):
            assert line.width <= width + 0.01, line.text


def test_lines_together_hold_exactly_the_typed_text() -> None:
    for text in BODY:
        lines = lay(text, 200)
        assert "".join(line.text for line in lines) == text
        for line in lines:
            assert "".join(g.text for g in line.glyphs) == line.text


def test_in_a_narrow_column_a_line_that_cannot_be_filled_keeps_its_gaps_at_the_cap() -> None:
    cap = LETTER_SPACING_LAST_RESORT_EM * SIZE  # beyond the 0.06 em limit only where no breaks avoid it
    for text in BODY:
        for line in lay(text, 140)[:-1]:
            if drawn_right_edge(line) < 140 - 0.5:
                plain = lay(line.text.rstrip(" "), 10_000, "left")[0]
                extra = [g.x - p.x for g, p in zip(line.glyphs, plain.glyphs, strict=False)]
                steps = [b - a for a, b in itertools.pairwise(extra)]
                assert " " not in line.text.rstrip(" ")
                assert max(steps) == pytest.approx(cap, abs=1e-6), line.text


def test_justification_never_separates_a_letter_from_its_marks() -> None:
    face = shaping_face(REGULAR)
    for line in lay(BODY[0], 220, "justify"):
        before = lay(line.text.rstrip(" "), 10_000, "left")[0]
        assert [g.gid for g in line.glyphs if not g.zero_width] == [g.gid for g in before.glyphs]
        # Each mark keeps its distance to the glyph drawn just before it in the same cluster.
        for a, b, a0, b0 in zip(line.glyphs, line.glyphs[1:], before.glyphs, before.glyphs[1:], strict=False):
            if face.advance(b.gid) == 0 and not b.zero_width:
                assert b.x - a.x == pytest.approx(b0.x - a0.x, abs=1e-6), b.text


def test_cluster_gaps_stay_small_so_no_space_is_read_into_the_text() -> None:
    for line in lay(BODY[1], 250)[:-1]:
        xs = [g.x for g in line.glyphs]
        plain = lay(line.text.rstrip(" "), 10_000, "left")[0]
        extra = [x - p.x for x, p in zip(xs, plain.glyphs, strict=False)]
        steps = [b - a for a, b in itertools.pairwise(extra)]
        spaces = line.text.count(" ")
        if spaces == 0:
            assert max(steps) <= 0.1 * SIZE + 1e-6


@pytest.mark.parametrize(("align", "expected_offset"), [("left", 0.0), ("right", 1.0), ("center", 0.5)])
def test_alignment_offsets(align: str, expected_offset: float) -> None:
    text = "บันทึกข้อความ"
    (line,) = lay(text, 400, align)
    slack = 400 - text_width(text, REGULAR, SIZE)
    assert line.offset == pytest.approx(slack * expected_offset)


def test_text_width_is_the_shaped_width() -> None:
    # Marks take no width: ป่า is as wide as ปา, and ำ is one advance whether or not a tone sits on it.
    assert text_width("ป่า", REGULAR, SIZE) == pytest.approx(text_width("ปา", REGULAR, SIZE))
    assert text_width("น้ำ", REGULAR, SIZE) == pytest.approx(text_width("นำ", REGULAR, SIZE))
    assert text_width("กข\u200b", REGULAR, SIZE) == pytest.approx(text_width("กข", REGULAR, SIZE))
    assert text_width("", REGULAR, SIZE) == 0


def test_a_paragraph_split_across_pages_keeps_every_line_and_its_justification() -> None:
    style = TextStyle(align="justify", first_line_indent=30)
    whole = ThaiParagraph(" ".join(BODY), style)
    _, height = whole.wrap(300, 10_000)
    all_lines = whole.lines(300)
    head, tail = whole.split(300, height / 2)
    _, h1 = head.wrap(300, 10_000)
    _, h2 = tail.wrap(300, 10_000)
    assert h1 + h2 == pytest.approx(height)
    assert [ln.text for ln in head.lines(300) + tail.lines(300)] == [ln.text for ln in all_lines]
    assert not head.lines(300)[-1].ends_paragraph  # the cut line is justified like any inner line
    assert head.getSpaceAfter() == 0 and tail.getSpaceBefore() == 0
    assert whole.split(300, style.line_height / 2) == []  # not even one line fits


def test_hard_line_breaks_and_empty_text() -> None:
    lines = lay("บรรทัดแรก\nบรรทัดที่สอง\n\nสุดท้าย", 400)
    assert [ln.text for ln in lines] == ["บรรทัดแรก", "บรรทัดที่สอง", "", "สุดท้าย"]
    assert all(ln.ends_paragraph for ln in lines)
    assert ThaiParagraph("", TextStyle()).wrap(300, 100) == (300, 0)


def test_min_width_is_the_widest_unbreakable_unit() -> None:
    paragraph = ThaiParagraph("ไป ประชาสัมพันธ์ มา", TextStyle())
    assert paragraph.minWidth() == pytest.approx(text_width("ประชาสัมพันธ์", REGULAR, 16))


HOSTILE = [
    "😀🎉 อีโมจิ 👍🏽",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u0e48\u0e49 วรรณยุกต์ลอย \u0e39\u0e39\u0e39",
    "ควบคุม\x00\x01\x07\x1b\x7f\u200b\u200d\ufeff\u00ad",
    "ก" * 10_000,
    "https://" + "a" * 3000,
    " " * 500,
    "\n\n\n",
    "\ud800 lone surrogate",
    "\uf705\uf70a private use",
    "漢字かなカナ한국어",
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_hostile_text_never_raises(text: str, tmp_path: object) -> None:
    for align in ("left", "justify", "center"):
        paragraph = ThaiParagraph(text, TextStyle(align=align))  # type: ignore[arg-type]
        _, height = paragraph.wrap(200, 800)
        assert height >= 0
        parts = paragraph.split(200, 100)
        assert parts == [] or len(parts) in (1, 2)
    canvas = Canvas(str(tmp_path) + "/hostile.pdf", initialFontName=REGULAR)  # type: ignore[operator]
    paragraph.wrap(200, 10_000)
    paragraph.drawOn(canvas, 50, 50)
    draw_text(canvas, 50, 20, text[:200], REGULAR, 16)
    canvas.save()


def test_a_character_the_font_lacks_is_drawn_as_a_visible_box_never_dropped() -> None:
    (line,) = lay("ก😀ข", 400, "left")
    notdef = [g for g in line.glyphs if g.gid == 0]
    assert [g.text for g in notdef] == ["😀"]
    box = shaping_face(REGULAR).font.get_glyph_extents(0)
    assert box.width > 0 and box.height != 0  # the font's .notdef is a real box
