"""A Word file's new measures are written in bulk: what the user sees afterwards is what the record-by-record
import left (`tests/storage/fixtures/word_import/`: its printed lines, `itadesk measures` and the export of
each example's Word file, measure ids masked), on SQLite and on PostgreSQL; the change counter moves on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.exchange.word_files import write_example_docx

BEFORE = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "word_import"
MEASURE_ID = re.compile(r"m-(\d{4})-[0-9a-f]{8}")


@pytest.fixture
def db(database_url: str) -> str:
    """Each test runs on a new SQLite file and on a fresh PostgreSQL database."""
    return database_url


def _masked(text: str) -> str:
    return MEASURE_ID.sub(r"m-\1-ID", text)


@pytest.mark.parametrize(("example", "year"), [("000", "2566"), ("001", "2567"), ("003", "2568")])
def test_a_word_import_leaves_what_the_record_by_record_import_left(
    itadesk: Itadesk, tmp_path: Path, example: str, year: str
) -> None:
    before = json.loads((BEFORE / f"{example}.json").read_text(encoding="utf-8"))
    word = write_example_docx(example, tmp_path / f"{example}.docx")
    imported = itadesk("import", str(word), "--year", year)
    listed = itadesk("measures", "--year", year)
    assert imported.code == 0 and listed.code == 0, imported.err + listed.err
    printed = _masked(imported.out.replace(str(word), "FILE.docx") + listed.out)
    assert printed.split("\n") == before["printed"]
    exported = export_json(itadesk, tmp_path)
    assert json.loads(_masked(json.dumps(exported, ensure_ascii=False))) == before["exported"]
    ids = [m["id"] for m in exported["years"][0]["measures"]]
    assert len(set(ids)) == len(ids) and all(MEASURE_ID.fullmatch(i) for i in ids)


def test_imported_again_bulk_written_measures_are_found_and_kept(itadesk: Itadesk, tmp_path: Path) -> None:
    word = write_example_docx("003", tmp_path / "ความก้าวหน้า.docx")
    assert itadesk("import", str(word), "--year", "2568").code == 0
    first = export_json(itadesk, tmp_path)
    again = itadesk("import", str(word), "--year", "2568")
    assert again.code == 0, again.err
    assert "มาตรการ: เพิ่ม 0 แก้ไข 0 เหมือนเดิม 3" in again.out
    assert export_json(itadesk, tmp_path) == first


def test_a_bulk_written_import_moves_the_change_counter(itadesk: Itadesk, db: str, tmp_path: Path) -> None:
    """The window notices another program's import by the change counter: written outside the ORM's flush,
    the new measures still move it."""
    from itadesk.service.office_data import OfficeData

    with OfficeData.open(db) as office:
        office.add_year(2567)  # the year is there: the import itself flushes nothing else
        before = office.change_count()
    word = write_example_docx("001", tmp_path / "แผน.docx")
    assert itadesk("import", str(word), "--year", "2567").code == 0
    with OfficeData.open(db) as office:
        assert office.change_count() > before
        assert len(office.measures(2567)) == 10
