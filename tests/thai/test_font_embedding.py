"""The embedded font: only the glyphs drawn, outlines unchanged, every glyph mapped back to typed text."""

from __future__ import annotations

from pathlib import Path

import pypdf
import uharfbuzz as hb

from itadesk.thai.fonts import REGULAR
from itadesk.thai.paragraph import TextStyle, ThaiParagraph
from itadesk.thai.shaping import shaping_face
from itadesk.thai.subset import subset_truetype
from tests.thai.pdf_helpers import build_pdf


def test_subset_keeps_the_outlines_of_the_glyphs_used_and_empties_the_rest() -> None:
    face = shaping_face(REGULAR)
    used = [g.gid for g in face.shape("ป่าน้ำฐุ ป้ำ É").glyphs]  # ป้ำ and É are composite glyphs
    subset = subset_truetype(face.data, used)
    assert len(subset) < len(face.data) / 10
    small = hb.Font(hb.Face(hb.Blob(subset)))
    for gid in used:
        assert small.get_glyph_extents(gid) == face.font.get_glyph_extents(gid)
    unused = face.font.get_nominal_glyph(ord("ฮ"))
    assert unused is not None and small.get_glyph_extents(unused).width == 0


def test_the_pdf_embeds_one_small_subset_with_a_tounicode_entry_per_code(tmp_path: Path) -> None:
    pdf = build_pdf(tmp_path / "embed.pdf", [ThaiParagraph("น้ำป่าไม้ ป่าไม้ น้ำ", TextStyle())])
    reader = pypdf.PdfReader(pdf)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) == 1
    type0 = next(iter(fonts.values())).get_object()
    assert type0["/Subtype"] == "/Type0" and type0["/Encoding"] == "/Identity-H"
    cid_font = type0["/DescendantFonts"][0].get_object()
    font_file = cid_font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
    assert len(font_file.get_data()) < 20_000
    cmap = type0["/ToUnicode"].get_object().get_data().decode("ascii")
    mappings = cmap.split("beginbfchar", 1)[1]
    entries = [line for line in mappings.splitlines() if line.startswith("<") and "> <" in line]
    texts = [bytes.fromhex(line.split("> <")[1].rstrip(">")).decode("utf-16-be") for line in entries]
    assert set(texts) == set("น้ำป่าไม ")  # ำ whole, the shifted ่ over ป as ่ itself, nothing private-use
    assert len(texts) == len(set(texts)) + 1  # two codes extract as a space: the space and a line's last
