"""The memo's official geometry, its running-over marks, and its attached report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from itadesk.documents.errors import DocumentError
from itadesk.documents.layout import office_layout_path
from itadesk.documents.pages import first_words
from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.model import Attachment, Emblem
from tests.conftest import GARUDA_PNG, GARUDA_SVG, require_shared
from tests.documents.helpers import compact, made_up_dataset, made_up_memo, pdf_text, pdfcheck, skeleton

CM = 72 / 2.54


@pytest.fixture(scope="module")
def two_page_memo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("memo") / "memo.pdf"
    print_memo(made_up_dataset(), "memo-test", path)
    return path


def _summary(pdf: Path) -> dict[str, Any]:
    result = pdfcheck("layout", "--summary", pdf)
    summary: dict[str, Any] = result["summary"]
    return summary


def test_memo_body_sits_between_3_cm_left_and_2_cm_right_margins(two_page_memo: Path) -> None:
    summary = _summary(two_page_memo)
    assert summary["body_size"] == 16
    assert summary["body_ink_left_cm"] == pytest.approx(3.0, abs=0.1)
    assert summary["body_ink_right_margin_cm"] >= 2.0 - 0.02


def test_memo_heading_is_29_pt_bold(two_page_memo: Path) -> None:
    largest = _summary(two_page_memo)["largest_text"]
    assert largest["size"] == 29
    assert largest["text"] == "บันทึกข้อความ"
    assert largest["font"].endswith("Bold")


def test_garuda_is_1_5_cm_high_at_the_left_margin_1_5_cm_from_the_top(two_page_memo: Path) -> None:
    image = _summary(two_page_memo)["topmost_image"]
    assert image["page"] == 1
    assert image["height"] == pytest.approx(1.5, abs=0.05)
    assert image["top"] == pytest.approx(1.5, abs=0.05)
    assert image["x0"] == pytest.approx(3.0, abs=0.05)


def test_svg_garuda_is_drawn_1_5_cm_high_as_vector_paths(tmp_path: Path) -> None:
    dataset = made_up_dataset()
    assert dataset.organization is not None
    dataset.organization.emblem = Emblem("image/svg+xml", GARUDA_SVG.read_bytes())
    path = tmp_path / "svg.pdf"
    print_memo(dataset, "memo-test", path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        ink = [c for c in page.curves + page.rects if c["top"] < 3.2 * CM and c["x0"] < 5 * CM]
        assert ink, "no vector emblem drawn top-left"
        top = min(c["top"] for c in ink)
        bottom = max(c["bottom"] for c in ink)
        left = min(c["x0"] for c in ink)
    assert top / CM == pytest.approx(1.5, abs=0.05)
    assert (bottom - top) / CM == pytest.approx(1.5, abs=0.05)
    assert left / CM == pytest.approx(3.0, abs=0.05)


def _body_lines(page: Any) -> list[str]:
    """The text lines of a page between the top and bottom margins (page number and "/…" mark left out)."""
    body = page.crop((0, 2.4 * CM, page.width, page.height - 2 * CM))
    return [skeleton(line) for line in (body.extract_text() or "").splitlines() if line.strip()]


def test_a_memo_that_runs_over_numbers_its_second_page_and_marks_the_first(two_page_memo: Path) -> None:
    with pdfplumber.open(two_page_memo) as pdf:
        assert len(pdf.pages) >= 2
        first, second = pdf.pages[0], pdf.pages[1]
        second_top = compact(second.crop((0, 0, second.width, 2.4 * CM)).extract_text() or "")
        first_bottom = compact(
            first.crop((first.width / 2, first.height - 2 * CM, first.width, first.height)).extract_text()
            or ""
        )
        opening = _body_lines(second)[0]
    assert second_top == "-๒-"
    assert first_bottom.startswith("/") and first_bottom.endswith("...")
    assert opening.startswith(skeleton(first_bottom[1:-3]))


def test_first_words_stop_at_the_first_space_or_at_a_whole_word() -> None:
    assert first_words("ความเห็นของปลัด อบต.ลาโละ", 24) == "ความเห็นของปลัด"
    assert first_words("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปราม", 12) in ("ตามที่", "ตามที่สำนักงาน")
    assert first_words("   ", 12) == ""


def test_approval_blocks_are_never_split_across_pages(tmp_path: Path) -> None:
    # Memos of growing length: some length puts a page break right inside where a block would be.
    blocks = {"ความเห็นของหัวหน้าสำนักปลัด": "(นายสุริยาทะยิตะมะ)", "ความเห็นของปลัดอบต.ลาโละ": "(นางสาวนอยเราะห์อาแวน)",
              "ความเห็นของนายกอบต.ลาโละ": "(นายสุลกัทธิสะโร)"}  # fmt: skip
    splits_seen = 0
    for paragraphs in range(2, 10):
        path = tmp_path / f"memo-{paragraphs}.pdf"
        print_memo(made_up_dataset(memo=made_up_memo(paragraphs)), "memo-test", path)
        with pdfplumber.open(path) as pdf:
            pages = ["".join(_body_lines(page)) for page in pdf.pages]
        splits_seen += len(pages) > 1
        for heading, name in blocks.items():
            on = [i for i, text in enumerate(pages) if skeleton(heading) in text]
            assert len(on) == 1, (paragraphs, heading)
            assert skeleton(name) in pages[on[0]], (paragraphs, heading)
    assert splits_seen >= 3


def test_memo_with_attachment_has_portrait_then_landscape_pages(tmp_path: Path) -> None:
    memo = made_up_memo(2, attach=Attachment("results", 6))
    path = tmp_path / "memo-results.pdf"
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    with pdfplumber.open(path) as pdf:
        shapes = ["portrait" if p.height > p.width else "landscape" for p in pdf.pages]
        report_first = compact(pdf.pages[shapes.index("landscape")].extract_text() or "")
    assert shapes[0] == "portrait" and shapes[-1] == "landscape"
    assert shapes == sorted(shapes, key=lambda s: s == "landscape")
    assert "(รอบ๖เดือน)" in report_first


def test_an_attached_report_is_numbered_as_it_is_printed_alone_and_a_viewer_says_which_page_is_whose(
    tmp_path: Path,
) -> None:
    memo = made_up_memo(6, attach=Attachment("results", 12))  # a memo of two pages
    dataset = made_up_dataset(30, memo=memo)  # a report of several
    path, alone = tmp_path / "memo-results.pdf", tmp_path / "results.pdf"
    print_memo(dataset, "memo-test", path)
    print_document(dataset, "results", 2566, 12, alone)

    def numbers(pdf_path: Path) -> list[str]:
        with pdfplumber.open(pdf_path) as pdf:  # what is printed at the top of each page
            return [compact(p.crop((0, 0, p.width, 1.9 * CM)).extract_text() or "") for p in pdf.pages]

    printed, own = numbers(path), numbers(alone)
    memo_pages = len(printed) - len(own)
    assert printed[:memo_pages] == ["", "-๒-"][:memo_pages] and memo_pages == 2
    assert printed[memo_pages:] == own  # the attachment: unnumbered first page, then - ๒ -, - ๓ - …
    labels = list(pypdf.PdfReader(path).page_labels)
    assert labels == ["1", "2", *(f"แนบ {n}" for n in range(1, len(own) + 1))]


def test_empty_number_and_date_are_left_blank_for_handwriting(tmp_path: Path) -> None:
    memo = replace(made_up_memo(2), number="", date=None)
    path = tmp_path / "blank.pdf"
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    text = pdf_text(path)
    assert "ที่นธ๗๓๔๐๑/วันที่" in text.replace("\n", "")
    assert "๒๕๖๖เรื่อง" not in text


def test_arabic_digits_when_the_office_says_so(tmp_path: Path) -> None:
    dataset = made_up_dataset()
    assert dataset.organization is not None
    dataset.organization.digits = "arabic"
    path = tmp_path / "arabic.pdf"
    print_memo(dataset, "memo-test", path)
    text = pdf_text(path)
    assert "73401/" in text and "2566" in text
    assert "๒๕๖๖" not in text


def test_unknown_memo_or_person_is_a_thai_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match='ไม่พบบันทึกข้อความรหัส "nope"'):
        print_memo(made_up_dataset(), "nope", tmp_path / "x.pdf")
    memo = replace(made_up_memo(2), author="p-ghost")
    with pytest.raises(DocumentError, match="p-ghost"):
        print_memo(made_up_dataset(memo=memo), "memo-test", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_png_fixture_is_present() -> None:
    require_shared()  # in a clone without ../shared this skips; beside it, the emblem must be there
    assert GARUDA_PNG.exists()


def test_an_office_moves_a_margin_with_its_own_layout_file(tmp_path: Path) -> None:
    office_file = office_layout_path()
    office_file.parent.mkdir(parents=True, exist_ok=True)
    office_file.write_text(  # a whole number for a size is as good as 3.0; a size given as 28.5 too
        "# our office binds memos on the left\n[memo]\nmargin_left_cm = 3.5\nheading_size_pt = 28.5\n"
        "[report]\nmargin_cm = 2\n",
        "utf-8",
    )
    try:
        path = tmp_path / "memo.pdf"
        print_memo(made_up_dataset(), "memo-test", path)
        assert _summary(path)["body_ink_left_cm"] == pytest.approx(3.5, abs=0.1)
    finally:
        office_file.unlink()
    print_memo(made_up_dataset(), "memo-test", tmp_path / "after.pdf")  # the file removed: back to 3 cm
    assert _summary(tmp_path / "after.pdf")["body_ink_left_cm"] == pytest.approx(3.0, abs=0.1)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("[memo]\nmargin_lft_cm = 3.5\n", "margin_lft_cm"),
        ('[memo]\nmargin_left_cm = "3.5"\n', "ตัวเลข"),
        ("[memo]\nmargin_left_cm = -1\n", "ไม่ติดลบ"),
        ("[memo]\napproval_comment_lines = 2.5\n", "จำนวนเต็ม"),
        ("[page]\nsize = 1\n", "[page]"),
        ("[report.columns_cm]\nresults = [1, 2]\n", "results"),
        ("[memo\n", "TOML"),
        ("[report.columns_cm]\nplan = [9.0, 7.0, 3.4, 3.3, 6.4]\n", "เกินความกว้าง"),
        ("[report]\nmargin_cm = 4.0\n", "เกินความกว้าง"),
    ],
)
def test_a_wrong_office_layout_file_is_refused_naming_the_file_and_key(
    content: str, said: str, tmp_path: Path
) -> None:
    office_file = office_layout_path()
    office_file.parent.mkdir(parents=True, exist_ok=True)
    office_file.write_text(content, "utf-8")
    target = tmp_path / "memo.pdf"
    try:
        with pytest.raises(DocumentError) as refused:
            print_memo(made_up_dataset(), "memo-test", target)
    finally:
        office_file.unlink()
    assert said in str(refused.value) and str(office_file) in str(refused.value)
    assert not target.exists()


def test_an_office_may_ask_for_sign_and_date_lines_in_each_approval_block(tmp_path: Path) -> None:
    dataset = made_up_dataset()
    approvers = len(dataset.years[0].memos[0].approvals)
    assert approvers >= 2
    plain = tmp_path / "plain.pdf"
    print_memo(dataset, "memo-test", plain)
    assert pdf_text(plain).count("ลงชื่อ") == 0  # the shipped layout: as the real examples, none

    office_file = office_layout_path()
    office_file.parent.mkdir(parents=True, exist_ok=True)
    office_file.write_text('[memo]\napproval_sign_label = "ลงชื่อ"\napproval_date_label = "วันที่"\n', "utf-8")
    try:
        signed = tmp_path / "signed.pdf"
        print_memo(dataset, "memo-test", signed)
    finally:
        office_file.unlink()
    text = pdf_text(signed)
    assert text.count("ลงชื่อ") == approvers
    assert text.count("วันที่") == pdf_text(plain).count("วันที่") + approvers
    assert pdfcheck("linebreaks", signed)["ok"]
