"""The three statuses of a measure, their codes and Thai labels."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        """The Thai label printed on documents and shown in the window."""
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Status:
        """A status from its code or its Thai label; ValueError with a Thai message otherwise."""
        cleaned = text.strip()
        for status in cls:
            if cleaned in (status.value, status.label):
                return status
        raise ValueError(f'"{text}" ไม่ใช่สถานะ ใช้ {ALL_LABELS}')


_LABELS = {
    Status.NOT_STARTED: "ยังไม่ดำเนินการ",
    Status.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    Status.DONE: "ดำเนินการแล้ว",
}

ALL_LABELS = "ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ หรือ ดำเนินการแล้ว"
