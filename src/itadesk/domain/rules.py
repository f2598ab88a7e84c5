"""The rule of every value a user can enter, with the Thai message that refuses it.

One set of rules for the exchange reader and the window: a value the window saves is a value the import takes
back. Each function returns None when the value is fine, or the Thai message saying what is wrong with it (the
reader adds the JSON path, the window shows it beside the field). Plain Python: nothing here knows files or
widgets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from itadesk.domain.fiscal import BE_OFFSET, MAX_FISCAL_YEAR, MIN_FISCAL_YEAR, is_valid_fiscal_year

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

# C0 and C1 controls but tab and newline, DEL, and lone surrogates (which "\ud800" in JSON can produce).
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

# Characters that change what a reader sees without being seen: bidirectional embeddings, overrides and
# isolates (text that reads one way and is stored another), directional marks, and zero-width characters.
# Thai needs none of them (the program finds word breaks itself); they are refused, never silently removed,
# so that what is stored is what the user typed and saw.
INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_INVISIBLE_NAMES = {
    **dict.fromkeys("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "ตัวควบคุมทิศทางข้อความ"),
    **dict.fromkeys("\u061c\u200e\u200f", "เครื่องหมายทิศทางข้อความ"),
}

MAX_ID_CHARS = 100
# An emblem's pixels: a Garuda prints sharp at 1.5 cm from a few hundred pixels a side; 16 million
# (4000 × 4000) leaves room for any scan and bounds what decoding one costs (64 MB as RGBA).
MAX_EMBLEM_PIXELS = 16_000_000
SVG_NS = "http://www.w3.org/2000/svg"
# What an emblem never needs and what would fetch or run something: scripts, pictures, frames, media.
_SVG_REFUSED_ELEMENTS = {"script", "foreignObject", "image", "iframe", "object", "embed", "audio", "video"}
MAX_SHORT_TEXT_CHARS = 1_000  # names, positions, codes, headings, a measure's number and period
MAX_LONG_TEXT_CHARS = 50_000  # titles, steps, results, memo paragraphs

# Gregorian years a date may carry: the same span as the fiscal years the program accepts.
MIN_DATE_YEAR = MIN_FISCAL_YEAR - BE_OFFSET - 1
MAX_DATE_YEAR = MAX_FISCAL_YEAR - BE_OFFSET

ROUNDS = (6, 12)


# What text copied from Word or a web page carries that means nothing in Thai, and is taken out (or made a
# plain space) before any rule looks at the text: zero-width space and non-joiner/joiner, word joiner, BOM,
# soft hyphen; no-break and other fixed-width spaces. Bidirectional controls and marks stay refused
# (INVISIBLE): they change what a reader sees, so removing them silently would store another text.
_MEANINGLESS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Where PyThaiNLP's reorder_vowels would change anything (its rules, as of 5.x): two sara e, a tone mark or
# thanthakhat before an upper or lower vowel, nikhahit, a following vowel before a tone mark, lakkhangyao.
# Text without them (nearly all) never loads PyThaiNLP, so the window paints without it.
_OUT_OF_ORDER = re.compile(
    "\u0e40\u0e40|[\u0e48-\u0e4c][\u0e31\u0e34-\u0e39\u0e47\u0e4d]|\u0e4d|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]|\u0e45"
)


def normalise_text(text: str, *, single_line: bool = False) -> str:
    """The text as every input stores it (the window's fields, a paste, an exchange file, a Word import).

    Invisible characters that mean nothing in Thai go, odd spaces become plain ones, line ends become "\n",
    and Thai vowels and tone marks typed out of order are put in the standard order (ํ + า → ำ, เ + เ → แ,
    a tone mark before an upper vowel after it: PyThaiNLP's `reorder_vowels`), so that two texts that look
    the same are the same. `single_line` (names, numbers, ids) also turns tabs and line ends into spaces.
    """
    text = _MEANINGLESS.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if single_line:
        text = text.replace("\t", " ").replace("\n", " ")
    if _OUT_OF_ORDER.search(text):
        from pythainlp.util import reorder_vowels  # loaded only for text that needs it

        text = reorder_vowels(text)
    return text


def text_problem(text: str, limit: int = MAX_SHORT_TEXT_CHARS) -> str | None:
    """Control characters (tab and newline allowed), invisible ones (INVISIBLE), over `limit` characters."""
    bad = FORBIDDEN.search(text)
    if bad:
        return (
            f"มีอักขระควบคุม U+{ord(bad.group()):04X} ที่ตัวอักษรที่ {bad.start() + 1} "
            "ลบออก (ใช้ได้เฉพาะแท็บและขึ้นบรรทัดใหม่)"
        )
    hidden = INVISIBLE.search(text)
    if hidden:
        name = _INVISIBLE_NAMES.get(hidden.group(), "อักขระความกว้างศูนย์")
        return (
            f"มีอักขระที่มองไม่เห็น U+{ord(hidden.group()):04X} ({name}) ที่ตัวอักษรที่ {hidden.start() + 1} "
            "ลบออกแล้วพิมพ์ใหม่"
        )
    if len(text) > limit:
        return f"ยาวเกินไป ({len(text):,} ตัวอักษร) ต้องไม่เกิน {limit:,} ตัวอักษร"
    return None


def id_problem(text: str) -> str | None:
    """A record's id (a measure's, a memo's): one line of visible characters, not blank, MAX_ID_CHARS long."""
    problem = required_text_problem(text, MAX_ID_CHARS)
    if problem is None and ("\t" in text or "\n" in text):
        return "รหัสต้องอยู่ในบรรทัดเดียว ไม่มีแท็บหรือขึ้นบรรทัดใหม่"
    return problem


def required_text_problem(text: str, limit: int = MAX_SHORT_TEXT_CHARS) -> str | None:
    """A text that must be given: not blank, and within `text_problem`'s rule."""
    return text_problem(text, limit) or (None if text.strip() else "ต้องไม่เว้นว่าง")


def score_problem(value: float, shown: object = None) -> str | None:
    """A score out of 100; `shown` is the value as the user wrote it (the number itself when not given)."""
    if 0 <= value <= 100:
        return None
    return f"คะแนน {f'{value:g}' if shown is None else shown} อยู่นอกช่วง 0–100"


def score_text_problem(text: str) -> str | None:
    """A score typed as text (a table cell): empty means not given, else a number 0–100."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        return f'ต้องเป็นตัวเลข แต่พบข้อความ "{cleaned}"'
    return score_problem(value, cleaned)


def grade_problem(
    assessed_year: int, grade: str, score: float | None, office: Sequence[Framework] = ()
) -> str | None:
    """A grade must be one of the year's grade names and match the score, when both are given; the year's
    grades are the office's own framework's where it has one (`office`), else the program's."""
    if not grade:
        return None
    from itadesk.domain.framework import framework_for  # the frameworks' file, read for grades only

    framework = framework_for(assessed_year, office)
    if grade not in framework.grade_names:
        return f'ไม่มีระดับผล "{grade}" ใช้ {", ".join(framework.grade_names)}'
    if score is not None and framework.grade_for(score) != grade:
        return f"คะแนน {score:g} ได้ระดับ {framework.grade_for(score)} ไม่ใช่ {grade}"
    return None


def fiscal_year_problem(value: int) -> str | None:
    """A Buddhist-Era fiscal year in the span the program accepts; a Gregorian year gets its BE form."""
    if is_valid_fiscal_year(value):
        return None
    if 1900 <= value <= 2200:
        return f"ปี {value} เป็นปีคริสต์ศักราช ให้ใช้ปีพุทธศักราช เช่น {value + BE_OFFSET}"
    return f"ปี {value} อยู่นอกช่วง {MIN_FISCAL_YEAR}–{MAX_FISCAL_YEAR} (ปีพุทธศักราช)"


def date_year_problem(day: date) -> str | None:
    """A date's (Gregorian) year within the span of the fiscal years."""
    if MIN_DATE_YEAR <= day.year <= MAX_DATE_YEAR:
        return None
    return f'"{day.isoformat()}": ปี {day.year} อยู่นอกช่วงที่รับได้ ({MIN_DATE_YEAR}–{MAX_DATE_YEAR})'


def period_dates_problem(start: date | None, end: date | None) -> str | None:
    """A measure's end may not come before its start."""
    if start and end and end < start:
        return f"วันสิ้นสุด {end.isoformat()} อยู่ก่อนวันเริ่ม {start.isoformat()}"
    return None


def indicator_number_problem(number: int) -> str | None:
    if 1 <= number <= 99:
        return None
    return f"ลำดับตัวชี้วัด {number} ต้องอยู่ระหว่าง 1–99"


def round_problem(months: int) -> str | None:
    if months in ROUNDS:
        return None
    return f"รอบ {months} ใช้ไม่ได้ ใช้ 6 หรือ 12 (เดือน)"


def person_unit_problem(unit: str, unit_names: set[str]) -> str | None:
    """A person's unit must be one of the office's units (when it has any)."""
    if unit and unit_names and unit not in unit_names:
        return f'ไม่มีหน่วยงานชื่อ "{unit}" ใน units (มี {", ".join(sorted(unit_names))})'
    return None


def duplicate_name_problem(kind: str, name: str, first: str) -> str:
    return f'ชื่อ{kind} "{name}" ซ้ำกับที่ {first}'


# A measure's fields as the reader reads them: the limit of each text, and which must be given.
MEASURE_TEXT_LIMITS = {
    "number": MAX_SHORT_TEXT_CHARS, "period": MAX_SHORT_TEXT_CHARS, "section": MAX_LONG_TEXT_CHARS,
    "indicator": MAX_LONG_TEXT_CHARS, "title": MAX_LONG_TEXT_CHARS, "monitoring": MAX_LONG_TEXT_CHARS,
    "reporting": MAX_LONG_TEXT_CHARS, "outcome": MAX_LONG_TEXT_CHARS, "problems": MAX_LONG_TEXT_CHARS,
    "suggestions": MAX_LONG_TEXT_CHARS, "steps": MAX_LONG_TEXT_CHARS, "responsible": MAX_LONG_TEXT_CHARS,
    "evidence": MAX_LONG_TEXT_CHARS,
}  # fmt: skip
MEASURE_REQUIRED = ("title",)


def _entries_problem(entries: object) -> str | None:
    """A measure's results (text required) or history entries (note optional): texts and dates."""
    if not isinstance(entries, list):
        return None
    for number, entry in enumerate(entries, start=1):
        text = getattr(entry, "text", None)
        note = getattr(entry, "note", None)
        day = getattr(entry, "date", None)
        problem = None
        if isinstance(text, str):
            problem = required_text_problem(text, MAX_LONG_TEXT_CHARS)
        elif isinstance(note, str):
            problem = text_problem(note, MAX_LONG_TEXT_CHARS)
        if problem is None and isinstance(day, date):
            problem = date_year_problem(day)
        if problem:
            return f"รายการที่ {number}: {problem}"
    return None


def measure_field_problem(field: str, value: object, start: date | None, end: date | None) -> str | None:
    """What is wrong with `value` for a measure's `field`, the measure's dates being `start` and `end`."""
    limit = MEASURE_TEXT_LIMITS.get(field)
    if limit is not None:
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if not isinstance(text, str):
                continue
            rule = required_text_problem if field in MEASURE_REQUIRED else text_problem
            problem = rule(text, limit)
            if problem:
                return problem
        return None
    if field in ("results", "history"):
        return _entries_problem(value)
    if field in ("start", "end"):
        if isinstance(value, date):
            problem = date_year_problem(value)
            if problem:
                return problem
        day = value if isinstance(value, date) else None
        return period_dates_problem(day, end) if field == "start" else period_dates_problem(start, day)
    return None


# A memo's fields as the reader reads them (exchange/reader.py `_memo`), in the order the composer shows them.
MEMO_TEXT_LIMITS = {
    "unit": MAX_SHORT_TEXT_CHARS, "number": MAX_SHORT_TEXT_CHARS, "subject": MAX_LONG_TEXT_CHARS,
    "to": MAX_LONG_TEXT_CHARS, "via": MAX_LONG_TEXT_CHARS, "body": MAX_LONG_TEXT_CHARS,
}  # fmt: skip
MEMO_REQUIRED = ("subject",)


def memo_problem(fields: dict[str, object]) -> tuple[str, str] | None:
    """The first of a memo's fields the import would refuse, as (field, Thai message), or None.

    `fields` maps the field names of MEMO_TEXT_LIMITS to a text or a list of texts (the body's paragraphs).
    """
    for field, limit in MEMO_TEXT_LIMITS.items():
        value = fields.get(field, "")
        texts = value if isinstance(value, list) else [value]
        rule = required_text_problem if field in MEMO_REQUIRED else text_problem
        for text in texts:
            if isinstance(text, str):
                problem = rule(text, limit)
                if problem:
                    return field, problem
    return None


def svg_emblem_problem(data: bytes) -> str | None:
    """An SVG emblem is taken only if it can be drawn here as it is, from the file alone: no entity
    declarations (how XML bombs and external entities work), no scripts, pictures or frames, nothing fetched
    from elsewhere, no url() paint (a paint server the PDF's drawing cannot follow). The message says what
    is wrong after the words naming the emblem ("ภาพตรา SVG …")."""
    if b"<!ENTITY" in data:
        return "มีการประกาศ ENTITY ซึ่งใช้ไม่ได้ ส่งออกภาพใหม่เป็น SVG ธรรมดาหรือ PNG"
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return f"อ่านไม่ได้: ไฟล์เสียหาย ({exc})"
    if root.tag not in ("svg", f"{{{SVG_NS}}}svg"):
        return "ไม่ใช่ไฟล์ SVG"
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag in _SVG_REFUSED_ELEMENTS:
            return f"มีส่วน <{tag}> ที่ใช้ไม่ได้ (สคริปต์หรือเนื้อหาจากที่อื่น) ส่งออกภาพใหม่เป็น SVG ธรรมดาหรือ PNG"
        texts = [*element.attrib.items(), *([("style", element.text or "")] if tag == "style" else [])]
        for name, value in texts:
            local = name.rsplit("}", 1)[-1]
            if "url(" in value.replace(" ", "").lower() or "@import" in value.lower():
                return f"ใช้ url() ใน {local} ซึ่งพิมพ์ไม่ได้ ใช้สีธรรมดา หรือใช้ภาพ PNG"
            if local == "href" and not value.startswith("#"):
                return f'อ้างถึงไฟล์หรือที่อยู่อื่น ("{value[:60]}") ซึ่งใช้ไม่ได้ ใช้ภาพที่อยู่ในไฟล์เดียว'
    return None
