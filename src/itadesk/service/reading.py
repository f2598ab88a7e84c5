"""Reading an office's data to print or export it: straight from an SQLite file of this schema with plain
`sqlite3` when it can (`storage.direct.reading`: no SQLAlchemy to load, most of a cold `itadesk print`),
else through `OfficeData` as always (a server, an older schema to migrate, a damaged, locked or read-only
file), with its checks and its Thai messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itadesk.storage.lifecycle.schema_names import sqlite_file_of

if TYPE_CHECKING:
    from itadesk.domain.model import Dataset


def read_directly(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset | None:
    """One fiscal year, the year of a memo, or everything, from the SQLite file `db` names (--db, else
    ITADESK_DB, else the default file) without SQLAlchemy; None when the ordinary path must read it
    (`read_dataset`). Raises what that path would for a year not stored, or a framework that no longer
    reads."""
    path = sqlite_file_of(db)
    if path is None:  # a server
        return None
    from itadesk.storage.direct.reading import DirectReader, read_directly

    def dataset(reader: DirectReader) -> Dataset:
        return reader.memo_dataset(memo_id) if memo_id is not None else reader.dataset(year)

    return read_directly(path, dataset)


def read_dataset(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset:
    """As `read_directly`, through `OfficeData.open(db, reading=True)` when it cannot read directly."""
    found = read_directly(db, year, memo_id=memo_id)
    if found is not None:
        return found
    return read_ordinarily(db, year, memo_id=memo_id)


def read_ordinarily(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> Dataset:
    """Through `OfficeData` (SQLAlchemy; opening may create, upgrade or refuse the database)."""
    from itadesk.service.office_data import OfficeData

    with OfficeData.open(db, reading=True) as office:
        if memo_id is not None:
            return office.memo_dataset(memo_id)
        return office.dataset(year)
