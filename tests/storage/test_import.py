"""Importing: the same data twice changes nothing, records are matched as the exchange spec says, and an
error anywhere leaves the database exactly as it was."""

from __future__ import annotations

import copy

import pytest

from itadesk.domain.model import Approval, Dataset, FiscalYear, Measure, Memo, Organization, Person, Unit
from itadesk.storage import Database, DatasetError, import_dataset, load_dataset
from itadesk.storage.importing.choices import ImportChoices
from tests.storage.builders import full_dataset


@pytest.fixture
def db(database_url: str) -> Database:
    return Database.open(database_url)


def _load(db: Database) -> Dataset:
    with db.session(read_only=True) as session:
        return load_dataset(session)


def test_importing_the_same_dataset_twice_changes_nothing(db: Database) -> None:
    with db.session() as session:
        first = import_dataset(session, full_dataset())
    once = _load(db)
    with db.session() as session:
        second = import_dataset(session, full_dataset())

    assert first.changed and first["measures"].added == 4 and first["memos"].added == 2
    assert not second.changed
    assert second["measures"].unchanged == 4 and second["people"].unchanged == 3
    assert _load(db) == once
    assert "มาตรการ: เพิ่ม 0 แก้ไข 0 เหมือนเดิม 4" in second.thai_text()


def test_records_are_matched_by_id_or_else_by_name_title_and_subject(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, full_dataset())
    stored = _load(db)
    generated_id = stored.years[0].measures[1].id

    changed = Dataset(
        organization=Organization(name="อบต.ลาโละ (ชื่อใหม่)"),
        units=[Unit("กองคลัง"), Unit("กองช่างใหม่", "u-chang")],
        people=[Person("สุริยา ดือราแม", "p-suriya", "นาย", "ปลัด อบต.")],
        years=[
            FiscalYear(
                2566,
                measures=[
                    Measure(title="ชื่อใหม่ของมาตรการแรก", id="m-2566-01"),
                    Measure(title="มาตรการไม่มีเลขกำกับ", outcome="สำเร็จ"),
                ],
                memos=[Memo(subject="บันทึกที่ลงวันที่เอง", author="p-suriya")],
            )
        ],
    )
    with db.session() as session:
        summary = import_dataset(session, changed, ImportChoices(office="take"))
    after = _load(db)

    assert summary["organization"].updated == 1
    assert (summary["units"].added, summary["units"].updated, summary["units"].unchanged) == (0, 1, 1)
    assert summary["measures"].updated == 2 and summary["measures"].added == 0
    assert summary["memos"].updated == 1 and summary["memos"].added == 0
    assert after.organization is not None and after.organization.name == "อบต.ลาโละ (ชื่อใหม่)"
    # The file's units come first in its order; the one it did not mention stays, after them.
    assert [(u.name, u.id) for u in after.units] == [
        ("กองคลัง", None),
        ("กองช่างใหม่", "u-chang"),
        ("สำนักปลัด", "u-palad"),
    ]
    assert after.person("p-suriya") == Person("สุริยา ดือราแม", "p-suriya", "นาย", "ปลัด อบต.")
    year = after.years[0]
    assert [m.id for m in year.measures] == ["m-2566-01", generated_id, "m-2566-03"]
    assert year.measures[0].title == "ชื่อใหม่ของมาตรการแรก" and year.measures[0].steps == []
    assert year.measures[1].outcome == "สำเร็จ"
    assert year.memos[0].subject == "บันทึกที่ลงวันที่เอง" and year.memos[0].author == "p-suriya"
    assert year.memos[0].id == stored.years[0].memos[1].id
    assert len(year.memos) == 2


def test_an_error_in_the_last_record_leaves_the_database_unchanged(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, full_dataset())
    before = _load(db)

    broken = full_dataset()
    assert broken.organization is not None
    broken.organization.name = "ชื่อที่ไม่ควรถูกบันทึก"
    broken.units.append(Unit("หน่วยใหม่ที่ไม่ควรมี"))
    broken.years[0].measures[0].title = "ชื่อที่ไม่ควรถูกบันทึก"
    broken.years.append(
        FiscalYear(
            2568,
            measures=[Measure(title="ไม่ควรมี")],
            memos=[
                Memo(subject="ดี", author="p-suna"),
                Memo(subject="เสีย", author="p-suna", approvals=[Approval("p-nobody", "ความเห็น")]),
            ],
        )
    )

    with pytest.raises(DatasetError) as refused, db.session() as session:
        import_dataset(session, broken)

    assert refused.value.path == "years[2].memos[1].approvals[0].person"
    assert "p-nobody" in str(refused.value)
    assert _load(db) == before


def test_a_failed_import_leaves_the_session_usable_and_its_other_work_intact(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, Dataset(organization=Organization(name="ก่อน")))
        with pytest.raises(DatasetError):
            import_dataset(session, Dataset(years=[FiscalYear(2566, memos=[Memo("x", author="p-none")])]))
        import_dataset(session, Dataset(units=[Unit("หลัง")]))
    after = _load(db)
    assert after.organization is not None and after.organization.name == "ก่อน"
    assert [u.name for u in after.units] == ["หลัง"]
    assert after.years == []


def test_memo_may_name_a_person_already_in_the_database(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, Dataset(people=[Person("ผู้เขียน", "p-w")]))
    with db.session() as session:
        import_dataset(session, Dataset(years=[FiscalYear(2567, memos=[Memo("เรื่อง", author="p-w")])]))
    assert _load(db).years[0].memos[0].author == "p-w"


def test_measure_given_with_its_id_in_another_year_moves_there(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, full_dataset())
    moved = copy.deepcopy(full_dataset().years[1].measures[0])
    with db.session() as session:
        import_dataset(session, Dataset(years=[FiscalYear(2568, measures=[moved])]))
    after = _load(db)
    assert [y.fiscal_year for y in after.years] == [2566, 2567, 2568]
    assert after.years[1].measures == []
    assert [m.id for m in after.years[2].measures] == ["m-2567-01"]


@pytest.mark.parametrize("year", [2023, 3000])
def test_a_gregorian_or_impossible_year_is_refused_by_path(db: Database, year: int) -> None:
    with pytest.raises(DatasetError) as refused, db.session() as session:
        import_dataset(session, Dataset(years=[FiscalYear(2566), FiscalYear(year)]))
    assert refused.value.path == "years[1].fiscal_year"
    assert _load(db).years == []


def test_a_measure_matched_by_id_is_not_matched_again_by_its_title(db: Database) -> None:
    with db.session() as session:
        import_dataset(session, Dataset(years=[FiscalYear(2567, measures=[Measure("ชื่อซ้ำ", id="m-a")])]))
    twins = [Measure("ชื่อซ้ำ", id="m-a", outcome="ตัวเดิม"), Measure("ชื่อซ้ำ", outcome="ตัวใหม่")]
    with db.session() as session:
        summary = import_dataset(session, Dataset(years=[FiscalYear(2567, measures=twins)]))
    stored = _load(db).years[0].measures
    assert (summary["measures"].updated, summary["measures"].added) == (1, 1)
    assert [(m.id == "m-a", m.outcome) for m in stored] == [(True, "ตัวเดิม"), (False, "ตัวใหม่")]


def test_an_empty_dataset_says_there_was_nothing_to_import(db: Database) -> None:
    with db.session() as session:
        summary = import_dataset(session, Dataset())
    assert not summary.changed and summary.thai_text() == "ไม่มีข้อมูลให้นำเข้า"
