"""Page templates and the PDF document: margins, page numbers, continuation marks, metadata.

A PDF may hold sections (the memo, then its attached report). Each section numbers its own pages: "- ๒ -"
from its second page, as it does printed alone, so the report a memo carries is the very document the office
publishes on its own (ITA evidence is checked document by document), and no page shows two numbers. The
PDF's page labels say the same to a viewer: the memo's pages 1, 2, the attachment's "แนบ 1", "แนบ 2"…
What the decorations need while pages are drawn lives in one `PageState` per build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from itadesk.documents.layout import CM, Layout
from itadesk.documents.text import Localizer
from itadesk.thai.drawing import draw_text
from itadesk.thai.fonts import REGULAR, register_font

MEMO_FIRST = "memo-first"
MEMO_LATER = "memo-later"
REPORT = "report"


@dataclass(slots=True)
class PageState:
    """What the page decorations need to know, filled in while the story is laid out."""

    localize: Localizer
    section_start: int = 1  # page number where the current section began
    label_prefix: str = ""  # the current section's page labels in a viewer ("แนบ " for an attachment)

    def page_label(self, page: int) -> str | None:
        """ "- ๒ -" for the second and later pages of a section."""
        number = page - self.section_start + 1
        return None if number < 2 else self.localize.number(f"- {number} -")


ATTACHMENT_LABEL = "แนบ "


class SectionStart(Flowable):  # type: ignore[misc]
    """An invisible marker: the page it lands on is page 1 of a new section (`label_prefix` before its page
    labels in a viewer)."""

    def __init__(self, state: PageState, label_prefix: str = "") -> None:
        super().__init__()
        self._state = state
        self._prefix = label_prefix

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self._state.section_start = self.canv.getPageNumber()
        self._state.label_prefix = self._prefix
        _label_pages(self.canv, self._prefix)


def _label_pages(canvas: Any, prefix: str) -> None:
    """From this page on, a viewer numbers the pages 1, 2, … (after `prefix`)."""
    canvas.addPageLabel(canvas.getPageNumber() - 1, "D", 1, prefix or None)


class NewSection(Flowable):  # type: ignore[misc]
    """SectionStart for a story that does not hold the PageState: finds it through the document being built
    (a report after its title page numbers its pages from its own first one)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        state = getattr(doc, "state", None)
        if isinstance(state, PageState):
            state.section_start = self.canv.getPageNumber()
            _label_pages(self.canv, state.label_prefix)


class Document(BaseDocTemplate):  # type: ignore[misc]
    """A BaseDocTemplate that can tell, at the end of a page, the text that will open the next one (for the
    memo's "/first words..." marks), so a memo is laid out once."""

    def __init__(self, target: str | Path | IO[bytes], state: PageState, **kwargs: Any) -> None:
        register_font(REGULAR)  # the canvas starts in it (or ReportLab declares Helvetica)
        if isinstance(target, Path):
            target = str(target)
        super().__init__(
            target,
            pagesize=portrait(A4),
            initialFontName=REGULAR,
            initialFontSize=16,
            lang="th-TH",
            creator="ITA Desk",
            **kwargs,
        )
        self.state = state
        self._waiting: list[Flowable] = []

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        # ReportLab places flowables from the front of this very list, and puts back the rest of one that a
        # page cut: at a page's end the list holds exactly what the next pages will show.
        self._waiting = flowables
        super().build(flowables, *args, **kwargs)

    def text_opening_next_page(self) -> str:
        """The text the next page of this section starts with; "" when the section ends with this page."""
        return _leading_text(self._waiting)


def _leading_text(flowables: list[Flowable]) -> str:
    for flowable in flowables:
        if isinstance(flowable, SectionStart):
            return ""
        inner = getattr(flowable, "_content", None)  # KeepTogether and its kin hold their flowables
        text = _leading_text(inner) if isinstance(inner, list) else plain_text(flowable)
        if text.strip():
            return text
    return ""


def plain_text(flowable: Flowable) -> str:
    """The text a flowable shows, as far as it can be known (ThaiParagraph, its split parts, our blocks)."""
    text = getattr(flowable, "plain_text", None)
    if isinstance(text, str):
        return text
    text = getattr(flowable, "text", None)
    if isinstance(text, str):
        return text
    getter = getattr(flowable, "getPlainText", None)
    if callable(getter):
        return str(getter())
    return ""


def _frame(
    name: str, page_w: float, page_h: float, left: float, right: float, top: float, bottom: float
) -> Frame:
    # No frame padding: margins in layout.toml are the distances to the ink, as the rules state them.
    return Frame(
        left, bottom, page_w - left - right, page_h - top - bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name,
    )  # fmt: skip


def memo_templates(layout: Layout, state: PageState) -> list[PageTemplate]:
    m = layout.memo
    page_w, page_h = portrait(A4)
    left, right, bottom = m.margin_left_cm * CM, m.margin_right_cm * CM, m.margin_bottom_cm * CM

    def on_page_end(canvas: Any, doc: Document) -> None:
        label = state.page_label(canvas.getPageNumber())
        if label:
            top = page_h - m.page_number_top_cm * CM - m.value_size_pt * 0.75
            draw_text(
                canvas, left + (page_w - left - right) / 2, top, label, REGULAR, m.value_size_pt, "center"
            )
        words = first_words(doc.text_opening_next_page(), m.continuation_words_max_chars)
        if words:
            mark = f"/{words}..."
            draw_text(canvas, page_w - right, bottom / 2, mark, REGULAR, m.continuation_size_pt, "right")

    first = PageTemplate(
        MEMO_FIRST,
        [_frame("memo-first", page_w, page_h, left, right, m.margin_top_first_cm * CM, bottom)],
        onPageEnd=on_page_end, pagesize=portrait(A4), autoNextPageTemplate=MEMO_LATER,
    )  # fmt: skip
    later = PageTemplate(
        MEMO_LATER,
        [_frame("memo-later", page_w, page_h, left, right, m.margin_top_later_cm * CM, bottom)],
        onPageEnd=on_page_end, pagesize=portrait(A4), autoNextPageTemplate=MEMO_LATER,
    )  # fmt: skip
    return [first, later]


def report_template(layout: Layout, state: PageState) -> PageTemplate:
    r = layout.report
    page_w, page_h = landscape(A4)
    margin = r.margin_cm * CM

    def on_page_end(canvas: Any, doc: BaseDocTemplate) -> None:
        label = state.page_label(canvas.getPageNumber())
        if label:
            top = page_h - r.page_number_top_cm * CM - r.page_number_size_pt * 0.75
            draw_text(canvas, page_w / 2, top, label, REGULAR, r.page_number_size_pt, "center")

    return PageTemplate(
        REPORT,
        [_frame("report", page_w, page_h, margin, margin, margin, margin)],
        onPageEnd=on_page_end, pagesize=landscape(A4), autoNextPageTemplate=REPORT,
    )  # fmt: skip


def first_words(text: str, max_chars: int) -> str:
    """The first word(s) of a page for the continuation mark: up to the first space, and when that run is
    longer than `max_chars`, as many whole Thai words of it as fit (at least one)."""
    from itadesk.thai.segment import leading_words  # the line breaker has loaded the dictionary by now

    chunks = text.split()
    if not chunks:
        return ""
    first = chunks[0]
    if len(first) <= max_chars:
        return first
    return leading_words(first, max_chars)
