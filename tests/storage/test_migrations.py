"""Schema upgrades: old databases are upgraded (an SQLite file backed up first), newer ones refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, MetaData, create_engine, text

from itadesk.domain.model import FiscalYear
from itadesk.storage import Database, NotItaDeskDatabaseError, SchemaTooNewError, load_dataset
from itadesk.storage.data.models import Base
from itadesk.storage.data.settings import get_setting, set_setting
from itadesk.storage.data.year_content import save_year_content
from itadesk.storage.lifecycle import migrate
from itadesk.storage.lifecycle.changes import change_count
from itadesk.storage.lifecycle.migrate import current_revision, head_revision, upgrade
from tests.storage.builders import full_dataset

FIXTURES = Path(__file__).with_name("fixtures")


def _revision_in(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _titles(dataset_years: list[FiscalYear]) -> list[list[str]]:
    return [[m.title for m in y.measures] for y in dataset_years]


SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema-*.sqlite3"))


def test_there_is_a_fixture_for_every_schema_revision() -> None:
    """When a migration is added, the released schema before it keeps its fixture (make_schema_fixture)."""
    revisions = {path.stem.removeprefix("schema-") for path in SCHEMA_FIXTURES}
    assert {"0001", head_revision()} <= revisions


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=[p.stem for p in SCHEMA_FIXTURES])
def test_database_of_each_released_schema_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copy(fixture, path)
    revision = _revision_in(path)

    db = Database.open(str(path))

    backup = tmp_path / f"office.pre-upgrade-{revision}.sqlite3"
    if revision == head_revision():
        assert not backup.exists(), "nothing to upgrade, nothing to back up"
    else:
        assert backup.exists(), "the file must be copied before it is upgraded"
        assert _revision_in(backup) == revision
    assert _revision_in(path) == head_revision()
    with db.session() as session:
        stored = load_dataset(session)
        set_setting(session, "last_year", "2567")  # the table the second migration added
    expected = full_dataset()
    # The fixtures keep the emblem bytes of the day they were made (before import checked PNG headers).
    assert replace(stored.organization, emblem=None) == replace(expected.organization, emblem=None)
    assert stored.organization.emblem is not None and stored.organization.emblem.data.startswith(b"\x89PNG")
    assert stored.units == expected.units
    assert stored.people == expected.people
    assert _titles(stored.years) == _titles(expected.years)
    assert stored.years[0].ita_result == expected.years[0].ita_result
    assert stored.years[0].memos[0] == expected.years[0].memos[0]
    assert stored.years[0].measures[0] == expected.years[0].measures[0]
    with db.session() as session:
        assert get_setting(session, "last_year") == "2567"
    assert all(m.version >= 1 for y in stored.years for m in y.measures), "0003 gave every measure a version"
    with db.reading() as connection:
        assert change_count(connection) >= 1, "0003's change counter moves with every write"
    db.dispose()


def test_a_year_stored_before_the_columns_choice_follows_the_offices_layout(tmp_path: Path) -> None:
    """0006 adds the year's choice to leave out empty columns: a year stored by 0005's program has none
    (its tables print as the office's layout.toml says, as before), and a choice saved now is kept."""
    path = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema-0005.sqlite3", path)
    db = Database.open(str(path))
    with db.reading() as connection:
        content = load_dataset(connection, 2566).years[0].content
    assert content.omit_empty_columns is None
    assert content.sign_prefix and content.report_first  # what 0004 added is still there
    with db.session() as session:
        save_year_content(session, 2566, replace(content, omit_empty_columns=False))
    with db.reading() as connection:
        assert load_dataset(connection, 2566).years[0].content.omit_empty_columns is False
    db.dispose()


def test_upgrade_on_postgresql_keeps_the_data(postgres_url: str) -> None:
    old = Database.open(postgres_url, migrate=False)
    upgrade(old.engine, "0001")
    _copy_rows(FIXTURES / "schema-0001.sqlite3", old)  # the data as the program of 0001 stored it
    old.dispose()

    db = Database.open(postgres_url)
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    with db.session() as session:
        assert _titles(load_dataset(session).years) == _titles(full_dataset().years)
        set_setting(session, "k", "ค่า")
    db.dispose()


def _copy_rows(fixture: Path, target: Database) -> None:
    """Every row of an old schema's fixture into a database at that same schema (today's models would write
    columns the old schema lacks)."""
    source = create_engine(f"sqlite:///{fixture}")
    tables = MetaData()
    tables.reflect(source)
    with source.connect() as reading, target.engine.begin() as writing:
        for table in tables.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row) for row in reading.execute(table.select()).mappings()]
            if rows:
                writing.execute(table.insert(), rows)
    source.dispose()


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "itadesk.sqlite3"
    Database.open(str(path)).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d9999'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(SchemaTooNewError) as refused:
        Database.open(str(path))

    assert "ใหม่กว่า" in str(refused.value) and str(path) in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.pre-upgrade-*"))


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NotItaDeskDatabaseError) as refused:
        Database.open(str(path))
    assert "ไม่ใช่ฐานข้อมูลของ ITA Desk" in str(refused.value)
    # Left exactly as it was: not switched to WAL, no side files, not a byte changed.
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_server_database_of_a_newer_program_or_another_program_is_refused(postgres_url: str) -> None:
    db = Database.open(postgres_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d9999'"))
    db.dispose()
    with pytest.raises(SchemaTooNewError):
        Database.open(postgres_url)
    unmigrated = Database.open(postgres_url, migrate=False)
    with unmigrated.engine.begin() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "f00d9999"
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(text(f"DROP TABLE {table.name}"))
        connection.execute(text("DROP TABLE alembic_version"))
        connection.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
    unmigrated.dispose()
    with pytest.raises(NotItaDeskDatabaseError):
        Database.open(postgres_url)


def test_a_database_another_program_has_just_created_is_not_taken_for_another_programs(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two programs opening one new database at once: the second looked before the first committed.

    Its first look (outside the schema lock) still saw no revision; by the time it holds the lock the tables
    and the revision are there. It must use them, not refuse them as another program's data.
    """
    Database.open(database_url).dispose()  # the first program, done
    looks: list[str | None] = []
    look_in_lock = migrate._revision_on

    def spied_look(connection: Connection) -> str | None:
        revision = look_in_lock(connection)
        looks.append(revision)
        return revision

    # The first look saw a new, empty database: no revision, no tables.
    monkeypatch.setattr(migrate, "_stored_revision", lambda engine: None)
    monkeypatch.setattr(migrate, "_has_tables", lambda engine: False)
    monkeypatch.setattr(migrate, "_revision_on", spied_look)
    db = Database.open(database_url)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    db.dispose()
    assert looks == [head_revision()]


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    """A database made by running every migration equals one made from the models (what a new one gets)."""
    db = Database.open(database_url, migrate=False)
    upgrade(db.engine)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.dispose()
    assert differences == []


def test_new_database_is_created_at_the_newest_schema(database_url: str) -> None:
    db = Database.open(database_url)
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    db.dispose()
    Database.open(database_url).dispose()  # opening again finds nothing to do


def test_the_revision_checked_without_alembic_is_alembics_head() -> None:
    # Opening an up-to-date database compares with this constant instead of importing Alembic.
    from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION
