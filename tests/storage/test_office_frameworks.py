"""The office's own framework in the database: an office upgraded from the last release keeps printing its
years as before but for the item numbers that were wrong; the released schema with a framework keeps it."""

from __future__ import annotations

import shutil
from pathlib import Path

from itadesk.documents.printing import print_document
from itadesk.storage.data.loading import load_dataset
from itadesk.storage.lifecycle.database import Database
from tests.documents.helpers import pdf_text
from tests.storage.builders import office_framework

FIXTURES = Path(__file__).with_name("fixtures")


def _opened(name: str, tmp_path: Path) -> Database:
    path = tmp_path / "office.sqlite3"
    shutil.copy(FIXTURES / name, path)
    return Database.open(str(path))


def test_an_office_of_the_last_release_prints_2566_with_o42_and_o43(tmp_path: Path) -> None:
    db = _opened("schema-0004.sqlite3", tmp_path)
    with db.reading() as connection:
        dataset = load_dataset(connection)
    db.dispose()
    assert dataset.frameworks == []
    plan, progress = tmp_path / "plan.pdf", tmp_path / "progress.pdf"
    print_document(dataset, "plan", 2566, 12, plan)
    print_document(dataset, "progress", 2566, 6, progress)
    assert "(O๔๒)" in pdf_text(plan) and "(O๔๑)" not in pdf_text(plan)
    assert "(O๔๓)" in pdf_text(progress) and "(O๔๒)" not in pdf_text(progress)


def test_the_released_schema_keeps_the_office_s_framework(tmp_path: Path) -> None:
    db = _opened("schema-0005.sqlite3", tmp_path)
    with db.reading() as connection:
        dataset = load_dataset(connection)
    db.dispose()
    assert dataset.frameworks == [office_framework(2571)]
