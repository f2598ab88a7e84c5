"""What the user decided before an import into an office that already has data, and the refusal without it.

- `office`: the file's organisation differs from the stored one. "keep" leaves the stored one exactly as it is
  (an empty field in the file never wipes a stored one); "take" stores the file's as it is. `None` (nobody
  decided) refuses the import with `OfficeDiffersError` naming the fields, so nothing is replaced silently.
- `replace_years`: the fiscal years whose measures and memos become exactly the file's (the others are
  removed); every other year of the file is added to, records matched by id, else by title or subject.
- `statuses`: a measure whose status in the file is behind the stored one (done -> not started). "keep" keeps
  the stored status and its history (the rest of the measure is the file's); "take" takes the file's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from itadesk.storage.errors import StorageError

OfficeChoice = Literal["keep", "take"]
StatusChoice = Literal["keep", "take"]


@dataclass(frozen=True, slots=True)
class ImportChoices:
    office: OfficeChoice | None = None
    replace_years: frozenset[int] = frozenset()
    statuses: StatusChoice = "keep"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """An organisation field the file would change: Thai label, stored and file's value as text."""

    field: str
    label: str
    stored: str
    given: str


class OfficeDiffersError(StorageError):
    """The file's organisation is not the stored one and nobody said which to keep; nothing was imported."""

    def __init__(self, differences: list[FieldDifference]) -> None:
        self.differences = differences
        super().__init__(
            "ข้อมูลหน่วยงานในไฟล์ต่างจากในฐานข้อมูล: "
            + ", ".join(f"{d.label} (ฐานข้อมูล: {d.stored} / ไฟล์: {d.given})" for d in differences)
        )
