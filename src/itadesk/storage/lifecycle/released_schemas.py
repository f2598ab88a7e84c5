"""The schemas this program has ever released, derived from its own Alembic migrations; comparing a file's.

A backup is restored only if its schema is exactly one of them: the same tables with the same columns,
indexes, foreign keys and checks, and nothing else (no trigger, no view). Nothing here is a hand-kept list:
each revision's schema is what running the migrations up to it produces in an empty in-memory database
(and, for the newest, also what creating a new database produces), so a new migration adds its own.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache

from itadesk.storage.lifecycle.migrate import VERSION_TABLE, alembic_config

_CHECK = re.compile(r"\bCHECK\s*\(", re.IGNORECASE)


@dataclass(frozen=True)
class Schema:
    """What a schema is made of, in a form where two equal schemas compare equal whatever their SQL text."""

    tables: dict[str, frozenset[tuple[object, ...]]] = field(default_factory=dict)
    others: frozenset[tuple[str, str]] = frozenset()  # triggers, views, anything that is not a table or index


def read_schema(connection: sqlite3.Connection) -> Schema:
    """The schema of an open SQLite database."""
    tables: dict[str, frozenset[tuple[object, ...]]] = {}
    others = set()
    for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall():
        if name.startswith("sqlite_stat"):
            continue  # ANALYZE's statistics: not the schema
        if kind == "table":
            tables[name] = _table(connection, name, sql or "")
        elif kind != "index":
            others.add((kind, name))
    return Schema(tables, frozenset(others))


def _table(connection: sqlite3.Connection, name: str, sql: str) -> frozenset[tuple[object, ...]]:
    quoted = _quote(name)
    parts: set[tuple[object, ...]] = set()
    for _cid, column, kind, notnull, default, pk, hidden in connection.execute(
        f"PRAGMA table_xinfo({quoted})"
    ):
        parts.add(("column", column, str(kind).upper(), notnull, default, pk, hidden))
    for row in connection.execute(f"PRAGMA foreign_key_list({quoted})"):
        parts.add(("foreign key", *row[2:]))
    for _seq, index, unique, origin, partial in connection.execute(f"PRAGMA index_list({quoted})"):
        columns = tuple(
            (row[2], row[3], row[4], row[5])
            for row in connection.execute(f"PRAGMA index_xinfo({_quote(index)})")
        )
        shown = index if origin == "c" else origin  # automatic indexes are named by their position
        parts.add(("index", shown, unique, origin, partial, columns))
    for check in _checks(sql):
        parts.add(("check", check))
    return frozenset(parts)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _checks(sql: str) -> list[str]:
    """The CHECK constraints of a CREATE TABLE, without spaces, quotes or case."""
    found = []
    for match in _CHECK.finditer(sql):
        depth, at = 1, match.end()
        while at < len(sql) and depth:
            depth += {"(": 1, ")": -1}.get(sql[at], 0)
            at += 1
        found.append(re.sub(r"[\s\"'`\[\]]", "", sql[match.end() : at - 1]).lower())
    return sorted(found)


@cache
def released_schemas() -> dict[str, tuple[Schema, ...]]:
    """Every revision's schema(s): the migrations run one by one from an empty database, and for the newest
    also a database created directly from the tables (what a new office gets)."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from itadesk.storage.data.tables import metadata
    from itadesk.storage.lifecycle.changes import create_counter

    revisions = [script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    found: dict[str, tuple[Schema, ...]] = {}
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            for revision in reversed(revisions):  # walk_revisions goes from the newest back
                with connection.begin():
                    command.upgrade(alembic_config(connection), revision)
                found[revision] = (read_schema(raw),)
    finally:
        engine.dispose()
    created = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with created.begin() as connection:
            metadata.create_all(connection)
            create_counter(connection)
            command.stamp(alembic_config(connection), "head")
        with created.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            head = revisions[0]
            found[head] = (*found[head], read_schema(raw))
    finally:
        created.dispose()
    return found


def schema_problem(connection: sqlite3.Connection, revision: str) -> str | None:
    """What keeps this database's schema from being exactly revision `revision`'s, in Thai; None if it is."""
    candidates = released_schemas().get(revision)
    if not candidates:
        return f"ไม่รู้จักโครงสร้างรุ่น {revision}"
    schema = read_schema(connection)
    if schema in candidates:
        return None
    return _difference(schema, min(candidates, key=lambda known: _distance(schema, known)))


def _distance(schema: Schema, known: Schema) -> int:
    names = set(schema.tables) | set(known.tables)
    return len(schema.others) + sum(
        len(schema.tables.get(name, frozenset()) ^ known.tables.get(name, frozenset())) for name in names
    )


def _difference(schema: Schema, known: Schema) -> str:
    said = []
    for kind, name in sorted(schema.others):
        word = {"trigger": "ทริกเกอร์ (trigger)", "view": "วิว (view)"}.get(kind, kind)
        said.append(f"มี{word} {name} ซึ่งโปรแกรมไม่ได้สร้าง")
    missing = sorted(set(known.tables) - set(schema.tables))
    if missing:
        said.append(f"ไม่มีตาราง {', '.join(missing)}")
    extra = sorted(set(schema.tables) - set(known.tables))
    if extra:
        said.append(f"มีตาราง {', '.join(extra)} ที่โปรแกรมไม่ได้สร้าง")
    for name in sorted(set(schema.tables) & set(known.tables)):
        if schema.tables[name] != known.tables[name]:
            kinds = {str(part[0]) for part in schema.tables[name] ^ known.tables[name]}
            thai = {"column": "คอลัมน์", "index": "ดัชนี", "foreign key": "การอ้างอิง", "check": "เงื่อนไขตรวจค่า"}
            said.append(f"ตาราง {name} มี{'/'.join(thai[k] for k in sorted(kinds))}ไม่ตรงกับของโปรแกรม")
    return "; ".join(said) or "โครงสร้างไม่ตรงกับของโปรแกรม"


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """The revision written in an SQLite database, None when it has none."""
    with contextlib.suppress(sqlite3.Error):
        found = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return str(found[0]) if found else None
    return None
