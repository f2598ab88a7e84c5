"""Break hints for the window: U+200B exactly where the printed page may end a line, nothing else changed."""

from __future__ import annotations

from itadesk.thai.linebreak import LEADING_VOWELS, break_opportunities
from itadesk.thai.screen_breaks import ZWSP, with_break_hints

TITLE = "จัดทำแผนผังแสดงขั้นตอนระยะเวลาให้บริการประชาชนและระบุผู้รับผิดชอบงานในทุกระยะงานให้ทราบโดยเผยแพร่ประชาสัมพันธ์"


def _hint_positions(hinted: str) -> list[int]:
    """Where the hints stand, as indices into the text without them."""
    positions, removed = [], 0
    for i, ch in enumerate(hinted):
        if ch == ZWSP:
            positions.append(i - removed)
            removed += 1
    return positions


def test_hints_stand_exactly_at_the_engines_breaks() -> None:
    hinted = with_break_hints(TITLE)
    assert hinted.replace(ZWSP, "") == TITLE
    assert _hint_positions(hinted) == list(break_opportunities(TITLE))
    for position in _hint_positions(hinted):
        assert TITLE[position - 1] not in LEADING_VOWELS  # never เ|ผยแพร่
    assert "รับผิด" + ZWSP + "ชอบ" not in hinted


def test_spaces_and_latin_text_get_no_hints() -> None:
    assert with_break_hints("Integrity and Transparency Assessment 2566") == (
        "Integrity and Transparency Assessment 2566"
    )
    hinted = with_break_hints("ประชุม ITA ครั้งที่ ๑\nสำนักปลัด")
    assert f" {ZWSP}" not in hinted and f"{ZWSP} " not in hinted
    assert hinted.split("\n")[1] == "สำนักปลัด"  # a single word stays whole, lines stay lines
