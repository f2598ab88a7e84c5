"""What a new fiscal year may take from the last one besides its measures: the office's own titles,
introductions, notes and title pages (ปีงบประมาณ → เนื้อหาของเอกสาร), with the year written in them moved on
("ปีงบประมาณ ๒๕๖๖" → "ปีงบประมาณ ๒๕๖๗"), and its choices for the year's tables and memos. Evidence links and
results stay with their own year. Plain Python."""

from __future__ import annotations

import copy
import re

from itadesk.domain.model import YearContent

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def moved_on(text: str, from_year: int) -> str:
    """`text` with the fiscal year `from_year` (Arabic or Thai digits) written as the next one."""
    pairs = [(str(from_year), str(from_year + 1))]
    pairs.append((pairs[0][0].translate(_THAI_DIGITS), pairs[0][1].translate(_THAI_DIGITS)))
    for old, new in pairs:
        text = re.sub(rf"(?<![0-9๐-๙]){old}(?![0-9๐-๙])", new, text)
    return text


def what_is_carried(content: YearContent) -> str:
    """The parts of the year's content the office wrote or chose, as the offer to carry them names them."""
    parts = []
    for name, field in (("ชื่อเอกสาร", "title"), ("บทนำ", "introduction"), ("หมายเหตุ", "note"),
                        ("หน้าปก", "title_page"), ("การจัดกลุ่มมาตรการ", "headings")):  # fmt: skip
        if any(getattr(d, field) for d in content.documents):
            parts.append(name)
    if content.omit_empty_columns is not None:
        parts.append("การไม่พิมพ์คอลัมน์ที่ว่าง" if content.omit_empty_columns else "การพิมพ์ทุกคอลัมน์")
    if content.sign_prefix:
        parts.append("“(ลงชื่อ)” หน้าลายมือชื่อ")
    if content.report_first:
        parts.append("รายงานที่แนบไว้ก่อนบันทึกข้อความ")
    return " ".join(parts)


def carried_content(content: YearContent, from_year: int) -> YearContent:
    """Last year's content for the next year: the same words, the year moved on."""
    carried = copy.deepcopy(content)
    for document in carried.documents:
        document.title = moved_on(document.title, from_year)
        document.note = moved_on(document.note, from_year)
        document.introduction = [moved_on(p, from_year) for p in document.introduction]
        document.title_page = [moved_on(line, from_year) for line in document.title_page]
    return carried
