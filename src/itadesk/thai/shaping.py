"""Shaping with HarfBuzz over the TH Sarabun New files, and the Unicode each drawn glyph stands for.

HarfBuzz applies the font's own rules (shifted and lowered tone marks on ป ฝ ฟ ฬ, tail-less ฐ ญ ฎ ฏ
above lower vowels, ำ decomposed into nikhahit + sara aa around a tone mark). What it cannot give is a
text layer: a shaped glyph such as `uni0E48.alt1` has no Unicode of its own, and the decomposed ำ is two
glyphs for one character. So every glyph here carries `text`, the exact characters it stands for in the
typed string, and glyphs are kept in the order the characters were typed. The PDF font (`pdffont`) gives
each (glyph, text) pair its own code, so every extractor reads back what was typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import uharfbuzz as hb

from itadesk.thai.fonts import font_file

SARA_AM = "\u0e33"
# Stands in the text layer for a glyph that answers to no typed character (never expected with this font).
NO_TEXT = "\u2060"
_HB_FEATURES: dict[str, bool] = {}

# The Thai glyph variants' private-use code points (U+F700–U+F71A), as text copied out of a badly made
# PDF holds them, back to the characters they stand for; shaping picks the variant again.
_THAI_PUA = dict(
    zip(
        range(0xF700, 0xF71B),
        "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d"
        "\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a",
        strict=True,
    )
)


class Glyph(NamedTuple):  # a tuple: made for every glyph of every line, five times quicker than a dataclass
    """One glyph to draw: `x`/`y` are its origin from the run's pen start, in font units."""

    gid: int
    x: float
    y: float
    text: str  # the typed characters this glyph stands for ("" never; see NO_TEXT)
    cluster: int  # index in the run's text of the grapheme cluster it belongs to


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """A shaped piece of text. Glyphs are in typed order; `advance` is the width in font units."""

    text: str
    glyphs: tuple[Glyph, ...]
    advance: float
    # Pen position (font units) at the start of each cluster, in visual order: where justification may
    # add space.
    cluster_starts: tuple[tuple[int, float], ...]


class ShapingFace:
    """One font file: HarfBuzz font, advances and the Unicode behind every glyph, loaded once."""

    def __init__(self, font_name: str) -> None:
        self.font_name = font_name
        self.path = font_file(font_name)
        with open(self.path, "rb") as handle:
            self.data = handle.read()
        self.face = hb.Face(hb.Blob(self.data))
        self.font = hb.Font(self.face)
        self.upem: int = self.face.upem
        self.glyph_count: int = self.face.glyph_count
        self._base_char = self._read_base_chars()
        self.sara_am_for_nikhahit = self._sara_am_glyphs()
        self.sara_aa = self.font.get_nominal_glyph(0x0E32) or -1
        self.space_glyph: int | None = self.font.get_nominal_glyph(0x20)

    def _read_base_chars(self) -> dict[int, str]:
        """Glyph id → the character it draws. Variants (`uni0E48.alt1`, reached through the Thai PUA) answer
        with their base character, never with a private-use code point."""
        base: dict[int, str] = {}
        for gid in range(self.glyph_count):
            name = self.font.get_glyph_name(gid) or ""
            stem = name.split(".", 1)[0]
            if stem.startswith("uni") and len(stem) == 7:
                try:
                    base[gid] = chr(int(stem[3:], 16))
                    continue
                except ValueError:
                    pass
        for codepoint in sorted(self.face.unicodes):
            gid = self.font.get_nominal_glyph(codepoint)
            if gid is None or gid in base or 0xE000 <= codepoint <= 0xF8FF:
                continue
            base[gid] = chr(codepoint)
        return base

    def _sara_am_glyphs(self) -> dict[int, int]:
        """Nikhahit glyph → the precomposed ำ glyph that draws the same nikhahit plus sara aa."""
        pairs: dict[int, int] = {}
        for suffix in ("", ".alt1"):
            nikhahit = self.font.get_glyph_from_name("uni0E4D" + suffix)
            sara_am = self.font.get_glyph_from_name("uni0E33" + suffix)
            if nikhahit is not None and sara_am is not None:
                pairs[nikhahit] = sara_am
        return pairs

    def advance(self, gid: int) -> int:
        """The glyph's own advance (hmtx), which the PDF font's widths declare."""
        return int(self.font.get_glyph_h_advance(gid))

    def base_char(self, gid: int) -> str | None:
        return self._base_char.get(gid)

    def shape(self, text: str) -> ShapedRun:
        return _shape_cached(self.font_name, text)


@cache
def shaping_face(font_name: str) -> ShapingFace:
    return ShapingFace(font_name)


def _hb_shape(face: ShapingFace, text: str) -> hb.Buffer:
    buf = hb.Buffer()
    buf.add_str(text)
    # Forced left-to-right Thai: Arabic or Hebrew pasted in must not flip the line (their glyphs are .notdef).
    buf.direction = "ltr"
    buf.script = "Thai"
    buf.language = "th"
    hb.shape(face.font, buf, _HB_FEATURES)
    return buf


@lru_cache(maxsize=2048)
def advances_by_char(font_name: str, text: str) -> tuple[float, ...]:
    """For each character of `text`, the advance (font units) of the cluster that starts there, else 0."""
    if not text:
        return ()
    buf = _hb_shape(shaping_face(font_name), text)
    out = [0.0] * len(text)
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        out[info.cluster] += pos.x_advance
    return tuple(out)


@lru_cache(maxsize=8192)
def _shape_cached(font_name: str, text: str) -> ShapedRun:
    face = shaping_face(font_name)
    buf = _hb_shape(face, text)
    infos, positions = buf.glyph_infos, buf.glyph_positions

    raw: list[tuple[int, float, float, int]] = []  # gid, x, y, cluster
    pen = 0.0
    for info, pos in zip(infos, positions, strict=True):
        raw.append((info.codepoint, pen + pos.x_offset, float(pos.y_offset), info.cluster))
        pen += pos.x_advance

    glyphs: list[Glyph] = []
    starts: list[tuple[int, float]] = []
    cluster_ids = sorted({c for *_, c in raw})
    ends = dict(zip(cluster_ids, [*cluster_ids[1:], len(text)], strict=True))
    i = 0
    while i < len(raw):
        cluster = raw[i][3]
        j = i
        while j < len(raw) and raw[j][3] == cluster:
            j += 1
        starts.append((cluster, raw[i][1]))
        glyphs.extend(_map_cluster(face, raw[i:j], text[cluster : ends[cluster]], cluster))
        i = j
    return ShapedRun(text=text, glyphs=tuple(glyphs), advance=pen, cluster_starts=tuple(starts))


def _map_cluster(
    face: ShapingFace, raw: list[tuple[int, float, float, int]], chars: str, cluster: int
) -> list[Glyph]:
    """Give each glyph of one cluster the typed characters it stands for, and put them in typed order."""
    pairs = list(zip(raw, chars, strict=False))
    if len(raw) == len(chars) and all(face.base_char(r[0]) == ch for r, ch in pairs):
        # The common case: one glyph per typed character, in typed order.
        return [Glyph(r[0], r[1], r[2], ch, cluster) for r, ch in pairs]
    raw = _recompose_sara_am(face, raw, chars)
    sara_am_glyphs = set(face.sara_am_for_nikhahit.values())
    naturals = [SARA_AM if gid in sara_am_glyphs else face.base_char(gid) for gid, *_ in raw]
    # Each glyph claims the first unclaimed typed character equal to its own; the rest is shared out below.
    claimed: dict[int, int] = {}  # glyph index → char index
    free = list(range(len(chars)))
    for g, natural in enumerate(naturals):
        if natural is None:
            continue
        for k in free:
            if chars[k] == natural:
                claimed[g] = k
                free.remove(k)
                break
    unclaimed = [g for g in range(len(raw)) if g not in claimed]
    for g, k in zip(unclaimed, list(free), strict=False):
        claimed[g] = k
        free.remove(k)
    texts = {g: chars[k] for g, k in claimed.items()}
    if free:  # more characters than glyphs (e.g. a ligature): the last glyph stands for the rest too
        last = max(range(len(raw)), key=lambda g: claimed.get(g, -1))
        texts[last] = texts.get(last, "") + "".join(chars[k] for k in free)
        claimed.setdefault(last, free[0])
    order = sorted(range(len(raw)), key=lambda g: claimed.get(g, len(chars)))
    return [
        Glyph(gid=raw[g][0], x=raw[g][1], y=raw[g][2], text=texts.get(g) or NO_TEXT, cluster=cluster)
        for g in order
    ]


def _recompose_sara_am(
    face: ShapingFace, raw: list[tuple[int, float, float, int]], chars: str
) -> list[tuple[int, float, float, int]]:
    """Draw HarfBuzz's nikhahit … sara aa as the font's own ำ glyph at the same place.

    HarfBuzz splits ำ so a tone mark can sit between its two pieces. Two glyphs for one character cannot
    both extract right, but the font's ำ glyph is exactly nikhahit + sara aa drawn from one origin, and
    marks have no advance, so drawing it where the sara aa goes gives the same picture and a single ำ in
    the text layer.
    """
    wanted = chars.count(SARA_AM)
    if not wanted:
        return raw
    out = list(raw)
    for k in range(len(out) - 1, -1, -1):
        if wanted == 0:
            break
        if out[k][0] != face.sara_aa:
            continue
        for m in range(k - 1, -1, -1):
            gid, x, y, _cluster = out[m]
            if gid in face.sara_am_for_nikhahit:
                if abs(x - out[k][1]) < 0.5 and y == out[k][2] == 0:
                    out[k] = (face.sara_am_for_nikhahit[gid], out[k][1], out[k][2], out[k][3])
                    del out[m]
                    wanted -= 1
                break
    return out


_LINE_ENDS = str.maketrans({ch: "\n" for ch in "\r\x0b\x0c\x85\u2028\u2029"})


@lru_cache(maxsize=8192)  # pure, and asked again for the same text by the next cell, line or print
def clean_for_page(text: str, *, keep_newlines: bool = False) -> str:
    """The text as it will be drawn and extracted: NFC, tabs as spaces, control and format characters removed
    (ZWSP, ZWJ, soft hyphen… have no glyph in the font and must not reach the page), Thai PUA variants back
    to their characters. Line ends become "\n" (kept only with `keep_newlines`, else a space)."""
    text = unicodedata.normalize("NFC", text.translate(_THAI_PUA))
    text = text.replace("\r\n", "\n").translate(_LINE_ENDS)
    out: list[str] = []
    for ch in text:
        if ch == "\n":
            out.append("\n" if keep_newlines else " ")
            continue
        if ch == "\t":
            out.append(" ")
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            continue
        if category == "Zs" and ch not in (" ", "\u00a0"):
            out.append(" ")
            continue
        out.append(ch)
    return "".join(out)
