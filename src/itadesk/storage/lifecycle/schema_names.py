"""What the program knows of its database without loading SQLAlchemy: the schema revision it writes, the
tables that schema has, and which SQLite file `--db` names.

The window's first paint (`service.first_look`) reads an office's file with plain sqlite3 before SQLAlchemy is
imported; `migrate` and `database` take the same names from here, so there is one copy of each.
"""

from __future__ import annotations

import os
from pathlib import Path

from itadesk import paths

SCHEMA_REVISION = "0006"  # the newest migration; tests check that it is Alembic's head
# Its tables (`storage.data.tables.metadata` and Alembic's version table, which a test keeps equal).
TABLE_NAMES = (
    "alembic_version", "app_settings", "change_counter", "document_contents", "fiscal_years",
    "ita_indicator_scores", "ita_part_scores", "ita_results", "measures", "memo_approvals", "memos",
    "office_frameworks", "organization", "people", "result_entries", "status_changes", "units",
)  # fmt: skip
ENV_VAR = "ITADESK_DB"


def database_text(db_arg: str | None) -> str:
    """`--db`, else ITADESK_DB, stripped; "" for the default file."""
    return (db_arg or os.environ.get(ENV_VAR) or "").strip()


def sqlite_file_of(db_arg: str | None) -> Path | None:
    """The SQLite file `--db` names (a path, or nothing: the default file); None for a server's URL."""
    text = database_text(db_arg)
    if not text:
        return paths.default_database()
    if "://" in text:
        return None
    return Path(text).expanduser().absolute()
