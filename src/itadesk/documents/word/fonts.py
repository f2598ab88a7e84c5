"""TH Sarabun New embedded the way Word embeds fonts, so the file looks the same on a PC without the font.

Word keeps an embedded font as an "obfuscated" part (.odttf, ECMA-376 Part 1 §17.8.1): the font file with its
first 32 bytes XORed with a key, a GUID that fontTable.xml names beside the part. The key is made from the
font file itself, so the same font always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from itadesk.documents.word.wml import FONT
from itadesk.thai.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, font_file

# fontTable's element for each style, and the style's file. All four: an official who types in italics in
# Word gets the real italic, not a slanted regular.
STYLES = (
    ("embedRegular", REGULAR),
    ("embedBold", BOLD),
    ("embedItalic", ITALIC),
    ("embedBoldItalic", BOLD_ITALIC),
)
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


@dataclass(frozen=True, slots=True)
class EmbeddedFont:
    element: str  # embedRegular …
    part: str  # word/fonts/font1.odttf
    key: str  # {GUID}
    data: bytes  # obfuscated


def obfuscate(font: bytes, key: str) -> bytes:
    """XOR the first 32 bytes with the GUID's 16 bytes, read from its last hex pair to its first."""
    digits = key.strip("{}").replace("-", "")
    key_bytes = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ key_bytes[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


@cache
def embedded_fonts() -> tuple[EmbeddedFont, ...]:
    fonts = []
    for index, (element, style) in enumerate(STYLES, start=1):
        data = Path(font_file(style)).read_bytes()
        key = "{" + str(uuid.UUID(bytes=hashlib.md5(data, usedforsecurity=False).digest())).upper() + "}"
        fonts.append(EmbeddedFont(element, f"word/fonts/font{index}.odttf", key, obfuscate(data, key)))
    return tuple(fonts)


def font_table(fonts: tuple[EmbeddedFont, ...]) -> str:
    """fontTable.xml: TH Sarabun New (Thai charset DE), with its embedded styles as rId1…rIdN."""
    embeds = "".join(
        f'<w:{f.element} r:id="rId{i}" w:fontKey="{f.key}"/>' for i, f in enumerate(fonts, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:font w:name="{FONT}"><w:charset w:val="DE"/>'
        f'<w:family w:val="swiss"/><w:pitch w:val="variable"/>{embeds}</w:font></w:fonts>'
    )


def font_table_rels(fonts: tuple[EmbeddedFont, ...]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{FONT_RELATIONSHIP}" Target="{f.part.removeprefix("word/")}"/>'
        for i, f in enumerate(fonts, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
        "</Relationships>"
    )
