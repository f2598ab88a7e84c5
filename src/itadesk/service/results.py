"""What a use case gives back beyond a record: plain values, importable without loading storage."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from itadesk.domain.model import Measure
from itadesk.domain.status import Status


class SavedFields(NamedTuple):
    """What saving a measure's changed fields did: the measure as stored now, and the fields the user's values
    replaced after another program or PC had also changed them (empty when nothing clashed)."""

    measure: Measure
    overwritten: list[str]


class StatusChanged(NamedTuple):
    """A status change as stored: the status the measure had before, the measure now (its history
    included), the day recorded and, when no day was given and today is outside the measure's fiscal year,
    why that day (Thai; "" otherwise)."""

    before: Status
    measure: Measure
    day: date | None = None
    why: str = ""
