"""A damaged database is never written nor backed up: each command refuses in Thai, its bytes left alone."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from itadesk.exchange.writer import write_exchange_file
from tests.cli.conftest import Itadesk
from tests.storage.builders import full_dataset
from tests.storage.damaged_corpus import DAMAGE, build_corpus

THAI = re.compile("[\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_command_refuses_a_damaged_database_and_leaves_it_as_it_was(
    damage: str, corpus: dict[str, Path], tmp_path: Path, itadesk: Itadesk
) -> None:
    database = tmp_path / "office.sqlite3"
    shutil.copyfile(corpus[damage], database)
    before = database.read_bytes()
    exchange = tmp_path / "office.json"
    write_exchange_file(full_dataset(), exchange)
    commands = {
        "status": ("status", "m-grown-0001", "done", "--note", "เผยแพร่แล้ว"),
        "import": ("import", str(exchange)),
        "backup": ("backup", "-o", str(tmp_path / "copy.sqlite3")),
    }
    for name, argv in commands.items():
        done = itadesk(*argv, database=str(database))
        assert done.code == 1, (name, done.err)
        assert str(database) in done.err, (name, done.err)
        assert THAI.search(done.err), (name, done.err)
        assert "Traceback" not in done.err
        assert database.read_bytes() == before, name
    assert not (tmp_path / "copy.sqlite3").exists()


def test_the_refusal_says_what_is_damaged_and_names_the_newest_good_backup(
    corpus: dict[str, Path], tmp_path: Path, itadesk: Itadesk
) -> None:
    from itadesk.storage.lifecycle.backup_list import automatic_folder

    database = tmp_path / "office.sqlite3"
    good = tmp_path / "good.sqlite3"
    assert itadesk("import", str(_exchange(tmp_path)), database=str(good)).code == 0
    backups = automatic_folder(database)  # the damaged database's own automatic backups
    backups.mkdir(parents=True, exist_ok=True)
    older = backups / "itadesk-auto-20261101-080000-000000.sqlite3"
    newest_damaged = backups / "itadesk-auto-20261201-080000-000000.sqlite3"
    assert itadesk("backup", "-o", str(tmp_path / "older.sqlite3"), database=str(good)).code == 0
    shutil.move(tmp_path / "older.sqlite3", older)  # `itadesk backup` never writes into the backups folder
    shutil.copyfile(corpus["zeroed-page"], newest_damaged)
    shutil.copyfile(corpus["index-mismatch"], database)

    done = itadesk("status", "m-grown-0001", "done", database=str(database))

    assert done.code == 1
    assert "ดัชนีของตารางไม่ตรงกับข้อมูลในตาราง" in done.err
    assert str(older) in done.err and str(newest_damaged) not in done.err
    assert "01/11/2569" in done.err


def _exchange(folder: Path) -> Path:
    exchange = folder / "office.json"
    write_exchange_file(full_dataset(), exchange)
    return exchange
