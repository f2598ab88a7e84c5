"""From bytes to a JSON value: size, encoding, syntax, duplicate keys, NaN, nesting; each refused in Thai."""

from __future__ import annotations

import codecs
import json
import re
from itertools import accumulate
from typing import Any

from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_INTEGER_DIGITS

SAVE_AS_UTF8 = "ไฟล์ต้องบันทึกเป็น UTF-8 (ในโปรแกรมแก้ไขข้อความเลือก “บันทึกเป็น… UTF-8”)"

# Python's own JSON messages, said in Thai.
_SYNTAX_MESSAGES = (
    ("Expecting value", 'ตรงนี้ต้องมีค่า (ข้อความในเครื่องหมาย "…", ตัวเลข, true, false, null, […] หรือ {…})'),
    ("Expecting property name enclosed in double quotes", 'ชื่อช่องต้องอยู่ในเครื่องหมาย "…" (หรือมีจุลภาค , เกินมา)'),
    ("Expecting ',' delimiter", "ขาดเครื่องหมายจุลภาค , ระหว่างค่า"),
    ("Expecting ':' delimiter", "ขาดเครื่องหมาย : หลังชื่อช่อง"),
    ("Unterminated string", 'ข้อความไม่มีเครื่องหมาย " ปิดท้าย'),
    ("Invalid control character", "มีอักขระควบคุม (เช่น ขึ้นบรรทัดใหม่) อยู่ในข้อความ ให้เขียนเป็น \\n"),
    ("Invalid \\uXXXX escape", "รหัส \\u ต้องตามด้วยเลขฐานสิบหก ๔ หลัก"),
    ("Invalid \\escape", "เครื่องหมาย \\ ตามด้วยอักขระที่ใช้ไม่ได้"),
    ("Extra data", "มีข้อมูลเกินมาหลังจบข้อมูล JSON แล้ว"),
)

# Strings are removed before brackets are counted so that "[" inside text does not count as nesting.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_DEPTH_STEP = str.maketrans({"[": "1", "{": "1", "]": "0", "}": "0"})


def decode_json(data: bytes) -> Any:
    """The JSON value in `data`, or ExchangeError saying what is wrong and where."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))
    text = _decode_text(data)
    _check_depth(text)
    try:
        return json.loads(
            text, object_pairs_hook=_object_marking_duplicates, parse_constant=NonNumber, parse_int=_integer
        )
    except json.JSONDecodeError as error:
        raise ExchangeError(_place(error.lineno, error.colno), _thai_syntax(error.msg)) from None
    except RecursionError:  # only reached if the bracket count was fooled; still a clear refusal
        raise ExchangeError("", f"ข้อมูลซ้อนกันลึกเกิน {MAX_DEPTH} ชั้น") from None


def too_large(size: int) -> ExchangeError:
    return ExchangeError(
        "",
        f"ไฟล์ใหญ่เกินไป ({size / 1024 / 1024:.1f} MB) ไฟล์แลกเปลี่ยนต้องไม่เกิน {MAX_FILE_BYTES // 1024 // 1024} MB",
    )


def _place(line: int, column: int) -> str:
    return f"บรรทัด {line} คอลัมน์ {column}"


def _thai_syntax(message: str) -> str:
    for english, thai in _SYNTAX_MESSAGES:
        if message.startswith(english):
            return f"ไฟล์ JSON ไม่ถูกต้อง: {thai}"
    return f"ไฟล์ JSON ไม่ถูกต้อง ({message})"


def _decode_text(data: bytes) -> str:
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4]
    if utf16:
        raise ExchangeError("", f"ไฟล์นี้บันทึกเป็น UTF-16 {SAVE_AS_UTF8}")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ExchangeError(
            _place(line, column),
            f"ไฟล์ไม่ได้เข้ารหัสเป็น UTF-8 (อาจบันทึกเป็น ANSI, TIS-620 หรือ Latin-1) {SAVE_AS_UTF8}",
        ) from None


def _check_depth(text: str) -> None:
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    steps = (1 if c == "1" else -1 for c in brackets.translate(_DEPTH_STEP))
    if max(accumulate(steps), default=0) > MAX_DEPTH:
        raise ExchangeError(
            _place(*_too_deep_at(text)), f"ข้อมูลซ้อนกันลึกเกิน {MAX_DEPTH} ชั้น ไฟล์ itadesk/1 ไม่เคยซ้อนลึกขนาดนี้"
        )


def _too_deep_at(text: str) -> tuple[int, int]:
    """Line and column of the bracket that goes too deep (slower than counting: run on a bad file only)."""
    depth = 0
    for token in _TOKEN.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = token.start()
                return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1
        elif bracket in "]}":
            depth -= 1
    return 1, 1


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the first key written twice; the reader refuses it with its path."""

    duplicate: str | None = None


class NonNumber:
    """NaN, Infinity or an absurdly long integer, kept so that the reader can refuse it with its path."""

    def __init__(self, name: str) -> None:
        self.name = name


def _integer(digits: str) -> int | NonNumber:
    # Python refuses to convert integers of thousands of digits (ValueError); no field needs more than a few.
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        return NonNumber(f"ตัวเลขยาว {len(digits):,} หลัก")
    return int(digits)


def _object_marking_duplicates(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result
