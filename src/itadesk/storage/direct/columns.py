"""Every column of the schema this program writes, with how SQLite keeps its value, without SQLAlchemy.

SQLAlchemy decodes what SQLite returns by each column's type: a JSON column is kept as JSON text, a Date as
'YYYY-MM-DD' text, a Boolean as 0 or 1. What reads the file with plain `sqlite3` decodes the same columns the
same way from this table (`decode`). `tests/storage/test_direct_reading.py` keeps it equal to
`storage.data.tables.metadata`: a column added there and not here fails it.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Final, Literal, TypeAlias

Kind: TypeAlias = Literal["text", "integer", "float", "boolean", "date", "json", "bytes"]

TEXT: Final[Kind] = "text"
INTEGER: Final[Kind] = "integer"
FLOAT: Final[Kind] = "float"
BOOLEAN: Final[Kind] = "boolean"
DATE: Final[Kind] = "date"
JSON: Final[Kind] = "json"
BYTES: Final[Kind] = "bytes"

_T: Final[Kind] = TEXT
_I: Final[Kind] = INTEGER
_F: Final[Kind] = FLOAT
_B: Final[Kind] = BOOLEAN
_D: Final[Kind] = DATE
_J: Final[Kind] = JSON
_X: Final[Kind] = BYTES

# Table → its columns in the order the table declares them. Tables with `seq` are read in (seq, pk) order.
COLUMNS: Final[dict[str, tuple[tuple[str, Kind], ...]]] = {
    "organization": (
        ("pk", _I), ("name", _T), ("short_name", _T), ("district", _T), ("province", _T),
        ("document_code", _T), ("phone", _T), ("website", _T), ("digits", _T), ("emblem_mime", _T),
        ("emblem_data", _X),
    ),
    "units": (("pk", _I), ("code", _T), ("seq", _I), ("name", _T)),
    "people": (
        ("pk", _I), ("code", _T), ("seq", _I), ("name", _T), ("title", _T), ("position", _T),
        ("acting", _T), ("unit", _T),
    ),
    "fiscal_years": (
        ("pk", _I), ("year", _I), ("sign_prefix", _B), ("report_first", _B), ("omit_empty_columns", _B),
    ),
    "document_contents": (
        ("pk", _I), ("fiscal_year_pk", _I), ("document", _T), ("title", _T), ("introduction", _J),
        ("note", _T), ("title_page", _J), ("headings", _T),
    ),
    "ita_results": (
        ("pk", _I), ("fiscal_year_pk", _I), ("assessed_year", _I), ("score", _F), ("grade", _T),
        ("recommendations", _J),
    ),
    "ita_part_scores": (
        ("pk", _I), ("result_pk", _I), ("seq", _I), ("code", _T), ("name", _T), ("score", _F),
    ),
    "ita_indicator_scores": (
        ("pk", _I), ("result_pk", _I), ("seq", _I), ("number", _I), ("name", _T), ("part", _T),
        ("score", _F), ("issue", _T),
    ),
    "measures": (
        ("pk", _I), ("code", _T), ("fiscal_year_pk", _I), ("seq", _I), ("number", _T), ("part", _T),
        ("indicator", _T), ("section", _T), ("title", _T), ("steps", _J), ("responsible", _J),
        ("period", _T), ("start", _D), ("end", _D), ("monitoring", _T), ("reporting", _T),
        ("status", _T), ("outcome", _T), ("problems", _T), ("suggestions", _T), ("evidence", _J),
        ("version", _I),
    ),
    "status_changes": (
        ("pk", _I), ("measure_pk", _I), ("seq", _I), ("status", _T), ("date", _D), ("note", _T),
    ),
    "result_entries": (("pk", _I), ("measure_pk", _I), ("seq", _I), ("date", _D), ("text", _T)),
    "memos": (
        ("pk", _I), ("code", _T), ("fiscal_year_pk", _I), ("seq", _I), ("unit", _T), ("number", _T),
        ("date", _D), ("addressee", _T), ("via", _T), ("subject", _T), ("body", _J), ("author_pk", _I),
        ("attach_document", _T), ("attach_round", _I),
    ),
    "memo_approvals": (
        ("pk", _I), ("memo_pk", _I), ("seq", _I), ("person_pk", _I), ("heading", _T),
    ),
    "app_settings": (("key", _T), ("value", _T)),
    "office_frameworks": (("year", _I), ("data", _J)),
    "change_counter": (("pk", _I), ("value", _I)),
}  # fmt: skip


def names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in COLUMNS[table])


def select_list(table: str, alias: str = "") -> str:
    """The table's columns for a SELECT, quoted (`end` is a keyword of SQL)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{name}"' for name in names(table))


def ordered(table: str) -> bool:
    """Whether the table's rows keep the order the user gave them (`seq`, then insertion)."""
    return any(name == "seq" for name, _ in COLUMNS[table])


def decode(kind: Kind, value: object) -> object:
    """A value as SQLite returned it → as SQLAlchemy's type for `kind` gives it back (NULL stays None).

    Raises ValueError (or TypeError) on a value that is not of its kind."""
    if value is None:
        return None
    if kind == JSON:
        if not isinstance(value, str | bytes):
            raise TypeError(f"JSON column holds {type(value).__name__}")
        return json.loads(value)
    if kind == DATE:
        if not isinstance(value, str):
            raise TypeError(f"date column holds {type(value).__name__}")
        return date.fromisoformat(value)
    if kind == BOOLEAN:
        return bool(value)
    if kind == BYTES and isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return value


def encode(kind: Kind, value: object) -> object:
    """A record's value → what SQLAlchemy's type for `kind` stores in SQLite (JSON keeps Thai as it is)."""
    if value is None:
        return None
    if kind == JSON:
        return json.dumps(value, ensure_ascii=False)
    if kind == DATE:
        assert isinstance(value, date)
        return value.isoformat()
    if kind == BOOLEAN:
        return 1 if value else 0
    return value
