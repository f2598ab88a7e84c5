"""An import of measures into an office's SQLite file goes through sqlite3 alone, without loading SQLAlchemy,
and leaves exactly what the ORM's import leaves.

Each `itadesk import` here is a real process (`tests.cli.import_child`, which also says whether SQLAlchemy
was loaded). The same office's database is copied twice: one copy is named by its path (`--db FILE`, the
sqlite3 path), the other by a URL (`--db sqlite:///FILE`, which takes the ordinary path through the ORM);
after the same commands both hold the same rows in every table, keys included (only the random ids of new
measures differ, and the change counter, which both move on).
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest

from itadesk.storage.direct import importing as sqlite_import
from tests.conftest import EXAMPLES, REPO
from tests.exchange.word_files import write_example_docx

# (example, its fiscal year, the column of a measure's row in its last table that holds steps)
WORD_EXAMPLES = [("000", 2566, 1), ("001", 2567, 1), ("003", 2568, 3)]
NEW_ID = re.compile(r"m-\d{4}-[0-9a-f]{8}")


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str
    sqlalchemy: bool  # whether the process loaded SQLAlchemy


def itadesk(tmp: Path, db: str, *argv: str, kill_at: int | None = None) -> Ran:
    report = tmp / f"loaded-{time.monotonic_ns()}.json"
    kill = ["--kill-at", str(kill_at)] if kill_at is not None else []
    done = subprocess.run(
        [sys.executable, "-m", "tests.cli.import_child", str(report), *kill, "--db", db, *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    loaded = json.loads(report.read_text(encoding="utf-8")) if report.exists() else []
    return Ran(done.returncode, done.stdout, done.stderr, bool(loaded))


def tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, new measures' random ids numbered in order of appearance."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in sorted(names)
        }
    ids: dict[str, str] = {}
    text = NEW_ID.sub(lambda m: ids.setdefault(m.group(), f"NEW-{len(ids)}"), repr(found))
    rows: dict[str, list[tuple[Any, ...]]] = eval(text)  # our own repr of plain values
    return rows


def counter(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT value FROM change_counter").fetchone()[0])


def copy_database(source: Path, target: Path) -> Path:
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    return target


@dataclass
class Twins:
    """One office's database twice: `direct` imported into by path, `orm` by URL (the ORM's import)."""

    tmp: Path
    direct: Path
    orm: Path

    def both(self, *argv: str) -> tuple[Ran, Ran]:
        """The same command on both; each says the same and loads SQLAlchemy only on the ORM's path."""
        before = counter(self.direct), counter(self.orm)
        direct = itadesk(self.tmp, str(self.direct), *argv)
        orm = itadesk(self.tmp, f"sqlite:///{self.orm}", *argv)
        assert (direct.code, direct.out, direct.err) == (orm.code, orm.out, orm.err)
        assert orm.sqlalchemy
        self.assert_same(before)
        return direct, orm

    def assert_same(self, before: tuple[int, int]) -> None:
        direct, orm = tables(self.direct), tables(self.orm)
        moved = counter(self.direct) > before[0], counter(self.orm) > before[1]
        assert moved[0] == moved[1]  # both moved on, or neither (nothing written)
        del direct["change_counter"], orm["change_counter"]
        assert direct == orm


def office(tmp: Path, example: str) -> Path:
    """An office's database as the example's exchange file sets it up (the ORM's import: it has people)."""
    db = tmp / f"office-{example}.sqlite3"
    done = itadesk(tmp, str(db), "import", str(EXAMPLES / f"{example}.json"))
    assert done.code == 0 and done.sqlalchemy, done.err
    return db


@pytest.fixture
def twins(tmp_path: Path, request: pytest.FixtureRequest) -> Twins:
    example = request.node.callspec.params["example"]
    db = office(tmp_path, example)
    return Twins(
        tmp_path, copy_database(db, tmp_path / "direct.sqlite3"), copy_database(db, tmp_path / "orm.sqlite3")
    )


def edited_steps(source: Path, target: Path, column: int) -> Path:
    """The Word file with one more step typed into its last measure's steps."""
    document = docx.Document(str(source))
    cell = document.tables[-1].rows[-1].cells[column]
    cell.paragraphs[-1].add_run(" และรายงานผลให้ผู้บริหารทราบ")
    document.save(str(target))
    return target


@pytest.mark.parametrize(("example", "year", "column"), WORD_EXAMPLES)
def test_a_word_import_through_sqlite3_leaves_what_the_orm_leaves(
    twins: Twins, tmp_path: Path, example: str, year: int, column: int
) -> None:
    word = write_example_docx(example, tmp_path / f"{example}.docx")
    following = WORD_EXAMPLES[(WORD_EXAMPLES.index((example, year, column)) + 1) % len(WORD_EXAMPLES)][0]
    other = write_example_docx(following, tmp_path / "other.docx")
    first, _ = twins.both("import", str(word), "--year", str(year))  # matched by title to the example's
    assert first.code == 0 and not first.sqlalchemy, first.err
    next_year, _ = twins.both("import", str(word), "--year", str(year + 1))  # all new
    assert "มาตรการ: เพิ่ม" in next_year.out and not next_year.sqlalchemy
    again, _ = twins.both("import", str(word), "--year", str(year + 1))  # a re-import updates nothing
    assert "เพิ่ม 0 แก้ไข 0" in again.out and not again.sqlalchemy
    edited = edited_steps(word, tmp_path / "edited.docx", column)
    updated, _ = twins.both("import", str(edited), "--year", str(year + 1))  # updates, never duplicates
    assert "มาตรการ: เพิ่ม 0 แก้ไข 1 " in updated.out and not updated.sqlalchemy
    taken, _ = twins.both("import", str(word), "--year", str(year), "--take-statuses")
    assert taken.code == 0 and not taken.sqlalchemy
    replacing = ("import", str(other), "--year", str(year + 1), "--replace-year", str(year + 1))
    replaced_plan, _ = twins.both(*replacing, "--dry-run")
    assert " ลบ " in replaced_plan.out and not replaced_plan.sqlalchemy
    replaced, _ = twins.both(*replacing)
    assert " ลบ " in replaced.out and not replaced.sqlalchemy
    planned, _ = twins.both("import", str(edited), "--year", str(year + 2), "--dry-run")
    assert "ถ้านำเข้าเป็นมาตรการปีงบประมาณ" in planned.out and not planned.sqlalchemy


def _measures_only(example: str) -> dict[str, Any]:
    """The example's exchange file without the office, its units, people and memos: fiscal years of
    measures (one renamed, one moved to the next year by its id, one without an id)."""
    data = json.loads((EXAMPLES / f"{example}.json").read_text(encoding="utf-8"))
    year = data["years"][0]
    measures = copy.deepcopy(year["measures"])
    measures[0]["title"] += " (ปรับปรุง)"
    moved = measures.pop(1)
    fresh = copy.deepcopy(measures[-1])
    del fresh["id"]
    fresh["title"] = "มาตรการใหม่ที่ไม่มีรหัส"
    return {
        "format": data["format"],
        "years": [
            {"fiscal_year": year["fiscal_year"], "measures": [*measures, fresh]},
            {"fiscal_year": year["fiscal_year"] + 1, "measures": [moved]},
        ],
    }


@pytest.mark.parametrize("example", ["000", "001", "003"])
def test_a_measures_only_exchange_file_through_sqlite3_leaves_what_the_orm_leaves(
    twins: Twins, tmp_path: Path, example: str
) -> None:
    file = tmp_path / "measures.json"
    file.write_text(json.dumps(_measures_only(example), ensure_ascii=False), encoding="utf-8")
    planned, _ = twins.both("import", str(file), "--dry-run")
    assert planned.code == 0 and not planned.sqlalchemy, planned.err
    done, _ = twins.both("import", str(file))
    assert done.code == 0 and not done.sqlalchemy, done.err
    assert "ย้ายไปอยู่ปีงบประมาณอื่น" in done.out and "เพิ่ม 1 แก้ไข" in done.out
    again, _ = twins.both("import", str(file))
    assert again.code == 0 and "แก้ไข 0" in again.out and not again.sqlalchemy
    # Replacing the year removes its measures and memos the file does not hold: planned, then done.
    year = str(json.loads(file.read_text(encoding="utf-8"))["years"][0]["fiscal_year"])
    replace_plan, _ = twins.both("import", str(file), "--replace-year", year, "--dry-run")
    assert replace_plan.code == 0 and not replace_plan.sqlalchemy, replace_plan.err
    replaced, _ = twins.both("import", str(file), "--replace-year", year)
    assert replaced.code == 0 and not replaced.sqlalchemy, replaced.err
    # The whole example (its office, people, memos) takes the ORM's path on both.
    whole, _ = twins.both("import", str(EXAMPLES / f"{example}.json"))
    assert whole.code == 0 and whole.sqlalchemy, whole.err


def test_a_dry_run_through_sqlite3_writes_nothing(tmp_path: Path) -> None:
    db = office(tmp_path, "001")
    word = write_example_docx("001", tmp_path / "แผน.docx")
    before = tables(db), counter(db)
    planned = itadesk(tmp_path, str(db), "import", str(word), "--year", "2567", "--dry-run")
    assert planned.code == 0 and not planned.sqlalchemy, planned.err
    assert "ยังไม่เปลี่ยนอะไร" in planned.out and "มาตรการ: เพิ่ม" in planned.out
    assert (tables(db), counter(db)) == before


@contextlib.contextmanager
def writing_elsewhere(db: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another program holding the database's write lock for `seconds`, then committing its own write."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"INSERT INTO app_settings (key, value) VALUES ('other program', 'kept')\")\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "c.execute('COMMIT')\n",
            str(db),
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield holder
    finally:
        assert holder.wait(timeout=60) == 0


def _settings(db: Path) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT key, value FROM app_settings WHERE key = 'other program'"
        ).fetchall()


def test_an_import_waits_for_another_program_writing_and_loses_nothing(tmp_path: Path) -> None:
    db = office(tmp_path, "001")
    word = write_example_docx("003", tmp_path / "ความก้าวหน้า.docx")
    with writing_elsewhere(db, 2):
        done = itadesk(tmp_path, str(db), "import", str(word), "--year", "2568")
    assert done.code == 0 and not done.sqlalchemy, done.err
    assert _settings(db) == [("other program", "kept")]  # the other program's write
    with contextlib.closing(sqlite3.connect(db)) as connection:
        query = (
            "SELECT count(*) FROM measures JOIN fiscal_years AS y ON fiscal_year_pk = y.pk WHERE year = 2568"
        )
        assert connection.execute(query).fetchone() == (3,)  # the import's


def test_a_lock_held_past_the_wait_refuses_the_import_in_thai(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from itadesk.cli.main import run
    from itadesk.storage.lifecycle import database_file

    db = office(tmp_path, "001")
    word = write_example_docx("003", tmp_path / "ความก้าวหน้า.docx")
    monkeypatch.setattr(database_file, "BUSY_TIMEOUT_SECONDS", 0.3)  # the real wait is 30 s
    opened: list[object] = []
    real_open = sqlite_import.SqliteImport.open
    monkeypatch.setattr(
        sqlite_import.SqliteImport, "open", classmethod(lambda cls, arg: opened.append(arg) or real_open(arg))
    )
    before = tables(db)
    with writing_elsewhere(db, 5):
        code = run(["--db", str(db), "import", str(word), "--year", "2568"])
        said = capsys.readouterr()
    assert opened == [str(db)]  # the sqlite3 path was the one refused
    assert code == 1, said.err
    assert "นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน" in said.err and "ล็อก" in said.err and str(db) in said.err
    after = tables(db)
    assert after.pop("app_settings")[-1] == ("other program", "kept")
    before.pop("app_settings")
    assert after == before


@pytest.mark.parametrize(
    ("argv", "kill_at"),
    [
        (["--year", "2569"], 2),  # the year added, the first new measure about to be written
        (["--year", "2569"], 6),  # new measures written, more to come
        (["--year", "2567", "--replace-year", "2567"], 3),  # a measure updated, its history being replaced
    ],
)
def test_an_import_killed_mid_write_leaves_the_database_as_it_was(
    tmp_path: Path, argv: list[str], kill_at: int
) -> None:
    db = office(tmp_path, "000")
    word = write_example_docx("000", tmp_path / "ผล.docx")
    assert itadesk(tmp_path, str(db), "import", str(word), "--year", "2567").code == 0  # a year to update
    before = tables(db), counter(db)
    edited = edited_steps(word, tmp_path / "e.docx", 1)
    killed = itadesk(tmp_path, str(db), "import", str(edited), *argv, kill_at=kill_at)
    assert killed.code == -9, killed.err  # SIGKILL, inside the write transaction
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert (tables(db), counter(db)) == before
    done = itadesk(tmp_path, str(db), "import", str(word), "--year", "2566")
    assert done.code == 0 and not done.sqlalchemy, done.err


def test_the_sqlite3_writer_names_every_column_of_the_tables_it_writes() -> None:
    """A column added to a table (and its model) but not to the sqlite3 writer fails here, not in use."""
    from itadesk.storage.data import tables as declared

    for name, written in sqlite_import.WRITTEN.items():
        assert sorted(written) == sorted(
            c.name for c in declared.metadata.tables[name].columns if c.name != "pk"
        )


def test_the_sqlite3_import_knows_every_part_of_a_dataset() -> None:
    """A part a file may gain (a field of `Dataset` or `FiscalYear`) must be refused by `takes` (the ORM's
    import then writes it) or written by the sqlite3 import: this fails until someone decides which."""
    from dataclasses import fields

    from itadesk.domain.model import Dataset, FiscalYear

    assert {f.name for f in fields(Dataset)} == {"organization", "units", "people", "years", "frameworks"}
    assert {f.name for f in fields(FiscalYear)} == {
        "fiscal_year",
        "ita_result",
        "measures",
        "memos",
        "content",
    }
