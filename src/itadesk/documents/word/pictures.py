"""The office's emblem as a picture in the Word file: a PNG scaled to print resolution, placed inline; an SVG
emblem goes in as itself with a PNG of it for Word before 2016 and for LibreOffice (svg_emblem.py)."""

from __future__ import annotations

import io
from typing import Any

from itadesk.documents.emblem import PRINT_DPI
from itadesk.documents.errors import DocumentError
from itadesk.documents.word.units import emu
from itadesk.domain.model import Emblem


def emblem_png(emblem: Emblem, height_pt: float) -> tuple[bytes, float]:
    """PNG bytes of the emblem at most PRINT_DPI at `height_pt`, and its width in points at that height.

    The PDF side keeps the same scaled image in the user's cache under the same key: one scaling serves both.
    """
    from PIL import Image

    from itadesk.user_cache import key_of, read_cached, write_cached

    want = round(height_pt / 72 * PRINT_DPI)
    key = key_of(emblem.data, want, "lanczos")
    cached = read_cached("emblem", key, ".png")
    try:
        image = _decoded(cached) if cached is not None else _decoded(emblem.data)
    except Exception as exc:  # a broken image file is the user's data, not a bug
        raise DocumentError(f"อ่านภาพตราครุฑของหน่วยงานไม่ได้ ({emblem.mime}): {exc}") from exc
    data = cached or emblem.data
    if cached is None and image.height > want:
        width = max(1, round(image.width * want / image.height))
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image = image.resize((width, want), Image.Resampling.LANCZOS)
        data = _png(image)
        write_cached("emblem", key, ".png", data)
    elif cached is None and image.format != "PNG":
        data = _png(image)
    return data, height_pt * image.width / image.height


def _decoded(data: bytes) -> Any:
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _png(image: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


SVG_BLIP_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office 2016's extension id for an SVG picture
SVG_BLIP_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def inline_picture(
    rel_id: str, width_pt: float, height_pt: float, picture_id: int, name: str, svg_rel_id: str | None = None
) -> str:
    """A picture in the text, its foot on the line's baseline (DrawingML wp:inline). With `svg_rel_id`, Word
    2016+ draws that SVG part; `rel_id` (a PNG) is what older Word and LibreOffice show instead."""
    cx, cy = emu(width_pt), emu(height_pt)
    svg = (
        f'<a:extLst><a:ext uri="{SVG_BLIP_EXT}">'
        f'<asvg:svgBlip xmlns:asvg="{SVG_BLIP_NS}" r:embed="{svg_rel_id}"/></a:ext></a:extLst>'
        if svg_rel_id
        else ""
    )
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{picture_id}" name="{name}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{picture_id}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}">{svg}</a:blip>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
