"""The memo's keep rules, from เรียน to the author's signature, decided where a page ends.

The typing guide wants a signature that goes to a new page to take at least the last two lines of the
letter's text with it, and a heading (เรียน …) never to end a page. ReportLab's own keep rules move whole
flowables; these choose the line where the page breaks, so a long paragraph still fills its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

from itadesk.thai.paragraph import ThaiParagraph

Role = Literal["heading", "text", "signature"]
SIGNATURE_TAKES_LINES = 2  # lines of the letter's text that go with a signature to its page
_FUZZ = 1e-6


@dataclass(frozen=True, slots=True)
class _Slot:
    item: int  # index in the run
    line: int | None  # line of a paragraph, None for a whole block
    height: float  # with the space before it, when it is not the first thing on the page


def _space_before(flowable: Flowable) -> float:
    return float(flowable.getSpaceBefore())


def _block_height(flowable: Flowable, avail_width: float) -> float:
    """Height of a block kept whole (a KeepTogether is measured by what it holds)."""
    content = getattr(flowable, "_content", None)
    if isinstance(flowable, KeepTogether) and isinstance(content, list):
        total = 0.0
        for n, inner in enumerate(content):
            total += (_space_before(inner) if n else 0.0) + float(inner.wrap(avail_width, 1e9)[1])
        return total
    return float(flowable.wrap(avail_width, 1e9)[1])


class MemoRun(Flowable):  # type: ignore[misc]
    """เรียน, the body paragraphs and the signature, placed by the memo's keep rules.

    Like KeepTogether it never draws itself: at each page it hands ReportLab what goes on the page, a page
    break, and a new run of the rest.
    """

    def __init__(self, items: list[tuple[Flowable, Role]]) -> None:
        super().__init__()
        self._items = items
        self._content = [flowable for flowable, _ in items]  # read by the "/first words..." mark

    @property
    def items(self) -> list[tuple[Flowable, Role]]:
        """What the run holds, each with its role (for writers other than ReportLab's, e.g. Word)."""
        return list(self._items)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always split: the run decides where the page ends

    def getSpaceBefore(self) -> float:  # ReportLab's name
        return _space_before(self._items[0][0]) if self._items else 0.0

    def _slots(self, avail_width: float) -> list[_Slot]:
        slots: list[_Slot] = []
        for index, (flowable, role) in enumerate(self._items):
            space = 0.0 if index == 0 else _space_before(flowable)  # the frame took the first one
            if role == "text" and isinstance(flowable, ThaiParagraph):
                lines = flowable.lines(avail_width)
                for n in range(len(lines)):
                    slots.append(_Slot(index, n, flowable.style.line_height + (space if n == 0 else 0.0)))
            else:
                slots.append(_Slot(index, None, _block_height(flowable, avail_width) + space))
        return slots

    def _legal(self, slots: list[_Slot], cut: int) -> bool:
        """Whether this page may end after `cut` slots."""
        if cut == 0:
            return True
        if self._items[slots[cut - 1].item][1] == "heading":
            return False  # เรียน never ends a page
        text_after = sum(
            1 for slot in slots[cut:] if slot.line is not None and self._items[slot.item][1] == "text"
        )
        text_total = sum(1 for slot in slots if slot.line is not None)
        return text_after >= min(SIGNATURE_TAKES_LINES, text_total)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        slots = self._slots(avail_width)
        used, fit = 0.0, 0
        for slot in slots:
            if used + slot.height > avail_height + _FUZZ:
                break
            used += slot.height
            fit += 1
        flowables = [flowable for flowable, _ in self._items]
        if fit == len(slots):
            return [NullActionFlowable(), *flowables]
        cut = next((c for c in range(fit, -1, -1) if self._legal(slots, c)), 0)
        if cut == 0:
            if at_top:  # nothing can satisfy the rules on a whole page: let the text flow as it will
                return [NullActionFlowable(), *flowables]
            return [FrameBreak(), self]
        return [NullActionFlowable(), *self._page_and_rest(slots, cut, avail_width)]

    def _page_and_rest(self, slots: list[_Slot], cut: int, avail_width: float) -> list[Flowable]:
        last, following = slots[cut - 1], slots[cut]
        here = [flowable for flowable, _ in self._items[: last.item + 1]]
        rest = list(self._items[following.item :])
        if last.item == following.item:  # the page ends inside a paragraph
            paragraph = here.pop()
            assert isinstance(paragraph, ThaiParagraph) and following.line is not None
            head, tail = paragraph.cut(avail_width, following.line * paragraph.style.line_height)
            here.append(head)
            rest[0] = (tail, rest[0][1])
        return [*here, FrameBreak(), MemoRun(rest)]
