"""The pieces of a memo page that are not running text: the heading line, labelled fields on dotted leaders,
signature blocks and the dotted lines an approver writes on."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from itadesk.documents.emblem import EmblemDrawing
from itadesk.documents.layout import CM, MemoLayout
from itadesk.thai.drawing import draw_text, text_width
from itadesk.thai.fonts import BOLD, REGULAR
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

DOT_DASH = (0.6, 2.4)  # a dotted leader: short dashes with round caps look like dots on paper


def first_baseline(style: TextStyle) -> float:
    """How far below a ThaiParagraph's top its first baseline sits (the engine puts it one font size down)."""
    return style.size


def _dotted_line(canvas: Any, x0: float, x1: float, y: float) -> None:
    if x1 - x0 < 2:
        return
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setLineCap(1)
    canvas.setDash(*DOT_DASH)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()


class MemoHeading(Flowable):  # type: ignore[misc]
    """The Garuda at the left margin, "บันทึกข้อความ" centred on its line, the baseline at the Garuda's foot."""

    def __init__(self, emblem: EmblemDrawing | None, m: MemoLayout) -> None:
        super().__init__()
        self._emblem = emblem
        self._m = m
        self.plain_text = m.heading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._m.emblem_height_cm * CM + self._m.heading_space_after_pt

    def draw(self) -> None:
        emblem_h = self._m.emblem_height_cm * CM
        foot = self._m.heading_space_after_pt
        if self._emblem is not None:
            self._emblem.draw(self.canv, 0, foot + emblem_h)
        draw_text(self.canv, self.width / 2, foot, self._m.heading, BOLD, self._m.heading_size_pt, "center")


class FieldLine(Flowable):  # type: ignore[misc]
    """A bold label and its value on dotted leaders to the right margin; a long value wraps onto more leaders,
    each line under the value's first letter (the typing guide's hanging indent), and, taller than a page,
    continues on the next one."""

    def __init__(
        self, label: str, value: str, m: MemoLayout, *, paragraph: ThaiParagraph | None = None
    ) -> None:
        super().__init__()
        self._label = label
        self._m = m
        self.plain_text = f"{label} {value}"
        self._label_w = text_width(label, BOLD, m.label_size_pt) if label else 0.0
        indent = self._label_w + m.field_gap_pt if label else 0.0
        self._style = TextStyle(
            font_name=REGULAR, size=m.value_size_pt, leading=m.field_leading_pt, left_indent=indent
        )
        if paragraph is None and value.strip():
            paragraph = ThaiParagraph(value, self._style)
        self._para = paragraph
        # The rest of a split value keeps its paragraph's indent, and its leaders start there too.
        self._indent = paragraph.style.left_indent if paragraph is not None else indent
        self._lines = 1

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self._para is not None:
            _, h = self._para.wrap(avail_width, 1e9)
            self._lines = max(1, round(h / self._m.field_leading_pt))
        self.height = self._lines * self._m.field_leading_pt
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._para is None:
            return []
        parts = self._para.split(avail_width, avail_height)
        if len(parts) != 2:
            return []
        head = FieldLine(self._label, "", self._m, paragraph=parts[0])
        return [head, FieldLine("", "", self._m, paragraph=parts[1])]

    def draw(self) -> None:
        m = self._m
        baseline = self.height - first_baseline(self._style)
        if self._label:
            draw_text(self.canv, 0, baseline, self._label, BOLD, m.label_size_pt)
        if self._para is not None:
            _, para_h = self._para.wrap(self.width, 1e9)
            self._para.drawOn(self.canv, 0, self.height - para_h)
        for i in range(self._lines):
            x0 = max(0.0, self._indent - m.field_gap_pt / 2)
            _dotted_line(self.canv, x0, self.width, baseline - i * m.field_leading_pt - m.leader_drop_pt)


class NumberDateLine(Flowable):  # type: ignore[misc]
    """ที่ … and วันที่ … sharing one line, วันที่ starting near the middle; empty values keep their leaders."""

    def __init__(self, number: str, date: str, m: MemoLayout) -> None:
        super().__init__()
        self._number = number
        self._date = date
        self._m = m
        self.plain_text = f"ที่ {number} วันที่ {date}"

    @staticmethod
    def fits(number: str, date: str, width: float, m: MemoLayout) -> bool:
        date_x = width * m.date_start_ratio
        number_end = (
            text_width("ที่", BOLD, m.label_size_pt)
            + m.field_gap_pt
            + text_width(number, REGULAR, m.value_size_pt)
        )
        date_end = (
            date_x
            + text_width("วันที่", BOLD, m.label_size_pt)
            + m.field_gap_pt
            + text_width(date, REGULAR, m.value_size_pt)
        )
        return number_end < date_x - m.field_gap_pt and date_end <= width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._m.field_leading_pt

    def draw(self) -> None:
        m = self._m
        baseline = m.field_leading_pt - m.value_size_pt
        date_x = self.width * m.date_start_ratio
        spans = (("ที่", self._number, 0.0, date_x - m.field_gap_pt), ("วันที่", self._date, date_x, self.width))
        for label, value, x, end in spans:
            label_w = draw_text(self.canv, x, baseline, label, BOLD, m.label_size_pt)
            if value:
                draw_text(self.canv, x + label_w + m.field_gap_pt, baseline, value, REGULAR, m.value_size_pt)
            _dotted_line(self.canv, x + label_w + m.field_gap_pt / 2, end, baseline - m.leader_drop_pt)


class DottedLines(Flowable):  # type: ignore[misc]
    """Blank dotted lines across the text width, for a superior to write a comment by hand."""

    def __init__(self, count: int, pitch: float) -> None:
        super().__init__()
        self._count = count
        self._pitch = pitch

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._count * self._pitch

    def draw(self) -> None:
        for i in range(self._count):
            _dotted_line(self.canv, 0, self.width, (self._count - i - 1) * self._pitch + 4)


def signature_lines(lines: list[str], width: float, m: MemoLayout) -> list[Flowable]:
    """Name, position and acting lines, each centred on the axis at `signature_axis_ratio` of the text width.

    A paragraph box from (2·axis − width) to the right margin is centred on the axis, so a line too long
    for it wraps instead of running off the page.
    """
    axis = m.signature_axis_ratio * width
    style = TextStyle(
        font_name=REGULAR,
        size=m.body_size_pt,
        leading=m.body_leading_pt,
        align="center",
        left_indent=max(0.0, 2 * axis - width),
    )
    return [ThaiParagraph(line, style) for line in lines if line.strip()]


def signature_block(
    lines: list[str], width: float, m: MemoLayout, *, space_before: float, label: str = ""
) -> Flowable:
    """Room to sign (on a "(ลงชื่อ) ……" line when `label` is given), then the name and position lines;
    kept on one page."""
    if label.strip():
        signing: list[Flowable] = [
            Spacer(width, space_before + max(0.0, m.signature_space_pt - m.body_leading_pt)),
            LabelledLeader(label, m),
        ]
    else:
        signing = [Spacer(width, space_before + m.signature_space_pt)]
    return KeepTogether([*signing, *signature_lines(lines, width, m)])


class LabelledLeader(Flowable):  # type: ignore[misc]
    """ "ลงชื่อ ……………" or "วันที่ ……………": a label and a dotted line after it, centred on the signature axis."""

    def __init__(self, label: str, m: MemoLayout) -> None:
        super().__init__()
        self._label = label
        self._m = m
        self.plain_text = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._m.body_leading_pt

    def draw(self) -> None:
        m = self._m
        label_w = text_width(self._label, REGULAR, m.body_size_pt)
        total = label_w + m.field_gap_pt + m.approval_leader_cm * CM
        x = min(max(0.0, m.signature_axis_ratio * self.width - total / 2), max(0.0, self.width - total))
        baseline = m.body_leading_pt - m.body_size_pt
        draw_text(self.canv, x, baseline, self._label, REGULAR, m.body_size_pt)
        leader_x = x + label_w + m.field_gap_pt / 2
        _dotted_line(self.canv, leader_x, leader_x + m.approval_leader_cm * CM, baseline - m.leader_drop_pt)


def approval_block(heading: str, lines: list[str], width: float, m: MemoLayout) -> Flowable:
    """One "ความเห็นของ…" block: heading, lines to write on, room to sign (on a "ลงชื่อ" line when the
    office's layout asks for one), name, position (and a "วันที่" line when asked); kept whole."""
    heading_style = TextStyle(
        font_name=REGULAR,
        size=m.body_size_pt,
        leading=m.body_leading_pt,
        space_before=m.approval_space_before_pt,
    )
    signing: list[Flowable] = [Spacer(width, m.signature_space_pt)]
    if m.approval_sign_label.strip():
        signing = [
            Spacer(width, max(0.0, m.signature_space_pt - m.body_leading_pt)),
            LabelledLeader(m.approval_sign_label, m),
        ]
    dated = [LabelledLeader(m.approval_date_label, m)] if m.approval_date_label.strip() else []
    return KeepTogether(
        [
            ThaiParagraph(heading, heading_style),
            DottedLines(m.approval_comment_lines, m.approval_line_pitch_pt),
            *signing,
            *signature_lines(lines, width, m),
            *dated,
        ]
    )
