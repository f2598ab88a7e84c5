"""The error a bad exchange file gets: where (a JSON path, or line and column) and what is wrong, in Thai."""

from __future__ import annotations


class ExchangeError(Exception):
    """A problem the user can fix in the file; nothing has been read into the database.

    `path` names the place: `years[0].measures[3].status`, or `บรรทัด 4 คอลัมน์ 7` before the JSON could be
    read at all, or "" for the file as a whole.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
