"""Where in an exchange file a refused value is, said in Thai for the window.

The reader names the place by the file's own keys (`years[0].measures[3].status`), which a person editing
the JSON needs and a clerk reading the window cannot read: "ปีงบประมาณรายการที่ 1 › มาตรการรายการที่ 4 ›
สถานะ". Plain Python; the command line keeps the reader's words.
"""

from __future__ import annotations

import re

from itadesk.ui.desk.year_session import FIELD_NAMES

PLACES = {
    **FIELD_NAMES,
    "format": "รูปแบบไฟล์",
    "organization": "หน่วยงาน",
    "units": "ส่วนราชการ",
    "people": "บุคลากร",
    "years": "ปีงบประมาณ",
    "fiscal_year": "ปี พ.ศ.",
    "ita_result": "ผลการประเมิน ITA",
    "measures": "มาตรการ",
    "memos": "บันทึกข้อความ",
    "content": "เนื้อหาของเอกสาร",
    "id": "รหัส",
    "status": "สถานะ",
    "history": "ประวัติสถานะ",
    "date": "วันที่",
    "note": "หมายเหตุ",
    "text": "ข้อความ",
    "name": "ชื่อ",
    "short_name": "ชื่อย่อ",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "document_code": "รหัสหนังสือ",
    "phone": "โทรศัพท์",
    "website": "เว็บไซต์",
    "digits": "ตัวเลข",
    "emblem": "ตราครุฑ",
    "title": "ชื่อ",
    "position": "ตำแหน่ง",
    "acting": "รักษาราชการแทน",
    "unit": "ส่วนราชการ",
    "subject": "เรื่อง",
    "to": "เรียน",
    "via": "ผ่าน",
    "body": "ข้อความ",
    "author": "ผู้เขียน",
    "approvals": "ผู้ให้ความเห็น",
    "attach": "เอกสารแนบ",
    "document": "เอกสาร",
    "round": "รอบ",
    "person": "บุคคล",
    "heading": "หัวข้อ",
    "assessed_year": "ปีที่ประเมิน",
    "score": "คะแนน",
    "grade": "ระดับ",
    "parts": "คะแนนรายส่วน",
    "indicators": "ตัวชี้วัด",
    "recommendations": "ข้อเสนอแนะ",
    "code": "รหัส",
    "issue": "ประเด็น",
}
_SEGMENT = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def thai_place(path: str) -> str:
    """`years[0].measures[3].status` as "ปีงบประมาณรายการที่ 1 › มาตรการรายการที่ 4 › สถานะ"; a place that
    is not a path (a line and column) stays as it is."""
    if not path or not re.fullmatch(r"[A-Za-z_]+(?:\[\d+\])*(?:\.[A-Za-z_]+(?:\[\d+\])*)*", path):
        return path
    words: list[str] = []
    for key, index in _SEGMENT.findall(path):
        if key:
            words.append(PLACES.get(key, key))
        elif words:
            words[-1] += f"รายการที่ {int(index) + 1}"
    return " › ".join(words)
