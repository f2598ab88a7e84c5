"""What starting the next fiscal year moved, told in Thai: how many measures' periods, with a few examples."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from itadesk.domain.model import Measure

EXAMPLES_SHOWN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextYearReport", text)


def moved_periods(before: list[Measure], after: list[Measure]) -> list[tuple[Measure, Measure]]:
    """This year's measures and their copies in the next year (matched by title) whose period moved."""
    copies = {m.title: m for m in after}
    pairs = []
    for measure in before:
        copy = copies.get(measure.title)
        if copy is None:
            continue
        if (measure.period, measure.start, measure.end) != (copy.period, copy.start, copy.end):
            pairs.append((measure, copy))
    return pairs


def describe(pairs: list[tuple[Measure, Measure]], new_year: int) -> str:
    """The Thai sentence for the status bar; "" when no measure had a period or a date to move."""
    if not pairs:
        return ""
    text = _tr("ปีงบประมาณ %d: เลื่อนระยะเวลาของมาตรการ %d รายการไปหนึ่งปี") % (new_year, len(pairs))
    examples = [(a.period, b.period) for a, b in pairs if a.period != b.period]
    unique = list(dict.fromkeys(examples))[:EXAMPLES_SHOWN]
    if unique:
        shown = _tr(", ").join(_tr("“%s” เป็น “%s”") % (old, new) for old, new in unique)
        text += _tr(" เช่น %s") % shown
    return text
