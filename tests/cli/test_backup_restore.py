"""`backup` then `restore` puts the data back as it was, keeping the current database aside first."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import itadesk as itadesk_package
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


def _program(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`itadesk …` as its own process, with its user folders under `home`."""
    source = str(Path(itadesk_package.__file__).resolve().parents[1])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")]),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv], env=env, capture_output=True, text=True, timeout=300
    )


def _fingerprint(database: Path) -> tuple[str, ...]:
    parts = [database, *(Path(f"{database}{side}") for side in ("-wal", "-shm"))]
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in parts)


def test_an_output_onto_the_database_its_log_or_a_backup_is_refused_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    require_shared()
    home = tmp_path / "home"
    database = tmp_path / "office.sqlite3"
    assert _program("--db", str(database), "import", str(EXAMPLES / "001.json"), home=home).returncode == 0
    backups = home / "data" / "itadesk" / "backups"
    backups.mkdir(parents=True)
    kept_backup = backups / "itadesk-auto-20261201-083000-000000.sqlite3"
    kept_backup.write_bytes(database.read_bytes())
    before, backup_before = _fingerprint(database), kept_backup.read_bytes()
    db = str(database)
    attempts = [
        ("print", "plan", "--year", "2566", "-o", db),
        ("print", "plan", "--year", "2566", "-o", f"{db}-wal"),
        ("print", "memo", "memo-001-1", "-o", f"{db}-shm"),
        ("export", "-o", db),
        ("export", "-o", f"{db}-wal"),
        ("backup", "-o", db),
        ("backup", "-o", f"{db}-shm"),
        ("backup", "-o", str(kept_backup)),
        ("print", "plan", "--year", "2566", "-o", str(backups / "plan.pdf")),
        ("export", "-o", str(backups / "office.json")),
    ]
    for argv in attempts:
        done = _program("--db", db, *argv, home=home)
        assert done.returncode == 1, (argv, done.stderr)
        assert "ไม่เขียนทับ" in done.stderr and "ไม่มีไฟล์ใดถูกเขียน" in done.stderr, (argv, done.stderr)
        assert "Traceback" not in done.stderr
        assert _fingerprint(database) == before, argv
        assert kept_backup.read_bytes() == backup_before, argv
    assert sorted(p.name for p in backups.iterdir()) == [kept_backup.name]
    listed = _program("--db", db, "measures", home=home)
    assert listed.returncode == 0 and "m-001-01" in listed.stdout  # the database is as it was


def test_restore_from_the_database_itself_is_refused(tmp_path: Path) -> None:
    require_shared()
    home = tmp_path / "home"
    database = tmp_path / "office.sqlite3"
    assert _program("--db", str(database), "import", str(EXAMPLES / "001.json"), home=home).returncode == 0
    before = _fingerprint(database)
    done = _program("--db", str(database), "restore", str(database), home=home)
    assert done.returncode == 1 and "ไม่ใช่ไฟล์สำรอง" in done.stderr, done.stderr
    assert _fingerprint(database) == before
