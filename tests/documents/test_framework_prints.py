"""What the year's ITA framework puts on paper: the item numbers in the default titles, the analysis' parts,
indicators, grade and pass line — read back from the PDF's text and from the Word file, as an assessor reads
them. 2566 answers O42 (plan, analysis) and O43 (progress, results); from 2568 the renumbered list has O25
(plan, analysis) and O26, which reports the whole previous fiscal year (so 2569's whole-year results are
2570's O26)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from itadesk.documents.prechecks import check_before_printing
from itadesk.documents.printing import print_document
from itadesk.domain.model import Dataset, FiscalYear
from tests.documents.helpers import made_up_dataset, pdf_text, pdfcheck, skeleton
from tests.storage.builders import office_framework

PLAN = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
PROGRESS = "ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
RESULTS_2566 = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
RESULTS_O26 = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
ANALYSIS = "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"

# year, document, round → the title as printed and what the analysis' summary says
EXPECTED = {
    (2566, "plan", 12): f"{PLAN} (O๔๒)",
    (2566, "analysis", 12): f"{ANALYSIS} (O๔๒)",
    (2566, "progress", 6): f"{PROGRESS} (O๔๓)",
    (2566, "results", 12): f"{RESULTS_2566} (O๔๓)",
    (2569, "plan", 12): "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร: " + f"{PLAN} (O๒๕)",
    (2569, "analysis", 12): f"{ANALYSIS} (O๒๕)",
    (2569, "progress", 12): f"{PROGRESS} (O๒๖)",
    (2569, "results", 12): f"{RESULTS_O26} (O๒๖)",
}


def _office(year: int) -> Dataset:
    """Ten measures and last year's ITA result (77.99, no score for EIT), moved to `year`."""
    dataset = made_up_dataset(3)
    old = dataset.years[0]
    assert old.ita_result is not None
    result = replace(
        old.ita_result,
        assessed_year=year - 1,
        parts=[p for p in old.ita_result.parts if p.code != "EIT"],
        indicators=[i for i in old.ita_result.indicators if i.part != "EIT"],
    )
    dataset.years = [FiscalYear(year, ita_result=result, measures=old.measures)]
    return dataset


def _word_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return "".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())


@pytest.mark.parametrize(("year", "kind", "round_months"), list(EXPECTED), ids=lambda v: str(v))
def test_the_default_title_carries_the_year_s_item_in_pdf_and_word(
    year: int, kind: str, round_months: int, tmp_path: Path
) -> None:
    dataset = _office(year)
    pdf, docx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.docx"
    print_document(dataset, kind, year, round_months, pdf)
    print_document(dataset, kind, year, round_months, docx)
    title = EXPECTED[(year, kind, round_months)]
    assert skeleton(title) in skeleton(pdf_text(pdf))
    assert "".join(title.split()) in _word_text(docx)
    for wrong in ("(O๔๑)", "(O41)"):  # the numbers 2566 printed by mistake before
        assert wrong not in pdf_text(pdf)


@pytest.mark.parametrize("year", [2566, 2569])
def test_the_analysis_prints_every_part_the_grade_and_the_pass_line(year: int, tmp_path: Path) -> None:
    dataset = _office(year)
    pdf, docx = tmp_path / "analysis.pdf", tmp_path / "analysis.docx"
    print_document(dataset, "analysis", year, 12, pdf)
    print_document(dataset, "analysis", year, 12, docx)
    summary = "ได้คะแนน ๗๗.๙๙ คะแนน อยู่ในระดับ B ยังไม่ผ่านเกณฑ์ ๘๕ คะแนน"
    eit = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนน -"
    for text in (pdf_text(pdf), _word_text(docx)):
        assert "".join(summary.split()) in text
        assert "".join(eit.split()) in text, "the part with no score is printed, with -"
        assert "".join(["๗.", "ประสิทธิภาพการสื่อสาร"]) in text
        assert "ไม่มีคะแนนของส่วนหรือตัวชี้วัดนั้น" in text, "and the page says what - means"


def test_the_analysis_passes_the_pdf_checks(tmp_path: Path) -> None:
    pdf = tmp_path / "analysis.pdf"
    print_document(_office(2569), "analysis", 2569, 12, pdf)
    for check in (["fonts"], ["linebreaks"], ["typography", "--fragments-fail"]):
        result = pdfcheck(check[0], pdf, *check[1:])
        assert result["ok"], (check, result)


def test_an_office_framework_for_a_year_the_program_does_not_know_changes_what_prints(tmp_path: Path) -> None:
    dataset = _office(2571)
    before = tmp_path / "before.pdf"
    print_document(dataset, "plan", 2571, 12, before)
    assert "(O๒๕)" in pdf_text(before), "without its own: the latest year the program knows"
    warned = [str(w) for w in check_before_printing(dataset, "plan", 2571, 12)]
    assert "กรอบการประเมินปี 2571 ยังไม่ยืนยัน ใช้ตามปี 2570 — ตรวจกับคู่มือ ITA ของปีนี้" in warned

    dataset.frameworks = [office_framework(2571, plan_item="O27"), office_framework(2570, plan_item="O24")]
    after = tmp_path / "after.pdf"
    print_document(dataset, "plan", 2571, 12, after)
    text = pdf_text(after)
    assert skeleton("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ของหน่วยงาน) (O๒๗)") in skeleton(text)
    assert "(O๒๕)" not in text
    assert not any("ยังไม่ยืนยัน" in str(w) for w in check_before_printing(dataset, "plan", 2571, 12))
    # its grade scheme too: 2572's analysis of the 2571 result
    dataset.years[0] = replace(dataset.years[0], fiscal_year=2572)
    analysis = tmp_path / "analysis.pdf"
    print_document(dataset, "analysis", 2572, 12, analysis)
    assert skeleton("อยู่ในระดับ ผ่าน ยังไม่ผ่านเกณฑ์") in skeleton(pdf_text(analysis))


def test_a_six_month_report_of_a_year_with_none_is_named_before_printing() -> None:
    dataset = _office(2569)
    warned = [str(w) for w in check_before_printing(dataset, "results", 2569, 6)]
    assert any(w.startswith("กรอบการประเมินปี 2569 ไม่มีรายงานรอบ ๖ เดือน (O26 รายงานทั้งปี)") for w in warned)
    assert not any("รอบ ๖ เดือน" in str(w) for w in check_before_printing(_office(2566), "results", 2566, 6)
                   if str(w).startswith("กรอบ"))  # fmt: skip
