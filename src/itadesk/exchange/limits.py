"""Sizes that protect the program from a file it cannot sensibly hold; far above anything an office writes."""

from __future__ import annotations

# A large office's whole history with an embedded emblem is well under 2 MB; 20 MB is generous.
MAX_FILE_BYTES = 20 * 1024 * 1024
# The format nests seven deep (file → years → year → measures → measure → history → entry); x-… keys get room.
MAX_DEPTH = 40
MAX_EMBLEM_BYTES = 5 * 1024 * 1024
MAX_ID_CHARS = 100
MAX_SHORT_TEXT_CHARS = 1_000  # names, positions, codes, headings
MAX_LONG_TEXT_CHARS = 50_000  # titles, steps, results, memo paragraphs
MAX_INTEGER_DIGITS = 20
