"""An SVG emblem for Word: the SVG itself (Word 2016+ draws it) and a PNG of it at print resolution for
older Word and LibreOffice, both cropped to the drawn emblem as the PDF is.

Rendered with resvg (resvg-py): one self-contained wheel per platform, no system library, no display.
ReportLab's bitmap renderer needs cairo (pycairo has no Linux wheel), and Qt's SVG renderer aborts the
process on any <text> without a QGuiApplication, which `itadesk print` does not have.

The office's SVG may come from anywhere (the set-up dialog takes any .svg file), so it is checked as the
exchange reader checks one before anything renders it: no entity declarations (XML bombs), no scripts, no
pictures or files from elsewhere, no url() paint. Its declared size never matters: it is rendered into a
box of a fixed number of pixels.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Any

from itadesk.documents.emblem import PRINT_DPI
from itadesk.documents.errors import DocumentError
from itadesk.domain.rules import MAX_EMBLEM_PIXELS, SVG_NS, svg_emblem_problem

XLINK_NS = "http://www.w3.org/1999/xlink"
MEASURE_PX = 512  # the first rendering, only to find where the emblem's ink lies on its canvas
_PX_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([a-z]*)\s*$")
# Written back without prefixes on SVG's own elements: some renderers read only the default namespace.
ElementTree.register_namespace("", SVG_NS)
ElementTree.register_namespace("xlink", XLINK_NS)


@dataclass(frozen=True, slots=True)
class SvgEmblem:
    svg: bytes  # cropped to the emblem's ink, for Word's asvg:svgBlip
    png: bytes  # the same, `height` pixels high: the blip's fallback
    width_pt: float  # at the height asked for


def svg_emblem(data: bytes, height_pt: float) -> SvgEmblem:
    """The emblem cropped to its ink, as SVG and as a PNG of PRINT_DPI at `height_pt`; cached per file."""
    from itadesk.user_cache import key_of, read_cached, write_cached

    want = round(height_pt / 72 * PRINT_DPI)
    key = key_of(data, want, "resvg-ink")
    svg, png = read_cached("emblem-svg", key, ".svg"), read_cached("emblem-svg", key, ".png")
    if svg is None or png is None:
        svg, png = _rendered(data, want)
        write_cached("emblem-svg", key, ".svg", svg)
        write_cached("emblem-svg", key, ".png", png)
    width_px, height_px = _png_size(png)
    return SvgEmblem(svg, png, height_pt * width_px / height_px)


def _rendered(data: bytes, want: int) -> tuple[bytes, bytes]:
    root = checked_svg(data)
    canvas = _render(ElementTree.tostring(root), MEASURE_PX, MEASURE_PX)
    ink = _alpha(canvas).getbbox()
    if ink is None:
        raise DocumentError("ภาพตราครุฑ (SVG) ของหน่วยงานว่างเปล่า ไม่มีส่วนใดที่พิมพ์ได้")
    cropped = _cropped(root, canvas.size, ink)
    left, top, right, bottom = ink
    width = max(1, round(want * (right - left) / (bottom - top)))
    if width * want > MAX_EMBLEM_PIXELS:
        raise DocumentError("ภาพตราครุฑ (SVG) ของหน่วยงานกว้างผิดปกติ ใส่ในบันทึกข้อความไม่ได้ ใช้ภาพตราที่กว้างพอๆ กับสูง")
    png = _render(cropped, width, want)
    if png.size != (width, want):  # resvg rounds the fitted size its own way: a pixel more or less
        from PIL import Image

        png = png.convert("RGBA").resize((width, want), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    png.save(out, "PNG", optimize=True)
    return cropped, out.getvalue()


def checked_svg(data: bytes) -> ElementTree.Element:
    """The SVG's root, after refusing what the exchange reader refuses; a Thai message says what and why."""
    problem = svg_emblem_problem(data)
    if problem is not None:
        raise DocumentError(f"ภาพตราครุฑ (SVG) ของหน่วยงาน{problem}")
    root = ElementTree.fromstring(data)
    if root.tag == "svg":  # no namespace: renderers draw nothing of it
        root.tag = f"{{{SVG_NS}}}svg"
    return root


def _cropped(root: ElementTree.Element, canvas: tuple[int, int], ink: tuple[int, int, int, int]) -> bytes:
    """The emblem nested in an SVG whose view box is its ink: the office's SVG is drawn `canvas` pixels
    large as when its ink was measured, and the outer view box shows that part of it alone."""
    inner = root
    if "viewBox" not in inner.attrib:  # without one, setting the size would scale nothing: give it its own
        width, height = _length(inner.get("width")), _length(inner.get("height"))
        inner.set("viewBox", f"0 0 {width:g} {height:g}")
    inner.set("width", str(canvas[0]))
    inner.set("height", str(canvas[1]))
    for name in ("x", "y"):
        inner.attrib.pop(name, None)
    left, top, right, bottom = ink
    outer = ElementTree.Element(
        f"{{{SVG_NS}}}svg",
        {
            "width": str(right - left),
            "height": str(bottom - top),
            "viewBox": f"{left} {top} {right - left} {bottom - top}",
        },
    )
    outer.append(inner)
    written: bytes = ElementTree.tostring(outer, encoding="utf-8", xml_declaration=True)
    return written


def _length(value: str | None) -> float:
    match = _LENGTH.match(value or "")
    if match is None or match.group(2) not in _PX_PER_UNIT or float(match.group(1)) <= 0:
        raise DocumentError(
            f'ภาพตราครุฑ (SVG) ไม่บอกขนาดของภาพ (width/height "{value or ""}" และไม่มี viewBox) '
            "ส่งออกภาพใหม่ให้มีขนาด"
        )
    return float(match.group(1)) * _PX_PER_UNIT[match.group(2)]


def _render(svg: bytes, width: int, height: int) -> Any:
    """The SVG drawn to fit `width` × `height` pixels (its own size and proportions kept), as a Pillow image.

    Only TH Sarabun New is given for any text: the emblem never brings another font, nor looks for one."""
    import resvg_py
    from PIL import Image

    from itadesk.thai.fonts import BOLD, REGULAR, font_file

    try:
        png = resvg_py.svg_to_bytes(
            svg_string=svg.decode("utf-8"),
            width=width,
            height=height,
            skip_system_fonts=True,
            font_files=[font_file(REGULAR), font_file(BOLD)],
            font_family="TH Sarabun New",
            sans_serif_family="TH Sarabun New",
            serif_family="TH Sarabun New",
        )
        image = Image.open(io.BytesIO(png))
        image.load()
    except (ValueError, OSError) as exc:  # resvg's own (English) reason, for whoever reads the message
        raise DocumentError(f"วาดภาพตราครุฑ (SVG) ของหน่วยงานไม่ได้ ({exc})") from exc
    return image


def _alpha(image: Any) -> Any:
    return image.convert("RGBA").getchannel("A")


def _png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
