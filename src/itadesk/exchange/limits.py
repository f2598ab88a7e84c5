"""Sizes that protect the program from a file it cannot sensibly hold; far above anything an office writes."""

from __future__ import annotations

# The limits of texts are rules of the values themselves (the window keeps them too): domain/rules.py.
from itadesk.domain.rules import MAX_ID_CHARS, MAX_LONG_TEXT_CHARS, MAX_SHORT_TEXT_CHARS

# A large office's whole history with an embedded emblem is well under 2 MB; 20 MB is generous.
MAX_FILE_BYTES = 20 * 1024 * 1024
# The format nests seven deep (file → years → year → measures → measure → history → entry); x-… keys get room.
MAX_DEPTH = 40
MAX_EMBLEM_BYTES = 5 * 1024 * 1024
MAX_INTEGER_DIGITS = 20

__all__ = [
    "MAX_DEPTH", "MAX_EMBLEM_BYTES", "MAX_FILE_BYTES", "MAX_ID_CHARS", "MAX_INTEGER_DIGITS",
    "MAX_LONG_TEXT_CHARS", "MAX_SHORT_TEXT_CHARS",
]  # fmt: skip
