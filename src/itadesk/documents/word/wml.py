"""WordprocessingML fragments: runs, paragraphs, table cells. Text is escaped here and nowhere else."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape, quoteattr

from itadesk.documents.word.units import half_points, twips

FONT = "TH Sarabun New"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Word's alignment for the engine's: "justify" is the Thai distributed justification (last line left).
ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "thaiDistribute"}


def attr(value: str | int) -> str:
    return quoteattr(str(value))


@dataclass(frozen=True, slots=True)
class RunStyle:
    size_pt: float = 16.0
    bold: bool = False
    underline: str = ""  # "dotted": the memo's leaders under a value
    italic: bool = False
    # The named paragraph style's own size and weight: what it already says is not repeated on the run, so a
    # clerk who changes the style (Body Text, Heading 1, Table Text…) changes every paragraph of it.
    inherited: tuple[float, bool] | None = None

    def xml(self) -> str:
        # Thai is a complex script: Word takes its size from szCs and its weight from bCs, the rest from sz/b.
        parts = []
        base_size, base_bold = self.inherited if self.inherited is not None else (None, False)
        if self.bold and not base_bold:
            parts.append("<w:b/><w:bCs/>")
        elif base_bold and not self.bold:
            parts.append('<w:b w:val="0"/><w:bCs w:val="0"/>')
        if self.italic:
            parts.append("<w:i/><w:iCs/>")
        if base_size is None or abs(base_size - self.size_pt) > 1e-6:
            size = half_points(self.size_pt)
            parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        if self.underline:  # after the sizes: the schema fixes the order of a run's properties
            parts.append(f"<w:u w:val={attr(self.underline)}/>")
        return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run(text: str, style: RunStyle) -> str:
    """One run; line ends become line breaks and tabs tab characters, as typed."""
    pieces: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            pieces.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{style.xml()}{''.join(pieces)}</w:r>"


def tab_run(style: RunStyle) -> str:
    return f"<w:r>{style.xml()}<w:tab/></w:r>"


@dataclass(frozen=True, slots=True)
class Tab:
    kind: str  # left, center, right
    position_pt: float
    leader: str = ""  # "dot"

    def xml(self) -> str:
        leader = f" w:leader={attr(self.leader)}" if self.leader else ""
        return f'<w:tab w:val={attr(self.kind)}{leader} w:pos="{twips(self.position_pt)}"/>'


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    align: str = "left"  # one of ALIGN's keys
    first_line_indent_pt: float = 0.0
    hanging_pt: float = 0.0
    left_indent_pt: float = 0.0
    right_indent_pt: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    line_pt: float | None = None  # exact line pitch; None = the font's own single spacing
    at_least: bool = False
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    tabs: Sequence[Tab] = field(default_factory=tuple)
    shading: str = ""  # a fill colour "RRGGBB" for the paragraph's box (the chart's bars)
    font_size_pt: float | None = None  # the paragraph mark's size (an empty paragraph's height)
    style_id: str = ""  # a named style of styles.xml (NAMED_STYLES)

    def xml(self) -> str:
        parts = []
        if self.style_id:
            parts.append(f"<w:pStyle w:val={attr(self.style_id)}/>")
        if self.keep_next:
            parts.append("<w:keepNext/>")
        if self.keep_lines:
            parts.append("<w:keepLines/>")
        if self.page_break_before:
            parts.append("<w:pageBreakBefore/>")
        if self.shading:
            parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill={attr(self.shading)}/>')
        if self.tabs:
            parts.append("<w:tabs>" + "".join(t.xml() for t in self.tabs) + "</w:tabs>")
        spacing = f' w:before="{twips(self.space_before_pt)}" w:after="{twips(self.space_after_pt)}"'
        if self.line_pt is not None:
            rule = "atLeast" if self.at_least else "exact"
            spacing += f' w:line="{twips(self.line_pt)}" w:lineRule="{rule}"'
        else:
            spacing += ' w:line="240" w:lineRule="auto"'
        parts.append(f"<w:spacing{spacing}/>")
        indent = f' w:left="{twips(self.left_indent_pt)}" w:right="{twips(self.right_indent_pt)}"'
        if self.hanging_pt:
            indent += f' w:hanging="{twips(self.hanging_pt)}"'
        elif self.first_line_indent_pt:
            indent += f' w:firstLine="{twips(self.first_line_indent_pt)}"'
        parts.append(f"<w:ind{indent}/>")
        parts.append(f"<w:jc w:val={attr(ALIGN.get(self.align, 'left'))}/>")
        if self.font_size_pt is not None:
            size = half_points(self.font_size_pt)
            parts.append(f'<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
        return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def paragraph(runs: Iterable[str], style: ParagraphStyle, *, section: str = "") -> str:
    """A paragraph of ready-made runs; `section` is a w:sectPr ending a section with this paragraph."""
    props = style.xml()
    if section:  # w:sectPr is the last child of w:pPr
        props = props[: -len("</w:pPr>")] + section + "</w:pPr>"
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def text_paragraph(text: str, style: ParagraphStyle, run_style: RunStyle) -> str:
    named = NAMED_STYLES.get(style.style_id)
    if named is not None and run_style.inherited is None:
        run_style = replace(run_style, inherited=(named.size_pt, named.bold))
    return paragraph([run(text, run_style)] if text else [], style)


@dataclass(frozen=True, slots=True)
class NamedStyle:
    """A paragraph style of the document (styles.xml): its name in Word's list, size and weight."""

    name: str
    size_pt: float
    bold: bool = False


# Filled from the layout when a document is written (sizes are an office's to change in layout.toml).
NAMED_STYLES: dict[str, NamedStyle] = {}
BODY, TITLE, SUBTITLE, HEADING, SIGNATURE, TABLE_TEXT, TABLE_HEADER = (
    "BodyText", "Title", "Subtitle", "Heading1", "Signature", "TableText", "TableHeading",
)  # fmt: skip


def named_styles(
    body_pt: float, title_pt: float, subtitle_pt: float, heading_pt: float, cell_pt: float
) -> None:
    """The styles a clerk restyles a document by: Word's own Body Text, Title, Subtitle, Heading 1 and
    Signature, and Table Text and Table Heading for the report tables' cells."""
    NAMED_STYLES.clear()
    NAMED_STYLES.update(
        {
            BODY: NamedStyle("Body Text", body_pt),
            TITLE: NamedStyle("Title", title_pt, bold=True),
            SUBTITLE: NamedStyle("Subtitle", subtitle_pt, bold=True),
            HEADING: NamedStyle("heading 1", heading_pt, bold=True),
            SIGNATURE: NamedStyle("Signature", body_pt),
            TABLE_TEXT: NamedStyle("Table Text", cell_pt),
            TABLE_HEADER: NamedStyle("Table Heading", cell_pt, bold=True),
        }
    )
