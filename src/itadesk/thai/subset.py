"""A TrueType subset for embedding in a PDF: only the glyphs a document draws, glyph ids unchanged.

Keeping the ids means the PDF's CID → glyph map needs no renumbering. Unused glyphs become empty outlines.
Only the tables a PDF viewer reads for a CIDFontType2 stay (glyf, loca, head, hhea, hmtx, maxp): layout
tables are not needed once the text is shaped, and the hinting instructions (two thirds of TH Sarabun
New's outlines) are dropped: they only matter on low-resolution screens.
"""

from __future__ import annotations

import array
import struct
import sys
from collections.abc import Iterable

_KEEP = (b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp")

# Composite glyph flags (OpenType 'glyf' spec).
_ARG_1_AND_2_ARE_WORDS = 0x0001
_WE_HAVE_A_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
_WE_HAVE_A_TWO_BY_TWO = 0x0080
_WE_HAVE_INSTRUCTIONS = 0x0100


class FontFileError(ValueError):
    """The font file is not a TrueType font this subsetter understands."""


def _tables(data: bytes) -> dict[bytes, bytes]:
    if len(data) < 12:
        raise FontFileError("ไฟล์ฟอนต์สั้นผิดปกติ")
    (num_tables,) = struct.unpack(">H", data[4:6])
    tables: dict[bytes, bytes] = {}
    for i in range(num_tables):
        tag, _checksum, offset, length = struct.unpack(">4sLLL", data[12 + 16 * i : 28 + 16 * i])
        tables[tag] = data[offset : offset + length]
    if b"glyf" not in tables or b"loca" not in tables:
        raise FontFileError("ฟอนต์นี้ไม่มีตาราง glyf/loca (ต้องเป็น TrueType)")
    return tables


def _glyph_offsets(tables: dict[bytes, bytes]) -> list[int]:
    head, loca, maxp = tables[b"head"], tables[b"loca"], tables[b"maxp"]
    (num_glyphs,) = struct.unpack(">H", maxp[4:6])
    (long_format,) = struct.unpack(">h", head[50:52])
    if long_format:
        return list(struct.unpack(f">{num_glyphs + 1}L", loca[: 4 * (num_glyphs + 1)]))
    return [2 * v for v in struct.unpack(f">{num_glyphs + 1}H", loca[: 2 * (num_glyphs + 1)])]


def _components(glyph: bytes) -> list[int]:
    """Glyph ids a composite glyph is built from ([] for a simple glyph)."""
    if len(glyph) < 10 or struct.unpack(">h", glyph[:2])[0] >= 0:
        return []
    found: list[int] = []
    pos = 10
    while True:
        flags, gid = struct.unpack(">HH", glyph[pos : pos + 4])
        found.append(gid)
        pos += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
        if flags & _WE_HAVE_A_SCALE:
            pos += 2
        elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
            pos += 4
        elif flags & _WE_HAVE_A_TWO_BY_TWO:
            pos += 8
        if not flags & _MORE_COMPONENTS:
            return found


def _without_instructions(glyph: bytes) -> bytes:
    """The glyph with its hinting instructions removed (outlines untouched)."""
    if len(glyph) < 12:
        return glyph
    (contours,) = struct.unpack(">h", glyph[:2])
    if contours >= 0:
        at = 10 + 2 * contours
        points = struct.unpack(">H", glyph[at - 2 : at])[0] + 1 if contours else 0
        (length,) = struct.unpack(">H", glyph[at : at + 2])
        outline = glyph[at + 2 + length :]
        return glyph[:at] + b"\0\0" + outline[: _outline_size(outline, points)]
    pos = 10
    while True:
        flags = struct.unpack(">H", glyph[pos : pos + 2])[0]
        flags_at = pos
        pos += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
        if flags & _WE_HAVE_A_SCALE:
            pos += 2
        elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
            pos += 4
        elif flags & _WE_HAVE_A_TWO_BY_TWO:
            pos += 8
        if not flags & _MORE_COMPONENTS:
            break
    if not flags & _WE_HAVE_INSTRUCTIONS:
        return glyph[:pos]
    out = bytearray(glyph[:pos])
    out[flags_at : flags_at + 2] = struct.pack(">H", flags & ~_WE_HAVE_INSTRUCTIONS)
    return bytes(out)


def _outline_size(data: bytes, points: int) -> int:
    """Bytes taken by a simple glyph's flags and coordinates (what follows them is padding)."""
    pos = x_bytes = y_bytes = 0
    seen = 0
    while seen < points:
        flag = data[pos]
        pos += 1
        repeat = 1
        if flag & 0x08:  # REPEAT_FLAG
            repeat += data[pos]
            pos += 1
        x_bytes += repeat * (1 if flag & 0x02 else (0 if flag & 0x10 else 2))
        y_bytes += repeat * (1 if flag & 0x04 else (0 if flag & 0x20 else 2))
        seen += repeat
    return pos + x_bytes + y_bytes


def _checksum(data: bytes) -> int:
    """TrueType's checksum: the sum of the big-endian 32-bit words, zero-padded, modulo 2³²."""
    padded = data + b"\0" * (-len(data) % 4)
    words = array.array("I", padded)  # summed in C, ~3× faster than unpacking into a tuple first
    if words.itemsize != 4:  # never on the platforms Python runs on today; the plain way then
        return int(sum(struct.unpack(f">{len(padded) // 4}L", padded))) & 0xFFFFFFFF
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def subset_truetype(data: bytes, glyph_ids: Iterable[int]) -> bytes:
    """The font with every glyph outside `glyph_ids` (and their components, and .notdef) emptied."""
    tables = _tables(data)
    offsets = _glyph_offsets(tables)
    glyf = tables[b"glyf"]
    num_glyphs = len(offsets) - 1

    keep: set[int] = set()
    todo = [0, *(g for g in glyph_ids if 0 <= g < num_glyphs)]
    while todo:
        gid = todo.pop()
        if gid in keep:
            continue
        keep.add(gid)
        todo.extend(c for c in _components(glyf[offsets[gid] : offsets[gid + 1]]) if c not in keep)

    new_glyf = bytearray()
    new_offsets = [0]
    for gid in range(num_glyphs):
        if gid in keep:
            new_glyf += _without_instructions(glyf[offsets[gid] : offsets[gid + 1]])
            new_glyf += b"\0" * (-len(new_glyf) % 4)
        new_offsets.append(len(new_glyf))

    out = {tag: tables[tag] for tag in _KEEP if tag in tables}
    out[b"glyf"] = bytes(new_glyf)
    out[b"loca"] = struct.pack(f">{len(new_offsets)}L", *new_offsets)
    head = bytearray(tables[b"head"])
    head[8:12] = b"\0\0\0\0"  # checkSumAdjustment, set below
    head[50:52] = struct.pack(">h", 1)  # long loca offsets
    out[b"head"] = bytes(head)
    return _assemble(out)


def _assemble(tables: dict[bytes, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    entry_selector = max(count.bit_length() - 1, 0)
    search_range = 16 * (1 << entry_selector)
    header = struct.pack(">LHHHH", 0x00010000, count, search_range, entry_selector, count * 16 - search_range)
    directory = bytearray()
    body = bytearray()
    offset = 12 + 16 * count
    for tag in tags:
        table = tables[tag]
        directory += struct.pack(">4sLLL", tag, _checksum(table), offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    font = bytearray(header + directory + body)
    before_head = tags[: tags.index(b"head")]
    head_offset = 12 + 16 * count + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in before_head)
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    font[head_offset + 8 : head_offset + 12] = struct.pack(">L", adjustment)
    return bytes(font)
