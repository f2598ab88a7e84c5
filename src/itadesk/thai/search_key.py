"""What a search compares: text with the marks that people leave out or type differently taken away.

A clerk typing fast leaves out tone marks ("ผูบริหาร" for "ผู้บริหาร"), types sara am as nikhahit and sara aa,
puts a space where the text has none, or types Arabic digits where the text has Thai ones. `search_key` maps
every such spelling of a text onto the same string, so `search_key(typed) in search_key(text)` finds it.
The vowels above and below the line stay: without them different words would meet ("กิน" is not "กน").
"""

from __future__ import annotations

from functools import lru_cache

# Tone marks (่ ้ ๊ ๋), mai taikhu (็), thanthakhat (์), yamakkan (๎), and the invisible characters some
# programs leave in Thai text (zero-width space and joiners, the byte-order mark).
_DROPPED = "\u0e48\u0e49\u0e4a\u0e4b\u0e47\u0e4c\u0e4e\u200b\u200c\u200d\ufeff"
_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _DROPPED), None),
        **{ord(chr(0x0E50 + digit)): str(digit) for digit in range(10)},  # Thai digits as Arabic ones
    }
)
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"


@lru_cache(maxsize=4096)
def search_key(text: str) -> str:
    """The text without tone and other marks, spaces or case, with Thai digits as Arabic ones."""
    text = text.translate(_TABLE).replace(NIKHAHIT + SARA_AA, SARA_AM).replace(NIKHAHIT, "")
    return "".join(text.casefold().split())


def search_words(typed: str) -> list[str]:
    """What the user typed in a search box, as the keys that must each be found (a word per space)."""
    return [key for key in map(search_key, typed.split()) if key]


def matches(words: list[str], text: str) -> bool:
    """Every key of `search_words` is somewhere in the text."""
    haystack = search_key(text)
    return all(word in haystack for word in words)
