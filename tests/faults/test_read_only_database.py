"""A database this user may only read — a 0444 file, a folder on a read-only disk, a PostgreSQL role granted
SELECT only: real `itadesk` processes read, print, export and back it up; the commands that write refuse in
Thai and say why; the file is left byte for byte as it was; the window opens it read-only and says so."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from tests.conftest import EXAMPLES, require_shared
from tests.pg import PostgresServer


def itadesk(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_reads(db: str, folder: Path) -> None:
    listed = itadesk("--db", db, "measures")
    assert listed.returncode == 0, listed.stderr
    assert "m-001-01" in listed.stdout
    exported = itadesk("--db", db, "export", "-o", str(folder / "export.json"))
    assert exported.returncode == 0, exported.stderr
    assert "m-001-01" in (folder / "export.json").read_text(encoding="utf-8")
    printed = itadesk("--db", db, "print", "memo", "memo-001-1", "-o", str(folder / "memo.pdf"))
    assert printed.returncode == 0, printed.stderr
    assert (folder / "memo.pdf").read_bytes().startswith(b"%PDF-")
    # A backup only reads: the file the user may only read is copied whole, and the copy is a database.
    copied = itadesk("--db", db, "backup", "-o", str(folder / "copy.sqlite3"))
    assert copied.returncode == 0, copied.stderr
    assert "m-001-01" in itadesk("--db", str(folder / "copy.sqlite3"), "measures").stdout
    shown = itadesk("--db", db, "framework", "show", "--year", "2566")
    assert shown.returncode == 0 and "O42" in shown.stdout, shown.stderr  # a reading command


def assert_refuses_writes(db: str, backup: Path, *why: str) -> None:
    for argv in (
        ["status", "m-001-01", "done", "--note", "ไม่ควรถูกบันทึก"],
        ["import", str(EXAMPLES / "003.json")],
        ["restore", str(backup)],
    ):
        done = itadesk("--db", db, *argv)
        assert done.returncode == 1, (argv, done.stderr)
        assert "Traceback" not in done.stderr and "ไม่คาดคิด" not in done.stderr, done.stderr
        for word in why:
            assert word in done.stderr, (argv, done.stderr)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """An office's SQLite database and a backup of it, made by the command line."""
    require_shared()
    folder = tmp_path / "office"
    folder.mkdir()
    database = folder / "office.sqlite3"
    assert itadesk("--db", str(database), "import", str(EXAMPLES / "001.json")).returncode == 0
    backup = tmp_path / "backup.sqlite3"
    assert itadesk("--db", str(database), "backup", "-o", str(backup)).returncode == 0
    yield database, backup
    database.chmod(0o600)


def test_a_0444_file_is_read_and_never_written(office: tuple[Path, Path], tmp_path: Path) -> None:
    database, backup = office
    database.chmod(0o444)
    before = digest(database)
    assert_reads(str(database), tmp_path)
    assert_refuses_writes(
        str(database), backup, str(database), "อ่านอย่างเดียว", "measures, print, export, backup"
    )
    assert digest(database) == before
    assert "ไม่ควรถูกบันทึก" not in itadesk("--db", str(database), "measures", "--year", "2566").stdout


def test_a_folder_no_one_may_write_is_read(office: tuple[Path, Path], tmp_path: Path) -> None:
    """chmod 555 on the database's folder: even an administrator, whom the system would let write, is
    treated as its owner wants. No -shm can be made there: the file is read without one."""
    database, backup = office
    before = digest(database)
    database.parent.chmod(0o555)
    try:
        assert_reads(str(database), tmp_path)
        assert_refuses_writes(str(database), backup, str(database.parent), "อ่านอย่างเดียว")
        assert sorted(p.name for p in database.parent.iterdir()) == ["office.sqlite3"]
    finally:
        database.parent.chmod(0o700)
    assert digest(database) == before


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A small real file system, remounted read-only once the test has put a database on it."""
    root = tmp_path / "stick"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(root)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True, check=False)


def test_a_database_on_a_read_only_disk_is_read(read_only_disk: Path, tmp_path: Path) -> None:
    require_shared()
    database = read_only_disk / "office.sqlite3"
    assert itadesk("--db", str(database), "import", str(EXAMPLES / "001.json")).returncode == 0
    backup = tmp_path / "backup.sqlite3"
    assert itadesk("--db", str(database), "backup", "-o", str(backup)).returncode == 0
    assert not database.with_name("office.sqlite3-shm").exists()  # closed cleanly: no side files
    remounted = subprocess.run(
        ["mount", "-o", "remount,ro", str(read_only_disk)], capture_output=True, text=True
    )
    assert remounted.returncode == 0, remounted.stderr
    assert_reads(str(database), tmp_path)
    assert_refuses_writes(str(database), backup, "ดิสก์หรือไดรฟ์ที่เปิดแบบอ่านอย่างเดียว")


@pytest.mark.postgres
def test_a_role_granted_select_only_reads_and_is_told_why_it_cannot_write(
    postgres_server: PostgresServer, postgres_url: str, office: tuple[Path, Path], tmp_path: Path
) -> None:
    _database, backup = office
    assert itadesk("--db", postgres_url, "import", str(EXAMPLES / "001.json")).returncode == 0
    name = postgres_url.rsplit("/", 1)[1]
    postgres_server.admin("DROP ROLE IF EXISTS itadesk_reader")
    postgres_server.admin("CREATE ROLE itadesk_reader LOGIN")
    try:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=postgres_server.port, user="postgres", dbname=name, autocommit=True
        ) as owner:
            owner.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO itadesk_reader")
        reader = f"postgresql+psycopg://itadesk_reader@127.0.0.1:{postgres_server.port}/{name}"
        assert_reads(reader, tmp_path)
        assert_refuses_writes(reader, backup, "สิทธิ์")
        listed = itadesk("--db", postgres_url, "measures")
        assert "ดำเนินการแล้ว" not in listed.stdout.splitlines()[0]
    finally:
        postgres_server.drop_database(name)
        postgres_server.admin("DROP ROLE IF EXISTS itadesk_reader")


def test_the_window_opens_a_0444_file_read_only_and_says_why(
    qapp: QApplication, office: tuple[Path, Path]
) -> None:
    from itadesk.app import run_gui

    database, _backup = office
    database.chmod(0o444)
    before = digest(database)
    seen: list[str] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        seen.append(window.windowTitle())
        seen.append(window.statusBar().currentMessage())
        for box in window.findChildren(QMessageBox):
            seen.append(box.text())
            box.done(0)
        window.close()

    QTimer.singleShot(50, look)
    assert run_gui(str(database)) == 0
    assert seen[0] == "ITA Desk — เปิดแบบอ่านอย่างเดียว"
    assert str(database) in seen[1] and "อ่านอย่างเดียว" in seen[1]
    assert any("แก้ไขหรือบันทึกไม่ได้" in text and str(database) in text for text in seen[2:]), seen
    assert digest(database) == before
