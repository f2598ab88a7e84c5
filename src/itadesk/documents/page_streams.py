"""Pages whose content is the same as in an earlier print are not compressed again.

A memo printed again, or the composer's preview after an edit, draws most pages exactly as before; ReportLab
compresses every page's content stream at every save. `StreamCanvas` keeps the encoded stream of recent
pages (a bounded cache, keyed by the stream itself and the filters) and gives an unchanged page its stream
as it was encoded, so the file is the same byte for byte.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

KEPT_STREAMS = 128  # pages: a 70-measure report and its memo, several times over
_encoded: OrderedDict[tuple[str, bool], bytes] = OrderedDict()
_lock = threading.Lock()  # the preview prints off the window's thread


class _Encoded:
    """A stream filter for content encoded beforehand (ReportLab's own filter, applied once)."""

    def __init__(self, pdfname: str) -> None:
        self.pdfname = pdfname

    def encode(self, text: bytes) -> bytes:
        return text


def _filters() -> list[Any]:
    # As ReportLab's PDFPage fills in its Contents (pdfdoc.PDFPage.check_format).
    return [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 else [pdfdoc.PDFZCompress]


def encoded_contents(stream: str) -> Any:
    """A page's content stream encoded by ReportLab's page filters, once for the same stream."""
    filters = _filters()
    key = (stream, bool(rl_config.useA85))
    with _lock:
        content = _encoded.get(key)
        if content is not None:
            _encoded.move_to_end(key)
    if content is None:
        data: Any = stream
        for f in reversed(filters):
            data = f.encode(data)
        content = data
        with _lock:
            _encoded[key] = content
            while len(_encoded) > KEPT_STREAMS:
                _encoded.popitem(last=False)
    contents = pdfdoc.PDFStream(content=content, filters=[_Encoded(f.pdfname) for f in filters])
    contents.__Comment__ = "page stream"
    return contents


class StreamCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose pages take their encoded content stream from earlier prints when it is the same."""

    def showPage(self) -> None:  # ReportLab's name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.compression and not page.Contents and isinstance(page.stream, str) and page.stream:
            page.Contents = encoded_contents(page.stream)
