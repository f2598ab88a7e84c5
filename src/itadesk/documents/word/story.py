"""The PDF's story (the flowables documents/*.py build) written as WordprocessingML, element by element.

The stories decide what text goes where; this module only says how Word shows each kind of element.
Running text becomes paragraphs in Word's own single spacing, so an official who edits one gets what Word
would do; the fixed-pitch pieces (the memo's header lines, the dotted lines to write on) keep their pitch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from itadesk.documents.chart import ScoreChart
from itadesk.documents.layout import CM, Layout
from itadesk.documents.memo_keep import MemoRun
from itadesk.documents.pages import plain_text
from itadesk.documents.report_table import FULL_ENOUGH, MIN_CUT_LINES
from itadesk.documents.tables import CellParagraph
from itadesk.documents.tick import CHECK_MARK, DrawnTick
from itadesk.documents.word.held_spaces import held
from itadesk.documents.word.units import twips
from itadesk.documents.word.wml import (
    BODY,
    HEADING,
    SIGNATURE,
    SUBTITLE,
    TABLE_HEADER,
    TABLE_TEXT,
    TITLE,
    ParagraphStyle,
    RunStyle,
    attr,
    paragraph,
    run,
    text_paragraph,
)
from itadesk.domain.model import Emblem
from itadesk.thai.fonts import BOLD, BOLD_ITALIC, ITALIC
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

# TH Sarabun New has no ✓ and the file must hold no other font: Word shows its √, which offices type too.
WORD_TICK = "\u221a"


@dataclass(slots=True)
class Picture:
    part: str  # word/media/image1.png (or .svg)
    rel_id: str
    data: bytes


@dataclass(slots=True)
class Context:
    """What writing a story needs beyond the story: the text width, the layout, where pictures go."""

    width: float  # points between the margins
    layout: Layout
    emblem: Emblem | None = None
    pictures: list[Picture] = field(default_factory=list)
    next_picture_id: int = 1
    # Set by one element for the next paragraph: room above it (a Spacer), keeping it with what follows,
    # starting a new page (after a title page).
    pending_space: float = 0.0
    keep_next: bool = False
    page_break: bool = False

    def add_picture(self, data: bytes, extension: str = "png") -> str:
        index = len(self.pictures) + 1
        rel_id = f"rIdImage{index}"
        self.pictures.append(Picture(f"word/media/image{index}.{extension}", rel_id, data))
        return rel_id


def run_style(style: TextStyle) -> RunStyle:
    return RunStyle(
        size_pt=style.size,
        bold=style.font_name in (BOLD, BOLD_ITALIC),
        italic=style.font_name in (ITALIC, BOLD_ITALIC),
    )


def style_id_for(style: TextStyle, ctx: Context) -> str:
    """The named style a paragraph of the story is: the report's title lines and headings, a signature's
    lines (centred on the signature axis), or body text."""
    r = ctx.layout.report
    bold = style.font_name in (BOLD, BOLD_ITALIC)
    if bold and style.align == "center":
        return TITLE if style.size == r.title_size_pt else SUBTITLE
    if bold:
        return HEADING
    if style.align == "center" and style.left_indent > 0:
        return SIGNATURE
    return BODY


def paragraph_style(style: TextStyle, ctx: Context, *, keep_next: bool = False) -> ParagraphStyle:
    space_before = style.space_before + ctx.pending_space
    keep = keep_next or ctx.keep_next
    page_break = ctx.page_break
    ctx.pending_space, ctx.keep_next, ctx.page_break = 0.0, False, False
    return ParagraphStyle(
        align=style.align,
        first_line_indent_pt=style.first_line_indent,
        left_indent_pt=style.left_indent,
        right_indent_pt=style.right_indent,
        space_before_pt=space_before,
        space_after_pt=style.space_after,
        keep_next=keep,
        keep_lines=keep,
        page_break_before=page_break,
        style_id=style_id_for(style, ctx),
    )


def story_xml(flowables: Sequence[Flowable], ctx: Context, *, keep_together: bool = False) -> list[str]:
    """Body XML for a story; `keep_together` keeps every element on the page of the one after it."""
    from itadesk.documents.word import memo  # the memo's own blocks

    out: list[str] = []
    items = list(_unwrapped(flowables))
    for index, (flowable, heading) in enumerate(items):
        keep = heading or (keep_together and index < len(items) - 1)
        written = memo.block_xml(flowable, ctx, keep)
        if written is not None:
            out += written
        elif isinstance(flowable, ThaiParagraph):
            out.append(thai_paragraph(flowable, ctx, keep_next=keep))
        elif isinstance(flowable, KeepTogether):
            content = list(getattr(flowable, "_content", []))
            if content and isinstance(content[0], Spacer) and not isinstance(content[0], CondPageBreak):
                # A signature: room to sign, then the name. On a new page it takes the letter's last
                # lines with it (Word keeps the last paragraph with it, widow control keeps two lines).
                _keep_last_with_next(out)
            elif _is_approval(content) and not any(_is_approval(_inner(f)) for f, _ in items[index + 1 :]):
                # The last approval block never stands alone on a page: the line before goes with it.
                _keep_last_with_next(out, lines=1)
            out += story_xml(content, ctx, keep_together=True)
        elif isinstance(flowable, PageBreak):
            # The next paragraph opens a page (Word's way, rather than an empty paragraph holding a break).
            ctx.page_break, ctx.pending_space = True, 0.0
        elif isinstance(flowable, CondPageBreak):  # (a Spacer too: test it first)
            ctx.keep_next = True  # a heading: Word keeps it with the table's first row instead
        elif isinstance(flowable, Spacer):
            ctx.pending_space += float(flowable.height)
        elif isinstance(flowable, Table):
            out.append(table_xml(flowable, ctx))
        elif isinstance(flowable, ScoreChart):
            out.append(chart_xml(flowable, ctx))
        else:
            text = plain_text(flowable)
            if text.strip():
                out.append(text_paragraph(text, paragraph_style(TextStyle(), ctx), RunStyle()))
    return out


def _unwrapped(flowables: Sequence[Flowable]) -> Iterator[tuple[Flowable, bool]]:
    """Each flowable, with True for a heading kept with what follows; the memo's run (เรียน, the letter, the
    signature) is opened into what it holds, so Word's own keep rules place it."""
    for flowable in flowables:
        if isinstance(flowable, MemoRun):
            yield from ((inner, role == "heading") for inner, role in flowable.items)
        else:
            yield flowable, False


def _inner(flowable: Flowable) -> list[Flowable]:
    content = getattr(flowable, "_content", None) if isinstance(flowable, KeepTogether) else None
    return list(content) if isinstance(content, list) else []


def _is_approval(content: Sequence[Flowable]) -> bool:
    """A "ความเห็นของ…" block: its heading, then the dotted lines to write a comment on."""
    from itadesk.documents.memo_blocks import DottedLines

    return len(content) > 1 and isinstance(content[0], ThaiParagraph) and isinstance(content[1], DottedLines)


def _keep_last_with_next(out: list[str], lines: int = 2) -> None:
    """Keep the last paragraph written (and the one before, when the last is one short line and two lines
    are asked for) on the page of what follows: at least two lines of the letter go with its signature."""
    for kept, index in enumerate(range(len(out) - 1, max(-1, len(out) - lines - 1), -1)):
        xml = out[index]
        if not xml.startswith("<w:p>"):
            return
        if "<w:keepNext/>" not in xml:
            out[index] = xml.replace("<w:pPr>", "<w:pPr><w:keepNext/>", 1)
        if kept == 0 and len(_text_of(xml)) > ONE_LINE_CHARS:  # widow control moves two of its lines
            return


ONE_LINE_CHARS = 90  # about a line of 16 pt Thai across 16 cm


def _text_of(xml: str) -> str:
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))


def thai_paragraph(flowable: ThaiParagraph, ctx: Context, *, keep_next: bool = False) -> str:
    style: TextStyle = flowable.style
    text = held(flowable.text.replace(CHECK_MARK, WORD_TICK))
    return text_paragraph(text, paragraph_style(style, ctx, keep_next=keep_next), run_style(style))


def _border(width_pt: float) -> str:
    size = max(2, round(width_pt * 8))  # eighths of a point
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    return "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="0" w:color="000000"/>' for s in sides)


def _row_fills(table: Table) -> dict[int, str]:
    fills: dict[int, str] = {}
    for command in getattr(table, "_bkgrndcmds", []):
        _, (_, row0), (_, row1), colour = command[:4]
        hex_value = colour.hexval()[2:].upper() if hasattr(colour, "hexval") else ""
        rows = len(table._cellvalues)
        for row in range(row0 % rows, row1 % rows + 1):
            fills[row] = hex_value
    return fills


def _spanning_rows(table: Table) -> set[int]:
    rows = len(table._cellvalues)
    return {cmd[1][1] % rows for cmd in getattr(table, "_spanCmds", []) if cmd[1][1] == cmd[2][1]}


def table_xml(table: Table, ctx: Context) -> str:
    """A ruled table: fixed column widths, the header row repeated on every page, group headings spanning
    every column and kept with the row below them; rows cut by a page as a typist cuts them
    (`_rows_kept_whole`)."""
    r = ctx.layout.report
    widths = [twips(float(w)) for w in table._argW]
    pad = twips(r.cell_padding_pt)
    props = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{_border(r.grid_width_pt)}'
        '</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="{pad + 40}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
    )
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    fills = _row_fills(table)
    spanning = _spanning_rows(table)
    header_rows = int(table.repeatRows or 0)
    kept = _rows_kept_whole(table, header_rows, spanning, ctx)
    rows = []
    for index, cells in enumerate(table._cellvalues):
        keep = index in kept
        row_props = ("<w:cantSplit/>" if keep else "") + ("<w:tblHeader/>" if index < header_rows else "")
        fill = fills.get(index, "")
        if index in spanning:
            # A group heading goes to the page of the row below it (Word keeps a row whose paragraphs keep
            # with the next on the page of the next row).
            tcs = [_cell(cells[0], sum(widths), fill, ctx, span=len(widths), keep_next=True)]
        else:
            # A row that may be cut keeps its number and title together (Word keeps a paragraph's lines
            # together in a row it cuts; LibreOffice cuts them where it must, two lines on each side).
            tcs = [
                _cell(cell, width, fill, ctx, middle=index < header_rows, whole=column == 0 and not keep)
                for column, (cell, width) in enumerate(zip(cells, widths, strict=True))
            ]
        rows.append(f"<w:tr><w:trPr>{row_props}</w:trPr>{''.join(tcs)}</w:tr>")
    return f"<w:tbl>{props}{grid}{''.join(rows)}</w:tbl>"


def _rows_kept_whole(table: Table, header_rows: int, spanning: set[int], ctx: Context) -> set[int]:
    """The rows Word must not cut: the header, group headings, a row too short to leave MIN_CUT_LINES lines
    on each side, and a row that, moved whole to the next page, leaves this one FULL_ENOUGH filled (at most
    a third of a page's room tall, at Word's row heights: its title stays whole wherever it falls).

    Every other row may be cut by the page wherever Word places it (its header row repeated above the
    rest), so no page is left emptier than a typist leaves it, and none is clipped at the foot (a row kept
    whole but taller than a page would be). Where a row falls is Word's to decide: Word and LibreOffice wrap
    Thai lines their own way, so pages filled here at estimated heights drift from theirs within a few
    pages, and a row cut by them cannot be given the PDF's "(ต่อ)" line.
    """
    room = _page_room(ctx) - (_row_height(table, 0, ctx) if header_rows else 0.0)
    movable = room * (1 - FULL_ENOUGH)
    kept = set(range(header_rows)) | spanning
    for index in range(header_rows, len(table._cellvalues)):
        if _row_lines(table, index) < 2 * MIN_CUT_LINES or _row_height(table, index, ctx) <= movable:
            kept.add(index)
    return kept


def _page_room(ctx: Context) -> float:
    """The height between a report page's margins (A4 landscape)."""
    return 595.2756 - 2 * ctx.layout.report.margin_cm * CM


# Word's single spacing of TH Sarabun New is its ascender + descender + line gap (1.331 em: 18.6 pt at 14 pt,
# as LibreOffice lays it out), the PDF's cells 17 pt; and Word wraps a line on its own, a little differently.
WORD_LINE_EM = 1.331
WRAP_MARGIN = 1.1


def _row_height(table: Table, index: int, ctx: Context) -> float:
    """A row's height in Word: as the PDF lays it out, at Word's line pitch, with room for other wraps."""
    measure = getattr(table, "row_height", None)
    if not callable(measure):
        return 0.0
    r = ctx.layout.report
    return float(measure(index)) * WORD_LINE_EM * r.cell_size_pt / r.cell_leading_pt * WRAP_MARGIN


def _row_lines(table: Table, index: int) -> int:
    """The most lines a cell of row `index` has, as the PDF lays it out."""
    cells = table._cellvalues[index]
    styles = getattr(table, "_cellStyles", None)
    most = 0
    for column, value in enumerate(cells):
        flowables = value if isinstance(value, list | tuple) else [value]
        paragraphs = [f for f in flowables if isinstance(f, CellParagraph)]
        if not paragraphs:
            continue
        width = float(table._argW[column])
        if styles is not None:
            style = styles[index][column]
            width -= style.leftPadding + style.rightPadding
        most = max(most, sum(p.line_count(width) for p in paragraphs))
    return most


def _cell(
    content: Any,
    width: int,
    fill: str,
    ctx: Context,
    *,
    span: int = 1,
    middle: bool = False,
    keep_next: bool = False,
    whole: bool = False,
) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill and fill != "FFFFFF":
        props += f'<w:shd w:val="clear" w:color="auto" w:fill={attr(fill)}/>'
    if middle:
        props += '<w:vAlign w:val="center"/>'
    flowables = content if isinstance(content, list | tuple) else [content]
    paragraphs: list[str] = []
    for flowable in flowables:
        paragraphs += _cell_paragraphs(flowable, ctx, header=middle)
    if keep_next or whole:
        keeps = ("<w:keepNext/>" if keep_next else "") + ("<w:keepLines/>" if whole else "")
        paragraphs = [_with_keeps(xml, keeps) for xml in paragraphs]
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def _with_keeps(xml: str, keeps: str) -> str:
    """A paragraph with keep properties added where the schema puts them: after its style, first else."""
    styled = _STYLE_REF.search(xml)
    at = styled.end() if styled else xml.index("<w:pPr>") + len("<w:pPr>")
    return xml[:at] + keeps + xml[at:]


_STYLE_REF = re.compile(r"<w:pStyle [^>]*/>")


def _cell_paragraphs(flowable: Any, ctx: Context, *, header: bool = False) -> list[str]:
    """A cell's lines, one Word paragraph each (what an official edits line by line), in Table Text (or
    Table Heading in the header row)."""
    cell_style = TextStyle(size=ctx.layout.report.cell_size_pt)
    named = TABLE_HEADER if header else TABLE_TEXT
    if isinstance(flowable, CellParagraph):
        flowable = flowable._paragraph
    if isinstance(flowable, DrawnTick):
        return [
            text_paragraph(WORD_TICK, ParagraphStyle(align="center", style_id=named), run_style(cell_style))
        ]
    if isinstance(flowable, ThaiParagraph):
        style: TextStyle = flowable.style
        text = held(flowable.text.replace(CHECK_MARK, WORD_TICK))
        props = ParagraphStyle(align=style.align, style_id=named)
        return [text_paragraph(line, props, run_style(style)) for line in text.split("\n")]
    if isinstance(flowable, str):
        return [text_paragraph(flowable, ParagraphStyle(style_id=named), run_style(cell_style))]
    text = plain_text(flowable)
    return [text_paragraph(text, ParagraphStyle(style_id=named), run_style(cell_style))] if text else []


def chart_xml(chart: ScoreChart, ctx: Context) -> str:
    """The score chart as a borderless table: label, a shaded bar as long as the score, the score."""
    c = chart._c
    label_w, value_w = twips(c.label_width_cm * CM), twips(c.value_width_cm * CM)
    bar_w = max(twips(2 * CM), twips(ctx.width) - label_w - value_w)
    widths = (label_w, bar_w, value_w)
    text = RunStyle(size_pt=c.axis_size_pt)
    fill = c.bar_fill.lstrip("#").upper()
    rows = []
    for index, (label, score, printed) in enumerate(chart._bars):
        # The chart stays on one page as in the PDF: every row's paragraphs keep with the next row.
        keep = index < len(chart._bars) - 1
        short = max(0.0, min(100.0, 100.0 - score)) / 100
        bar = paragraph(
            [],
            ParagraphStyle(
                shading=fill, right_indent_pt=short * (bar_w - 160) / 20, line_pt=c.bar_height_pt,
                font_size_pt=1.0, keep_next=keep,
            ),
        )  # fmt: skip
        cells = (
            text_paragraph(label, ParagraphStyle(align="right", keep_next=keep), text),
            bar,
            text_paragraph(printed, ParagraphStyle(keep_next=keep), text),
        )
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{p}</w:tc>'
            for w, p in zip(widths, cells, strict=True)
        )
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{tcs}</w:tr>")
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    props = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
    )
    return f"<w:tbl>{props}{grid}{''.join(rows)}</w:tbl>" + paragraph([run("", text)], ParagraphStyle())
