"""Records go in and come back exactly: every field, every order, on SQLite and on PostgreSQL."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from itadesk.domain.model import Dataset
from itadesk.storage import Database, import_dataset, load_dataset
from tests.conftest import EXAMPLE_FILES, require_shared
from tests.storage.builders import full_dataset, read_example


def _with_generated_ids(given: Dataset, stored: Dataset) -> Dataset:
    """`given` with the ids storage gave to measures and memos that had none (everything else untouched)."""
    expected = copy.deepcopy(given)
    for year, stored_year in zip(expected.years, stored.years, strict=True):
        year.measures = [
            replace(m, id=m.id or s.id) for m, s in zip(year.measures, stored_year.measures, strict=True)
        ]
        year.memos = [replace(m, id=m.id or s.id) for m, s in zip(year.memos, stored_year.memos, strict=True)]
    return expected


def test_full_dataset_comes_back_identical(database_url: str) -> None:
    db = Database.open(database_url)
    given = full_dataset()
    with db.session() as session:
        import_dataset(session, given)
    with db.session() as session:
        stored = load_dataset(session)
    assert stored == _with_generated_ids(given, stored)
    generated = stored.years[0].measures[1].id
    assert generated is not None and generated.startswith("m-2566-") and len(generated) == len("m-2566-") + 8
    assert stored.years[0].memos[1].id is not None and stored.years[0].memos[1].id.startswith("memo-2566-")
    db.dispose()


def test_a_plain_read_only_connection_reads_the_same_data(database_url: str) -> None:
    """`db.reading()` (what printing reads through, without the ORM) gives what a session gives."""
    db = Database.open(database_url)
    with db.session() as session:
        import_dataset(session, full_dataset())
    with db.session(read_only=True) as session:
        through_session = load_dataset(session)
    with db.reading() as connection:
        assert load_dataset(connection) == through_session
        assert load_dataset(connection, 2567).years == through_session.years[1:]
    db.dispose()


def test_one_year_comes_with_the_office(database_url: str) -> None:
    db = Database.open(database_url)
    with db.session() as session:
        import_dataset(session, full_dataset())
    with db.session() as session:
        one = load_dataset(session, 2567)
    assert [y.fiscal_year for y in one.years] == [2567]
    assert one.organization is not None and one.organization.name == "องค์การบริหารส่วนตำบลลาโละ"
    assert [u.name for u in one.units] == ["สำนักปลัด", "กองคลัง", "กองช่าง"]
    assert [p.id for p in one.people] == ["p-suna", "p-suriya", "p-noi"]
    db.dispose()


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_every_example_round_trips(database_url: str, example: object) -> None:
    require_shared()
    from pathlib import Path

    given = read_example(Path(str(example)))
    db = Database.open(database_url)
    with db.session() as session:
        summary = import_dataset(session, given)
    assert summary["measures"].added == sum(len(y.measures) for y in given.years)
    with db.session() as session:
        stored = load_dataset(session)
    assert stored == _with_generated_ids(given, stored)
    db.dispose()


def test_the_offices_own_content_is_kept_updated_and_left_alone_by_a_file_without_it(
    database_url: str,
) -> None:
    db = Database.open(database_url)
    given = full_dataset()
    with db.session() as session:
        import_dataset(session, given)
    with db.reading() as connection:
        assert load_dataset(connection, 2566).years[0].content == given.years[0].content
        assert load_dataset(connection, 2567).years[0].content.is_empty()

    # The same year again with other words for the same document: updated in place, not added.
    changed = copy.deepcopy(given)
    content = changed.years[0].content
    content.documents[0].note = "หมายเหตุ แก้ไขแล้ว"
    content.report_first = False
    with db.session() as session:
        import_dataset(session, changed)
    with db.reading() as connection:
        assert load_dataset(connection, 2566).years[0].content == content

    # A file made before the content existed changes none of it.
    without = copy.deepcopy(given)
    for year in without.years:
        year.content = type(year.content)()
    with db.session() as session:
        import_dataset(session, without)
    with db.reading() as connection:
        assert load_dataset(connection, 2566).years[0].content == content
    db.dispose()


def test_content_saved_over_another_pcs_change_keeps_it_and_names_a_clash(database_url: str) -> None:
    """Two PCs open the same content; the other saves first. Saving over it writes only this user's fields:
    the other's note stays, and the title both changed is this user's and named."""
    from itadesk.domain.model import DocumentContent, YearContent
    from itadesk.storage.data.year_content import get_year_content, save_year_content, save_year_content_over

    db = Database.open(database_url)
    opened = YearContent([DocumentContent("progress", title="เดิม", note="")])
    with db.session() as session:
        save_year_content(session, 2567, opened)
    other = Database.open(database_url)  # another program on another PC
    with other.session() as session:
        save_year_content(
            session, 2567, YearContent([DocumentContent("progress", title="ของอีกเครื่อง", note="หมายเหตุ")])
        )
    other.dispose()
    mine = YearContent(
        [DocumentContent("progress", title="ของเรา", introduction=["ตามที่ …"])], sign_prefix=True
    )
    with db.session() as session:
        clashes = save_year_content_over(session, 2567, mine, opened)
    assert clashes == ["progress.title"]
    with db.reading() as connection:
        stored = get_year_content(connection, 2567)
    assert stored.document("progress") == DocumentContent(
        "progress", title="ของเรา", introduction=["ตามที่ …"], note="หมายเหตุ"
    )
    assert stored.sign_prefix
    db.dispose()


def test_a_years_content_is_saved_whole_and_read_back(database_url: str) -> None:
    from itadesk.domain.model import DocumentContent, YearContent
    from itadesk.storage.data.year_content import get_year_content, save_year_content

    db = Database.open(database_url)
    first = YearContent([DocumentContent("plan", note="หมายเหตุ", headings="part")], sign_prefix=True)
    with db.session() as session:
        save_year_content(session, 2568, first)  # a year not stored yet
    with db.reading() as connection:
        assert get_year_content(connection, 2568) == first
    second = YearContent([DocumentContent("plan", title="มาตรการของเรา"), DocumentContent("results")])
    with db.session() as session:
        save_year_content(session, 2568, second)
    with db.reading() as connection:
        assert get_year_content(connection, 2568) == YearContent(
            [DocumentContent("plan", title="มาตรการของเรา")]
        )
        assert get_year_content(connection, 2599).is_empty()
    db.dispose()
