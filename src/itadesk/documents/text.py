"""What a user typed, made ready to print: control characters made visible, digits in the office's setting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from itadesk.domain.model import Digits
from itadesk.thai.digits import localize_digits

# C0/C1 control characters other than newline and tab cannot be drawn and may confuse PDF viewers; they are
# replaced by a visible mark rather than dropped, so the user sees that something odd was in the data.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """Line ends unified, tabs as spaces, other control characters replaced by U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub(CONTROL_REPLACEMENT, text)


@dataclass(frozen=True, slots=True)
class Localizer:
    """Turns stored text into printed text for one office."""

    digits: Digits = "thai"

    def __call__(self, text: str) -> str:
        return localize_digits(clean(text), self.digits)

    def number(self, value: int | float | str) -> str:
        return localize_digits(str(value), self.digits)

    def score(self, value: float | None) -> str:
        """A score with two decimals (๗๗.๙๙), or "-" when unknown."""
        return "-" if value is None else localize_digits(f"{value:.2f}", self.digits)
