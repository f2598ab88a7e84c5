"""Writing a measure field by field against the version it was read at: nobody's change is overwritten."""

from __future__ import annotations

import itertools
from datetime import date

from itadesk.domain.model import Measure, Memo, Organization, ResultEntry
from itadesk.domain.status import Status
from itadesk.storage import Database
from itadesk.storage.data import measures as measure_service
from itadesk.storage.data import memos, office, years
from itadesk.storage.lifecycle.changes import change_count


def _stored(db: Database, measure_id: str = "m-1") -> Measure:
    with db.session(read_only=True) as session:
        return measure_service.get_measure(session, measure_id)


def _office(database_url: str) -> Database:
    db = Database.open(database_url)
    with db.session() as session:
        measure_service.add_measure(session, 2567, Measure(title="เปิดเผยข้อมูล", id="m-1", period="ต.ค. ๖๖"))
    return db


def test_a_save_based_on_an_old_version_keeps_the_other_writers_status_history_and_fields(
    database_url: str,
) -> None:
    db = _office(database_url)
    window_copy = _stored(db)  # what a window read, an hour ago
    with db.session() as session:  # meanwhile: the command line, another PC
        measure_service.set_status(session, "m-1", Status.DONE, date(2024, 1, 5), "เสร็จตามแผน")
        measure_service.update_measure(
            session, "m-1", {"period": "ทั้งปี"}, {"period": "ต.ค. ๖๖"}, _stored(db).version
        )

    with db.session() as session:
        update = measure_service.update_measure(
            session, "m-1", {"title": "เปิดเผยข้อมูลสาธารณะ"}, {"title": "เปิดเผยข้อมูล"}, window_copy.version
        )

    stored = _stored(db)
    assert update.overwritten == [], "the user changed nothing the other writer changed"
    assert stored.title == "เปิดเผยข้อมูลสาธารณะ"
    assert stored.period == "ทั้งปี"
    assert stored.status is Status.DONE
    assert [(h.status, h.note) for h in stored.history] == [(Status.DONE, "เสร็จตามแผน")]
    assert update.measure == stored and update.measure.version == stored.version


def test_both_writers_changing_the_same_field_is_told_and_the_users_typing_wins(database_url: str) -> None:
    db = _office(database_url)
    window_copy = _stored(db)
    with db.session() as session:
        measure_service.update_measure(
            session, "m-1", {"title": "ชื่อจากเครื่องอื่น"}, {"title": "เปิดเผยข้อมูล"}, window_copy.version
        )
    with db.session() as session:
        update = measure_service.update_measure(
            session, "m-1", {"title": "ชื่อที่ผู้ใช้พิมพ์"}, {"title": "เปิดเผยข้อมูล"}, window_copy.version
        )
    assert update.overwritten == ["title"]
    assert _stored(db).title == "ชื่อที่ผู้ใช้พิมพ์"


def test_a_save_at_the_current_version_is_no_conflict_and_moves_the_version_on(database_url: str) -> None:
    db = _office(database_url)
    before = _stored(db)
    with db.session() as session:
        update = measure_service.update_measure(
            session, "m-1", {"results": [ResultEntry("ประชุมแล้ว", date(2024, 2, 1))]}, {"results": []},
            before.version,
        )  # fmt: skip
    assert update.overwritten == []
    assert _stored(db).results == [ResultEntry("ประชุมแล้ว", date(2024, 2, 1))]
    assert _stored(db).version == before.version + 1


def test_every_kind_of_write_moves_the_change_counter(database_url: str) -> None:
    db = _office(database_url)

    def count() -> int:
        with db.reading() as connection:
            return change_count(connection)

    seen = [count()]
    with db.session() as session:
        measure_service.set_status(session, "m-1", Status.IN_PROGRESS)
    seen.append(count())
    with db.session() as session:
        years.start_next_year(session, 2567)
    seen.append(count())
    with db.session() as session:
        memos.save_memo(session, 2567, Memo(subject="รายงานผล"))
    seen.append(count())
    with db.session() as session:
        office.save_setup(session, Organization(name="อบต.ทดสอบ"), [], [])
    seen.append(count())
    with db.session(read_only=True) as session:
        measure_service.list_measures(session, 2567)
    with db.session() as session:  # a unit of work that only reads
        measure_service.list_measures(session, 2567)
    seen.append(count())
    writes, after_reading = seen[:5], seen[5]
    assert all(a < b for a, b in itertools.pairwise(writes)), seen
    assert after_reading == writes[-1], "reading alone tells no window that something changed"
