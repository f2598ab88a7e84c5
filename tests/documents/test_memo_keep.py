"""The memo's keep rules as a reader sees them on the pages: a signature never stands alone at a page's head,
เรียน never ends a page, and the "/first words..." mark names what the next page opens with."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
from reportlab.platypus.doctemplate import FrameBreak

from itadesk.documents.layout import layout
from itadesk.documents.memo_blocks import signature_block
from itadesk.documents.memo_keep import MemoRun
from itadesk.documents.printing import print_memo
from itadesk.domain.model import Memo
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from tests.documents.helpers import LONG_PARAGRAPH, compact, made_up_dataset, made_up_memo, pdfcheck, skeleton

CM = 72 / 2.54
AUTHOR = skeleton("(นางสาวสุนานี อามะ)")
GROWTH = " เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย"


def _body_lines(page: Any) -> list[str]:
    """The text lines between the top and bottom margins (page number and "/…" mark left out)."""
    body = page.crop((0, 2.4 * CM, page.width, page.height - 2 * CM))
    return [skeleton(line) for line in (body.extract_text() or "").splitlines() if line.strip()]


def _growing_memo(extra: int) -> Memo:
    """Three paragraphs and a one-line closing; the third grows by `extra` half-phrases and no approver."""
    memo = made_up_memo(paragraphs=4)
    body = list(memo.body)
    body[-2] += GROWTH * (extra // 2) + (" ต่อไป" if extra % 2 else "")
    return replace(memo, body=body, approvals=[])


def test_a_signature_that_goes_to_a_new_page_takes_two_lines_of_the_letter_with_it(tmp_path: Path) -> None:
    # Growing the text moves the page break through every line of the signature block at some length.
    signature_on_page_two = 0
    for extra in range(20, 48, 2):
        path = tmp_path / f"memo-{extra}.pdf"
        print_memo(made_up_dataset(memo=_growing_memo(extra)), "memo-test", path)
        with pdfplumber.open(path) as pdf:
            pages = [_body_lines(page) for page in pdf.pages]
        if len(pages) < 2:
            continue
        second = pages[1]
        signed_at = next(i for i, line in enumerate(second) if line == AUTHOR)
        signature_on_page_two += 1
        assert signed_at >= 2, (extra, second[:3])  # two lines of text above the name, on its page
        assert second[signed_at - 1] == skeleton("จึงเรียนมาเพื่อโปรดทราบ"), extra
    assert signature_on_page_two >= 5


def test_the_checker_finds_no_signature_alone_and_the_mark_names_the_moved_text(tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    print_memo(made_up_dataset(memo=_growing_memo(34)), "memo-test", path)
    result = pdfcheck("typography", path)
    assert result["counts"]["signature_alone"] == 0, result["signature_alone"]
    with pdfplumber.open(path) as pdf:
        first, second = pdf.pages[0], pdf.pages[1]
        mark = compact(
            first.crop((first.width / 2, first.height - 2 * CM, first.width, first.height)).extract_text()
            or ""
        )
        opening = _body_lines(second)[0]
    assert mark.startswith("/") and mark.endswith("...")
    assert opening.startswith(skeleton(mark[1:-3]))


def test_the_salutation_never_ends_a_page() -> None:
    # Room for เรียน and not for the first line after it: the page ends before เรียน, not after it.
    m = layout().memo
    width = 16 * CM
    style = TextStyle(size=m.body_size_pt, leading=m.body_leading_pt)
    body = style.with_(align="justify", space_before=m.body_space_before_pt)
    run = MemoRun(
        [
            (ThaiParagraph("เรียน นายกองค์การบริหารส่วนตำบลลาโละ", style), "heading"),
            (ThaiParagraph(LONG_PARAGRAPH, body), "text"),
            (signature_block(["(นางสาวสุนานี อามะ)", "นิติกรปฏิบัติการ"], width, m, space_before=12), "signature"),
        ]
    )
    parts = run.split(width, m.body_leading_pt + m.body_space_before_pt + 10)
    assert _is_page_end(parts[0]) and parts[1] is run
    # With room for two lines of the text it stays, and the page ends inside the paragraph.
    room = m.body_leading_pt * 3 + m.body_space_before_pt + 1
    parts = run.split(width, room)
    texts = [p.text for p in parts if isinstance(p, ThaiParagraph)]
    assert texts[0].startswith("เรียน") and LONG_PARAGRAPH.startswith(texts[1])
    assert any(_is_page_end(p) for p in parts)


def _is_page_end(flowable: object) -> bool:
    return type(flowable) is type(FrameBreak)  # ReportLab's FrameBreak is an instance that makes copies
