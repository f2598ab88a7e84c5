"""The memo's own blocks in Word: the Garuda and "บันทึกข้อความ" on one line, the labelled header lines on
dotted leaders to the right margin, the dotted lines a superior writes on, "ลงชื่อ ……" lines.

Leaders are dotted underlines that run from a value's first letter to the margin (a tab underlined to a
right tab stop), as in the PDF: an official who types a longer value keeps the dots under it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.documents.layout import CM, MemoLayout
from itadesk.documents.memo_blocks import DottedLines, FieldLine, LabelledLeader, MemoHeading, NumberDateLine
from itadesk.documents.word.pictures import emblem_png, inline_picture
from itadesk.documents.word.story import Context, paragraph_style
from itadesk.documents.word.svg_emblem import svg_emblem
from itadesk.documents.word.wml import ParagraphStyle, RunStyle, Tab, paragraph, run, tab_run
from itadesk.thai.drawing import text_width
from itadesk.thai.fonts import BOLD, REGULAR
from itadesk.thai.paragraph import TextStyle

DOTTED = "dotted"


def block_xml(flowable: Flowable, ctx: Context, keep_next: bool) -> list[str] | None:
    """The Word form of one of the memo's blocks; None for anything else."""
    if isinstance(flowable, MemoHeading):
        return [heading(flowable._m, ctx)]
    if isinstance(flowable, FieldLine):
        para = flowable._para
        return [field_line(flowable._label, para.text if para is not None else "", flowable._m, ctx)]
    if isinstance(flowable, NumberDateLine):
        return [number_date_line(flowable._number, flowable._date, flowable._m, ctx)]
    if isinstance(flowable, DottedLines):
        return dotted_lines(flowable._count, flowable._pitch, ctx, keep_next)
    if isinstance(flowable, LabelledLeader):
        return [labelled_leader(flowable._label, flowable._m, ctx, keep_next)]
    return None


def heading(m: MemoLayout, ctx: Context) -> str:
    """The Garuda in the line at the left margin, its foot on the baseline of "บันทึกข้อความ", centred."""
    runs: list[str] = []
    if ctx.emblem is not None:
        height = m.emblem_height_cm * CM
        if ctx.emblem.mime == "image/svg+xml":
            svg = svg_emblem(ctx.emblem.data, height)
            png_id, svg_id = ctx.add_picture(svg.png), ctx.add_picture(svg.svg, "svg")
            runs.append(inline_picture(png_id, svg.width_pt, height, ctx.next_picture_id, "ตราครุฑ", svg_id))
        else:
            data, width = emblem_png(ctx.emblem, height)
            runs.append(inline_picture(ctx.add_picture(data), width, height, ctx.next_picture_id, "ตราครุฑ"))
        ctx.next_picture_id += 1
    title = RunStyle(size_pt=m.heading_size_pt, bold=True)
    runs += [tab_run(title), run(m.heading, title)]
    props = ParagraphStyle(
        tabs=(Tab("center", ctx.width / 2),), space_after_pt=m.heading_space_after_pt, keep_next=True
    )
    return paragraph(runs, props)


def _label_width(label: str, m: MemoLayout) -> float:
    return text_width(label, BOLD, m.label_size_pt) if label else 0.0


def field_line(label: str, value: str, m: MemoLayout, ctx: Context) -> str:
    """ส่วนราชการ / เรื่อง …: a bold label, the value on a dotted leader to the right margin; a long value
    continues under its own first letter."""
    label_w = _label_width(label, m) + m.field_gap_pt
    props = ParagraphStyle(
        left_indent_pt=label_w if label else 0.0,
        hanging_pt=label_w if label else 0.0,
        line_pt=m.field_leading_pt,
        at_least=True,
        tabs=(Tab("left", label_w), Tab("right", ctx.width)),
        keep_next=True,
    )
    value_style = RunStyle(size_pt=m.value_size_pt, underline=DOTTED)
    runs = []
    if label:
        runs += [run(label, RunStyle(size_pt=m.label_size_pt, bold=True)), tab_run(RunStyle(m.value_size_pt))]
    runs += [run(value, value_style), tab_run(value_style)]
    return paragraph(runs, props)


def number_date_line(number: str, date: str, m: MemoLayout, ctx: Context) -> str:
    """ที่ … and วันที่ … on one line, วันที่ starting at `date_start_ratio` of the text width."""
    number_x = _label_width("ที่", m) + m.field_gap_pt
    date_x = ctx.width * m.date_start_ratio
    date_value_x = date_x + _label_width("วันที่", m) + m.field_gap_pt
    props = ParagraphStyle(
        line_pt=m.field_leading_pt,
        at_least=True,
        keep_next=True,
        tabs=(
            Tab("left", number_x),
            Tab("left", date_x - m.field_gap_pt),
            Tab("left", date_x),
            Tab("left", date_value_x),
            Tab("right", ctx.width),
        ),
    )
    label = RunStyle(size_pt=m.label_size_pt, bold=True)
    plain = RunStyle(size_pt=m.value_size_pt)
    value = RunStyle(size_pt=m.value_size_pt, underline=DOTTED)
    runs = [run("ที่", label), tab_run(plain), run(number, value), tab_run(value), tab_run(plain)]
    runs += [run("วันที่", label), tab_run(plain), run(date, value), tab_run(value)]
    return paragraph(runs, props)


def dotted_lines(count: int, pitch: float, ctx: Context, keep_next: bool) -> list[str]:
    """Blank dotted lines across the text width, `pitch` apart, to write a comment on by hand."""
    style = RunStyle(underline=DOTTED)
    out = []
    for i in range(count):
        props = paragraph_style(TextStyle(), ctx, keep_next=keep_next or i < count - 1)
        fixed = ParagraphStyle(
            space_before_pt=props.space_before_pt, line_pt=pitch, tabs=(Tab("right", ctx.width),),
            keep_next=props.keep_next, keep_lines=True,
        )  # fmt: skip
        out.append(paragraph([tab_run(style)], fixed))
    return out


def labelled_leader(label: str, m: MemoLayout, ctx: Context, keep_next: bool) -> str:
    """ "ลงชื่อ ……" centred on the signature axis: the label, then a dotted line `approval_leader_cm` long."""
    label_w = text_width(label, REGULAR, m.body_size_pt)
    total = label_w + m.field_gap_pt + m.approval_leader_cm * CM
    x = min(max(0.0, m.signature_axis_ratio * ctx.width - total / 2), max(0.0, ctx.width - total))
    props = paragraph_style(TextStyle(size=m.body_size_pt), ctx, keep_next=keep_next)
    fixed = ParagraphStyle(
        left_indent_pt=x,
        space_before_pt=props.space_before_pt,
        keep_next=props.keep_next,
        tabs=(Tab("left", x + label_w + m.field_gap_pt), Tab("left", x + total)),
    )
    plain = RunStyle(size_pt=m.body_size_pt)
    leader = RunStyle(size_pt=m.body_size_pt, underline=DOTTED)
    return paragraph([run(label, plain), tab_run(plain), tab_run(leader)], fixed)
