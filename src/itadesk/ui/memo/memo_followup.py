"""A new memo started from an earlier one: the same people, the wording moved to the next round or year.

Plain Python. A memo of the six-month round, followed in the same fiscal year, becomes the twelve-month one
("รอบ ๖ เดือน" -> "รอบ ๑๒ เดือน", "31 มีนาคม" -> "30 กันยายน", the attached report of round 12); a memo of
an earlier fiscal year has its years moved on (๒๕๖๖ -> ๒๕๖๗, "ต.ค. ๖๕" -> "ต.ค. ๖๖"), in the digits it was
written in. Years far from the memo's own (a law of พ.ศ. ๒๕๔๐) are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from itadesk.domain.model import Approval, Attachment, Memo

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
_DIGIT = "[0-9๐-๙]"

_SIX_MONTHS = re.compile(r"รอบ(\s*)([6๖])(\s*)เดือน")
_END_OF_MARCH = re.compile(rf"(?<!{_DIGIT})(31|๓๑)(\s*)(มีนาคม|มี\.ค\.)")
_YEAR = re.compile(rf"(?<!{_DIGIT}){_DIGIT}{{4}}(?!{_DIGIT})")
_SHORT_MONTHS = "ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.".replace(".", r"\.")
_SHORT_YEAR = re.compile(rf"((?:{_SHORT_MONTHS})\s*)({_DIGIT}{{2}})(?!{_DIGIT})")


def _as_written(value: int, like: str, width: int) -> str:
    """`value` in the digits of `like` (Thai or Arabic), zero-padded to `width`."""
    text = f"{value:0{width}d}"
    return text.translate(_TO_THAI) if like[:1] in _THAI_DIGITS else text


def is_six_month(memo: Memo) -> bool:
    """Whether the memo reports the six-month round (its attachment, or its subject says so)."""
    if memo.attach is not None and memo.attach.document == "results":
        return memo.attach.round == 6
    return bool(_SIX_MONTHS.search(memo.subject))


def to_twelve_months(text: str) -> str:
    """The six-month round's wording as the twelve-month round's."""

    def round_(match: re.Match[str]) -> str:
        return f"รอบ{match[1]}{_as_written(12, match[2], 2)}{match[3]}เดือน"

    def end(match: re.Match[str]) -> str:
        month = "กันยายน" if match[3] == "มีนาคม" else "ก.ย."
        return f"{_as_written(30, match[1], 2)}{match[2]}{month}"

    return _END_OF_MARCH.sub(end, _SIX_MONTHS.sub(round_, text))


def shift_years(text: str, fiscal_year: int, by: int) -> str:
    """Years of the fiscal year `fiscal_year` (the year itself, the one it starts in, the one after) moved on
    by `by`: four-digit Buddhist-Era years, and two-digit ones after a short month ("ต.ค. ๖๕")."""
    near = range(fiscal_year - 1, fiscal_year + 2)

    def year(match: re.Match[str]) -> str:
        value = int(match[0].translate(_TO_ARABIC))
        return _as_written(value + by, match[0], 4) if value in near else match[0]

    def short_year(match: re.Match[str]) -> str:
        value = int(match[2].translate(_TO_ARABIC))
        full = (fiscal_year // 100) * 100 + value
        if full not in near:
            return match[0]
        return match[1] + _as_written((value + by) % 100, match[2], 2)

    return _SHORT_YEAR.sub(short_year, _YEAR.sub(year, text))


def follow_up(earlier: Memo, earlier_year: int, year: int, today: date) -> Memo:
    """A new memo of fiscal year `year` made from `earlier` (of `earlier_year`): same unit, addressee, author
    and approvers; dated today, no number yet; the wording moved to `year`, or, within one year, from the
    six-month round to the twelve-month one."""

    def moved(text: str) -> str:
        if year != earlier_year:
            return shift_years(text, earlier_year, year - earlier_year)
        return to_twelve_months(text) if six else text

    six = is_six_month(earlier)
    attach = replace(earlier.attach) if earlier.attach is not None else None
    if year == earlier_year and six:
        attach = Attachment(document="results", round=12)
    return Memo(
        subject=moved(earlier.subject),
        unit=earlier.unit,
        number="",
        date=today,
        to=earlier.to,
        via=earlier.via,
        body=[moved(paragraph) for paragraph in earlier.body],
        author=earlier.author,
        approvals=[Approval(person=a.person, heading=a.heading) for a in earlier.approvals],
        attach=attach,
    )
