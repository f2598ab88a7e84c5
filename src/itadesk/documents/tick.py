"""The ✓ in a status column: the font's glyph when it has one, else a drawn tick (TH Sarabun New has none)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from itadesk.thai.fonts import REGULAR, register_font
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

CHECK_MARK = "\u2713"


@cache
def font_has_check_mark(font_name: str = REGULAR) -> bool:
    register_font(font_name)
    face = pdfmetrics.getFont(font_name).face
    return ord(CHECK_MARK) in face.charToGlyph


class DrawnTick(Flowable):  # type: ignore[misc]
    """A check mark stroked with lines, centred in the width it is given."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self._size = size
        self.plain_text = CHECK_MARK

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._size * 1.3

    def draw(self) -> None:
        s = self._size
        x = (self.width - s) / 2
        y = s * 0.15
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(max(0.8, s * 0.12))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        path.moveTo(x, y + s * 0.5)
        path.lineTo(x + s * 0.35, y + s * 0.1)
        path.lineTo(x + s, y + s * 0.95)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def tick(size: float, style: TextStyle) -> Flowable:
    if font_has_check_mark(style.font_name):
        return ThaiParagraph(CHECK_MARK, style.with_(align="center"))
    return DrawnTick(size)
