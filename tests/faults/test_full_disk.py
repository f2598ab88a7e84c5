"""A full disk while importing, changing a status, backing up or restoring: exit 1 and a Thai message naming
the file that could not be written; the database whole (integrity_check ok) with every earlier write in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import Itadesk, Outcome, SmallDisk, example, history_notes, integrity
from tests.faults.large_file import large_exchange_file

FULL = "พื้นที่ดิสก์เต็ม"
# Nothing left at all, and a little room (enough to open the database, not to write what was asked).
LEAVE = [pytest.param(8 * 1024, id="no-room"), pytest.param(300 * 1024, id="little-room")]


def _office(itadesk: Itadesk, disk: SmallDisk) -> Path:
    """A database on the small disk holding the real example and one acknowledged status change."""
    db = disk.root / "office.sqlite3"
    assert itadesk("--db", str(db), "import", str(example("001.json"))).code == 0
    done = itadesk("--db", str(db), "status", "m-001-01", "done", "--note", "ก่อนดิสก์เต็ม")
    assert done.code == 0, done.err
    return db


def _intact(db: Path, disk: SmallDisk, itadesk: Itadesk, export_before: str) -> None:
    disk.empty()
    assert integrity(db) == "ok"
    assert "ก่อนดิสก์เต็ม" in history_notes(db)
    after = disk.root.parent / "after.json"
    assert itadesk("--db", str(db), "export", "-o", str(after)).code == 0
    assert after.read_text(encoding="utf-8") == export_before


def _export(db: Path, disk: SmallDisk, itadesk: Itadesk) -> str:
    before = disk.root.parent / "before.json"
    assert itadesk("--db", str(db), "export", "-o", str(before)).code == 0
    return before.read_text(encoding="utf-8")


def _refused(outcome: Outcome, *names: str) -> None:
    assert outcome.code == 1, outcome.err
    assert FULL in outcome.err
    for name in names:
        assert name in outcome.err
    assert "Traceback" not in outcome.err and "เกิดข้อผิดพลาดที่ไม่คาดคิด" not in outcome.err


@pytest.mark.parametrize("leave", LEAVE)
def test_import_of_a_large_file_on_a_full_disk(
    itadesk: Itadesk, small_disk: SmallDisk, tmp_path: Path, leave: int
) -> None:
    db = _office(itadesk, small_disk)
    before = _export(db, small_disk, itadesk)
    large = large_exchange_file(example("001.json"), tmp_path / "large.json", 1500)
    small_disk.fill(leave)
    _refused(itadesk("--db", str(db), "import", "--keep-office", str(large)), str(db), "ไม่มีอะไรเปลี่ยน")
    _intact(db, small_disk, itadesk, before)


def test_status_on_a_full_disk(itadesk: Itadesk, small_disk: SmallDisk) -> None:
    db = _office(itadesk, small_disk)
    before = _export(db, small_disk, itadesk)
    small_disk.fill(8 * 1024)
    _refused(itadesk("--db", str(db), "status", "m-001-02", "done", "--note", "หลังดิสก์เต็ม"), str(db))
    _intact(db, small_disk, itadesk, before)
    assert "หลังดิสก์เต็ม" not in history_notes(db)


@pytest.mark.parametrize("leave", LEAVE)
def test_backup_onto_a_full_disk_names_the_backup_file(
    itadesk: Itadesk, small_disk: SmallDisk, tmp_path: Path, leave: int
) -> None:
    # The database on a roomy disk, the backup written to the full one: the message names the backup.
    db = tmp_path / "office.sqlite3"
    large = large_exchange_file(example("001.json"), tmp_path / "large.json", 1500)
    assert itadesk("--db", str(db), "import", str(large)).code == 0
    assert itadesk("--db", str(db), "status", "large-00001", "done", "--note", "ก่อนดิสก์เต็ม").code == 0
    target = small_disk.root / "copy.sqlite3"
    small_disk.fill(leave)
    outcome = itadesk("--db", str(db), "backup", "-o", str(target))
    _refused(outcome, str(target))
    assert f"ฐานข้อมูล {db}" not in outcome.err  # the database was only read: it is not what is full
    assert not target.exists()
    assert [p.name for p in small_disk.root.iterdir()] == ["filler.bin"]  # no half-written copy left
    assert integrity(db) == "ok" and "ก่อนดิสก์เต็ม" in history_notes(db)


def test_backup_of_a_database_on_a_full_disk(itadesk: Itadesk, small_disk: SmallDisk) -> None:
    db = _office(itadesk, small_disk)
    before = _export(db, small_disk, itadesk)
    small_disk.fill(8 * 1024)
    target = small_disk.root / "copy.sqlite3"
    _refused(itadesk("--db", str(db), "backup", "-o", str(target)), str(small_disk.root))
    _intact(db, small_disk, itadesk, before)


@pytest.mark.parametrize("leave", LEAVE)
def test_restore_onto_a_full_disk(
    itadesk: Itadesk, small_disk: SmallDisk, tmp_path: Path, leave: int
) -> None:
    other = tmp_path / "other.sqlite3"
    assert itadesk("--db", str(other), "import", str(example("003.json"))).code == 0
    backup = tmp_path / "backup.sqlite3"
    assert itadesk("--db", str(other), "backup", "-o", str(backup)).code == 0
    db = _office(itadesk, small_disk)
    before = _export(db, small_disk, itadesk)
    small_disk.fill(leave)
    outcome = itadesk("--db", str(db), "restore", str(backup))
    _refused(outcome, str(small_disk.root))
    assert str(backup) not in outcome.err.replace(f"กู้คืนจาก {backup}", "")  # the backup was only read
    _intact(db, small_disk, itadesk, before)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_printing_again_onto_a_full_disk_keeps_the_old_file(
    itadesk: Itadesk, small_disk: SmallDisk, tmp_path: Path, suffix: str
) -> None:
    # The database on a roomy disk, the document printed a second time onto the full one.
    db = tmp_path / "office.sqlite3"
    assert itadesk("--db", str(db), "import", str(example("001.json"))).code == 0
    target = small_disk.root / f"แผน{suffix}"
    assert itadesk("--db", str(db), "print", "plan", "--year", "2566", "-o", str(target)).code == 0
    old = target.read_bytes()
    small_disk.fill(4 * 1024)
    outcome = itadesk("--db", str(db), "print", "plan", "--year", "2566", "-o", str(target))
    _refused(outcome, str(target))
    assert target.read_bytes() == old  # the old document, whole
    assert sorted(p.name for p in small_disk.root.iterdir()) == sorted(["filler.bin", target.name])


def _many_measures_docx(path: Path, count: int) -> Path:
    """A Word plan of `count` measures, each with steps and results long enough to fill pages."""
    import docx

    document = docx.Document()
    header = ["มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงาน ผู้รับผิดชอบ", "ผลการดำเนินการ"]
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for index in range(1, count + 1):
        cells = table.add_row().cells
        cells[0].text = f"{index}. มาตรการส่งเสริมคุณธรรมและความโปร่งใสด้านการเปิดเผยข้อมูล ข้อ {index}"
        cells[1].text = " ".join(f"{n}. ขั้นตอนที่ {n} ของการดำเนินการตามมาตรการ" for n in range(1, 5))
        cells[2].text = "สำนักปลัด"
        cells[3].text = "๑. ประชุมคณะทำงานและเผยแพร่ประกาศผ่านเว็บไซต์ของหน่วยงาน " * 3
    document.save(str(path))
    return path


@pytest.mark.parametrize("leave", LEAVE)
def test_word_import_through_sqlite3_on_a_full_disk(
    itadesk: Itadesk, small_disk: SmallDisk, tmp_path: Path, leave: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import written through sqlite3 alone (an office's file of this schema, a Word file) tells a full
    disk as the ORM's does, naming the database, and leaves it as it was. With no room at all the file
    cannot even be looked at, and the ordinary path tells it."""
    from itadesk.storage.direct import importing as sqlite_import

    db = _office(itadesk, small_disk)
    before = _export(db, small_disk, itadesk)
    word = _many_measures_docx(tmp_path / "แผน.docx", 1500)
    taken: list[bool] = []
    real_open = sqlite_import.SqliteImport.open

    def spied(db_arg: str | None) -> sqlite_import.SqliteImport | None:
        try:
            opened = real_open(db_arg)
        except Exception:
            taken.append(True)  # refused while opening it: the sqlite3 path too
            raise
        taken.append(opened is not None)
        return opened

    monkeypatch.setattr(sqlite_import.SqliteImport, "open", staticmethod(spied))
    small_disk.fill(leave)
    _refused(itadesk("--db", str(db), "import", str(word), "--year", "2570"), str(db))
    assert taken == [leave > 8 * 1024]
    _intact(db, small_disk, itadesk, before)
