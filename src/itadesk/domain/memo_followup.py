"""A new memo started from an earlier one: the same people, the wording moved to the next round or year.

A memo of the six-month round, followed in the same fiscal year, becomes the twelve-month one
("รอบ ๖ เดือน" -> "รอบ ๑๒ เดือน", "31 มีนาคม" -> "30 กันยายน", the attached report of round 12); a memo of
an earlier fiscal year has its years moved on (๒๕๖๖ -> ๒๕๖๗, "ต.ค. ๖๕" -> "ต.ค. ๖๖"), in the digits it was
written in, by the same rules as a measure's period (`period_shift`): years far from the memo's own (a law
of พ.ศ. ๒๕๔๐), amounts and numbers are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from itadesk.domain.model import Approval, Attachment, Memo
from itadesk.domain.period_shift import as_written, shift_period

_SIX_MONTHS = re.compile(r"รอบ(\s*)([6๖])(\s*)เดือน")
_END_OF_MARCH = re.compile(r"(?<![0-9๐-๙])(31|๓๑)(\s*)(มีนาคม|มี\.ค\.)")


def is_six_month(memo: Memo) -> bool:
    """Whether the memo reports the six-month round (its attachment, or its subject says so)."""
    if memo.attach is not None and memo.attach.document == "results":
        return memo.attach.round == 6
    return bool(_SIX_MONTHS.search(memo.subject))


def to_twelve_months(text: str) -> str:
    """The six-month round's wording as the twelve-month round's."""

    def round_(match: re.Match[str]) -> str:
        return f"รอบ{match[1]}{as_written(12, match[2], 2)}{match[3]}เดือน"

    def end(match: re.Match[str]) -> str:
        month = "กันยายน" if match[3] == "มีนาคม" else "ก.ย."
        return f"{as_written(30, match[1], 2)}{match[2]}{month}"

    return _END_OF_MARCH.sub(end, _SIX_MONTHS.sub(round_, text))


def follow_up(earlier: Memo, earlier_year: int, year: int, today: date) -> Memo:
    """A new memo of fiscal year `year` made from `earlier` (of `earlier_year`): same unit, addressee, author
    and approvers; dated today, no number yet; the wording moved to `year`, or, within one year, from the
    six-month round to the twelve-month one."""

    def moved(text: str) -> str:
        if year != earlier_year:
            return shift_period(text, earlier_year, year - earlier_year, and_the_next=True)
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
