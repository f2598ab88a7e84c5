"""Errors a user can fix when printing, each with a Thai message that says what and where."""

from __future__ import annotations


class DocumentError(Exception):
    """A document cannot be printed from the data given (unknown year or memo, missing person…).

    `str(error)` is the Thai message the command line and the window show as it is.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
