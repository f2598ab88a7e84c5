"""An office's SQLite file read without SQLAlchemy (`storage.direct`) gives exactly the records the ordinary
path gives, and leaves every other file to the ordinary path (older, damaged, locked, read-only, a server)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)

from itadesk.cli.main import run
from itadesk.domain.model import Dataset
from itadesk.exchange.writer import write_exchange_file
from itadesk.service.reading import read_dataset, read_directly, read_ordinarily
from itadesk.storage.data.tables import metadata
from itadesk.storage.direct.columns import COLUMNS
from itadesk.storage.direct.reading import DirectReader
from itadesk.storage.errors import NotFoundError, StorageError
from tests.conftest import EXAMPLE_FILES, require_shared
from tests.storage.builders import full_dataset
from tests.storage.damaged_corpus import build_corpus

FIXTURES = Path(__file__).with_name("fixtures")


def _kind(column: Column[object]) -> str:
    """What a column's SQLAlchemy type keeps in SQLite, in `storage.direct.columns`' words."""
    kinds = (
        (JSON, "json"), (Boolean, "boolean"), (Date, "date"), (Float, "float"), (Integer, "integer"),
        (LargeBinary, "bytes"), (String, "text"), (Text, "text"),
    )  # fmt: skip
    return next((name for kind, name in kinds if isinstance(column.type, kind)), repr(column.type))


def _differences(declared: MetaData) -> list[str]:
    """Where the direct reader's columns differ from the tables SQLAlchemy declares (name, order, kind)."""
    found = []
    for name in sorted(set(declared.tables) | set(COLUMNS)):
        if name not in declared.tables or name not in COLUMNS:
            found.append(f"table {name}: only in {'the reader' if name in COLUMNS else 'the tables'}")
            continue
        tables = [(column.name, _kind(column)) for column in declared.tables[name].columns]
        reader = list(COLUMNS[name])
        if tables != reader:
            found.append(f"table {name}: tables {tables} != reader {reader}")
    return found


def test_the_direct_reader_knows_every_column_of_the_schema() -> None:
    assert _differences(metadata) == []


def test_a_column_added_to_the_tables_and_not_to_the_reader_is_caught() -> None:
    grown = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(grown)
    grown.tables["memos"].append_column(Column("signature_note", Text, nullable=False, default=""))
    assert any("signature_note" in line for line in _differences(grown))


def _imported(path: Path, folder: Path, dataset: Dataset | None = None, example: Path | None = None) -> str:
    """A real SQLite file made by the real `itadesk import` of an example (or of `dataset`)."""
    if example is None:
        assert dataset is not None
        example = folder / "office.json"
        write_exchange_file(dataset, example)
    assert run(["--db", str(path), "import", str(example)]) == 0
    return str(path)


def _every_read(db: str, dataset: Dataset) -> Iterator[tuple[str, int | None, str | None]]:
    yield "everything", None, None
    for year in dataset.years:
        yield f"year {year.fiscal_year}", year.fiscal_year, None
        for memo in year.memos:
            yield f"memo {memo.id}", None, memo.id
    yield "an unknown memo (everything, to name the memos there are)", None, "memo-nowhere"


@pytest.mark.parametrize("source", [*EXAMPLE_FILES, None], ids=[*(p.stem for p in EXAMPLE_FILES), "full"])
def test_the_direct_reader_gives_the_records_the_ordinary_path_gives(
    source: Path | None, tmp_path: Path
) -> None:
    """Every example as `itadesk import` stores it, and a year with ITA results, memos with approvers,
    status histories, results, the year's content and an office's own framework."""
    if source is not None:
        require_shared()
    db = _imported(tmp_path / "office.sqlite3", tmp_path, full_dataset(), source)
    everything = read_ordinarily(db)
    assert everything.years, "the example has years to compare"
    for what, year, memo in _every_read(db, everything):
        direct = read_directly(db, year, memo_id=memo)
        ordinary = read_ordinarily(db, year, memo_id=memo)
        assert direct is not None, what
        assert direct == ordinary, what  # field for field (the records are dataclasses)


def test_a_year_not_stored_is_refused_in_the_same_words(tmp_path: Path) -> None:
    db = _imported(tmp_path / "office.sqlite3", tmp_path, full_dataset())
    with pytest.raises(NotFoundError) as direct:
        read_directly(db, 2590)
    with pytest.raises(NotFoundError) as ordinary:
        read_ordinarily(db, 2590)
    assert str(direct.value) == str(ordinary.value) == "ไม่มีปีงบประมาณ 2590 ในฐานข้อมูล"


def test_the_reader_sees_the_office_settings_and_the_change_counter(tmp_path: Path) -> None:
    db = _imported(tmp_path / "office.sqlite3", tmp_path, full_dataset())
    with sqlite3.connect(db) as writer:
        writer.execute("INSERT INTO app_settings (key, value) VALUES ('last_year', '2567')")
    reader = DirectReader.open(Path(db))
    assert reader is not None
    with reader:
        assert reader.settings() == {"last_year": "2567"}
        assert reader.change_count() >= 1
        stored = {row.code: row.pk for row in reader.rows("measures", "code LIKE ?", ["m-%"])}
    assert sorted(stored) == sorted(m.id for y in read_ordinarily(db).years for m in y.measures)
    assert all(isinstance(pk, int) for pk in stored.values())  # the keys, for code that matches records


def test_an_older_schema_takes_the_ordinary_path_which_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / "schema-0005.sqlite3", path)
    assert read_directly(str(path)) is None
    upgraded = read_dataset(str(path))  # the ordinary path: backs the file up, then upgrades it
    assert (tmp_path / "office.pre-upgrade-0005.sqlite3").exists()
    assert read_directly(str(path)) == upgraded  # now of this schema: read directly, the same records


@pytest.mark.parametrize("damage", ["zeroed-page", "truncated-half", "dropped-table", "future-revision"])
def test_a_damaged_or_newer_file_is_refused_by_the_ordinary_path_in_its_words(
    damage: str, tmp_path: Path
) -> None:
    path = build_corpus(tmp_path, [damage])[damage]
    before = path.read_bytes()
    assert read_directly(str(path)) is None
    with pytest.raises(StorageError) as ordinary:
        read_ordinarily(str(path))
    with pytest.raises(StorageError) as through_the_service:
        read_dataset(str(path))
    assert str(through_the_service.value) == str(ordinary.value)
    assert path.read_bytes() == before


def test_a_read_only_file_and_a_file_out_of_wal_mode_take_the_ordinary_path(tmp_path: Path) -> None:
    db = _imported(tmp_path / "office.sqlite3", tmp_path, full_dataset())
    expected = read_ordinarily(db)
    os.chmod(db, stat.S_IRUSR | stat.S_IRGRP)
    try:
        assert read_directly(db) is None
        assert read_dataset(db) == expected  # opened read-only by the ordinary path
    finally:
        os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    assert read_directly(db) is None  # the ordinary path puts it back in WAL mode
    assert read_dataset(db) == expected
    assert read_directly(db) == expected


def test_a_locked_file_takes_the_ordinary_path(tmp_path: Path) -> None:
    db = _imported(tmp_path / "office.sqlite3", tmp_path, full_dataset())
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE change_counter SET value = value + 1")  # another program writes, holding it
        assert read_directly(db) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert read_directly(db) is not None


def test_a_server_or_no_file_takes_the_ordinary_path(tmp_path: Path) -> None:
    assert read_directly("postgresql+psycopg://clerk@localhost:1/office") is None
    assert read_directly(str(tmp_path / "none-yet.sqlite3")) is None
    assert not (tmp_path / "none-yet.sqlite3").exists()
