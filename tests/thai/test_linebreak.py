"""Where lines may end: Thai words, abbreviations, names, Latin words, numbers and addresses."""

from __future__ import annotations

import itertools

import pytest

from itadesk.thai.fonts import REGULAR
from itadesk.thai.layout import run_width
from itadesk.thai.linebreak import (
    LEADING_VOWELS,
    break_opportunities,
    cluster_starts,
    fill_lines,
    pieces,
    split_long,
)
from itadesk.thai.segment import add_custom_words, segment
from tests.thai.samples import BODY


def units(text: str) -> list[str]:
    return pieces(text, break_opportunities(text))


def test_segmentation_gives_back_every_character() -> None:
    for text in [*BODY, "ก\u0301ข", "  สอง  ช่องว่าง  ", "ๆๆๆ", "abc๑๒๓ไทย"]:
        assert "".join(segment(text)) == text


@pytest.mark.parametrize(
    "phrase",
    ["ป.ป.ช.", "ต.ค.", "อบต.", "ปลัด อบต.", "นายก อบต.", "ผอ.", "พ.ศ. ๒๕๖๖", "๑ ต.ค. ๖๕", "ฯลฯ"],
)
def test_abbreviations_never_break_inside(phrase: str) -> None:
    text = f"เรียนเชิญ{phrase}เข้าร่วมประชุม และ {phrase} ด้วย"
    assert not _cuts(phrase, text)


def _cuts(phrase: str, text: str) -> bool:
    """Whether a break falls strictly inside an occurrence of `phrase` in `text`."""
    breaks = set(break_opportunities(text))
    start = text.find(phrase)
    while start >= 0:
        if any(start < b < start + len(phrase) for b in breaks):
            return True
        start = text.find(phrase, start + 1)
    return False


@pytest.mark.parametrize(
    "word",
    ["มาตรการ", "แบบวัด", "พนักงานจ้าง", "พนักงานส่วนตำบล", "บัตรคิว", "รายไตรมาส", "ข้อร้องเรียน", "ผู้รับบริการ"],
)
def test_words_offices_write_as_one_never_end_a_line_inside(word: str) -> None:
    # The general dictionary split them ("แบบ|วัด", "พนักงาน|จ้าง", "มาตร|การ"): a line could end "แบบ".
    text = f"รายงานผล{word}ของหน่วยงานและ {word} ประจำปี"
    assert not _cuts(word, text), "|".join(units(text))


def test_no_break_inside_abbreviations_and_dates() -> None:
    text = "ปลัด อบต.บ้านนา แจ้ง ป.ป.ช. เมื่อ ๑ ต.ค. ๖๕ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ผอ.กองช่าง"
    for phrase in ["ปลัด อบต.", "ป.ป.ช.", "๑ ต.ค. ๖๕", "พ.ศ. ๒๕๖๖", "ผอ."]:
        assert not _cuts(phrase, text), phrase
    joined = "|".join(units(text))
    assert "อบต.|บ้าน" in joined
    assert "๒๕๖๖ |ผอ." in joined  # after an abbreviation's full stop a line may end


def test_names_from_the_database_join_the_dictionary() -> None:
    name = "นางสาวจิราพัชรินทร์ ศรีวิลัยพงษ์"
    text = f"มอบหมายให้{name}เป็นผู้รับผิดชอบ"
    add_custom_words(["จิราพัชรินทร์", "ศรีวิลัยพงษ์"])
    assert not _cuts("จิราพัชรินทร์", text)
    assert not _cuts("ศรีวิลัยพงษ์", text)


def test_a_space_typed_inside_a_word_is_no_place_to_end_a_line() -> None:
    # Real data (example 003): "ส่งเสริมคุณ ธรรมและ"; a line ending at that space cuts คุณธรรม in two.
    text = "มาตรการส่งเสริมคุณ ธรรมและความโปร่งใส ดำเนินการ แล้วเสร็จ"
    joined = "|".join(units(text))
    assert "คุณ |ธรรม" not in joined
    assert "ดำเนินการ |แล้ว" in joined  # a space between two words still ends a line


def test_a_number_stays_with_the_word_before_it() -> None:
    # "ประจำปีงบประมาณ" at the end of a memo's subject line and "๒๕๖๖" alone on the next reads badly.
    assert "|๒๕๖๖" not in "|".join(units("รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖"))
    assert "จำนวน ๑๐ |มาตรการ" in "|".join(units("จำนวน ๑๐ มาตรการ"))


def test_a_date_range_breaks_after_its_dash_not_before() -> None:
    assert "|".join(units("๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖")) == "๑ ต.ค. ๖๕ – |๓๐ ก.ย. ๖๖"
    assert "- |ประชาสัมพันธ์" not in "|".join(units("เผยแพร่ - ประชาสัมพันธ์"))  # a typed bullet begins a line


def test_text_pasted_into_a_name_field_does_not_join_the_dictionary() -> None:
    # A 5 000-letter "name" as one dictionary word made every segmentation of it quadratic (minutes per page).
    pasted = "ก" * 5000  # newmm cuts it into กก… unless the whole run is one word
    add_custom_words([pasted])
    assert pasted not in segment(pasted)


def test_thai_rules_hold_at_every_break() -> None:
    for text in [*BODY, "เขาไปดี ๆ และมาเร็ว ๆ นี้ กรุงเทพฯ ฯลฯ", "ไปโรงเรียนแล้วเดินกลับบ้าน"]:
        starts = set(cluster_starts(text))
        for b in break_opportunities(text):
            assert b in starts, f"inside a cluster: {text[:b]}|{text[b:]}"
            assert text[b - 1] not in LEADING_VOWELS, f"{text[:b]}|{text[b:]}"
            assert text[b] not in "ะาำิีึืุูั็่้๊๋์ํๆ", f"{text[:b]}|{text[b:]}"
            assert text[b] != "ฯ" or text.startswith("ฯลฯ", b)


def test_mai_yamok_stays_with_its_word_even_after_a_space() -> None:
    assert "ดี ๆ |" in "|".join(units("ทำดี ๆ ต่อไป"))


def test_latin_words_and_numbers_wrap_only_at_spaces() -> None:
    text = "ระบบITA ราคา 1,234.50 บาท ISO9001:2015 Integrity and Transparency Assessment ปี2567"
    joined = "|".join(units(text))
    for whole in ["1,234.50 ", "ISO9001:2015 ", "Integrity ", "Transparency ", "Assessment ", "ปี2567"]:
        assert f"|{whole}" in joined or joined.startswith(whole) or whole in joined.split("|"), whole
    assert "ระบบ|ITA" in joined  # Thai next to a Latin word is a word boundary


def test_urls_break_only_after_a_path_slash_and_host_names_and_email_stay_whole() -> None:
    url = "https://www.khoksaad.go.th/ita-2567/index.html"
    text = f"ดูที่ {url} หรือ saraban@khoksaad.go.th"
    start = text.index(url)
    inside = [
        text[b - 4 : b] + "|" + text[b : b + 4]
        for b in break_opportunities(text)
        if start < b < start + len(url)
    ]
    assert inside == [".th/|ita-", "567/|inde"]  # never khoksaad.go|.th
    assert "|".join(units(text)).endswith("|saraban@khoksaad.go.th")


def test_a_date_and_a_number_with_its_unit_stay_on_one_line() -> None:
    for text, whole in [
        ("ตั้งแต่ ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖ แล้ว", "มี.ค. ๒๕๖๖"),
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ทุกคน", "พ.ศ. ๒๕๖๖"),
        ("เมื่อวันที่ ๑ พฤศจิกายน ๒๕๖๕ แล้ว", "๑ พฤศจิกายน ๒๕๖๕"),
        ("รายงาน รอบ ๖ เดือน และ ๑๒ เดือน ของปี", "๑๒ เดือน"),
    ]:
        assert any(whole in unit for unit in units(text)), (text, units(text))
    # Even where the column is too narrow for the whole phrase, the cut falls elsewhere first.
    assert split_long("ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖")[-1].strip().endswith("มี.ค. ๒๕๖๖")


def test_a_short_word_is_not_left_alone_on_a_line_when_it_can_take_the_next_words() -> None:
    text = "การใช้งบประมาณ การอำนวยความสะดวกในการบริการประชาชน"
    lines = fill_lines(
        pieces(text, break_opportunities(text)), lambda u: run_width(u, REGULAR, 14), lambda n: 77
    )
    assert ["การ"] not in lines, lines


def test_punctuation_hugs_its_word() -> None:
    joined = "|".join(units('(ร่าง) คำสั่ง "ด่วน" ที่ ๑๒/๒๕๖๖, ลงวันที่'))
    assert "(ร่าง) |" in joined
    assert '"ด่วน" |' in joined
    assert "๑๒/๒๕๖๖, |" in joined


def test_names_of_the_office_its_units_and_people_are_learnt_from_the_dataset() -> None:
    from itadesk.domain.model import Dataset, Organization, Person, Unit
    from itadesk.thai.names import dataset_names, learn_dataset_names

    dataset = Dataset(
        organization=Organization(name="องค์การบริหารส่วนตำบลหนองบัวแดงใต้", district="ภูเขียวทอง"),
        units=[Unit(name="กองส่งเสริมการเกษตรและปศุสัตว์")],
        people=[Person(name="ธนพัฒน์ วงศ์สุริยันต์", title="นาย")],
    )
    assert {"หนองบัวแดงใต้", "ภูเขียวทอง", "ธนพัฒน์", "วงศ์สุริยันต์"} <= dataset_names(dataset)
    learn_dataset_names(dataset)
    text = "ให้นายธนพัฒน์ วงศ์สุริยันต์ แห่งองค์การบริหารส่วนตำบลหนองบัวแดงใต้ อำเภอภูเขียวทอง ไปประชุม"
    for name in ["ธนพัฒน์", "วงศ์สุริยันต์", "หนองบัวแดงใต้", "ภูเขียวทอง"]:
        assert not _cuts(name, text), name


@pytest.mark.parametrize(
    "text",
    [
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
        "ดีๆๆๆๆๆๆกรุงเทพฯเชียงใหม่ไปไหนมาไหนเป็นเรื่องเป็นราว",
        "https://www.example.go.th/ita/2567/very-long-path/with-many-parts/index.html",
    ],
)
def test_a_unit_longer_than_the_line_is_cut_only_where_thai_allows(text: str) -> None:
    from itadesk.thai.fonts import REGULAR
    from itadesk.thai.layout import layout_lines

    lines = layout_lines(text, REGULAR, 16, lambda n: 60, "left")
    assert len(lines) > 2 and "".join(ln.text for ln in lines) == text
    for before, line in itertools.pairwise(lines):
        first, last = line.text[0], before.text.rstrip(" ")[-1]
        assert first not in "ะาำิีึืุูั็่้๊๋์ํๆฯ", f"{before.text}|{line.text}"
        assert last not in LEADING_VOWELS, f"{before.text}|{line.text}"
        if text.startswith("https"):  # at 60 pt a part may be wider than the line: then after / . - too
            assert last in "/.-" or first == ".", f"{before.text}|{line.text}"
