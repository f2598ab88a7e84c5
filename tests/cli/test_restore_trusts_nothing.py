"""`restore` takes only a whole file of one of the program's released schemas; else the live file stays."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from itadesk.exchange.writer import write_exchange_file
from tests.cli.conftest import Itadesk, export_json
from tests.storage.builders import full_dataset
from tests.storage.damaged_corpus import build_corpus

FIXTURES = Path(__file__).parent.parent / "storage" / "fixtures"


@pytest.fixture
def office(itadesk: Itadesk, tmp_path: Path, db: str) -> Path:
    exchange = tmp_path / "office.json"
    write_exchange_file(full_dataset(), exchange)
    assert itadesk("import", str(exchange)).code == 0
    return Path(db)


def _backup(itadesk: Itadesk, folder: Path, *statements: str) -> Path:
    made = folder / "backup.sqlite3"
    assert itadesk("backup", "-o", str(made)).code == 0
    with contextlib.closing(sqlite3.connect(made)) as connection:
        connection.isolation_level = None
        for statement in statements:
            connection.execute(statement)
    return made


HOSTILE = {
    "trigger": (
        "CREATE TRIGGER wipe AFTER INSERT ON status_changes BEGIN DELETE FROM result_entries; END",
        "ทริกเกอร์",
    ),
    "view": ("CREATE VIEW everything AS SELECT * FROM measures", "วิว"),
    "missing table": ("DROP TABLE memo_approvals", "ไม่มีตาราง memo_approvals"),
    "extra table": ("CREATE TABLE extra (x)", "มีตาราง extra"),
    "extra index": ("CREATE INDEX ix_extra ON measures (title)", "ตาราง measures มีดัชนี"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_backup_with_a_schema_the_program_never_made_is_refused(
    kind: str, office: Path, itadesk: Itadesk, tmp_path: Path
) -> None:
    statement, said = HOSTILE[kind]
    hostile = _backup(itadesk, tmp_path, "PRAGMA foreign_keys = OFF", statement)
    before = office.read_bytes()
    refused = itadesk("restore", str(hostile))
    assert refused.code == 1, refused.err
    assert said in refused.err and str(hostile) in refused.err
    assert office.read_bytes() == before
    assert not list(office.parent.glob("*.before-restore-*"))


def test_a_damaged_backup_is_refused(office: Path, itadesk: Itadesk, tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus", ["index-mismatch", "future-revision"])
    before = office.read_bytes()
    for name, said in (("index-mismatch", "ดัชนีของตารางไม่ตรงกับข้อมูล"), ("future-revision", "ใหม่กว่า")):
        refused = itadesk("restore", str(corpus[name]))
        assert refused.code == 1, refused.err
        assert said in refused.err
        assert office.read_bytes() == before


def test_a_backup_of_an_older_release_is_restored_and_upgraded(
    office: Path, itadesk: Itadesk, tmp_path: Path
) -> None:
    old = tmp_path / "schema-0001.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", old)
    restored = itadesk("restore", str(old))
    assert restored.code == 0, restored.err
    assert export_json(itadesk, tmp_path)["organization"]


def test_a_damaged_database_is_brought_back_by_restore(itadesk: Itadesk, tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus", ["zeroed-page"])
    good = tmp_path / "good.sqlite3"
    exchange = tmp_path / "office.json"
    write_exchange_file(full_dataset(), exchange)
    assert itadesk("import", str(exchange), database=str(good)).code == 0
    backup = tmp_path / "backup.sqlite3"
    assert itadesk("backup", "-o", str(backup), database=str(good)).code == 0
    database = tmp_path / "office.sqlite3"
    shutil.copyfile(corpus["zeroed-page"], database)
    damaged = database.read_bytes()

    restored = itadesk("restore", str(backup), database=str(database))

    assert restored.code == 0, restored.err
    kept = Path(restored.out.split("เก็บไว้ที่ ")[1].strip())
    assert kept.read_bytes() == damaged  # the damaged file is kept as it was
    assert itadesk("status", "m-2566-01", "done", database=str(database)).code == 0
