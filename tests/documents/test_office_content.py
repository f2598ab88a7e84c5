"""The office's own content printed: title page, its own title or the ITA item's, introduction, note, headings
grouped the same way in plan, progress and results, "(ลงชื่อ)" before signatures, the report before the memo."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.model import Attachment, Dataset, DocumentContent, YearContent
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, made_up_memo, pdf_text, skeleton

INTRO = [
    "ตามคำสั่งองค์การบริหารส่วนตำบลลาโละ ที่ 707/2565 เรื่องแต่งตั้งคณะทำงานสนับสนุนการประเมินคุณธรรมและความโปร่งใส",
    "1. วิเคราะห์ผลการประเมิน ITA ในปีที่ผ่านมา",
]
NOTE = "หมายเหตุ ต้องรายงานข้อมูลให้ครบ 1 ปี ตั้งแต่เดือนตุลาคม – กันยายน"


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [skeleton(page.extract_text() or "") for page in pdf.pages]


def _with(content: DocumentContent, measures: int = 3) -> Dataset:
    dataset = made_up_dataset(measures)
    dataset.years[0].content = YearContent(documents=[content])
    return dataset


@pytest.mark.parametrize("kind", ["plan", "progress", "results", "analysis"])
def test_introduction_above_the_tables_and_note_below_them(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.pdf"
    print_document(_with(DocumentContent(kind, introduction=INTRO, note=NOTE)), kind, FISCAL_YEAR, 12, path)  # type: ignore[arg-type]
    text = skeleton(pdf_text(path))
    header = {"plan": "มาตรการ/แนวทาง", "progress": "ตัวชี้วัด/มาตรการ", "results": "ขั้นตอน/วิธีการดำเนินการ",
              "analysis": "ประเด็นที่ต้องแก้ไข"}[kind]  # fmt: skip
    intro_at = text.index(skeleton("ตามคำสั่งองค์การบริหารส่วนตำบลลาโละ ที่ ๗๐๗/๒๕๖๕"))
    assert text.index(skeleton("อำเภอรือเสาะ")) < intro_at < text.index(skeleton("๑. วิเคราะห์ผลการประเมิน"))
    assert text.index(skeleton("๑. วิเคราะห์ผลการประเมิน")) < text.index(skeleton(header))
    assert text.rindex(skeleton(header)) < text.index(skeleton("หมายเหตุ ต้องรายงานข้อมูลให้ครบ ๑ ปี"))


def test_without_content_the_title_is_the_ita_item_s_with_its_o_number_o43_for_2566_progress(
    tmp_path: Path,
) -> None:
    path = tmp_path / "progress.pdf"
    print_document(made_up_dataset(2), "progress", FISCAL_YEAR, 12, path)
    first = _pages(path)[0]
    assert first.startswith(
        skeleton("ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (O๔๓)")
    )


def test_the_offices_own_title_and_a_title_page_of_its_own(tmp_path: Path) -> None:
    content = DocumentContent(
        "results",
        title="รายงานผลการดำเนินการตามมาตรการ/แนวทาง เพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        title_page=["รายงานผลการดำเนินการ", "ประจำปีงบประมาณ พ.ศ. 2566", "จัดทำโดย งานบริหารทั่วไป สำนักปลัด"],
    )
    path = tmp_path / "results.pdf"
    print_document(_with(content), "results", FISCAL_YEAR, 12, path)
    pages = _pages(path)
    assert pages[0] == skeleton("รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ จัดทำโดย งานบริหารทั่วไป สำนักปลัด")
    assert pages[1].startswith(skeleton(content.title))
    assert skeleton("(O๔๓)") not in "".join(pages)
    with pdfplumber.open(path) as pdf:
        assert pdf.metadata["Title"].startswith("รายงานผลการดำเนินการตามมาตรการ/แนวทาง เพื่อขับเคลื่อน")


def test_in_word_the_title_page_is_a_page_of_its_own_too(tmp_path: Path) -> None:
    content = DocumentContent("results", title_page=["รายงานผลการดำเนินการ", "จัดทำโดย งานบริหารทั่วไป สำนักปลัด"])
    path = tmp_path / "results.docx"
    print_document(_with(content), "results", FISCAL_YEAR, 12, path)
    with zipfile.ZipFile(path) as docx:
        body = docx.read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", body)
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs]
    last_line = texts.index("จัดทำโดย งานบริหารทั่วไป สำนักปลัด")
    opening = next(i for i in range(last_line + 1, len(texts)) if texts[i])  # the report's own title
    assert "<w:pageBreakBefore/>" in paragraphs[opening], texts[opening]
    assert all("<w:pageBreakBefore/>" not in p for p in paragraphs[:opening])


def _sections(dataset: Dataset) -> None:
    for i, measure in enumerate(dataset.years[0].measures):
        measure.section = "มาตรการการปฏิบัติงานที่โปร่งใส" if i < 2 else "มาตรการป้องกันการทุจริต"


@pytest.mark.parametrize("kind", ["plan", "progress", "results"])
def test_headings_by_part_or_by_section_in_every_measure_document(kind: str, tmp_path: Path) -> None:
    iit = skeleton("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)")
    section = skeleton("มาตรการป้องกันการทุจริต")
    for headings in ("part", "section"):
        dataset = _with(DocumentContent(kind, headings=headings))  # type: ignore[arg-type]
        _sections(dataset)
        dataset.years[0].ita_result = None  # the plan would print the parts' names in its ITA table
        path = tmp_path / f"{kind}-{headings}.pdf"
        print_document(dataset, kind, FISCAL_YEAR, 12, path)
        text = skeleton(pdf_text(path))
        assert (iit in text) == (headings == "part"), headings
        assert (section in text) == (headings == "section"), headings


def test_sign_prefix_puts_a_signing_line_before_every_signature(tmp_path: Path) -> None:
    dataset = made_up_dataset(2)
    plain, signed = tmp_path / "plain.pdf", tmp_path / "signed.pdf"
    print_memo(dataset, "memo-test", plain)
    dataset.years[0].content = YearContent(sign_prefix=True)
    print_memo(dataset, "memo-test", signed)
    assert skeleton(pdf_text(plain)).count(skeleton("(ลงชื่อ)")) == 0
    text = skeleton(pdf_text(signed))
    for person in dataset.people:  # the author and three approvers
        assert skeleton(f"(ลงชื่อ)({person.display_name})") in text, person.name


def test_the_attached_report_before_or_after_the_memo(tmp_path: Path) -> None:
    dataset = made_up_dataset(2, memo=made_up_memo(paragraphs=2, attach=Attachment("plan")))
    after, before = tmp_path / "after.pdf", tmp_path / "before.pdf"
    print_memo(dataset, "memo-test", after)
    dataset.years[0].content = YearContent(report_first=True)
    print_memo(dataset, "memo-test", before)
    memo_first, report_first = _pages(after), _pages(before)
    assert len(memo_first) == len(report_first)
    assert skeleton("บันทึกข้อความ") in memo_first[0]
    assert report_first[0].startswith(skeleton("มาตรการส่งเสริมคุณธรรม"))
    with pdfplumber.open(before) as pdf:
        portrait = [page.width < page.height for page in pdf.pages]
    # The landscape report, then the portrait memo from its first page ("- ๒ -" counted from there).
    start = portrait.index(True)
    assert start > 0 and all(portrait[start:]) and not any(portrait[:start])
    assert skeleton("ส่วนราชการ") in report_first[start]
    assert report_first[start + 1].startswith(skeleton("- ๒ -"))
