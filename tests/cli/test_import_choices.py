"""`itadesk import` into an office that already has data: nothing is replaced unless an option says so
(issue 9).

The office here is another one than the example's (อบต.ลาโละ, `001.json`): its own name, document code,
phone, district, province and emblem, and its units under codes of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itadesk.domain.model import Emblem, Organization, Person, Unit
from itadesk.storage.lifecycle.database import Database
from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, GARUDA_PNG, require_shared

LALO = str(EXAMPLES / "001.json")
OURS = {
    "name": "องค์การบริหารส่วนตำบลทดสอบ",
    "short_name": "อบต.ทดสอบ",
    "district": "เมืองนราธิวาส",
    "province": "นราธิวาส",
    "document_code": "นธ 1234",
    "phone": "0-7351-1111",
}


@pytest.fixture
def other_office(itadesk: Itadesk, db: str) -> Itadesk:
    require_shared()
    from itadesk.storage.data.office import save_setup

    database = Database.open(db)
    with database.session() as session:
        save_setup(
            session,
            Organization(**OURS, emblem=Emblem(mime="image/png", data=GARUDA_PNG.read_bytes())),  # type: ignore[arg-type]
            [Unit("สำนักปลัด", "unit-01"), Unit("กองคลัง", "unit-02"), Unit("กองสาธารณสุข", "unit-03")],
            [Person(name="สมชาย ใจดี", title="นาย", position="ปลัด อบต.")],
        )
    database.dispose()
    return itadesk


def _office(itadesk: Itadesk, folder: Path) -> dict[str, object]:
    organization: dict[str, object] = export_json(itadesk, folder)["organization"]
    return organization


# -- (a) another office's details ---------------------------------------------------------------------
def test_a_differing_office_is_refused_naming_the_fields_and_the_options(
    other_office: Itadesk, tmp_path: Path
) -> None:
    before = export_json(other_office, tmp_path)
    done = other_office("import", LALO)
    assert done.code == 1
    assert "นำเข้าไม่ได้ ไม่มีอะไรเปลี่ยน" in done.err
    assert "ข้อมูลหน่วยงานในไฟล์ต่างจากในฐานข้อมูล" in done.err
    for line in (
        "ชื่อหน่วยงาน: ในฐานข้อมูล องค์การบริหารส่วนตำบลทดสอบ / ในไฟล์ องค์การบริหารส่วนตำบลลาโละ",
        "รหัสหนังสือ (ที่): ในฐานข้อมูล นธ 1234 / ในไฟล์ นธ ๗๓๔๐๑",
        "โทรศัพท์: ในฐานข้อมูล 0-7351-1111 / ในไฟล์ ๐-๗๓-๕๗๘๐๑๗",
        "อำเภอ: ในฐานข้อมูล เมืองนราธิวาส / ในไฟล์ (ว่าง)",
        "จังหวัด: ในฐานข้อมูล นราธิวาส / ในไฟล์ (ว่าง)",
        "ตราครุฑ: ในฐานข้อมูล มี (PNG",
    ):
        assert line in done.err
    assert "--keep-office" in done.err and "--take-office" in done.err
    assert "Traceback" not in done.err
    assert export_json(other_office, tmp_path) == before


def test_keep_office_leaves_its_details_as_they_were(other_office: Itadesk, tmp_path: Path) -> None:
    before = _office(other_office, tmp_path)
    done = other_office("import", LALO, "--keep-office")
    assert done.code == 0, done.err
    after = _office(other_office, tmp_path)
    assert after == before
    assert {k: after[k] for k in OURS} == OURS and after["emblem"]
    assert [y["fiscal_year"] for y in export_json(other_office, tmp_path)["years"]] == [2566]


def test_take_office_takes_the_files_details(other_office: Itadesk, tmp_path: Path) -> None:
    done = other_office("import", LALO, "--take-office")
    assert done.code == 0, done.err
    after = _office(other_office, tmp_path)
    assert after["name"] == "องค์การบริหารส่วนตำบลลาโละ"
    assert after["document_code"] == "นธ ๗๓๔๐๑" and after["phone"] == "๐-๗๓-๕๗๘๐๑๗"
    assert not after.get("district") and not after.get("province") and not after.get("emblem")


def test_dry_run_says_what_would_change_and_changes_nothing(other_office: Itadesk, tmp_path: Path) -> None:
    before = export_json(other_office, tmp_path)
    done = other_office("import", LALO, "--dry-run")
    assert done.code == 0, done.err
    assert "ยังไม่เปลี่ยนอะไร" in done.out
    assert "มาตรการ: เพิ่ม 10 แก้ไข 0 เหมือนเดิม 0" in done.out
    assert "ชื่อหน่วยงาน: องค์การบริหารส่วนตำบลทดสอบ -> องค์การบริหารส่วนตำบลลาโละ" in done.out
    assert "--keep-office" in done.out
    assert export_json(other_office, tmp_path) == before


# -- (b) the same units under other codes -------------------------------------------------------------
def test_units_of_the_same_name_under_other_codes_are_not_added_again(
    other_office: Itadesk, tmp_path: Path
) -> None:
    done = other_office("import", LALO, "--keep-office")
    assert done.code == 0, done.err
    assert "ส่วนราชการ: เพิ่ม 0 แก้ไข 0 เหมือนเดิม 2" in done.out
    units = export_json(other_office, tmp_path)["units"]
    assert [u["name"] for u in units] == ["สำนักปลัด", "กองคลัง", "กองสาธารณสุข"]
    assert [u["id"] for u in units] == ["unit-01", "unit-02", "unit-03"]


# -- (c) statuses the file has further back -----------------------------------------------------------
@pytest.fixture
def marked_done(itadesk: Itadesk) -> Itadesk:
    """The office imported the district's file, then marked the first measure done."""
    require_shared()
    assert itadesk("import", LALO).code == 0
    done = itadesk("status", "m-001-01", "done", "--date", "2023-03-01", "--note", "ประชุมแล้ว")
    assert done.code == 0, done.err
    return itadesk


def _first_measure(itadesk: Itadesk, folder: Path) -> dict[str, object]:
    measure: dict[str, object] = export_json(itadesk, folder)["years"][0]["measures"][0]
    assert measure["id"] == "m-001-01"
    return measure


def test_a_status_going_back_is_kept_with_its_history_by_default(
    marked_done: Itadesk, tmp_path: Path
) -> None:
    done = marked_done("import", LALO)
    assert done.code == 0, done.err
    assert "คงสถานะในฐานข้อมูลของมาตรการ 1 รายการ" in done.out and "--take-statuses" in done.out
    measure = _first_measure(marked_done, tmp_path)
    assert measure["status"] == "done"
    assert measure["history"] == [{"status": "done", "date": "2023-03-01", "note": "ประชุมแล้ว"}]


def test_a_status_going_back_is_taken_with_take_statuses(marked_done: Itadesk, tmp_path: Path) -> None:
    plan = marked_done("import", LALO, "--dry-run")
    assert "ดำเนินการแล้ว -> ยังไม่ดำเนินการ" in plan.out
    done = marked_done("import", LALO, "--take-statuses")
    assert done.code == 0, done.err
    assert "สถานะของมาตรการ 1 รายการ ย้อนกลับตามไฟล์" in done.out
    measure = _first_measure(marked_done, tmp_path)
    assert measure.get("status", "not_started") == "not_started"
    assert not measure.get("history")


def test_replace_year_removes_the_measures_the_file_does_not_hold(
    marked_done: Itadesk, tmp_path: Path
) -> None:
    extra = tmp_path / "ours.json"
    ours = {"fiscal_year": 2566, "measures": [{"title": "มาตรการที่เราเพิ่มเอง"}]}
    extra.write_text(json.dumps({"format": "itadesk/1", "years": [ours]}), encoding="utf-8")
    assert marked_done("import", str(extra)).code == 0
    added = marked_done("import", LALO)
    assert added.code == 0 and "ลบ" not in added.out
    assert len(export_json(marked_done, tmp_path)["years"][0]["measures"]) == 11
    replaced = marked_done("import", LALO, "--replace-year", "2566")
    assert replaced.code == 0, replaced.err
    assert "ลบ 1" in replaced.out
    titles = [m["title"] for m in export_json(marked_done, tmp_path)["years"][0]["measures"]]
    assert len(titles) == 10 and "มาตรการที่เราเพิ่มเอง" not in titles
