"""Reading the database for a print: an SQLite file of this schema at once, here; any other database in a
second process while printing gets ready. The same data, the same refusals."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from itadesk.cli import read_ahead
from itadesk.cli.errors import CommandError
from itadesk.cli.read_ahead import ReadAheadCrashed, read_dataset, start_reading
from itadesk.storage.errors import StorageError
from tests.cli.conftest import Itadesk
from tests.conftest import EXAMPLES, require_shared


@pytest.fixture
def office_db(itadesk: Itadesk, db: str) -> str:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "003.json")).code == 0
    return db


def _not_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is read as a database the direct reader leaves to the ordinary path (a server, an older
    schema, a read-only file): in the second process."""
    from itadesk.service import reading

    monkeypatch.setattr(reading, "read_directly", lambda db, year=None, memo_id=None: None)


@pytest.fixture
def through_sqlalchemy(monkeypatch: pytest.MonkeyPatch) -> None:
    _not_directly(monkeypatch)


def test_a_file_of_this_schema_is_read_here_at_once(office_db: str) -> None:
    pending = start_reading(office_db, None)
    assert pending._process is None  # no second process to start
    assert pending.result() == read_dataset(office_db, None)
    assert pending.result().years[0].measures


def test_a_year_not_stored_is_refused_naming_it_when_read_here(office_db: str) -> None:
    pending = start_reading(office_db, 2599)  # refused when the data is asked for, as the second process's
    with pytest.raises(StorageError, match="2599"):
        pending.result()


def test_the_second_process_reads_exactly_what_this_one_would(
    office_db: str, through_sqlalchemy: None
) -> None:
    pending = start_reading(office_db, None)
    assert pending._process is not None and pending._process.pid != os.getpid()
    dataset = pending.result()
    assert pending._process.exitcode == 0
    assert dataset == read_dataset(office_db, None)
    assert dataset.years and dataset.years[0].measures


@pytest.mark.parametrize("here", [True, False], ids=["here", "in a second process"])
def test_one_year_is_read_as_asked(office_db: str, here: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not here:
        _not_directly(monkeypatch)
    everything = read_dataset(office_db, None)
    year = everything.years[0].fiscal_year
    assert start_reading(office_db, year).result().years == [everything.years[0]]


def test_a_fresh_interpreter_reads_the_same_as_on_windows(
    office_db: str, through_sqlalchemy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_ahead, "_context", lambda: multiprocessing.get_context("spawn"))
    assert start_reading(office_db, None).result() == read_dataset(office_db, None)


def test_a_database_that_is_not_ours_is_refused_with_the_same_thai_message(tmp_path: Path) -> None:
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_text("ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    with pytest.raises(Exception) as here:
        read_dataset(str(stranger), None)
    with pytest.raises(CommandError) as there:
        start_reading(str(stranger), None).result()
    assert str(there.value) == str(here.value)
    assert str(stranger) in str(there.value)


def test_a_year_not_stored_is_refused_naming_it(office_db: str, through_sqlalchemy: None) -> None:
    with pytest.raises(CommandError, match="2599"):
        start_reading(office_db, 2599).result()


def test_a_bug_in_the_second_process_comes_back_with_its_traceback(
    office_db: str, forking: None, through_sqlalchemy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> None:
        raise ZeroDivisionError("a bug while reading")

    monkeypatch.setattr(read_ahead, "read_ordinarily", broken)
    with pytest.raises(ReadAheadCrashed) as crashed:
        start_reading(office_db, None).result()
    assert "ZeroDivisionError: a bug while reading" in str(crashed.value)
    assert "in broken" in str(crashed.value)


def test_a_second_process_that_dies_says_how(
    office_db: str, forking: None, through_sqlalchemy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_ahead, "read_ordinarily", lambda db, year=None, memo_id=None: os._exit(9))
    with pytest.raises(ReadAheadCrashed, match="exit code 9"):
        start_reading(office_db, None).result()


def test_without_a_second_process_the_data_is_read_here(
    office_db: str, through_sqlalchemy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_processes(self: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    def no_fork() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", no_processes)
    monkeypatch.setattr(os, "fork", no_fork)
    pending = start_reading(office_db, None)
    assert pending._process is None
    assert pending.result() == read_dataset(office_db, None)


def test_print_reports_a_crash_of_the_reader_in_its_log(
    office_db: str,
    itadesk: Itadesk,
    forking: None,
    through_sqlalchemy: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def broken(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> None:
        raise KeyError("lost column")

    monkeypatch.setattr(read_ahead, "read_ordinarily", broken)
    crashed = itadesk("print", "plan", "--year", "2566", "-o", str(tmp_path / "plan.pdf"))
    assert crashed.code == 70
    log = Path(crashed.err.split("รายละเอียดบันทึกไว้ที่ ")[1].split()[0])
    assert "KeyError: 'lost column'" in log.read_text(encoding="utf-8")
    assert not (tmp_path / "plan.pdf").exists()


@pytest.fixture
def two_years_db(db: str) -> str:
    """The made-up office with its memo in 2566 and a second year, 2567, with measures of its own."""
    from dataclasses import replace

    from itadesk.service.office_data import OfficeData
    from tests.documents.helpers import made_up_dataset

    dataset = made_up_dataset(3, emblem=False)
    first = dataset.years[0]
    later = replace(
        first,
        fiscal_year=first.fiscal_year + 1,
        measures=[replace(m, id=f"{m.id}-next") for m in first.measures],
        memos=[],
        ita_result=None,
    )
    dataset.years.append(later)
    with OfficeData.open(db) as office:
        office.import_dataset(dataset)
    return db


def test_a_memo_is_read_with_its_own_year_only(two_years_db: str) -> None:
    everything = read_dataset(two_years_db)
    assert [y.fiscal_year for y in everything.years] == [2566, 2567]
    for_memo = start_reading(two_years_db, memo_id="memo-test").result()
    assert [y.fiscal_year for y in for_memo.years] == [2566]
    assert for_memo.years[0] == everything.years[0]
    assert for_memo.organization == everything.organization and for_memo.people == everything.people


def test_an_unknown_memo_reads_everything_so_the_refusal_can_name_the_memos(
    two_years_db: str, itadesk: Itadesk, tmp_path: Path
) -> None:
    assert start_reading(two_years_db, memo_id="memo-nowhere").result() == read_dataset(two_years_db)
    refused = itadesk("print", "memo", "memo-nowhere", "-o", str(tmp_path / "x.pdf"))
    assert refused.code == 1
    assert "memo-nowhere" in refused.err and "memo-test" in refused.err


def test_ctrl_c_is_answered_by_the_parent_while_the_reader_finishes(
    office_db: str, forking: None, through_sqlalchemy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    real = read_ahead.read_ordinarily

    def interrupted(db: str | None, year: int | None = None, *, memo_id: str | None = None) -> object:
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl+C sends every process of the terminal
        return real(db, year, memo_id=memo_id)

    monkeypatch.setattr(read_ahead, "read_ordinarily", interrupted)
    pending = start_reading(office_db)
    assert pending.result() == real(office_db)
    assert pending._process is not None and pending._process.exitcode == 0


def test_both_kinds_of_database_are_read_the_same_in_the_second_process(
    database_url: str, itadesk: Itadesk
) -> None:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json"), database=database_url).code == 0
    assert start_reading(database_url, memo_id="memo-001-1").result() == read_dataset(database_url)
