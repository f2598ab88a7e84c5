"""Paragraphs broken as a whole: a justified line stays within 0.06 em letter-spacing and 0.9 em word space
where any set of breaks allows it, no paragraph or cell ends in one short word, and the paragraph never grows
a line for it."""

from __future__ import annotations

import itertools

import pytest

from itadesk.thai.fonts import REGULAR
from itadesk.thai.layout import Line, layout_lines, run_width
from itadesk.thai.linebreak import break_opportunities, fill_lines, pieces

SIZE = 16.0
MEMO_WIDTH = 16 / 2.54 * 72
INDENT = 2.5 / 2.54 * 72
BASE = (
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
    "องค์การบริหารส่วนตำบลได้คะแนนรวม ๘๗.๕๐ คะแนน อยู่ในระดับผ่านเกณฑ์"
)
LATIN = (
    "ตามหนังสือสำนักงาน ป.ป.ช. ที่ได้แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
    "(Integrity and Transparency Assessment:ITA) ในปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลได้คะแนน "
    "๘๗.๕๐ คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์ที่กำหนด คือ"
)


def _memo_lines(text: str) -> list[Line]:
    return layout_lines(text, REGULAR, SIZE, lambda n: MEMO_WIDTH - (INDENT if n == 0 else 0), "justify")


def _greedy_count(text: str, width: float) -> int:
    units = pieces(text, break_opportunities(text))
    return len(fill_lines(units, lambda p: run_width(p, REGULAR, SIZE), lambda n: width))


def _spacing(line: Line) -> tuple[float, float]:
    """(largest added letter-spacing, widest space with its stretch) of a drawn line, in em."""
    plain = layout_lines(line.text.rstrip(" "), REGULAR, SIZE, lambda n: 10_000, "left")[0]
    added = [g.x - p.x for g, p in zip(line.glyphs, plain.glyphs, strict=False)]
    tracking, word = 0.0, 0.0
    space = run_width(" ", REGULAR, SIZE)
    texts = [g.text for g in plain.glyphs]
    for k, (a, b) in enumerate(itertools.pairwise(added), start=1):
        if texts[k - 1] == " ":
            word = max(word, space + (b - a))
        elif texts[k] != " ":
            tracking = max(tracking, b - a)
    return tracking / SIZE, word / SIZE


def test_the_latin_phrase_line_stays_within_the_limits() -> None:
    lines = _memo_lines(LATIN)
    for line in lines[:-1]:
        tracking, word = _spacing(line)
        assert tracking <= 0.06 + 1e-6, (line.text, tracking)
        assert word <= 0.9 + 1e-6, (line.text, word)
    assert lines[-1].text.strip() != "คือ"


@pytest.mark.parametrize("k", range(0, 40, 3))
def test_a_paragraph_never_ends_in_one_short_word_nor_grows_a_line_for_it(k: int) -> None:
    text = BASE + "การประเมิน" * (k % 7) + " ซึ่งมีประเด็นที่ต้องพัฒนา" * (k // 7) + " คือ"
    lines = _memo_lines(text)
    assert lines[-1].text.strip() != "คือ", [line.text for line in lines[-2:]]
    assert "".join(line.text for line in lines) == text
    assert len(lines) <= _greedy_count(text, MEMO_WIDTH - INDENT) + 1
