"""Line-break rules a typist keeps, for memo paragraphs and report cells alike: a list number or bullet stays
with the first word of its item, an abbreviation typed with a stray space stays whole, and a URL goes on to
the next line only at its domain's dots or its path's slashes, extractable as one string."""

from __future__ import annotations

import itertools
import re

import pytest

from itadesk.thai.fonts import REGULAR
from itadesk.thai.layout import layout_lines, run_width

ITEMS = [  # an item and the first word of its text
    ("๑๐. แลกเปลี่ยนความคิดเห็นกับผู้มีส่วนได้ส่วนเสีย", "แลกเปลี่ยน"),
    ("๑. องค์การบริหารส่วนตำบลลาโละ", "องค์การ"),
    ("- ประชาสัมพันธ์ผ่านเว็บไซต์", "ประชาสัมพันธ์"),
    ("• ประชาสัมพันธ์ผ่านเว็บไซต์", "ประชาสัมพันธ์"),
    ("(๔) ระยะเวลาดำเนินการ", "ระยะเวลา"),
    ("3. ติดตั้งกล่องรับฟังความคิดเห็น", "ติดตั้ง"),
]
MARKER_ONLY = re.compile(r"\(?[0-9๐-๙]{1,3}[.)]|[-•–]")


def _texts(text: str, width: float) -> list[str]:
    return [line.text.strip() for line in layout_lines(text, REGULAR, 16, lambda n: width, "left")]


@pytest.mark.parametrize(("item", "first_word"), ITEMS)
def test_a_list_number_or_bullet_never_stands_alone_on_its_line(item: str, first_word: str) -> None:
    marker = item.split(" ")[0]
    seen_narrow = False
    # Every width from the marker and its first word to the whole item: at some the number alone fit.
    start = run_width(f"{marker} {first_word}", REGULAR, 16) + 1
    for width in range(int(start), int(run_width(item, REGULAR, 16)) + 10, 3):
        lines = _texts(item, width)
        seen_narrow |= len(lines) > 1
        assert not MARKER_ONLY.fullmatch(lines[0]), (width, lines)
        assert lines[0].startswith(f"{marker} {first_word[:2]}"), (width, lines)
    assert seen_narrow


def test_the_number_goes_with_its_item_in_a_cell_of_several_items() -> None:
    cell = "๙. ประชุมคณะทำงาน\n๑๐. แลกเปลี่ยนความคิดเห็น"
    width = run_width("๑๐. แลกเปลี่ยน", REGULAR, 16) + 6  # "๑๐." and its first word fit, the item does not
    lines = _texts(cell, width)
    assert "๑๐." not in lines
    assert any(line.startswith("๑๐. แลกเปลี่ยน") for line in lines), lines


@pytest.mark.parametrize("typed", ["พ. ศ.๒๕๖๖", "พ. ศ. ๒๕๖๖", "ต. ค. ๖๕"])
def test_an_abbreviation_typed_with_a_stray_space_stays_whole(typed: str) -> None:
    text = f"ตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {typed} ขององค์การบริหารส่วนตำบล"
    for width in range(120, 420, 6):
        for line in _texts(text, width):
            assert not line.endswith(typed.split(" ")[0]) or line.endswith(typed), (width, line)


def test_a_url_goes_on_only_before_a_domain_dot_or_after_a_path_slash() -> None:
    url = "https://www.khoksaad.go.th/news/ita2567/index.php"
    text = f"เผยแพร่ที่ {url} แล้ว"
    for width in range(90, 330, 5):
        lines = _texts(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # read back as one string
        cut = [line for line in lines if url.startswith(line) or line.startswith(("https", "."))]
        for before, after in itertools.pairwise(lines):
            if before.endswith(tuple("abcdefghijklmnopqrstuvwxyz/.0123456789")) and after[:1].isascii():
                assert before.endswith("/") or after.startswith("."), (width, before, after)
        assert "khoksaad.go." not in lines and not any(line.endswith("khoksaad.go.") for line in cut)


@pytest.mark.parametrize("typed", ["พ. ศ.๒๕๖๖", "พ. ศ. ๒๕๖๖", "ต. ค. ๖๕"])
def test_an_abbreviation_typed_with_a_stray_space_stays_with_the_word_before_it_as_typed_whole(
    typed: str,
) -> None:
    """ปีงบประมาณ|พ. ศ. ๒๕๖๖ is a break the shared checker (ICU) calls illegal, and one พ.ศ. never gets."""
    text = f"ตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {typed} ขององค์การบริหารส่วนตำบล"
    together = run_width(f"ปีงบประมาณ {typed}", REGULAR, 16)
    for width in range(int(together) + 1, 420, 6):
        for line in _texts(text, width):
            assert not line.endswith("ปีงบประมาณ"), (width, line)
            assert not line.startswith(typed.split(" ")[0]), (width, line)
