"""`backup` then `restore` puts the data back as it was, keeping the current database aside first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, require_shared


@pytest.fixture
def db(database_url: str) -> str:
    return database_url


def test_restore_brings_back_the_backup_and_keeps_the_current_data(itadesk: Itadesk, tmp_path: Path) -> None:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    before = export_json(itadesk, tmp_path)
    backup_file = tmp_path / "สำรอง.sqlite3"
    backed_up = itadesk("backup", "-o", str(backup_file))
    assert backed_up.code == 0, backed_up.err
    assert backup_file.stat().st_size > 0

    assert itadesk("status", "m-001-01", "done", "--date", "2023-12-01").code == 0
    changed = export_json(itadesk, tmp_path)
    assert changed != before

    restored = itadesk("restore", str(backup_file))
    assert restored.code == 0, restored.err
    assert export_json(itadesk, tmp_path) == before
    kept = Path(restored.out.split("เก็บไว้ที่ ")[1].strip())
    assert kept.is_file()


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(itadesk: Itadesk, tmp_path: Path) -> None:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    before = export_json(itadesk, tmp_path)
    not_a_backup = tmp_path / "notes.sqlite3"
    not_a_backup.write_text("ไม่ใช่ไฟล์สำรอง", encoding="utf-8")
    refused = itadesk("restore", str(not_a_backup))
    assert refused.code == 1
    assert "notes.sqlite3" in refused.err
    assert "Traceback" not in refused.err
    assert export_json(itadesk, tmp_path) == before


def test_backup_into_a_missing_folder_is_refused(itadesk: Itadesk, tmp_path: Path) -> None:
    refused = itadesk("backup", "-o", str(tmp_path / "ไม่มี" / "b.sqlite3"))
    assert refused.code == 1
    assert "ไม่มีโฟลเดอร์" in refused.err
