"""What a measure table's column holds, guessed from its header as offices type it.

The five documents name their columns in many ways ("มาตรการ/แนวทาง", "มาตรการ/กิจกรรม/แนวทางที่ดำเนินการ",
"(๒) ขั้นตอนหรือวิธีปฏิบัติ", "หน่วยงาน ผู้รับผิดชอบ" …); a header is compared without its spaces, its
"(๑)" number and its punctuation, and the first rule whose words it contains decides. The order matters:
"แนวทางการกำกับติดตาม…และการรายงานผล" is monitoring, not a measure and not reporting.
"""

from __future__ import annotations

import re
from enum import Enum


class Column(Enum):
    """The field of a measure a column fills; IGNORE for a column the import leaves out."""

    NUMBER = "number"
    TITLE = "title"
    INDICATOR = "indicator"  # "ตัวชี้วัดของการประเมิน ITA": the title, and the indicator it answers
    STEPS = "steps"
    RESPONSIBLE = "responsible"
    PERIOD = "period"
    MONITORING = "monitoring"
    RESULTS = "results"
    OUTCOME = "outcome"
    PROBLEMS = "problems"
    SUGGESTIONS = "suggestions"
    REPORTING = "reporting"  # "(๕) การรายงานผล": how it is reported, then numbered results
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    IGNORE = "ignore"


# Thai names shown where the user may correct a guess (the window's combo boxes, --dry-run).
LABELS: dict[Column, str] = {
    Column.NUMBER: "ลำดับที่ของมาตรการ",
    Column.TITLE: "มาตรการ/แนวทาง",
    Column.INDICATOR: "ตัวชี้วัด (เป็นชื่อมาตรการ)",
    Column.STEPS: "ขั้นตอน/วิธีการดำเนินการ",
    Column.RESPONSIBLE: "ผู้รับผิดชอบ",
    Column.PERIOD: "ระยะเวลาดำเนินการ",
    Column.MONITORING: "การกำกับติดตาม",
    Column.RESULTS: "สรุปผลการดำเนินการ",
    Column.OUTCOME: "ผลลัพธ์/ความสำเร็จ",
    Column.PROBLEMS: "ปัญหา/อุปสรรค",
    Column.SUGGESTIONS: "ข้อเสนอแนะ",
    Column.REPORTING: "การรายงานผล (และผลที่ดำเนินการ)",
    Column.NOT_STARTED: "สถานะ: ยังไม่ดำเนินการ",
    Column.IN_PROGRESS: "สถานะ: อยู่ระหว่างดำเนินการ",
    Column.DONE: "สถานะ: ดำเนินการแล้ว",
    Column.IGNORE: "ไม่นำเข้า",
}

STATUS_COLUMNS = (Column.NOT_STARTED, Column.IN_PROGRESS, Column.DONE)

# (words any of which the header contains, the column); tried in order.
_RULES: tuple[tuple[tuple[str, ...], Column], ...] = (
    (("ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ"), Column.NOT_STARTED),
    (("อยู่ระหว่างดำเนินการ", "อยู่ระหว่าง", "กำลังดำเนินการ"), Column.IN_PROGRESS),
    (("กำกับ", "ติดตาม"), Column.MONITORING),
    (("ผลลัพธ์", "ความสำเร็จ"), Column.OUTCOME),
    (("ปัญหา", "อุปสรรค"), Column.PROBLEMS),
    (("ข้อเสนอแนะ",), Column.SUGGESTIONS),
    (("ผู้รับผิดชอบ", "ผู้ที่เกี่ยวข้อง", "หน่วยงานที่รับผิดชอบ"), Column.RESPONSIBLE),
    (("ระยะเวลา", "ห้วงเวลา"), Column.PERIOD),
    (("ขั้นตอน", "วิธีการ", "วิธีปฏิบัติ"), Column.STEPS),
    (("รายงานผล",), Column.REPORTING),
    (("สรุปผล", "ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติ"), Column.RESULTS),
    (("ตัวชี้วัด",), Column.INDICATOR),
    (("มาตรการ", "แนวทาง", "กิจกรรม", "โครงการ"), Column.TITLE),
)
_EXACT: dict[str, Column] = {
    "ดำเนินการแล้ว": Column.DONE,
    "ดำเนินการเสร็จแล้ว": Column.DONE,
    "แล้วเสร็จ": Column.DONE,
    "ที่": Column.NUMBER,
    "ลำดับ": Column.NUMBER,
    "ลำดับที่": Column.NUMBER,
    "ข้อ": Column.NUMBER,
}
# A header cell grouping the three status columns over a second header row.
_GROUPS = ("สถานะ", "ผลการดำเนินการตามสถานะ")

_NUMBERED = re.compile(r"^\(\s*[0-9๐-๙]{1,2}\s*\)")
_NOISE = re.compile(r"[\s\u200b\u200c\u200d\ufeff/.,:;()\-–]+")


def _key(header: str) -> str:
    return _NOISE.sub("", _NUMBERED.sub("", header.strip()))


def classify(header: str) -> Column | None:
    """The column a header names, or None when it names none of a measure's fields."""
    key = _key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for words, column in _RULES:
        if any(word in key for word in words):
            return column
    return None


def is_group_label(header: str) -> bool:
    """A header cell over other header cells ("สถานะการดำเนินการ" over the three ticks)."""
    key = _key(header)
    return any(key.startswith(group) for group in _GROUPS)
