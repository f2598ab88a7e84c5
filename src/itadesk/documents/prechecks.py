"""What to look at before printing: what a reader of the report would take for a mistake.

Nothing here stops a print (except the refused analysis, which printing.py raises). Each warning says where
(the measure, the field) and what, in Thai, for the command line's stderr and the window beside the preview.

warnings = check_before_printing(dataset, "progress", 2566, 6)
warnings = check_memo_before_printing(dataset, "memo-2566-6m")
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from itadesk.documents.tables import measure_label
from itadesk.domain.fiscal import first_half_end, fiscal_year_bounds, in_round
from itadesk.domain.model import Dataset, FiscalYear, Measure
from itadesk.domain.status import Status
from itadesk.thai.dates import format_date_short

MEASURE_DOCUMENTS = ("plan", "progress", "results")
ROUNDED = ("progress", "results")
_LABEL_LETTERS = 40


@dataclass(frozen=True, slots=True)
class PrintWarning:
    where: str  # มาตรการที่ ๓ "การเผยแพร่ข้อมูล…"; "" for the report as a whole
    message: str
    measure_id: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def check_before_printing(
    dataset: Dataset, kind: str, fiscal_year: int, round_months: int
) -> list[PrintWarning]:
    """The warnings for one report of a year (or the report a memo carries); [] when nothing looks wrong."""
    year = dataset.year(fiscal_year)
    if year is None:
        return []
    found = framework_warnings(dataset, kind, fiscal_year, round_months)
    if kind not in MEASURE_DOCUMENTS:
        return found
    if kind in ROUNDED and round_months == 6:
        found += _empty_first_half(year)
    for index, measure in enumerate(year.measures, start=1):
        where = _where(measure, index)
        messages = _measure(measure, kind, year, round_months)
        found += [PrintWarning(where, message, measure.id) for message in messages]
    return found


# Where the window loads the office's emblem (the set-up dialog: ui/office/setup_dialog.py, resources/ui).
EMBLEM_MENU = 'เมนู แฟ้ม → ข้อมูลหน่วยงานและบุคลากร… แท็บ "หน่วยงาน" ปุ่ม "เลือกรูปตราครุฑ (PNG หรือ SVG)…"'
NO_EMBLEM = (
    f"ยังไม่ได้ใส่รูปตราครุฑของหน่วยงาน บันทึกข้อความจะพิมพ์ออกมาโดยไม่มีตราครุฑที่มุมบนซ้าย — ใส่รูปตราครุฑได้ที่{EMBLEM_MENU}"
)


def check_memo_before_printing(dataset: Dataset, memo_id: str) -> list[PrintWarning]:
    """The warnings for one memo: an official memo carries the Garuda, so printing one without the office's
    emblem is named (the print goes ahead); then those of the report it carries, if any."""
    carried = next(((y, m) for y in dataset.years for m in y.memos if m.id == memo_id), None)
    if carried is None:
        return []  # the print itself names a memo that is not there
    year, memo = carried
    found: list[PrintWarning] = []
    if dataset.organization is None or dataset.organization.emblem is None:
        found.append(PrintWarning("", NO_EMBLEM))
    if memo.attach is not None:
        found += check_before_printing(dataset, memo.attach.document, year.fiscal_year, memo.attach.round)
    return found


def framework_warnings(
    dataset: Dataset, kind: str, fiscal_year: int, round_months: int
) -> list[PrintWarning]:
    """What the year's ITA framework says about this print: a framework not confirmed (never used silently),
    a 6-month report the year's framework has no item for."""
    from itadesk.domain.framework import citation, framework_for, unconfirmed_warning

    office = dataset.frameworks
    found: list[PrintWarning] = []
    if kind in ROUNDED and round_months == 6 and not framework_for(fiscal_year, office).six_month_report:
        year_item = citation(kind, fiscal_year, 12, office)
        where = f" ({year_item[1].item} รายงานทั้งปี)" if year_item and year_item[1].item else ""
        found.append(
            PrintWarning(
                "",
                f"กรอบการประเมินปี {fiscal_year} ไม่มีรายงานรอบ ๖ เดือน{where} "
                "— พิมพ์รอบ ๑๒ เดือน หรือตรวจกับคู่มือ ITA ของปีนี้",
            )
        )
    cited = citation(kind, fiscal_year, round_months, office)
    message = unconfirmed_warning(cited[0] if cited else framework_for(fiscal_year, office))
    if message:
        found.append(PrintWarning("", message))
    return found


def _where(measure: Measure, index: int) -> str:
    label = measure_label(measure, index).replace("\n", " ")
    if len(label) > _LABEL_LETTERS:
        label = label[:_LABEL_LETTERS].rstrip() + "…"
    return f'มาตรการที่ {index} "{label}"'


def _measure(measure: Measure, kind: str, year: FiscalYear, round_months: int) -> Iterator[str]:
    if kind in ROUNDED:
        in_this_round = [
            r for r in measure.results if r.text.strip() and in_round(r.date, year.fiscal_year, round_months)
        ]
        if in_this_round and measure.status == Status.NOT_STARTED:
            yield (
                f'มีผลการดำเนินการ {len(in_this_round)} รายการ แต่สถานะยังเป็น "{Status.NOT_STARTED.label}" '
                f'— เปลี่ยนสถานะเป็น "{Status.IN_PROGRESS.label}" หรือ "{Status.DONE.label}"'
            )
        if not in_this_round and measure.status == Status.DONE:
            yield f'สถานะเป็น "{Status.DONE.label}" แต่ยังไม่มีผลการดำเนินการในรอบนี้ — บันทึกผลการดำเนินการ'
    if not any(unit.strip() for unit in measure.responsible):
        yield 'ยังไม่มีหน่วยงานผู้รับผิดชอบ — ใส่หน่วยงานในช่อง "ผู้รับผิดชอบ"'
    if not measure.period.strip() and measure.start is None and measure.end is None:
        yield "ยังไม่มีระยะเวลาดำเนินการ — ใส่ระยะเวลาหรือวันเริ่มต้นและวันสิ้นสุด"
    for field, text in _printed_texts(measure, kind):
        for words in spaces_inside_words(text):
            yield f'{field} มีช่องว่างกลางคำ "{words}" — ลบช่องว่างออก'


def _empty_first_half(year: FiscalYear) -> list[PrintWarning]:
    end = first_half_end(year.fiscal_year)
    start = fiscal_year_bounds(year.fiscal_year)[0]
    dated = [r for m in year.measures for r in m.results if r.date is not None and r.date <= end]
    if dated or not year.measures:
        return []
    span = f"{format_date_short(start)} – {format_date_short(end)}"
    return [
        PrintWarning(
            "",
            f"รายงานรอบ ๖ เดือน: ไม่มีผลการดำเนินการใดลงวันที่ในครึ่งปีแรก ({span}) "
            "— ตรวจวันที่ของผลการดำเนินการ หรือพิมพ์รอบ ๑๒ เดือน",
        )
    ]


_FIELD_NAMES = {
    "title": "ชื่อมาตรการ", "steps": "ขั้นตอน", "responsible": "ผู้รับผิดชอบ", "period": "ระยะเวลา",
    "monitoring": "การกำกับติดตาม", "reporting": "การรายงานผล", "results": "ผลการดำเนินการ",
    "outcome": "ผลลัพธ์", "problems": "ปัญหา/อุปสรรค", "suggestions": "ข้อเสนอแนะ", "section": "หัวข้อกลุ่ม",
    "indicator": "ตัวชี้วัด",
}  # fmt: skip


def _printed_texts(measure: Measure, kind: str) -> Iterator[tuple[str, str]]:
    """The texts of a measure that this report prints, with the field's Thai name."""
    names = ["section", "title", "steps", "responsible", "period", "monitoring"]
    if kind == "progress":
        names += ["indicator", "reporting", "results"]
    if kind == "results":
        names += ["results", "outcome", "problems", "suggestions"]
    for name in names:
        value = getattr(measure, name)
        if name == "results":
            value = [entry.text for entry in value]
        for text in value if isinstance(value, list) else [value]:
            if text.strip():
                yield _FIELD_NAMES[name], text


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e" and not "\u0e50" <= ch <= "\u0e59"


def spaces_inside_words(text: str) -> list[str]:
    """Where a space was typed inside one Thai word ("ดำเนินกา ร", "ต่ อ"), as the pieces either side of it.

    The Thai runs each side of a single space are joined and segmented again: the space is inside a word
    when one word of the joined text takes in the whole word before the space and the whole word after it,
    and the two are not both words of the dictionary. A space between two words is left alone: Thai writes
    one between phrases, and a pair the dictionary also holds as one entry ("ติดต่อ สอบถาม",
    "แสดง ความคิดเห็น") is still two words, which no dictionary tells from a compound split by mistake
    ("ขั้น ตอน"), so the check leaves those to the reader rather than name every such pair. It is left
    alone also where the joined text happens to read differently across the join ("ดำเนินงาน ประจำปี"
    joined reads "…งานประจำ…": "ดำเนินงาน" is not inside that word, so the space stays).
    """
    from itadesk.thai.segment import is_word, segment

    found: list[str] = []
    for line in text.split("\n"):
        pieces = line.split(" ")
        for left, right in pairwise(pieces):
            if not left or not right or not _is_thai_letter(left[-1]) or not _is_thai_letter(right[0]):
                continue
            tail, head = _thai_tail(left), _thai_head(right)
            before, after = _last_word(tail), _first_word(head)
            if is_word(before) and is_word(after):
                continue  # two words: a space between them is Thai spacing, not a word cut in two
            start, end = len(tail) - len(before), len(tail) + len(after)  # the two words in the joined text
            at = 0
            for word in segment(tail + head):
                if at <= start and at + len(word) >= end:
                    split = len(tail) - at  # the word as typed, the space where it was typed
                    found.append(f"{word[:split]} {word[split:]}")
                    break
                at += len(word)
    return found


def _thai_tail(text: str) -> str:
    i = len(text)
    while i > 0 and _is_thai_letter(text[i - 1]):
        i -= 1
    return text[i:]


def _thai_head(text: str) -> str:
    i = 0
    while i < len(text) and _is_thai_letter(text[i]):
        i += 1
    return text[:i]


def _last_word(text: str) -> str:
    from itadesk.thai.segment import segment

    words = segment(text)
    return words[-1] if words else text


def _first_word(text: str) -> str:
    from itadesk.thai.segment import segment

    words = segment(text)
    return words[0] if words else text
