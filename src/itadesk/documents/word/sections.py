"""Page setup: paper, margins, and the "- ๒ -" page number at the top centre from a section's second page."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4

from itadesk.documents.word.units import twips
from itadesk.documents.word.wml import ParagraphStyle, RunStyle, paragraph, run

HEADER_DISTANCE_PT = 14.0  # the header's own top; its paragraph's space moves the number where it belongs


@dataclass(frozen=True, slots=True)
class PageNumber:
    top_pt: float  # the number's top, from the page's top edge
    size_pt: float
    body_top_pt: float  # later pages' text starts here (the header's paragraph ends here)


@dataclass(slots=True)
class Section:
    """One run of pages with the same paper and margins; each section numbers its own pages from 1."""

    landscape: bool
    top_pt: float
    bottom_pt: float
    left_pt: float
    right_pt: float
    number: PageNumber
    body: list[str] = field(default_factory=list)  # paragraphs and tables, as XML

    @property
    def page_size(self) -> tuple[float, float]:
        w, h = float(A4[0]), float(A4[1])
        return (h, w) if self.landscape else (w, h)

    @property
    def text_width(self) -> float:
        return self.page_size[0] - self.left_pt - self.right_pt


def page_number_header(number: PageNumber, thai_digits: bool) -> str:
    """ "- ๒ -" from a PAGE field (Word counts the pages; the section's format gives Thai digits)."""
    style = RunStyle(size_pt=number.size_pt)
    space_before = max(0.0, number.top_pt - HEADER_DISTANCE_PT)
    # An exact line from the number's top to where later pages' text starts: the body never rises above it.
    pitch = max(number.size_pt * 1.3, number.body_top_pt - number.top_pt)
    props = ParagraphStyle(align="center", space_before_pt=space_before, line_pt=pitch)
    sample = "๒" if thai_digits else "2"
    field_xml = f'<w:fldSimple w:instr=" PAGE "><w:r>{style.xml()}<w:t>{sample}</w:t></w:r></w:fldSimple>'
    body = paragraph([run("- ", style), field_xml, run(" -", style)], props)
    return _header(body)


def empty_header() -> str:
    """The first page's header: nothing, and too small to push the text down."""
    return _header(paragraph([], ParagraphStyle(line_pt=1.0, font_size_pt=1.0)))


def _header(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"{body}</w:hdr>"
    )


def section_properties(section: Section, first_header: str, later_header: str, thai_digits: bool) -> str:
    """w:sectPr: its two headers (by relationship id), paper, margins, pages numbered from 1."""
    w, h = section.page_size
    orient = ' w:orient="landscape"' if section.landscape else ""
    fmt = ' w:fmt="thaiNumbers"' if thai_digits else ""
    return (
        "<w:sectPr>"
        f'<w:headerReference w:type="default" r:id="{later_header}"/>'
        f'<w:headerReference w:type="first" r:id="{first_header}"/>'
        '<w:type w:val="nextPage"/>'
        f'<w:pgSz w:w="{twips(w)}" w:h="{twips(h)}"{orient}/>'
        f'<w:pgMar w:top="{twips(section.top_pt)}" w:right="{twips(section.right_pt)}" '
        f'w:bottom="{twips(section.bottom_pt)}" w:left="{twips(section.left_pt)}" '
        f'w:header="{twips(HEADER_DISTANCE_PT)}" w:footer="{twips(HEADER_DISTANCE_PT)}" w:gutter="0"/>'
        f'<w:pgNumType w:start="1"{fmt}/>'
        "<w:titlePg/>"
        "</w:sectPr>"
    )
