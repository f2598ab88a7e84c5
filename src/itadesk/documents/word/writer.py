"""A memo and its attached report, or one report, as the bytes of a .docx file."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from itadesk.documents.layout import CM, Layout
from itadesk.documents.word.package import docx_bytes
from itadesk.documents.word.sections import PageNumber, Section
from itadesk.documents.word.story import Context, Picture, story_xml
from itadesk.documents.word.wml import named_styles
from itadesk.domain.model import Emblem

MEMO = "memo"
REPORT = "report"


def section_for(kind: str, lay: Layout) -> Section:
    """The memo's portrait pages (3 cm / 2 cm, Garuda 1.5 cm from the top, later pages from 2.5 cm) or a
    report's landscape ones, as layout.toml sets them."""
    if kind == MEMO:
        m = lay.memo
        number = PageNumber(m.page_number_top_cm * CM, m.value_size_pt, m.margin_top_later_cm * CM)
        return Section(
            landscape=False, top_pt=m.margin_top_first_cm * CM, bottom_pt=m.margin_bottom_cm * CM,
            left_pt=m.margin_left_cm * CM, right_pt=m.margin_right_cm * CM, number=number,
        )  # fmt: skip
    r = lay.report
    margin = r.margin_cm * CM
    number = PageNumber(r.page_number_top_cm * CM, r.page_number_size_pt, margin)
    return Section(
        landscape=True, top_pt=margin, bottom_pt=margin, left_pt=margin, right_pt=margin, number=number
    )


def word_document(
    parts: Sequence[tuple[str, Sequence[Flowable]]],
    lay: Layout,
    emblem: Emblem | None,
    info: dict[str, str],
    thai_digits: bool,
) -> bytes:
    """`parts`: (MEMO or REPORT, its story) in page order; each starts on a new page numbered 1."""
    r = lay.report
    named_styles(
        lay.memo.body_size_pt, r.title_size_pt, r.subtitle_size_pt, r.heading_size_pt, r.cell_size_pt
    )
    sections: list[Section] = []
    pictures: list[Picture] = []
    for kind, story in parts:
        section = section_for(kind, lay)
        ctx = Context(width=section.text_width, layout=lay, emblem=emblem, pictures=pictures)
        ctx.next_picture_id = len(pictures) + 1
        section.body = story_xml(list(story), ctx)
        sections.append(section)
    return docx_bytes(sections, pictures, info, thai_digits)
