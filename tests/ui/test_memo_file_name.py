"""The suggested PDF name of a memo is cut at a word, never inside one."""

from __future__ import annotations

from itadesk.domain.model import Memo
from itadesk.ui.memo.memo_file_name import cut_at_word, memo_pdf_name

SIX = Memo(
    subject="รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน",
    id="memo-2567-1",
)


def test_the_pdf_name_is_cut_at_a_word_never_inside_one() -> None:
    subject = SIX.subject.replace("๒๕๖๗ รอบ ๖ เดือน", "2567 รอบ 6 เดือน")
    assert subject[:40].endswith("ส่งเสริมคุ")  # what a cut at 40 letters gave
    name = memo_pdf_name(subject)
    assert name == "บันทึกข้อความ รายงานผลการดำเนินงานตามมาตรการส่งเสริม.pdf"
    assert memo_pdf_name("ขออนุญาต/เผยแพร่: ข่าว") == "บันทึกข้อความ ขออนุญาต-เผยแพร่- ข่าว.pdf"
    assert memo_pdf_name("") == "บันทึกข้อความ.pdf"
    assert cut_at_word("ประชาสัมพันธ์", 4) == "ประชาสัมพันธ์"  # one long word is kept whole
    assert cut_at_word("สั้น", 40) == "สั้น"
