"""Damaged ITA Desk databases, each made from a good office database the way real damage happens.

`build_corpus(folder)` returns {name: path}. Every file is closed (no -wal beside it) so its bytes can be
compared before and after a command.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from itadesk.domain.model import Dataset
from itadesk.storage.lifecycle.database import Database
from tests.storage.builders import full_dataset


def office_dataset(measures: int = 60) -> Dataset:
    """The full dataset with its first year grown to `measures` measures (an office's year is ~60)."""
    dataset = full_dataset()
    year = dataset.years[0]
    model = year.measures[0]
    year.measures = [
        dataclasses.replace(model, id=f"m-grown-{n:04d}", title=f"มาตรการที่ {n} {model.title}")
        for n in range(measures)
    ]
    return dataset


def make_office(path: Path, measures: int = 60) -> Path:
    from itadesk.storage.importing.run import import_dataset

    db = Database.open(str(path))
    try:
        with db.session() as session:
            import_dataset(session, office_dataset(measures))
    finally:
        db.dispose()
    return path


def _sql(path: Path, *statements: str, journal: str = "WAL") -> None:
    """Run `statements`, leaving the file in ITA Desk's own journal mode (WAL) with no -wal beside it."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.isolation_level = None
        for statement in statements:
            connection.execute(statement)
        connection.execute(f"PRAGMA journal_mode = {journal}")


def _root_page(path: Path, name: str) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:
        page: int = look.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        size: int = look.execute("PRAGMA page_size").fetchone()[0]
    return (page - 1) * size


def _index_mismatch(path: Path) -> None:
    # The index keeps its entries (by fiscal year) but now claims to index another column: only
    # integrity_check compares an index with its table.
    _sql(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_measures_fiscal_year_pk ON measures (seq)' "
        "WHERE name = 'ix_measures_fiscal_year_pk'",
        "PRAGMA writable_schema = OFF",
    )


def _zero_page(path: Path) -> None:
    offset = _root_page(path, "ix_measures_fiscal_year_pk")
    data = bytearray(path.read_bytes())
    data[offset : offset + 4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _truncate(fraction: float) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return cut


def _flip(count: int, seed: int, start: int = 0, end: int | None = None) -> Callable[[Path], None]:
    def flip(path: Path) -> None:
        data = bytearray(path.read_bytes())
        chance = random.Random(seed)
        for _ in range(count):
            at = chance.randrange(start, end or len(data))
            data[at] ^= 1 << chance.randrange(8)
        path.write_bytes(bytes(data))

    return flip


def _flip_page_header(path: Path) -> None:
    # The b-tree page header of the measures table: its type, its free space, its cell count.
    offset = _root_page(path, "measures")
    data = bytearray(path.read_bytes())
    for at in range(offset, offset + 8):
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


def _drop_table(path: Path) -> None:
    _sql(path, "PRAGMA foreign_keys = OFF", "DROP TABLE memo_approvals")


def _text_file(path: Path) -> None:
    path.write_text("บันทึกการประชุม ไม่ใช่ฐานข้อมูล\n" * 200, encoding="utf-8")


def _future_revision(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = '9999'")


def _another_program(path: Path) -> None:
    path.unlink()
    _sql(
        path,
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO customers VALUES (1, 'a')",
    )


DAMAGE: dict[str, Callable[[Path], None]] = {
    "index-mismatch": _index_mismatch,
    "zeroed-page": _zero_page,
    "truncated-half": _truncate(0.5),
    "truncated-header": _truncate(0.0005),
    "flipped-300": _flip(300, seed=5),  # seed 5: once a UnicodeDecodeError at PRAGMA journal_mode
    "flipped-page-header": _flip_page_header,
    "dropped-table": _drop_table,
    "text-file": _text_file,
    "future-revision": _future_revision,
    "another-program": _another_program,
}


def build_corpus(folder: Path, names: list[str] | None = None) -> dict[str, Path]:
    """One damaged copy of a good office database per kind of damage, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    good = make_office(folder / "good.sqlite3")
    _sql(good)  # one self-contained file to copy
    made = {}
    for name in names or list(DAMAGE):
        path = folder / f"{name}.sqlite3"
        path.write_bytes(good.read_bytes())
        DAMAGE[name](path)
        made[name] = path
    good.unlink()
    return made
