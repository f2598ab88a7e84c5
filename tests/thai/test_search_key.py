"""Search finds what the clerk meant when the marks, spaces or digits were typed differently."""

from __future__ import annotations

import pytest

from itadesk.thai.search_key import matches, search_key, search_words


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("ผูบริหาร", "ผู้บริหาร"),  # tone mark left out
        ("ผู้บริหาร", "ผูบริหาร"),  # ... or left out in the text
        ("ประกาศเจตจำนง", "ประกาศ เจตจำนง"),  # the text has a space the user did not type
        ("นํ้า", "น้ำ"),  # sara am typed as nikhahit and sara aa, tone in between
        ("กิจกรรม", "กิจกรรม\u200b"),  # an invisible zero-width space from a web page
        ("เสริมสรางวัฒนธรรม", "เสริมสร้างวัฒนธรรม"),  # thanthakhat and tone left out
        ("ITA", "การประเมิน ita"),  # case
        ("2567", "ปีงบประมาณ ๒๕๖๗"),  # Arabic digits find Thai ones
    ],
)
def test_a_search_finds_the_text_whatever_marks_were_typed(typed: str, text: str) -> None:
    assert matches(search_words(typed), text)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("กน", "กิน"),  # vowels above the line are letters of the word, not marks
        ("ทา", "ทำ"),  # sara am is not sara aa
        ("จัดซื้อ", "เปิดเผยข้อมูล"),
    ],
)
def test_a_search_still_tells_different_words_apart(typed: str, text: str) -> None:
    assert not matches(search_words(typed), text)


def test_every_word_typed_must_be_found() -> None:
    text = "มาตรการเผยแพร่ข้อมูลของผู้บริหาร"
    assert matches(search_words("ผูบริหาร เผยแพร"), text)
    assert not matches(search_words("ผูบริหาร จัดซื้อ"), text)
    assert search_words("   ") == []
    assert search_key("ผู้ บริหาร") == search_key("ผูบริหาร")
