"""The report a memo carries, laid out once for the composer's preview and kept while only the memo changes.

A clerk typing a memo with a 70-measure report attached changes the memo's pages, never the report's: the
report starts on a page of its own, numbers its own pages and, drawn with faces of its own (font section
"R": its own codes, see thai/pdffont.font_section), does not depend on what the memo draws. So the preview
keeps the report's pages as the PDF operators they were (every page's content stream, decorations included)
with its faces' codes, and the next preview lays out the memo alone and puts the kept pages after it.
Anything the report is made from (the year's measures and content, the office, the layout, the digits, the
frameworks, the round) is part of the key: a change to any of them lays the report out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Frame, PageTemplate

from itadesk.documents.page_streams import StreamCanvas
from itadesk.documents.pages import PageState, SectionStart
from itadesk.thai.pdffont import FontSnapshot, adopt_fonts, font_section, snapshot_fonts

SECTION = "R"  # the attached report's faces: FTR1, FTR2…
KEPT = "report-kept"  # the page template of kept pages
KEEP_AT_MOST = 2  # reports kept (one per memo composer is what a clerk uses)


@dataclass(frozen=True, slots=True)
class KeptReport:
    pages: tuple[tuple[str, ...], ...]  # each page's operators, as its canvas held them at the page's end
    fonts: tuple[FontSnapshot, ...]


_kept: dict[str, KeptReport] = {}


def kept(key: str) -> KeptReport | None:
    return _kept.get(key)


def keep(key: str, report: KeptReport) -> None:
    _kept.pop(key, None)
    while len(_kept) >= KEEP_AT_MOST:
        _kept.pop(next(iter(_kept)))
    _kept[key] = report


def report_key(*parts: Any) -> str:
    """What the report is made from, as text (records are dataclasses: their repr holds every field)."""
    return "\x1f".join(repr(part) for part in parts)


class RecordingCanvas(StreamCanvas):
    """A canvas that keeps each page's operators as it closes the page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorded: list[tuple[str, ...]] = []

    def showPage(self) -> None:  # ReportLab's name
        self.recorded.append(tuple(self._code))
        super().showPage()


class ReportStart(SectionStart):
    """SectionStart of the attached report whose pages are to be kept: from its page on, the document
    draws with the report's own faces, and the page it lands on is remembered."""

    def __init__(self, state: PageState, label_prefix: str) -> None:
        super().__init__(state, label_prefix)
        self.first_page = 0

    def draw(self) -> None:
        super().draw()
        font_section(self.canv, SECTION)
        self.first_page = self.canv.getPageNumber()


def recorded_report(canvas: RecordingCanvas, start: ReportStart) -> KeptReport:
    """The report's pages and faces, once the document that drew them is saved."""
    return KeptReport(tuple(canvas.recorded[start.first_page - 1 :]), tuple(snapshot_fonts(canvas, SECTION)))


class KeptPage(SectionStart):
    """One kept page of the report in a new document (the first also starts the report's section)."""

    def __init__(self, state: PageState, label_prefix: str, report: KeptReport, index: int) -> None:
        super().__init__(state, label_prefix)
        self._report = report
        self._index = index

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # ReportLab's name
        if self._index == 0:
            self.canv = canvas
            SectionStart.draw(self)
            adopt_fonts(canvas, list(self._report.fonts))
        canvas._itadesk_kept_page = self._report.pages[self._index]


def kept_template() -> PageTemplate:
    """Landscape pages whose operators are a kept page's, put in place as the page ends."""
    page_w, page_h = landscape(A4)

    def on_page_end(canvas: Any, doc: Any) -> None:
        code = getattr(canvas, "_itadesk_kept_page", None)
        if code is not None:
            canvas._code[:] = list(code)
            canvas._itadesk_kept_page = None

    return PageTemplate(
        KEPT, [Frame(0, 0, page_w, page_h, id=KEPT)], onPageEnd=on_page_end, pagesize=landscape(A4),
        autoNextPageTemplate=KEPT,
    )  # fmt: skip


def kept_pages(state: PageState, label_prefix: str, report: KeptReport) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    story: list[Flowable] = []
    for index in range(len(report.pages)):
        if index:
            story.append(PageBreak())
        story.append(KeptPage(state, label_prefix, report, index))
    return story
