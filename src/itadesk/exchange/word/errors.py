"""The refusal a Word file gets: what is wrong with it and what to do, in Thai; nothing has been imported."""

from __future__ import annotations

from itadesk.exchange.errors import ExchangeError


class WordImportError(ExchangeError):
    """A Word file the program cannot take measures from (not .docx, damaged, too big, no measure table).

    An `ExchangeError` for the whole file (no path inside it), so the window and the command line show it as
    the Thai message it is.
    """

    def __init__(self, message: str) -> None:
        super().__init__("", message)
