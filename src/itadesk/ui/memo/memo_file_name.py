"""The file name offered when a memo is saved as PDF: its subject, shortened at a word, never inside one.

Plain Python over the Thai word segmenter (which loads its dictionary on first use: call this off the GUI
thread the first time, as the composer does while it lays the memo out).
"""

from __future__ import annotations

import re

from itadesk.thai.segment import leading_words

NAME_LIMIT = 40  # letters of the subject kept in the name
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # what Windows refuses in a file name


def cut_at_word(text: str, limit: int) -> str:
    """The longest run of whole words from the start of `text` that has at most `limit` letters; a first
    word longer than that is kept whole rather than cut."""
    if len(text) <= limit:
        return text
    return leading_words(text, limit).rstrip()


def memo_pdf_name(subject: str, prefix: str = "บันทึกข้อความ", limit: int = NAME_LIMIT) -> str:
    """ "บันทึกข้อความ <the subject, cut at a word>.pdf", with what a file name may not hold replaced."""
    clean = " ".join(_NOT_IN_FILE_NAMES.sub("-", subject).split())
    short = cut_at_word(clean, limit).rstrip(" .-")
    return f"{prefix} {short}.pdf" if short else f"{prefix}.pdf"
