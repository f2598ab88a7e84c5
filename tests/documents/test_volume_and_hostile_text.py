"""A 300-measure year, a cell longer than a page, and hostile text in every field."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pdfplumber
import pytest

from itadesk.documents.layout import layout
from itadesk.documents.plan import HEADER as PLAN_HEADER
from itadesk.documents.printing import print_document, print_memo
from itadesk.documents.progress import HEADER as PROGRESS_HEADER
from itadesk.documents.results import HEADER as RESULTS_HEADER
from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import Approval, Dataset, Measure, Memo, Organization, Person
from itadesk.thai.digits import localize_digits
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, made_up_memo, pdf_text, skeleton

CM = 72 / 2.54
TOLERANCE = 1.0  # pt


def _assert_inside_margins(pdf_path: Path, margin_cm: float) -> int:
    """Every character inside the page's margins (page numbers sit in the top one); returns the page count."""
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            margin = margin_cm * CM
            for char in page.chars:
                assert char["x0"] >= margin - TOLERANCE, (number, char["text"], char["x0"])
                assert char["x1"] <= page.width - margin + TOLERANCE, (number, char["text"], char["x1"])
                assert char["bottom"] <= page.height - margin + TOLERANCE, (number, char["text"])
        return len(pdf.pages)


def _assert_every_page_closes_its_table(pdf_path: Path) -> None:
    """On every page the table's vertical rules end on a horizontal rule: no page ends in open cells."""
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            verticals = [e for e in page.edges if e["orientation"] == "v"]
            if not verticals:
                continue
            lowest = max(e["bottom"] for e in verticals)
            closing = [
                e for e in page.edges
                if e["orientation"] == "h" and abs(e["top"] - lowest) < 1.0 and e["x1"] - e["x0"] > 100
            ]  # fmt: skip
            assert closing, f"page {number}: the table runs off at y={lowest:.0f} without a closing rule"


def _text_skeleton(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "".join(skeleton(page.extract_text() or "") for page in pdf.pages)


@pytest.mark.slow
@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_a_300_measure_year_prints_with_every_title_and_nothing_outside_the_margins(
    kind: str, tmp_path: Path
) -> None:
    dataset = made_up_dataset(300)
    path = tmp_path / f"{kind}.pdf"
    print_document(dataset, kind, FISCAL_YEAR, 12, path)
    pages = _assert_inside_margins(path, 2.0)
    if kind == "analysis":
        return
    assert pages > 20
    text = _first_column(path, kind)
    titles = [localize_digits(m.title, "thai") for m in dataset.years[0].measures]
    missing = [title for title in titles if skeleton(title) not in text]
    assert not missing


def _first_column(pdf_path: Path, kind: str) -> str:
    """The first column's text over all pages, repeated headers left out: a title that a page break splits
    comes out whole."""
    width = layout().report.column_widths(kind)[0]
    header = skeleton({"progress": PROGRESS_HEADER[0], "plan": PLAN_HEADER[0]}.get(kind, RESULTS_HEADER[0]))
    with pdfplumber.open(pdf_path) as pdf:
        parts = [
            skeleton(page.crop((2 * CM, 2 * CM, 2 * CM + width, page.height - 2 * CM)).extract_text() or "")
            for page in pdf.pages
        ]
    return "".join(part.replace(header, "") for part in parts)


def test_a_cell_longer_than_a_page_continues_on_the_next_pages(tmp_path: Path) -> None:
    dataset = made_up_dataset(3)
    sentence = "ประชาชนมีการรับรู้ช่องทางการรับฟังความคิดเห็นผ่านเว็บไซต์ของหน่วยงาน ลำดับที่ {} "
    long_outcome = "".join(sentence.format(i) for i in range(1, 121))
    dataset.years[0].measures[1].outcome = long_outcome
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    pages = _assert_inside_margins(path, 2.0)
    assert pages >= 3
    _assert_every_page_closes_its_table(path)
    text = skeleton(pdf_text(path))
    for i in (1, 60, 120):  # the start, the middle and the end of the long cell are all printed
        number = str(i).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        assert skeleton(f"ลำดับที่ {number}") in text
    assert skeleton("มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ ๓") in text  # the row after it too


HOSTILE = [
    "< & > \" '",
    "<b>ตัวหนา</b> <i>x</i> <para>y</para> <br/> &amp; &lt;",
    "😀👍🏽 ผลงาน 🇹🇭",
    "مرحبا بالعالم שלום עולם",
    "\u0e48\u0e49\u0e4a ่ ั",  # marks with no base letter
    "ก" * 10_000,  # one unbroken "word" of a hundred lines, in every field
    "   ",
    "ข้อความ\x00\x01\x07\x1b\x7f\u200b\ufeff\ttab\r\nบรรทัดใหม่",
]


def _hostile_dataset(text: str) -> Dataset:
    # 10 000 characters in every field of one measure already make a report of about a hundred pages.
    dataset = made_up_dataset(1 if len(text) > 1000 else 4)
    org = dataset.organization
    assert org is not None
    for f in fields(Organization):
        if f.name not in ("digits", "emblem"):
            setattr(org, f.name, text)
    dataset.people = [replace(p, title=text, name=text, position=text, acting=text) for p in dataset.people]
    year = dataset.years[0]
    for measure in year.measures:
        for f in fields(Measure):
            if f.type in ("str", "str | None") and f.name not in ("id", "part"):
                setattr(measure, f.name, text)
        measure.steps = [text, text]
        measure.responsible = [text]
        measure.results[0].text = text
    assert year.ita_result is not None
    for indicator in year.ita_result.indicators:
        indicator.name = indicator.issue = text
    year.ita_result.recommendations = [text]
    memo = year.memos[0]
    for f in fields(Memo):
        if f.type == "str" and f.name not in ("id", "author"):
            setattr(memo, f.name, text)
    memo.body = [text, text]
    memo.approvals = [Approval(p.id or "", text) for p in dataset.people]
    return dataset


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_text_in_every_field_prints_without_an_error(text: str, tmp_path: Path) -> None:
    dataset = _hostile_dataset(text)
    for kind in DOCUMENT_KINDS:
        path = tmp_path / f"{kind}.pdf"
        print_document(dataset, kind, FISCAL_YEAR, 6, path)
        assert path.read_bytes().startswith(b"%PDF-")
    path = tmp_path / "memo.pdf"
    print_memo(dataset, "memo-test", path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 1
    if text == "ก" * 10_000:  # cut by clusters over many lines and pages, not a letter lost
        assert pdf_text(path).count("ก") >= 2 * 10_000  # the two body paragraphs at least


def test_markup_is_printed_as_typed_not_interpreted(tmp_path: Path) -> None:
    dataset = made_up_dataset(1, memo=replace(made_up_memo(2), body=["<b>ตัวหนา</b> & <i>x</i>", "จบ"]))
    path = tmp_path / "memo.pdf"
    print_memo(dataset, "memo-test", path)
    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "<b>" in text and "</b>" in text and "&" in text


def test_control_characters_are_shown_as_a_visible_replacement(tmp_path: Path) -> None:
    dataset = made_up_dataset(1, memo=replace(made_up_memo(2), body=["ก\x07ข", "จบ"]))
    path = tmp_path / "memo.pdf"
    print_memo(dataset, "memo-test", path)
    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "\x07" not in text
    assert "ก\ufffdข" in text or "ก?ข" in text or "ก�ข" in text


def test_a_person_with_no_name_still_gets_a_signature_block(tmp_path: Path) -> None:
    dataset = made_up_dataset(1)
    dataset.people.append(Person(id="p-empty", name=""))
    dataset.years[0].memos[0].approvals.append(Approval("p-empty", "ความเห็นของผู้อำนวยการ"))
    path = tmp_path / "memo.pdf"
    print_memo(dataset, "memo-test", path)
    assert skeleton("ความเห็นของผู้อำนวยการ") in _text_skeleton(path)
