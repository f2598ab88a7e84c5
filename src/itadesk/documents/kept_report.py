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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from itadesk.documents.pages import PageState, SectionStart
from itadesk.thai.pdffont import FontSnapshot, adopt_fonts, font_section, snapshot_fonts

SECTION = "R"  # the attached report's faces: FTR1, FTR2…
KEPT = "report-kept"  # the page template of kept pages
KEEP_AT_MOST = 2  # reports kept (one per memo composer is what a clerk uses)


@dataclass(frozen=True, slots=True)
class KeptReport:
    pages: tuple[tuple[str, ...], ...]  # each page's operators, as its canvas held them at the page's end
    fonts: tuple[FontSnapshot, ...]
    streams: tuple[str, ...]  # each page's content stream as ReportLab joined it
    encoded: list[bytes | None]  # each stream as ReportLab's filters encode it, once it has been


class _Encoded:
    """A stream filter for content encoded beforehand (ReportLab's own filter, applied once)."""

    def __init__(self, pdfname: str) -> None:
        self.pdfname = pdfname

    def encode(self, text: bytes) -> bytes:
        return text


def _page_filters() -> list[Any]:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    return [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 else [pdfdoc.PDFZCompress]


def _encoded_stream(report: KeptReport, index: int) -> Any:
    """Page `index`'s content stream, encoded as ReportLab would (by its page stream filters), once."""
    from reportlab.pdfbase import pdfdoc

    filters = _page_filters()
    content = report.encoded[index]
    if content is None:
        data: Any = report.streams[index]
        for f in reversed(filters):
            data = f.encode(data)
        content = report.encoded[index] = data
    stream = pdfdoc.PDFStream(content=content, filters=[_Encoded(f.pdfname) for f in filters])
    stream.__Comment__ = "page stream"
    return stream


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


class RecordingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps each page's operators as it closes the page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorded: list[tuple[str, ...]] = []
        self.streams: list[str] = []
        self.kept_report: KeptReport | None = None  # the report whose pages this canvas puts in again
        self.kept_index: int | None = None  # the kept page the current page is

    def showPage(self) -> None:  # ReportLab's name
        self.recorded.append(tuple(self._code))
        kept, index = self.kept_report, self.kept_index
        self.kept_index = None
        super().showPage()
        page = self._doc.Pages.pages[-1]
        self.streams.append(page.stream)
        if kept is not None and index is not None and page.compression and page.stream == kept.streams[index]:
            page.Contents = _encoded_stream(kept, index)  # compressed once, not at every preview


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
    first = start.first_page - 1
    streams = tuple(canvas.streams[first:])
    return KeptReport(
        tuple(canvas.recorded[first:]), tuple(snapshot_fonts(canvas, SECTION)), streams, [None] * len(streams)
    )


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
        if isinstance(canvas, RecordingCanvas):
            canvas.kept_report, canvas.kept_index = self._report, self._index


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
