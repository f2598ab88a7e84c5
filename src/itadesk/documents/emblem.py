"""The office's ตราครุฑ drawn at a given height: PNG as an image, SVG as vector paths (svglib)."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from itadesk.documents.errors import DocumentError
from itadesk.domain.model import Emblem
from itadesk.thai.fonts import REGULAR, register_font


class EmblemDrawing:
    """An emblem scaled to `height` points, drawn with its top-left corner at a point."""

    def __init__(self, emblem: Emblem, height: float) -> None:
        self.height = height
        self._image: Any = None
        self._svg: Any = None
        try:
            if emblem.mime == "image/svg+xml":
                self._load_svg(emblem.data)
            else:
                self._load_png(emblem.data)
        except DocumentError:
            raise
        except Exception as exc:  # a broken image file is the user's data, not a bug
            raise DocumentError(f"อ่านภาพตราครุฑของหน่วยงานไม่ได้ ({emblem.mime}): {exc}") from exc

    def _load_png(self, data: bytes) -> None:
        self._image = _print_image(data, self.height)
        px_w, px_h = self._image.getSize()
        self.width = self.height * px_w / px_h

    def _load_svg(self, data: bytes) -> None:
        # Imported here: svglib (and lxml) cost time at start-up and only an SVG emblem needs them.
        import logging

        from svglib.svglib import svg2rlg

        # svglib warns about old Inkscape files (90 dpi units); the emblem is scaled by its drawn bounds.
        logging.getLogger("svglib.svglib").setLevel(logging.ERROR)
        drawing = svg2rlg(io.BytesIO(data))
        if drawing is None:
            raise DocumentError("อ่านภาพตราครุฑ (SVG) ของหน่วยงานไม่ได้")
        # Scale the drawn content, not the SVG's canvas: many files carry blank space around the emblem.
        x0, y0, x1, y1 = drawing.getBounds()
        if x1 <= x0 or y1 <= y0:
            raise DocumentError("ภาพตราครุฑ (SVG) ของหน่วยงานว่างเปล่า")
        # The renderer starts every drawing in its default font (Helvetica), which the PDF then declares
        # though no letter is drawn: start it in ours, so the PDF references TH Sarabun New alone.
        register_font(REGULAR)
        drawing.initialFontName = REGULAR
        self._svg = drawing
        self._bounds = (x0, y0, x1, y1)
        self._scale = self.height / (y1 - y0)
        self.width = (x1 - x0) * self._scale

    def draw(self, canvas: Any, left: float, top: float) -> None:
        if self._image is not None:
            canvas.drawImage(self._image, left, top - self.height, self.width, self.height, mask="auto")
            return
        from reportlab.graphics import renderPDF

        x0, y0, _, _ = self._bounds
        canvas.saveState()
        canvas.translate(left, top - self.height)
        canvas.scale(self._scale, self._scale)
        canvas.translate(-x0, -y0)
        renderPDF.draw(self._svg, canvas, 0, 0)
        canvas.restoreState()


PRINT_DPI = 600  # what the best office printers resolve; more pixels only make the PDF bigger and slower


@lru_cache(maxsize=4)
def _print_image(data: bytes, height: float) -> Any:
    """The emblem as ReportLab reads it, scaled down to PRINT_DPI at `height` points.

    Emblems come as scans or exports of 1 000+ pixels; at 1.5 cm that is over 1 600 dpi, and ReportLab
    re-compresses every pixel for every PDF. Decoding and scaling such a file takes a cold print ~0.06 s, so
    the scaled image is kept in the user's cache folder under a hash of the file and the size: an office
    changes its emblem once in years and prints every week.
    """
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from itadesk.user_cache import key_of, read_cached, write_cached

    want = round(height / 72 * PRINT_DPI)
    key = key_of(data, want, "lanczos")  # everything the scaled image is made from
    cached = read_cached("emblem", key, ".png")
    if cached is not None:
        try:
            return ImageReader(_decoded(cached))
        except Exception:  # a damaged cache file: scale the office's image again
            pass
    image = _decoded(data)
    if image.height > want:
        width = max(1, round(image.width * want / image.height))
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image = image.resize((width, want), Image.Resampling.LANCZOS)
        scaled = io.BytesIO()
        image.save(scaled, "PNG")
        write_cached("emblem", key, ".png", scaled.getvalue())
    return ImageReader(image)


def _decoded(data: bytes) -> Any:
    """The image decoded once, refused before decoding when it has more pixels than an emblem may (a stored
    emblem from before the limit, or a bomb): Pillow's own English warning never reaches the user."""
    import warnings

    from PIL import Image

    from itadesk.domain.rules import MAX_EMBLEM_PIXELS

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_EMBLEM_PIXELS:
                raise DocumentError(_too_big(image.width, image.height))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise DocumentError(_too_big(0, 0)) from exc
    return image


def _too_big(width: int, height: int) -> str:
    size = f" ({width:,} × {height:,} จุด)" if width else ""
    return f"ภาพตราครุฑของหน่วยงานใหญ่เกินไป{size} ต้องไม่เกิน 16 ล้านจุด นำเข้าภาพตราที่ย่อแล้วใหม่"
