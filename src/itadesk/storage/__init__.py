"""Storage, in three parts: `lifecycle` (the database's life: opening, migrating, checking, backing up,
restoring; the one owner of its connections and files), `data` (tables, models, reading and the
record-by-record services) and `importing` (a whole `Dataset` in, checked, planned and summed up); beside
them `direct` reads an SQLite file of this schema with plain `sqlite3`, without SQLAlchemy.

The public API, all over domain records (never ORM rows):

- `Database.open(url_or_path)` (`storage.lifecycle.database`) opens, creates or upgrades a database;
  `db.session()` is one unit of work. Every function below takes that session.
- `load_dataset`, `import_dataset` → `ImportSummary` (`storage.data.loading`, `storage.importing.run`): the
  whole data out and in, as the exchange file holds it.
- `storage.data.measures`, `memos`, `years`, `office`, `settings`: the services the command line and the
  window use record by record.
- `storage.lifecycle.backup`: `backup(db, path)` and `restore(db, path)`, always one SQLite file.
- Errors a user can fix are `StorageError` (Thai message); `NotFoundError` for unknown ids, `DatasetError`
  (with a JSON path) for a record that cannot be stored, `SchemaTooNewError` for a newer program's database.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from itadesk.storage.data.loading import list_years, load_dataset
    from itadesk.storage.errors import (
        DatasetError,
        NotFoundError,
        NotItaDeskDatabaseError,
        SchemaTooNewError,
        StorageError,
    )
    from itadesk.storage.importing.run import import_dataset
    from itadesk.storage.importing.summary import ImportSummary
    from itadesk.storage.lifecycle.database import Database

# Loaded when first used, not with the package: reading a year (`storage.data.loading` over
# `storage.data.tables`) must not load the ORM that writing needs.
_HOMES = {
    "Database": "lifecycle.database",
    "DatasetError": "errors",
    "NotFoundError": "errors",
    "NotItaDeskDatabaseError": "errors",
    "SchemaTooNewError": "errors",
    "StorageError": "errors",
    "ImportSummary": "importing.summary",
    "import_dataset": "importing.run",
    "list_years": "data.loading",
    "load_dataset": "data.loading",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)


__all__ = [
    "Database",
    "DatasetError",
    "ImportSummary",
    "NotFoundError",
    "NotItaDeskDatabaseError",
    "SchemaTooNewError",
    "StorageError",
    "import_dataset",
    "list_years",
    "load_dataset",
]
