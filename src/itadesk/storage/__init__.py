"""Storage: SQLAlchemy models, the database's location and lifecycle, Alembic migrations, backups.

The public API, all over domain records (never ORM rows):

- `Database.open(url_or_path)` (`storage.database`) opens, creates or upgrades a database; `db.session()` is
  one unit of work. Every function below takes that session.
- `load_dataset`, `import_dataset` → `ImportSummary` (`storage.loading`, `storage.importing`): the whole data
  out and in, as the exchange file holds it.
- `storage.measures`, `storage.memos`, `storage.years`, `storage.office`, `storage.settings`: the services the
  command line and the window use record by record.
- `storage.backup`: `backup(db, path)` and `restore(db, path)`, always one SQLite file.
- Errors a user can fix are `StorageError` (Thai message); `NotFoundError` for unknown ids, `DatasetError`
  (with a JSON path) for a record that cannot be stored, `SchemaTooNewError` for a newer program's database.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from itadesk.storage.database import Database
    from itadesk.storage.errors import (
        DatasetError,
        NotFoundError,
        NotItaDeskDatabaseError,
        SchemaTooNewError,
        StorageError,
    )
    from itadesk.storage.import_summary import ImportSummary
    from itadesk.storage.importing import import_dataset
    from itadesk.storage.loading import list_years, load_dataset

# Loaded when first used, not with the package: reading a year (`storage.loading` over `storage.tables`) must
# not load the ORM that writing needs.
_HOMES = {
    "Database": "database",
    "DatasetError": "errors",
    "NotFoundError": "errors",
    "NotItaDeskDatabaseError": "errors",
    "SchemaTooNewError": "errors",
    "StorageError": "errors",
    "ImportSummary": "import_summary",
    "import_dataset": "importing",
    "list_years": "loading",
    "load_dataset": "loading",
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
