"""TH Sarabun New embedded in a PDF as a CID font whose codes we number ourselves.

Every (glyph, typed text) pair the document draws gets its own code: the CIDToGIDMap sends the code to
the glyph, the ToUnicode map sends it to the text. So the shifted tone mark over ป extracts as ่ (not
U+F705), the tail-less ฐ as ฐ, and the ำ we draw whole as ำ, in pdftotext, pdfminer/pdfplumber and pypdf
alike. Only the glyphs used are embedded (`subset`), and only the faces a document draws with appear.

The objects are written when ReportLab saves the document (its "delayed fonts" hook), like its own TTFont.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics

from itadesk.thai.fonts import register_font
from itadesk.thai.shaping import ShapingFace, shaping_face
from itadesk.thai.subset import subset_truetype

_REGISTRY_ATTR = "_itadesk_thai_fonts"
_SECTION_ATTR = "_itadesk_font_section"
MAX_CODE = 0xFFFF


MARK_WIDTH = 1  # thousandths of an em: see declared_width


@lru_cache(maxsize=65536)
def declared_width(font_name: str, gid: int, text: str, zero_width: bool = False) -> int:
    """The width, in thousandths of an em, the PDF declares for the code of (glyph, text): the glyph's
    advance; a mark's (no advance of its own) a hair more than none; 0 for a zero-width code.

    pdfminer.six joins a character to the line of the one before only when they are nearer than twice
    the wider one's width: two marks of no width in a row (ี then ่ of ที่) never are, and each went onto
    a line of its own. A declared width moves nothing: every glyph is placed by TJ from where HarfBuzz
    put it, whatever the width says.
    """
    if zero_width:
        return 0
    face = shaping_face(font_name)
    advance = face.advance(gid) * 1000 // face.upem
    if advance == 0 and text and all(unicodedata.category(ch) == "Mn" for ch in text):
        return MARK_WIDTH
    return int(advance)


class DocumentFont:
    """One face in one PDF document: the codes handed out so far, turned into font objects on save."""

    def __init__(self, doc: Any, face: ShapingFace, section: str = "") -> None:
        self.face = face
        self.section = section
        self.codes: dict[tuple[int, str, bool], int] = {}  # (glyph, text, zero width) → code
        self.widths: list[int] = [0]  # by code, in thousandths of an em
        self.drawn: dict[Any, str] = {}  # a line's glyph run (render.GlyphRun) → its operators with codes
        self._first_code_of_glyph: dict[int, int] = {}
        registry: dict[str, DocumentFont] = getattr(doc, _REGISTRY_ATTR)
        if section:  # a section's own faces (see font_section): FTR1, FTR2…
            self.internal_name = f"FT{section}{sum(f.section == section for f in registry.values()) + 1}"
        else:
            self.internal_name = f"FTH{len(registry) + 1}"
        # ReportLab numbers its own fonts from the size of fontMapping; taking an entry keeps names unique.
        doc.fontMapping[f"itadesk-shaped:{section}{face.font_name}"] = "/" + self.internal_name
        doc.delayedFonts.append(self)
        self._written = False

    def code(self, gid: int, text: str, zero_width: bool = False) -> int:
        """The code that draws glyph `gid` and extracts as `text`.

        `zero_width`: a code whose declared width is 0 (the space a line break swallowed, kept in the text
        layer at the line's end without widening the line).
        """
        key = (gid, text, zero_width)
        found = self.codes.get(key)
        if found is not None:
            return found
        if len(self.codes) >= MAX_CODE - 1:  # 65 000 distinct pairs: only hostile input gets here
            return self._first_code_of_glyph.get(gid) or 1
        code = len(self.codes) + 1  # code 0 is .notdef by convention
        self.codes[key] = code
        self.widths.append(declared_width(self.face.font_name, gid, text, zero_width))
        self._first_code_of_glyph.setdefault(gid, code)
        return code

    def addObjects(self, doc: Any) -> None:  # the name ReportLab calls
        if self._written:
            return
        self._written = True
        register_font(self.face.font_name)
        metrics = pdfmetrics.getFont(self.face.font_name).face
        pairs = sorted(self.codes.items(), key=lambda item: item[1])
        gids = [gid for (gid, _text, _zero), _code in pairs]
        tag = _subset_tag(self.face.font_name, gids)
        face_name = metrics.name.decode("latin-1") if isinstance(metrics.name, bytes) else str(metrics.name)
        base_name = f"{tag}+{face_name}"
        ref = f"{self.section}:{base_name}" if self.section else base_name  # two sections, one glyph set

        font_file = pdfdoc.PDFStream()
        font_file.content = _subset(self.face.data, tuple(gids))
        font_file.dictionary["Length1"] = len(font_file.content)
        if doc.compression:  # compressed once for the same glyphs, as ReportLab's filter would compress it
            font_file.content = _compressed_subset(self.face.data, tuple(gids))
            font_file.filters = [_ALREADY_COMPRESSED]

        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "FontName": pdfdoc.PDFName(base_name),
                "Flags": metrics.flags,
                "FontBBox": pdfdoc.PDFArray(metrics.bbox),
                "ItalicAngle": metrics.italicAngle,
                "Ascent": metrics.ascent,
                "Descent": metrics.descent,
                "CapHeight": metrics.capHeight,
                "StemV": metrics.stemV,
                "FontFile2": doc.Reference(font_file, f"itadesk-fontfile:{ref}"),
            }
        )
        cid_to_gid = pdfdoc.PDFStream()
        cid_to_gid.content = _compressed(struct.pack(f">{len(gids) + 1}H", 0, *gids))
        cid_to_gid.filters = [_ALREADY_COMPRESSED]
        widths = self.widths[1:]
        cid_font = pdfdoc.PDFDictionary(
            {
                "Type": "/Font",
                "Subtype": "/CIDFontType2",
                "BaseFont": pdfdoc.PDFName(base_name),
                "CIDSystemInfo": pdfdoc.PDFDictionary(
                    {
                        "Registry": pdfdoc.PDFString("Adobe"),
                        "Ordering": pdfdoc.PDFString("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": doc.Reference(descriptor, f"itadesk-descriptor:{ref}"),
                "DW": 0,
                "W": pdfdoc.PDFArray([1, _NumberArray(widths)]) if widths else pdfdoc.PDFArray([]),
                "CIDToGIDMap": doc.Reference(cid_to_gid, f"itadesk-cidtogid:{ref}"),
            }
        )
        to_unicode = pdfdoc.PDFStream()
        to_unicode.content = _compressed(
            _to_unicode_cmap(tuple((code, text) for (_gid, text, _zero), code in pairs))
        )
        to_unicode.filters = [_ALREADY_COMPRESSED]
        type0 = pdfdoc.PDFDictionary(
            {
                "Type": "/Font",
                "Subtype": "/Type0",
                "BaseFont": pdfdoc.PDFName(base_name),
                "Encoding": "/Identity-H",
                "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid_font, f"itadesk-cidfont:{ref}")]),
                "ToUnicode": doc.Reference(to_unicode, f"itadesk-tounicode:{ref}"),
            }
        )
        doc.idToObject["BasicFonts"].dict[self.internal_name] = doc.Reference(type0, self.internal_name)


def document_font(canvas: Any, font_name: str) -> DocumentFont:
    """The embedded face `font_name` of the canvas's document (of its current font section), created on
    first use."""
    doc = canvas._doc
    registry = _registry(doc)
    section: str = getattr(doc, _SECTION_ATTR, "")
    key = section + font_name
    font = registry.get(key)
    if font is None:
        font = DocumentFont(doc, shaping_face(font_name), section)
        registry[key] = font
    return font


def _registry(doc: Any) -> dict[str, DocumentFont]:
    registry: dict[str, DocumentFont] | None = getattr(doc, _REGISTRY_ATTR, None)
    if registry is None:
        registry = {}
        setattr(doc, _REGISTRY_ATTR, registry)
    return registry


def font_section(canvas: Any, section: str) -> None:
    """From here on the document draws with faces of its own for `section` (capital letters; "" for the
    document's): a part drawn with its own faces numbers its codes alone, so its pages can be kept and put
    into another document (see adopt_fonts) whatever the rest of that document draws."""
    setattr(canvas._doc, _SECTION_ATTR, section)


@dataclass(frozen=True, slots=True)
class FontSnapshot:
    """A section's face as a document left it: enough to draw its kept pages in another document."""

    font_name: str
    section: str
    internal_name: str
    codes: dict[tuple[int, str, bool], int]
    widths: list[int]
    first_code_of_glyph: dict[int, int]


def snapshot_fonts(canvas: Any, section: str) -> list[FontSnapshot]:
    """The faces of `section` in the canvas's document, in the order they were created."""
    return [
        FontSnapshot(
            font.face.font_name,
            section,
            font.internal_name,
            dict(font.codes),
            list(font.widths),
            dict(font._first_code_of_glyph),
        )
        for font in _registry(canvas._doc).values()
        if font.section == section
    ]


def adopt_fonts(canvas: Any, snapshots: list[FontSnapshot]) -> bool:
    """The faces of a kept section added to the canvas's document under the same names and codes; False
    (nothing added) when the document already has faces of that section."""
    registry = _registry(canvas._doc)
    if any(font.section == snap.section for snap in snapshots for font in registry.values()):
        return False
    for snap in snapshots:
        font = DocumentFont(canvas._doc, shaping_face(snap.font_name), snap.section)
        assert font.internal_name == snap.internal_name, (font.internal_name, snap.internal_name)
        font.codes = dict(snap.codes)
        font.widths = list(snap.widths)
        font._first_code_of_glyph = dict(snap.first_code_of_glyph)
        registry[snap.section + snap.font_name] = font
    return True


@lru_cache(maxsize=16)
def _compressed_subset(font_file: bytes, gids: tuple[int, ...]) -> bytes:
    return bytes(pdfdoc.PDFZCompress.encode(_subset(font_file, gids)))


class _AlreadyCompressed:
    """A stream filter for content compressed beforehand (ReportLab's Flate filter, applied once)."""

    pdfname = pdfdoc.PDFZCompress.pdfname

    def encode(self, text: bytes) -> bytes:
        return text


_ALREADY_COMPRESSED = _AlreadyCompressed()


@lru_cache(maxsize=64)
def _compressed(content: bytes) -> bytes:
    """`content` as ReportLab's Flate filter compresses it, once for the same bytes (the next print)."""
    return bytes(pdfdoc.PDFZCompress.encode(content))


class _NumberArray(pdfdoc.PDFArray):  # type: ignore[misc]
    """A PDF array of plain numbers (a font's widths), formatted once for the same numbers."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        return _formatted_numbers(tuple(self.sequence), document, IND)


def _formatted_numbers(numbers: tuple[int, ...], document: Any, indent: bytes) -> bytes:
    from reportlab import rl_config

    key = (numbers, indent, rl_config.pdfMultiLine)
    found = _FORMATTED.get(key)
    if found is None:
        found = pdfdoc.PDFArray.format(pdfdoc.PDFArray(numbers), document, indent)
        if len(_FORMATTED) >= 16:
            _FORMATTED.clear()
        _FORMATTED[key] = found
    return found


_FORMATTED: dict[tuple[Any, ...], bytes] = {}


@lru_cache(maxsize=16)
def _subset(font_file: bytes, gids: tuple[int, ...]) -> bytes:
    """The font file of these glyphs, made once for the documents that draw the same glyphs (a memo printed
    again, the preview after an edit that brought no new letter)."""
    return subset_truetype(font_file, gids)


def _subset_tag(font_name: str, gids: list[int]) -> str:
    """Six capital letters naming this subset, as PDF subset fonts are named (ABCDEF+Font)."""
    digest = hashlib.sha1((font_name + ",".join(map(str, sorted(set(gids))))).encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


@lru_cache(maxsize=16)
def _to_unicode_cmap(entries: tuple[tuple[int, str], ...]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{code:04X}> <{_utf16_hex(text)}>" for code, text in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")
