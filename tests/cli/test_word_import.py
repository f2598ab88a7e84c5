"""`itadesk import FILE.docx --year Y` as an office's IT person runs it, over a real database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, require_shared
from tests.exchange.word_files import write_example_docx


@pytest.fixture
def office(itadesk: Itadesk, tmp_path: Path) -> Itadesk:
    """An office with its units (สำนักปลัด, กองคลัง, กองช่าง) and no measures yet."""
    require_shared()
    units = json.loads((EXAMPLES / "000.json").read_text(encoding="utf-8"))["units"]
    file = tmp_path / "office.json"
    file.write_text(json.dumps({"format": "itadesk/1", "units": units}), encoding="utf-8")
    assert itadesk("import", str(file)).code == 0
    return itadesk


def _measures(itadesk: Itadesk, folder: Path, year: int) -> list[dict[str, object]]:
    exported = export_json(itadesk, folder)
    (found,) = [y for y in exported["years"] if y["fiscal_year"] == year]
    measures: list[dict[str, object]] = found["measures"]
    return measures


def test_a_results_report_in_word_becomes_the_years_measures(office: Itadesk, tmp_path: Path) -> None:
    word = write_example_docx("000", tmp_path / "รายงานผล.docx")
    done = office("import", str(word), "--year", "2566")
    assert done.code == 0, done.err
    assert "นำเข้ามาตรการปีงบประมาณ 2566" in done.out and "มาตรการ: เพิ่ม 6" in done.out
    measures = _measures(office, tmp_path, 2566)
    expected = json.loads((EXAMPLES / "000.json").read_text(encoding="utf-8"))["years"][0]["measures"]
    assert [m["title"] for m in measures] == [m["title"] for m in expected]
    assert [m["steps"] for m in measures] == [m["steps"] for m in expected]
    assert [m["responsible"] for m in measures] == [m["responsible"] for m in expected]
    assert [m["period"] for m in measures] == [m["period"] for m in expected]
    assert [m["results"] for m in measures] == [m["results"] for m in expected]


def test_the_same_file_imported_twice_updates_never_duplicates(office: Itadesk, tmp_path: Path) -> None:
    word = write_example_docx("001", tmp_path / "แผน.docx")
    assert office("import", str(word), "--year", "2567").code == 0
    first = _measures(office, tmp_path, 2567)
    again = office("import", str(word), "--year", "2567")
    assert again.code == 0, again.err
    assert "มาตรการ: เพิ่ม 0 แก้ไข 0 เหมือนเดิม 10" in again.out
    assert _measures(office, tmp_path, 2567) == first
    assert len(first) == 10


def test_dry_run_prints_what_it_found_and_changes_nothing(office: Itadesk, tmp_path: Path) -> None:
    word = write_example_docx("003", tmp_path / "ความก้าวหน้า.docx")
    before = export_json(office, tmp_path)
    done = office("import", str(word), "--year", "2566", "--dry-run")
    assert done.code == 0, done.err
    assert "ตารางที่ 1" in done.out
    assert "(๒) ขั้นตอน หรือวิธีปฏิบัติ -> ขั้นตอน/วิธีการดำเนินการ" in done.out
    assert "ตารางที่ 2 (2 แถว): คอลัมน์เหมือนตารางก่อนหน้า" in done.out
    assert "ดำเนินการ แล้ว -> สถานะ: ดำเนินการแล้ว" in done.out
    assert "มาตรการ 3 รายการ ขั้นตอน 10" in done.out and "หัวข้อกลุ่ม 2" in done.out
    assert "มาตรการ: เพิ่ม 3" in done.out
    assert export_json(office, tmp_path) == before


def test_a_word_file_needs_its_year(office: Itadesk, tmp_path: Path) -> None:
    word = write_example_docx("000", tmp_path / "plan.docx")
    done = office("import", str(word))
    assert done.code == 1
    assert "ต้องบอกปีงบประมาณ" in done.err and "--year 2567" in done.err


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "บันทึกเป็น (Save As)"),
        ("broken.docx", b"PK\x03\x04 not really", "ไฟล์เสียหาย"),
        ("empty.docx", b"", "ไฟล์เสียหาย"),
    ],
)
def test_files_that_hold_no_measures_are_refused_and_nothing_changes(
    office: Itadesk, tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = export_json(office, tmp_path)
    done = office("import", str(path), "--year", "2566")
    assert done.code == 1
    assert "นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน" in done.err and says in done.err and name in done.err
    assert "Traceback" not in done.err
    assert export_json(office, tmp_path) == before


def test_a_document_without_a_measure_table_is_refused(office: Itadesk, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("บันทึกข้อความ เรื่อง รายงานผล")
    path = tmp_path / "memo.docx"
    document.save(str(path))
    done = office("import", str(path), "--year", "2566")
    assert done.code == 1
    assert "ไม่พบตารางมาตรการใน memo.docx" in done.err


def test_year_belongs_to_word_files_only(office: Itadesk, tmp_path: Path) -> None:
    done = office("import", str(EXAMPLES / "001.json"), "--year", "2566")
    assert done.code == 1 and "--year ใช้กับไฟล์ Word" in done.err
