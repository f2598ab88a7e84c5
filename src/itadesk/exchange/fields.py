"""Reading one JSON object of the file field by field, each problem refused with its JSON path in Thai."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Any, NoReturn

from itadesk.domain.rules import (
    FORBIDDEN,
    normalise_text,
    required_text_problem,
    score_problem,
    text_problem,
)
from itadesk.exchange.dates import DateProblem, parse_iso_date
from itadesk.exchange.decoding import JsonObject, NonNumber
from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.limits import MAX_SHORT_TEXT_CHARS

_FORBIDDEN = FORBIDDEN  # control characters: the rule is domain/rules.py's, shared with the window

TEXT = 'ข้อความในเครื่องหมาย "…"'
INTEGER = "จำนวนเต็ม"
NUMBER = "ตัวเลข"
LIST = "รายการ […]"
OBJECT = "วัตถุ {…}"


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def fail(path: str, message: str) -> NoReturn:
    raise ExchangeError(path, message)


def describe(value: object) -> str:
    """What a JSON value is, in Thai, for 'must be X, found Y' messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"ตัวเลข {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        return f'ข้อความ "{shown}"'
    if isinstance(value, list):
        return "รายการ […]"
    if isinstance(value, dict):
        return "วัตถุ {…}"
    if isinstance(value, NonNumber):
        return value.name if value.name.startswith("ตัวเลข") else f"{value.name} (ไฟล์ JSON ไม่มีค่านี้)"
    return type(value).__name__


def wrong_type(path: str, expected: str, value: object) -> NoReturn:
    fail(path, f"ต้องเป็น{expected} แต่พบ{describe(value)}")


def clean_text(value: object, path: str, limit: int) -> str:
    """A string from the file as every input stores it (NFC, then `rules.normalise_text`: zero-width
    characters out, ํา → ำ, Thai vowels in order), refused when it still holds a control or bidirectional
    character or is over `limit` characters."""
    if not isinstance(value, str):
        wrong_type(path, TEXT, value)
    text = normalise_text(unicodedata.normalize("NFC", value))
    problem = text_problem(text, limit)
    if problem:
        fail(path, problem)
    return text


def integer(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        wrong_type(path, INTEGER, value)
    return value


def number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        wrong_type(path, NUMBER, value)
    return float(value)


def items(value: object, path: str) -> Iterator[tuple[object, str]]:
    """The elements of a JSON list with their paths."""
    if not isinstance(value, list):
        wrong_type(path, LIST, value)
    for index, item in enumerate(value):
        yield item, join(path, index)


class Fields:
    """One JSON object: refuses a non-object, a duplicate or unknown key (x-… excepted), then reads fields."""

    def __init__(self, value: object, path: str, known: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            wrong_type(path or "ไฟล์", OBJECT, value)
        if isinstance(value, JsonObject) and value.duplicate is not None:
            shown = shown_key(value.duplicate)
            fail(join(path, shown), f'ชื่อช่อง "{shown}" ซ้ำกัน ให้เหลือไว้ช่องเดียว')
        for key in value:
            if key not in known and not key.startswith("x-"):
                shown = shown_key(key)
                fail(join(path, shown), _unknown_key(shown, known))
        self.value: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return join(self.path, key)

    def get(self, key: str) -> object:
        """The raw value; None when absent or null (null means 'not given' for every optional field)."""
        return self.value.get(key)

    def has(self, key: str) -> bool:
        return self.value.get(key) is not None

    def required(self, key: str) -> object:
        if key not in self.value or self.value[key] is None:
            fail(self.at(key), f'ขาดช่อง "{key}" ซึ่งต้องมี')
        return self.value[key]

    def text(self, key: str, *, limit: int = MAX_SHORT_TEXT_CHARS, required: bool = False) -> str:
        if required:
            text = clean_text(self.required(key), self.at(key), limit)
            problem = required_text_problem(text, limit)
            if problem:
                fail(self.at(key), problem)
            return text
        raw = self.get(key)
        return "" if raw is None else clean_text(raw, self.at(key), limit)

    def optional_text(self, key: str, *, limit: int = MAX_SHORT_TEXT_CHARS) -> str | None:
        raw = self.get(key)
        return None if raw is None else clean_text(raw, self.at(key), limit)

    def texts(self, key: str, *, limit: int) -> list[str]:
        raw = self.get(key)
        if raw is None:
            return []
        return [clean_text(item, path, limit) for item, path in items(raw, self.at(key))]

    def objects(self, key: str) -> Iterator[tuple[object, str]]:
        raw = self.get(key)
        if raw is not None:
            yield from items(raw, self.at(key))

    def integer(self, key: str, *, required: bool = False) -> int | None:
        raw = self.required(key) if required else self.get(key)
        return None if raw is None else integer(raw, self.at(key))

    def score(self, key: str) -> float | None:
        """A score out of 100."""
        raw = self.get(key)
        if raw is None:
            return None
        value = number(raw, self.at(key))
        problem = score_problem(value, raw)
        if problem:
            fail(self.at(key), problem)
        return value

    def day(self, key: str) -> date | None:
        raw = self.get(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            wrong_type(self.at(key), 'วันที่ในเครื่องหมาย "…" แบบ "2023-11-22"', raw)
        try:
            return parse_iso_date(raw)
        except DateProblem as problem:
            fail(self.at(key), str(problem))

    def flag(self, key: str) -> bool:
        """true or false; false when absent."""
        raw = self.get(key)
        if raw is None:
            return False
        if not isinstance(raw, bool):
            wrong_type(self.at(key), "true หรือ false", raw)
        return raw

    def choice(self, key: str, choices: tuple[str, ...], default: str, *, allow_empty: bool = False) -> str:
        """One of `choices`; "" too when `allow_empty` (an optional code written out empty)."""
        raw = self.get(key)
        if raw is None:
            return default
        if not isinstance(raw, str):
            wrong_type(self.at(key), TEXT, raw)
        if raw == "" and allow_empty:
            return ""
        if raw not in choices:
            fail(self.at(key), f'"{raw}" ใช้ไม่ได้ ใช้ {" หรือ ".join(choices)}')
        return raw


def shown_key(key: str) -> str:
    """A key as a message can show it: control characters visible, a runaway length cut."""
    visible = _FORBIDDEN.sub("\ufffd", key)
    return visible if len(visible) <= 60 else visible[:60] + "…"


def _unknown_key(key: str, known: tuple[str, ...]) -> str:
    message = f'ไม่รู้จักช่อง "{key}"'
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        return f'{message} หมายถึง "{close[0]}" หรือไม่'
    return f"{message} ช่องที่ใช้ได้: {', '.join(known)} (ช่องที่ขึ้นต้นด้วย x- จะถูกข้าม)"
