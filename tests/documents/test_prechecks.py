"""Check before printing: each warning a clerk gets, and the analysis refused rather than printed empty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from itadesk.documents.errors import DocumentError
from itadesk.documents.prechecks import check_before_printing, spaces_inside_words
from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.model import Attachment, Dataset, ResultEntry
from itadesk.domain.status import Status
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, made_up_memo


def _clean_year() -> Dataset:
    """Two measures a reader would find nothing wrong with: in progress, with a result dated in January."""
    dataset = made_up_dataset(2)
    for measure in dataset.years[0].measures:
        measure.status = Status.IN_PROGRESS
    return dataset


def _messages(dataset: Dataset, kind: str = "results", round_months: int = 12) -> list[str]:
    return [str(w) for w in check_before_printing(dataset, kind, FISCAL_YEAR, round_months)]


def test_a_year_with_nothing_wrong_has_no_warnings() -> None:
    for kind in ("plan", "progress", "results", "analysis"):
        for round_months in (6, 12):
            assert _messages(_clean_year(), kind, round_months) == []


def test_results_recorded_while_still_not_started_are_named() -> None:
    dataset = _clean_year()
    dataset.years[0].measures[1].status = Status.NOT_STARTED
    (warning,) = check_before_printing(dataset, "progress", FISCAL_YEAR, 12)
    assert warning.where.startswith('มาตรการที่ 2 "2. มาตรการส่งเสริม')
    assert "ผลการดำเนินการ 2 รายการ" in warning.message and "ยังไม่ดำเนินการ" in warning.message
    assert warning.measure_id == "m-2"
    # The plan has no status column and no results: nothing to say there.
    assert _messages(dataset, "plan") == []


def test_done_with_no_result_in_the_round_is_named() -> None:
    dataset = _clean_year()
    measure = dataset.years[0].measures[0]
    measure.status = Status.DONE
    measure.results = [ResultEntry("ติดตั้งกล่องรับฟังความคิดเห็น", date(2023, 7, 2))]
    assert _messages(dataset, "results", 12) == []  # July is in the 12-month round
    (six,) = [m for m in _messages(dataset, "results", 6) if "มาตรการที่ 1" in m]
    assert 'สถานะเป็น "ดำเนินการแล้ว" แต่ยังไม่มีผลการดำเนินการในรอบนี้' in six


def test_no_responsible_unit_and_no_period_are_named_in_every_measure_document() -> None:
    dataset = _clean_year()
    measure = dataset.years[0].measures[0]
    measure.responsible = [" "]
    measure.start = measure.end = None
    measure.period = ""
    for kind in ("plan", "progress", "results"):
        messages = _messages(dataset, kind)
        assert len(messages) == 2, messages
        assert "ยังไม่มีหน่วยงานผู้รับผิดชอบ" in messages[0]
        assert "ยังไม่มีระยะเวลาดำเนินการ" in messages[1]
    measure.period = "ตลอดปีงบประมาณ"
    assert len(_messages(dataset, "plan")) == 1


def test_a_6_month_round_with_nothing_dated_in_its_first_half_is_named() -> None:
    dataset = _clean_year()
    for measure in dataset.years[0].measures:
        measure.results = [ResultEntry("ติดตั้งกล่องรับฟังความคิดเห็น", date(2023, 7, 2))]
    (warning,) = check_before_printing(dataset, "results", FISCAL_YEAR, 6)
    assert warning.where == ""
    assert "ครึ่งปีแรก (๑ ต.ค. ๖๕ – ๓๑ มี.ค. ๖๖)" in warning.message
    assert _messages(dataset, "results", 12) == []
    dataset.years[0].measures[1].results.append(ResultEntry("ประชุมคณะทำงาน", date(2023, 3, 31)))
    assert _messages(dataset, "results", 6) == []


def test_a_space_typed_inside_a_thai_word_is_named_with_its_field() -> None:
    dataset = _clean_year()
    measure = dataset.years[0].measures[0]
    measure.steps = ["จัดทำมาตรการ และ ดำเนินกา รเผยแพร่ข้อมูล"]
    measure.outcome = "ประชาชนรับรู้ งบประมา ณ ของหน่วยงาน"
    messages = _messages(dataset, "results")
    assert len(messages) == 2, messages
    assert all(m.startswith('มาตรการที่ 1 "1. มาตรการส่งเสริมคุณธรรม') for m in messages)
    assert messages[0].endswith('…": ขั้นตอน มีช่องว่างกลางคำ "ดำเนินกา ร" — ลบช่องว่างออก')
    assert messages[1].endswith('…": ผลลัพธ์ มีช่องว่างกลางคำ "งบประมา ณ" — ลบช่องว่างออก')
    # The plan does not print the outcome.
    assert len(_messages(dataset, "plan")) == 1


def test_spaces_between_words_are_left_alone() -> None:
    for text in (
        "สำนักปลัด กองคลัง กองช่าง",
        "จัดประชุมคณะทำงาน เมื่อวันที่ ๒๔ ม.ค. ๖๖",
        "ผู้รับผิดชอบ หรือผู้ที่เกี่ยวข้อง",
        "เผยแพร่ทาง www.lalo.go.th และ Facebook",
        # Joined, these read differently across the join ("…งานประจำ…", "…การตาม…"), but no word takes in
        # both words: example 003's own text, which the check named before.
        "ตามแผนการดำเนินงาน ประจำปี",
        "ดำเนินการ ตามแผน",
        # Pairs of words the dictionary also holds as one entry: two words all the same.
        "กรุณาติดต่อ สอบถาม ได้ที่สำนักปลัด",
        "เปิดโอกาสให้ประชาชนแสดง ความคิดเห็น ต่อการดำเนินงาน",
    ):
        assert spaces_inside_words(text) == [], text
    assert spaces_inside_words("รายงานผลการดำเนินงาน ต่ อ ผู้บังคับบัญชา") == ["ต่ อ"]


def test_an_analysis_with_no_ita_result_is_refused_saying_what_to_enter(tmp_path: Path) -> None:
    dataset = _clean_year()
    dataset.years[0].ita_result = None
    target = tmp_path / "analysis.pdf"
    with pytest.raises(DocumentError) as refused:
        print_document(dataset, "analysis", FISCAL_YEAR, 12, target)
    message = str(refused.value)
    assert "ยังไม่ได้บันทึกผลการประเมิน ITA ของปีที่ผ่านมา (ปี 2565)" in message
    assert "ผลการประเมิน ITA ปีที่แล้ว" in message and "คะแนนรวม" in message
    assert not target.exists()
    # A memo carrying it is refused the same way, before anything is written.
    dataset.years[0].memos = [made_up_memo(attach=Attachment("analysis"))]
    with pytest.raises(DocumentError, match="ยังไม่ได้บันทึกผลการประเมิน ITA"):
        print_memo(dataset, "memo-test", target)
    assert not target.exists()


# The space warnings the examples' own texts gave before a pair of words was told from a word cut in two
# (000: 0, 001: 8, 003: 18, all pairs of words but "ต่ อ") and give now.
EXAMPLE_SPACES = {"000.txt": [], "001.txt": [], "003.txt": ["ต่ อ"]}


def test_the_examples_texts_are_warned_only_of_a_word_cut_in_two() -> None:
    from tests.conftest import EXAMPLES, require_shared

    require_shared()
    found = {
        path.name: spaces_inside_words(path.read_text(encoding="utf-8"))
        for path in sorted(EXAMPLES.glob("*.txt"))
    }
    assert found == EXAMPLE_SPACES
    text = (EXAMPLES / "001.txt").read_text(encoding="utf-8")
    assert "ติดต่อ สอบถาม" in text  # the pair the check named before, still in the text and left alone
