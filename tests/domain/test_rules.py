"""Each rule gives the words the import uses, and the window and the reader share them."""

from __future__ import annotations

from datetime import date

import pytest

from itadesk.domain import rules
from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.reader import read_exchange_bytes


def _refusal(year: str) -> str:
    with pytest.raises(ExchangeError) as refused:
        read_exchange_bytes(f'{{"format": "itadesk/1", "years": [{year}]}}'.encode())
    return str(refused.value)


def test_a_score_outside_0_to_100_is_refused_in_the_readers_words() -> None:
    assert rules.score_problem(100) is None and rules.score_problem(0) is None
    message = rules.score_problem(120)
    assert message == "คะแนน 120 อยู่นอกช่วง 0–100"
    assert message in _refusal('{"fiscal_year": 2567, "ita_result": {"assessed_year": 2566, "score": 120}}')
    assert rules.score_text_problem("") is None
    assert rules.score_text_problem("-5") == "คะแนน -5 อยู่นอกช่วง 0–100"
    assert rules.score_text_problem("เก้าสิบ") == 'ต้องเป็นตัวเลข แต่พบข้อความ "เก้าสิบ"'


def test_a_grade_must_match_the_score() -> None:
    message = rules.grade_problem(2566, "AA", 77.99)
    assert message == "คะแนน 77.99 ได้ระดับ B ไม่ใช่ AA"
    file = '{"fiscal_year": 2567, "ita_result": {"assessed_year": 2566, "score": 77.99, "grade": "AA"}}'
    assert message in _refusal(file)
    assert rules.grade_problem(2566, "B", 77.99) is None


def test_a_gregorian_fiscal_year_gets_its_buddhist_era_form() -> None:
    assert rules.fiscal_year_problem(2567) is None
    message = rules.fiscal_year_problem(2024)
    assert message == "ปี 2024 เป็นปีคริสต์ศักราช ให้ใช้ปีพุทธศักราช เช่น 2567"
    assert message in _refusal('{"fiscal_year": 2024}')


def test_a_measures_end_may_not_come_before_its_start() -> None:
    message = rules.measure_field_problem("end", date(2024, 1, 31), date(2024, 3, 1), None)
    assert message == "วันสิ้นสุด 2024-01-31 อยู่ก่อนวันเริ่ม 2024-03-01"
    measure = '{"title": "ก", "start": "2024-03-01", "end": "2024-01-31"}'
    assert message in _refusal(f'{{"fiscal_year": 2567, "measures": [{measure}]}}')
    assert rules.measure_field_problem("start", date(2024, 1, 1), None, date(2024, 1, 31)) is None


def test_texts_keep_the_readers_limits_and_refuse_control_characters() -> None:
    assert rules.measure_field_problem("period", "ต.ค. ๖๖ – ก.ย. ๖๗", None, None) is None
    too_long = rules.measure_field_problem("period", "ก" * 1001, None, None)
    assert too_long == "ยาวเกินไป (1,001 ตัวอักษร) ต้องไม่เกิน 1,000 ตัวอักษร"
    assert rules.measure_field_problem("title", "  ", None, None) == "ต้องไม่เว้นว่าง"
    control = rules.text_problem("นธ\x071234")
    assert control is not None and "U+0007" in control
    assert rules.indicator_number_problem(100) == "ลำดับตัวชี้วัด 100 ต้องอยู่ระหว่าง 1–99"
    assert rules.round_problem(3) == "รอบ 3 ใช้ไม่ได้ ใช้ 6 หรือ 12 (เดือน)"


def test_text_pasted_from_word_is_normalised_not_refused() -> None:
    pasted = "\ufeffการ\u200bเผยแพร่\u00a0ข้อมูล\u00adสาธารณะ\r\nบรรทัดที่สอง"
    clean = rules.normalise_text(pasted)
    assert clean == "การเผยแพร่ ข้อมูลสาธารณะ\nบรรทัดที่สอง"
    assert rules.text_problem(clean) is None
    assert rules.normalise_text("ชื่อ\tตำแหน่ง\nสอง", single_line=True) == "ชื่อ ตำแหน่ง สอง"


def test_thai_typed_out_of_order_becomes_the_standard_spelling() -> None:
    # ํ + า typed as two keys, two เ for แ: the same words as typed the usual way
    assert rules.normalise_text("การดาเนินการ ดําเนินการ") == "การดาเนินการ ดำเนินการ"
    assert rules.normalise_text("เเผน") == "แผน"
    assert rules.normalise_text("ดำเนินการ") == "ดำเนินการ"


def test_bidirectional_controls_stay_refused_after_normalising() -> None:
    text = rules.normalise_text("abc\u202edef")
    assert "\u202e" in text
    assert rules.text_problem(text) is not None


def test_thai_in_the_usual_order_is_left_as_it_is_without_loading_pythainlp() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from itadesk.domain import rules; "
        "t = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรม ก้ำ ที่ ๑'; assert rules.normalise_text(t) == t; "
        "print('pythainlp' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"
