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


TITLES = ["การดำเนินการเผยแพร่ข้อมูลต่อสาธารณะ", "การกำกับติดตามการใช้จ่ายงบประมาณ", "การจัดทำคู่มือการปฏิบัติงาน"]


def _typed_apart(text: str) -> str:
    """ำ typed as two keys (ํ then า) with a zero-width space between words, as text copied from a PDF is."""
    return text.replace("ำ", "\u0e4d\u0e32").replace("การ", "การ\u200b", 1)


def test_a_plan_typed_with_nikhahit_and_aa_updates_the_same_measures(office: Itadesk, tmp_path: Path) -> None:
    from tests.exchange.hostile_word import plan_docx

    # First from an exchange file typed apart, then the Word plan typed the usual way, then typed apart again.
    measures = [{"title": _typed_apart(title), "steps": ["ประชุม"]} for title in TITLES]
    file = tmp_path / "มาตรการ.json"
    file.write_text(
        json.dumps({"format": "itadesk/1", "years": [{"fiscal_year": 2567, "measures": measures}]}),
        encoding="utf-8",
    )
    assert office("import", str(file)).code == 0
    usual = plan_docx(tmp_path / "แผน.docx", [[title, "ประชุม", "", ""] for title in TITLES])
    apart = plan_docx(tmp_path / "แผน-สำเนา.docx", [[_typed_apart(t), "ประชุม", "", ""] for t in TITLES])
    # The Word plan updates the three measures (its empty number is "" where the file had none) …
    done = office("import", str(usual), "--year", "2567")
    assert done.code == 0, done.err
    assert "มาตรการ: เพิ่ม 0 แก้ไข 3 เหมือนเดิม 0" in done.out
    # … and the same plan typed apart is the same plan.
    again = office("import", str(apart), "--year", "2567")
    assert again.code == 0, again.err
    assert "มาตรการ: เพิ่ม 0 แก้ไข 0 เหมือนเดิม 3" in again.out
    assert [m["title"] for m in _measures(office, tmp_path, 2567)] == TITLES


def test_a_title_with_a_hidden_override_is_refused_naming_its_cell_and_nothing_changes(
    office: Itadesk, tmp_path: Path
) -> None:
    from tests.exchange.hostile_word import plan_docx

    rows: list[list[str | list[str]]] = [[TITLES[0], "ประชุม", "", ""], [f"{TITLES[1]}\u202e", "", "", ""]]
    word = plan_docx(tmp_path / "แผน.docx", rows)
    before = export_json(office, tmp_path)
    done = office("import", str(word), "--year", "2567")
    assert done.code == 1
    assert "นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน" in done.err
    assert "ตารางที่ 1 แถวที่ 3 คอลัมน์ที่ 1 (มาตรการ/แนวทาง)" in done.err and "U+202E" in done.err
    assert export_json(office, tmp_path) == before


PASTED = ["เเจ้ง\u00adเวียน\u00a0ทุก\u200bกอง", "กอง\u200bคลัง", "ต.ค.\u2009๖๗"]


def test_what_came_from_word_is_exported_and_imported_back_whole(office: Itadesk, tmp_path: Path) -> None:
    from tests.exchange.hostile_word import plan_docx

    imported = {
        "2566": write_example_docx("000", tmp_path / "รายงานผล.docx"),
        "2567": write_example_docx("001", tmp_path / "แผน.docx"),
        "2565": write_example_docx("003", tmp_path / "ความก้าวหน้า.docx"),
        # pasted from a web page and a PDF: invisible spaces, ํ + า, soft hyphens, no-break spaces
        "2568": plan_docx(tmp_path / "วาง.docx", [[_typed_apart(t), *PASTED] for t in TITLES]),
    }
    for year, word in imported.items():
        done = office("import", str(word), "--year", year)
        assert done.code == 0, done.err
    # What the exchange file refuses never gets in from Word either (before, each got in and made the
    # office's own export impossible to import back).
    refused = {
        "ทิศทาง.docx": [f"{TITLES[0]}\u202eกิลกเย", "ประชุม", "", ""],
        "เครื่องหมาย.docx": [TITLES[1], "ประชุม\u200eคณะทำงาน", "", ""],
        "ควบคุม.docx": [TITLES[2], "ประชุม", "กอง\u0085คลัง", ""],
        "ยาว.docx": ["ก" * 330_000, "ประชุม", "", ""],
    }
    for name, row in refused.items():
        done = office("import", str(plan_docx(tmp_path / name, [row])), "--year", "2569")
        assert done.code == 1 and "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่" in done.err, done.err
    exported = tmp_path / "ทั้งหมด.json"
    assert office("export", "-o", str(exported)).code == 0
    elsewhere = str(tmp_path / "another.sqlite3")
    back = office("import", str(exported), database=elsewhere)
    assert back.code == 0, back.err
    first = json.loads(exported.read_text(encoding="utf-8"))
    again = export_json(office, tmp_path, database=elsewhere)
    assert again["years"] == first["years"]
    assert sum(len(year["measures"]) for year in again["years"]) == 6 + 10 + 3 + 3
