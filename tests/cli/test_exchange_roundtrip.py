"""Every real office file imports; export → import into an empty database → export gives the same file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLE_FILES


@pytest.fixture
def db(database_url: str) -> str:
    """Each test here runs on a new SQLite file and on a fresh PostgreSQL database."""
    return database_url


@pytest.fixture
def empty_db(db: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second, empty database of the same kind, to import an export into."""
    if "://" not in db:
        yield str(tmp_path / "empty.sqlite3")
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_example_imports_and_round_trips(
    example: Path, itadesk: Itadesk, empty_db: str, tmp_path: Path
) -> None:
    done = itadesk("import", str(example))
    assert done.code == 0, done.err
    assert "มาตรการ: เพิ่ม" in done.out

    first = export_json(itadesk, tmp_path)
    exported = tmp_path / "first.json"
    assert itadesk("export", "-o", str(exported)).code == 0

    assert itadesk("import", str(exported), database=empty_db).code == 0
    assert export_json(itadesk, tmp_path, database=empty_db) == first
    assert exported.read_bytes() == _export_bytes(itadesk, tmp_path, empty_db)


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_importing_twice_changes_nothing(example: Path, itadesk: Itadesk, tmp_path: Path) -> None:
    assert itadesk("import", str(example)).code == 0
    once = export_json(itadesk, tmp_path)
    again = itadesk("import", str(example))
    assert again.code == 0
    assert all("เพิ่ม 0 แก้ไข 0" in line for line in again.out.splitlines()[1:])
    assert export_json(itadesk, tmp_path) == once


def _export_bytes(itadesk: Itadesk, folder: Path, database: str) -> bytes:
    target = folder / "second.json"
    assert itadesk("export", "-o", str(target), database=database).code == 0
    return target.read_bytes()
