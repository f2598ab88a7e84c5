"""TH Sarabun New, registered with ReportLab once. A missing font file is an error, never a fallback."""

from __future__ import annotations

from functools import cache

from itadesk.resources import resource_path

REGULAR = "THSarabunNew"
BOLD = "THSarabunNew-Bold"
ITALIC = "THSarabunNew-Italic"
BOLD_ITALIC = "THSarabunNew-BoldItalic"

FONT_FILES = {
    REGULAR: "THSarabunNew-Regular.ttf",
    BOLD: "THSarabunNew-Bold.ttf",
    ITALIC: "THSarabunNew-Italic.ttf",
    BOLD_ITALIC: "THSarabunNew-BoldItalic.ttf",
}


@cache
def register_font(font_name: str) -> None:
    """Make one style known to ReportLab (its metrics describe our embedded subsets). Idempotent.

    One at a time: reading a font file costs a cold print ~7 ms, and the italic styles are seldom used.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(font_name, font_file(font_name)))


def font_file(font_name: str) -> str:
    return str(resource_path("fonts", FONT_FILES[font_name]))
