"""The four report tables: what a reader checks on paper, and the errors a user can fix."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from itadesk.documents.errors import DocumentError
from itadesk.documents.layout import CM, layout, parse_layout
from itadesk.documents.printing import print_document
from itadesk.domain.status import Status
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, pdf_text, skeleton


def _print(kind: str, tmp_path: Path, round_months: int = 12, measures: int = 3) -> Path:
    path = tmp_path / f"{kind}-{round_months}.pdf"
    print_document(made_up_dataset(measures), kind, FISCAL_YEAR, round_months, path)
    return path


def test_results_of_the_6_month_round_leave_out_what_was_done_after_march(tmp_path: Path) -> None:
    six = skeleton(pdf_text(_print("results", tmp_path, 6)))
    twelve = skeleton(pdf_text(_print("results", tmp_path, 12)))
    january, july = skeleton("ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน"), skeleton("ติดตั้งกล่องรับฟังความคิดเห็น")
    assert january in six and july not in six
    assert january in twelve and july in twelve
    assert skeleton("(รอบ ๖ เดือน)") in six and skeleton("(รอบ ๑๒ เดือน)") in twelve


def test_empty_problems_and_suggestions_print_a_dash(tmp_path: Path) -> None:
    path = _print("results", tmp_path)
    last = 2 * CM + sum(layout().report.column_widths("results")[:-1])
    with pdfplumber.open(path) as pdf:
        text = "".join(
            "".join((page.crop((last, 0, page.width, page.height)).extract_text() or "").split())
            for page in pdf.pages
        )
    assert text.count("ปัญหา/อุปสรรค:-") == 3
    assert text.count("ข้อเสนอแนะ:-") == 3


def test_reports_are_landscape_with_page_numbers_from_page_two(tmp_path: Path) -> None:
    path = _print("plan", tmp_path, measures=40)
    with pdfplumber.open(path) as pdf:
        assert all(page.width > page.height for page in pdf.pages)
        assert len(pdf.pages) >= 3
        tops = [
            "".join((page.crop((0, 0, page.width, 2 * CM)).extract_text() or "").split())
            for page in pdf.pages
        ]
    assert tops[0] == ""
    assert tops[1] == "-๒-" and tops[2] == "-๓-"


def test_the_header_row_repeats_once_on_every_page(tmp_path: Path) -> None:
    path = _print("results", tmp_path, measures=40)
    with pdfplumber.open(path) as pdf:
        counts = [
            skeleton(page.extract_text() or "").count(skeleton("สรุปผลการดำเนินการ")) for page in pdf.pages
        ]
    assert len(counts) >= 3
    assert all(count == 1 for count in counts), counts


def test_progress_has_one_drawn_tick_per_measure_in_its_status_column(tmp_path: Path) -> None:
    dataset = made_up_dataset(3)
    for measure, status in zip(dataset.years[0].measures, Status, strict=True):
        measure.part = "IIT"
        measure.status = status
    path = tmp_path / "progress.pdf"
    print_document(dataset, "progress", FISCAL_YEAR, 12, path)
    widths = layout().report.column_widths("progress")
    starts = [2 * CM + sum(widths[:i]) for i in range(len(widths) + 1)]
    with pdfplumber.open(path) as pdf:
        ticks = [
            (number, c)
            for number, page in enumerate(pdf.pages)
            for c in page.curves
            if c["x1"] - c["x0"] < 14 and c["bottom"] - c["top"] < 14
        ]
    ticks.sort(key=lambda item: (item[0], item[1]["top"]))
    assert len(ticks) == 3
    columns = [next(i for i in range(len(widths)) if starts[i] <= t["x0"] < starts[i + 1]) for _, t in ticks]
    assert columns == [5, 6, 7]  # ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ, ดำเนินการแล้ว


def test_analysis_prints_the_grade_the_score_earns_when_none_is_recorded(tmp_path: Path) -> None:
    text = skeleton(pdf_text(_print("analysis", tmp_path)))
    assert skeleton("ได้คะแนน ๗๗.๙๙ คะแนน อยู่ในระดับ B") in text
    assert skeleton("คะแนนรายตัวชี้วัด") in text


def test_pdf_metadata_names_the_document_the_office_and_thai(tmp_path: Path) -> None:
    path = _print("results", tmp_path, 6)
    reader = PdfReader(path)
    info = reader.metadata
    assert info is not None
    assert info.author == "องค์การบริหารส่วนตำบลลาโละ"
    assert info.title is not None and "รายงานผลการดำเนินการ" in info.title and "รอบ ๖ เดือน" in info.title
    assert info.subject
    assert reader.trailer["/Root"]["/Lang"] == "th-TH"


def test_unknown_year_kind_or_round_is_a_thai_error_and_writes_nothing(tmp_path: Path) -> None:
    dataset = made_up_dataset(1)
    target = tmp_path / "x.pdf"
    with pytest.raises(DocumentError, match="ไม่พบข้อมูลปีงบประมาณ 2599"):
        print_document(dataset, "plan", 2599, 12, target)
    with pytest.raises(DocumentError, match="ไม่รู้จักเอกสาร"):
        print_document(dataset, "budget", FISCAL_YEAR, 12, target)
    with pytest.raises(DocumentError, match="6 หรือ 12"):
        print_document(dataset, "results", FISCAL_YEAR, 9, target)
    assert not target.exists()


def test_layout_file_with_an_unknown_key_is_refused() -> None:
    shipped = resources.files("itadesk.documents").joinpath("layout.toml").read_text(encoding="utf-8")
    assert parse_layout(shipped).memo.margin_left_cm == 3.0
    with pytest.raises(ValueError, match="margin_lft_cm"):
        parse_layout(shipped.replace("margin_left_cm", "margin_lft_cm"))


def test_progress_tick_headers_keep_the_word_ดำเนินการ_whole(tmp_path: Path) -> None:
    """The tick columns were too narrow for "ดำเนินการ" in bold: it broke into "ดำเนิน" and a lone "การ"."""
    path = tmp_path / "progress.pdf"
    print_document(made_up_dataset(3), "progress", FISCAL_YEAR, 12, path)
    widths = layout().report.column_widths("progress")
    starts = [2 * CM + sum(widths[:i]) for i in range(len(widths) + 1)]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        header_top = next(w["top"] for w in page.extract_words() if "ตัวชี้วัด" in w["text"])
        headers = []
        for column in (5, 6, 7):
            box = page.crop((starts[column] + 1, header_top - 40, starts[column + 1] - 1, header_top + 60))
            headers.append([line.strip() for line in (box.extract_text() or "").splitlines()])
    assert headers == [["ยังไม่", "ดำเนินการ"], ["อยู่ระหว่าง", "ดำเนินการ"], ["ดำเนินการ", "แล้ว"]]
