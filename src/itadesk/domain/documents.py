"""The four report tables an office prints, by the names the command line and the exchange file use.

Apart from the records in `model` so that a command line can name them without loading every record type.
"""

from __future__ import annotations

from typing import Literal

DocumentKind = Literal["plan", "progress", "results", "analysis"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("plan", "progress", "results", "analysis")
