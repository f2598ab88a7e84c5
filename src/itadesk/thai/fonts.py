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
def register_fonts() -> None:
    """Register the four styles (and the family, so <b>/<i> map) with ReportLab. Idempotent."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)


def font_file(font_name: str) -> str:
    return str(resource_path("fonts", FONT_FILES[font_name]))
