"""Errors a user can do something about, each carrying a Thai message that says what and where."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot do what was asked, for a reason the user can fix; `str()` is the Thai message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(StorageError):
    """A record asked for by its id (a measure, a memo, a person …) or a fiscal year is not stored."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer ITA Desk: opening it with this one could damage it."""


class NotItaDeskDatabaseError(StorageError):
    """The file is a database, or a file, but not one of ITA Desk's."""


class DatasetError(StorageError):
    """A record being imported or saved is wrong; `path` names it like the exchange file does (JSON path).

    `str()` is "path: message", the same shape as the exchange reader's errors.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message
