"""Importing into an office that already has data: the organisation kept or taken by choice (refused when
nobody chose), units and people matched by name whatever their codes, years added to or replaced, statuses
going back kept unless taken; and the plan, which is what the import does and changes nothing (issue 9)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from itadesk.domain.model import (
    Dataset,
    Emblem,
    FiscalYear,
    Measure,
    Memo,
    Organization,
    Person,
    StatusChange,
    Unit,
)
from itadesk.domain.status import Status
from itadesk.storage import Database, import_dataset, load_dataset
from itadesk.storage.importing.choices import ImportChoices, OfficeDiffersError
from itadesk.storage.importing.plan import plan_import, plan_lines

OURS = Organization(
    name="องค์การบริหารส่วนตำบลทดสอบ",
    short_name="อบต.ทดสอบ",
    district="เมืองนราธิวาส",
    province="นราธิวาส",
    document_code="นธ 1234",
    phone="0-7351-1111",
    emblem=Emblem(mime="image/png", data=b"\x89PNG fake emblem bytes"),
)
THEIRS = Organization(name="องค์การบริหารส่วนตำบลลาโละ", document_code="นธ ๗๓๔๐๑", phone="๐-๗๓-๕๗๘๐๑๗")
KEEP = ImportChoices(office="keep")


@pytest.fixture
def db(database_url: str) -> Database:
    return Database.open(database_url)


def _load(db: Database) -> Dataset:
    with db.session(read_only=True) as session:
        return load_dataset(session)


def _import(db: Database, dataset: Dataset, choices: ImportChoices | None = None) -> None:
    with db.session() as session:
        import_dataset(session, dataset, choices)


def _office(db: Database) -> None:
    _import(
        db,
        Dataset(
            organization=OURS,
            units=[Unit("สำนักปลัด", "unit-01"), Unit("กองคลัง", "unit-02")],
            people=[Person("สุนานี อามะ", "person-01", "นางสาว", "นิติกรปฏิบัติการ")],
            years=[FiscalYear(2566, measures=[Measure(title="ของเราเอง", id="m-ours")])],
        ),
    )


def _their_file(**year: object) -> Dataset:
    return Dataset(
        organization=THEIRS,
        units=[Unit("สำนักปลัด", "u-palad"), Unit("กองคลัง", "u-klang")],
        people=[Person("สุนานี อามะ", "p-sunani", "นางสาว", "นิติกรปฏิบัติการ")],
        years=[FiscalYear(2566, **year)],  # type: ignore[arg-type]
    )


# -- the organisation ---------------------------------------------------------------------------------
def test_a_differing_office_is_refused_when_nobody_chose_and_nothing_changes(db: Database) -> None:
    _office(db)
    before = _load(db)
    with db.session() as session, pytest.raises(OfficeDiffersError) as refused:
        import_dataset(session, _their_file(measures=[Measure(title="ของเขา")]))
    fields = {d.field: (d.stored, d.given) for d in refused.value.differences}
    assert fields["name"] == (OURS.name, THEIRS.name)
    assert fields["document_code"] == ("นธ 1234", "นธ ๗๓๔๐๑")
    assert fields["district"] == ("เมืองนราธิวาส", "(ว่าง)")
    assert fields["emblem"][1] == "ไม่มี"
    assert set(fields) == {"name", "short_name", "district", "province", "document_code", "phone", "emblem"}
    assert "ชื่อหน่วยงาน (ฐานข้อมูล: องค์การบริหารส่วนตำบลทดสอบ" in str(refused.value)
    assert _load(db) == before


def test_keeping_the_office_keeps_every_field_and_takes_the_rest(db: Database) -> None:
    _office(db)
    _import(db, _their_file(measures=[Measure(title="ของเขา")]), KEEP)
    stored = _load(db)
    assert stored.organization == OURS
    assert [m.title for m in stored.years[0].measures] == ["ของเขา", "ของเราเอง"]


def test_taking_the_office_stores_the_files_as_it_is(db: Database) -> None:
    _office(db)
    _import(db, _their_file(), ImportChoices(office="take"))
    assert _load(db).organization == THEIRS  # the file's empty fields (district, emblem) are empty here too


def test_the_same_office_needs_no_choice(db: Database) -> None:
    _office(db)
    _import(db, replace(_their_file(), organization=OURS))
    assert _load(db).organization == OURS


# -- units and people by name ---------------------------------------------------------------------------
def test_units_and_people_of_the_same_name_are_ours_whatever_their_codes(db: Database) -> None:
    _office(db)
    memo = Memo(subject="รายงานผล", author="p-sunani")  # the file's id for the person
    _import(db, _their_file(memos=[memo]), KEEP)
    stored = _load(db)
    assert [(u.name, u.id) for u in stored.units] == [("สำนักปลัด", "unit-01"), ("กองคลัง", "unit-02")]
    assert [(p.name, p.id) for p in stored.people] == [("สุนานี อามะ", "person-01")]
    assert stored.years[0].memos[0].author == "person-01"


# -- statuses going back ----------------------------------------------------------------------------------
def _done_in_the_database(db: Database) -> None:
    history = [StatusChange(Status.DONE, date(2023, 3, 1), "ประชุมแล้ว")]
    _import(db, Dataset(years=[FiscalYear(2566, measures=[Measure("เผยแพร่", "m-1", status=Status.DONE,
                                                                  history=history)])]))  # fmt: skip


def test_a_status_going_back_is_kept_with_its_history_unless_taken(db: Database) -> None:
    _done_in_the_database(db)
    behind = Dataset(years=[FiscalYear(2566, measures=[Measure("เผยแพร่ (ชื่อใหม่)", "m-1")])])
    with db.session() as session:
        summary = import_dataset(session, behind)
    [going] = summary.statuses_going_back
    assert (going.measure_id, going.stored, going.given) == ("m-1", Status.DONE, Status.NOT_STARTED)
    [kept] = _load(db).years[0].measures
    assert kept.title == "เผยแพร่ (ชื่อใหม่)"  # the rest of the measure is the file's
    assert kept.status == Status.DONE and kept.history[0].note == "ประชุมแล้ว"

    _import(db, behind, ImportChoices(statuses="take"))
    [taken] = _load(db).years[0].measures
    assert taken.status == Status.NOT_STARTED and taken.history == []


def test_a_status_moving_on_is_taken_without_asking(db: Database) -> None:
    _import(db, Dataset(years=[FiscalYear(2566, measures=[Measure("เผยแพร่", "m-1")])]))
    with db.session() as session:
        summary = import_dataset(
            session,
            Dataset(years=[FiscalYear(2566, measures=[Measure("เผยแพร่", "m-1", status=Status.DONE)])]),
        )
    assert summary.statuses_going_back == []
    assert _load(db).years[0].measures[0].status == Status.DONE


# -- years added to or replaced -----------------------------------------------------------------------
def test_a_year_is_added_to_unless_replaced(db: Database) -> None:
    _office(db)
    file = _their_file(measures=[Measure(title="ของเขา")])
    _import(db, file, KEEP)
    assert [m.title for m in _load(db).years[0].measures] == ["ของเขา", "ของเราเอง"]
    with db.session() as session:
        summary = import_dataset(session, file, ImportChoices(office="keep", replace_years=frozenset({2566})))
    assert summary["measures"].removed == 1 and summary["years"].updated == 1
    assert [m.title for m in _load(db).years[0].measures] == ["ของเขา"]


# -- the plan -----------------------------------------------------------------------------------------
def test_the_plan_is_what_the_import_does_and_changes_nothing(db: Database) -> None:
    _office(db)
    _done_in_the_database(db)
    file = _their_file(measures=[Measure(title="ของเขา"), Measure("เผยแพร่", "m-1")])
    before = _load(db)
    choices = ImportChoices(office="take", replace_years=frozenset({2566}))
    with db.session() as session:
        plan = plan_import(session, file, choices)
        undecided = plan_import(session, file)  # planned as keeping; the differences are listed either way
    assert _load(db) == before
    assert plan["organization"].updated == 1 and undecided["organization"].unchanged == 1
    assert undecided.office_differences[0].field == "name"
    lines = plan_lines(plan)
    assert "มาตรการ: เพิ่ม 1 แก้ไข 0 เหมือนเดิม 1 ลบ 1" in lines
    assert any("ดำเนินการแล้ว -> ยังไม่ดำเนินการ" in line for line in lines)
    assert "ปีงบประมาณที่มีอยู่แล้วในฐานข้อมูล: 2566" in lines

    with db.session() as session:
        done = import_dataset(session, file, choices)
    assert done.counts == plan.counts
    assert done.statuses_going_back == plan.statuses_going_back
