"""The services the window and the command line use, record by record, on both databases."""

from __future__ import annotations

import re
from datetime import date

import pytest

from itadesk.domain.model import (
    Approval,
    ItaResult,
    Measure,
    Memo,
    Organization,
    PartScore,
    Person,
    ResultEntry,
    Unit,
)
from itadesk.domain.status import Status
from itadesk.storage import Database, DatasetError, NotFoundError, StorageError, import_dataset, load_dataset
from itadesk.storage.data import measures, memos, office, settings, years
from tests.storage.builders import full_dataset


@pytest.fixture
def db(database_url: str) -> Database:
    database = Database.open(database_url)
    with database.session() as session:
        import_dataset(session, full_dataset())
    return database


def test_listing_years_and_measures_by_status(db: Database) -> None:
    with db.session() as session:
        assert years.list_years(session) == [2566, 2567]
        assert [m.id for m in measures.list_measures(session, 2566, Status.DONE)] == ["m-2566-03"]
        assert len(measures.list_measures(session, 2566)) == 3
        assert measures.list_measures(session, 2599) == []


def test_added_measure_gets_an_id_of_its_year_and_goes_last(db: Database) -> None:
    with db.session() as session:
        added = measures.add_measure(session, 2566, Measure(title="มาตรการใหม่", steps=["ก", "ข"]))
    assert added.id is not None and re.fullmatch(r"m-2566-[0-9a-f]{8}", added.id)
    with db.session() as session:
        listed = measures.list_measures(session, 2566)
        assert listed[-1] == added
        assert measures.measure_year(session, added.id) == 2566


def test_a_deleted_measure_stored_again_at_its_place_comes_back_whole(db: Database) -> None:
    with db.session() as session:
        before = measures.list_measures(session, 2566)
        gone = before[1]
        assert gone.id is not None
        measures.delete_measure(session, gone.id)
    with db.session() as session:  # what undoing the deletion in the window does
        measures.add_measure(session, 2566, gone, position=1)
    with db.session() as session:
        assert measures.list_measures(session, 2566) == before  # same id, place, history and results


def test_saving_and_deleting_a_measure(db: Database) -> None:
    with db.session() as session:
        measure = measures.get_measure(session, "m-2566-01")
        measure.title = "แก้ชื่อแล้ว"
        measure.steps = ["ขั้นเดียว"]
        measures.save_measure(session, measure)
    with db.session() as session:
        assert measures.get_measure(session, "m-2566-01").title == "แก้ชื่อแล้ว"
        assert measures.get_measure(session, "m-2566-01").history == measure.history
        measures.delete_measure(session, "m-2566-01")
    with db.session() as session, pytest.raises(NotFoundError) as missing:
        measures.get_measure(session, "m-2566-01")
    assert "m-2566-01" in str(missing.value) and "ไม่พบมาตรการ" in str(missing.value)


def test_status_change_is_appended_to_the_history(db: Database) -> None:
    with db.session() as session:
        measures.set_status(session, "m-2566-01", "ดำเนินการแล้ว", date(2023, 9, 1), "เสร็จตามแผน")
    with db.session() as session:
        measure = measures.get_measure(session, "m-2566-01")
    assert measure.status is Status.DONE
    assert len(measure.history) == 4
    assert measure.history[-1].status is Status.DONE
    assert (measure.history[-1].date, measure.history[-1].note) == (date(2023, 9, 1), "เสร็จตามแผน")
    with db.session() as session, pytest.raises(StorageError) as wrong:
        measures.set_status(session, "m-2566-01", "เสร็จแล้ว")
    assert "ไม่ใช่สถานะ" in str(wrong.value)


def test_dated_results_are_added_edited_and_removed_in_place(db: Database) -> None:
    with db.session() as session:
        measures.add_result(session, "m-2566-01", ResultEntry("ผลใหม่", date(2023, 5, 1)))
        measures.edit_result(session, "m-2566-01", 1, ResultEntry("ผลที่ลงวันที่แล้ว", date(2023, 3, 3)))
        measures.remove_result(session, "m-2566-01", 0)
    with db.session() as session:
        results = measures.get_measure(session, "m-2566-01").results
    assert results == [ResultEntry("ผลที่ลงวันที่แล้ว", date(2023, 3, 3)), ResultEntry("ผลใหม่", date(2023, 5, 1))]
    with db.session() as session, pytest.raises(NotFoundError):
        measures.remove_result(session, "m-2566-01", 5)


def test_starting_the_next_year_copies_measures_fresh_and_keeps_the_old_year(db: Database) -> None:
    with db.session() as session:
        before = load_dataset(session, 2566).years[0]
        assert years.start_next_year(session, 2566) == 2567
        years.start_next_year(session, 2566)  # twice adds nothing more
    with db.session() as session:
        assert load_dataset(session, 2566).years[0] == before
        new = measures.list_measures(session, 2567)
    assert [m.title for m in new] == ["มาตรการปีถัดไป"] + [m.title for m in before.measures]
    first = new[1]
    assert first.id is not None and first.id.startswith("m-2567-") and first.id != before.measures[0].id
    assert (first.status, first.history, first.results, first.outcome) == (Status.NOT_STARTED, [], [], "")
    assert (first.start, first.end) == (date(2023, 10, 1), date(2024, 9, 30))
    assert first.steps == before.measures[0].steps and first.number == "๑"


def test_ita_result_is_saved_replaced_and_removed(db: Database) -> None:
    result = ItaResult(assessed_year=2566, score=88.5, parts=[PartScore("OIT", 70.0), PartScore("IIT", 99.0)])
    with db.session() as session:
        years.save_ita_result(session, 2567, result)
    with db.session() as session:
        assert years.get_ita_result(session, 2567) == result
        years.save_ita_result(session, 2567, None)
    with db.session() as session:
        assert years.get_ita_result(session, 2567) is None
        assert years.get_ita_result(session, 2566) == full_dataset().years[0].ita_result


def test_office_people_and_units(db: Database) -> None:
    with db.session() as session:
        added = office.save_person(session, Person("คนใหม่", title="นาย"))
        unit = office.save_unit(session, Unit("กองการศึกษา"))
    assert added.id is not None and added.id.startswith("p-")
    assert unit.id is not None and unit.id.startswith("u-")
    with db.session() as session:
        assert office.list_people(session)[-1] == added
        assert office.list_units(session)[-1] == unit
        office.delete_person(session, added.id)
        office.delete_unit(session, unit.id)
        with pytest.raises(StorageError) as named:
            office.delete_person(session, "p-suna")
    assert "memo-2566-12m" in str(named.value)
    with db.session() as session:
        assert [p.id for p in office.list_people(session)] == ["p-suna", "p-suriya", "p-noi"]


def test_setup_replaces_units_and_people_but_not_people_named_in_memos(db: Database) -> None:
    with db.session() as session:
        office.save_setup(
            session,
            Organization(name="อบต.ใหม่", digits="arabic"),
            [Unit("กองช่าง"), Unit("กองสาธารณสุข")],
            [Person("นอยเราะห์ อาแวน", "p-noi"), Person("สุริยา ดือราแม"), Person("สุนานี อามะ", "p-suna")],
        )
    with db.session() as session:
        organization = office.get_organization(session)
        assert organization is not None and organization.digits == "arabic" and organization.emblem is None
        assert office.list_units(session)[0] == Unit("กองช่าง", "u-chang")
        assert [u.name for u in office.list_units(session)] == ["กองช่าง", "กองสาธารณสุข"]
        assert [p.id for p in office.list_people(session)] == ["p-noi", "p-suriya", "p-suna"]
    with db.session() as session, pytest.raises(StorageError):
        office.save_setup(session, Organization(name="x"), [], [Person("สุนานี อามะ", "p-suna")])


def test_memos_are_saved_with_ids_and_refuse_unknown_people(db: Database) -> None:
    memo = Memo(subject="ขออนุมัติ", author="p-noi", approvals=[Approval("p-suriya", "ความเห็น")])
    with db.session() as session:
        saved = memos.save_memo(session, 2567, memo)
    assert saved.id is not None and saved.id.startswith("memo-2567-")
    with db.session() as session:
        assert memos.list_memos(session, 2567) == [saved]
        saved.body = ["ย่อหน้าเดียว"]
        memos.save_memo(session, 2567, saved)
        assert memos.get_memo(session, saved.id).body == ["ย่อหน้าเดียว"]
        with pytest.raises(DatasetError) as unknown:
            memos.save_memo(session, 2567, Memo(subject="x", approvals=[Approval("p-ghost", "")]))
        with pytest.raises(DatasetError):
            memos.save_memo(session, 2567, Memo(subject="แก้แล้วเสีย", id=saved.id, author="p-ghost"))
    assert unknown.value.path == "approvals[0].person"
    with db.session() as session:  # the refused saves left nothing behind
        assert [m.subject for m in memos.list_memos(session, 2567)] == ["ขออนุมัติ"]
    with db.session() as session:
        memos.delete_memo(session, saved.id)
        assert memos.list_memos(session, 2567) == []
        with pytest.raises(NotFoundError):
            memos.get_memo(session, saved.id)


def test_settings_keep_text_by_key(db: Database) -> None:
    with db.session() as session:
        settings.set_setting(session, "window.year", "2567")
        settings.set_setting(session, "window.year", "2568")
        settings.set_setting(session, "ชื่อ", "ค่าไทย")
    with db.session() as session:
        assert settings.all_settings(session) == {"window.year": "2568", "ชื่อ": "ค่าไทย"}
        settings.delete_setting(session, "ชื่อ")
        assert settings.get_setting(session, "ชื่อ", "ไม่มี") == "ไม่มี"


def test_reordering_measures(db: Database) -> None:
    with db.session() as session:
        ids = [m.id or "" for m in measures.list_measures(session, 2566)]
        measures.reorder_measures(session, 2566, [ids[2], ids[0]])
    with db.session() as session:
        assert [m.id for m in measures.list_measures(session, 2566)] == [ids[2], ids[0], ids[1]]


def test_a_memo_is_found_in_its_fiscal_year(db: Database) -> None:
    from itadesk.storage.data.loading import memo_year

    with db.session(read_only=True) as session:
        assert memo_year(session, "memo-2566-12m") == 2566
        assert memo_year(session, "memo-nowhere") is None
