"""The refusal a Word file gets: what is wrong with it and what to do, in Thai; nothing has been imported."""

from __future__ import annotations


class WordImportError(Exception):
    """A Word file the program cannot take measures from (not .docx, damaged, too big, no measure table)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
