"""The service layer on a real database (SQLite, PostgreSQL): reads give what was stored, without the ORM."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from itadesk.domain.model import Measure
from itadesk.service.office_data import OfficeData
from itadesk.storage.importing.run import import_dataset
from itadesk.storage.lifecycle.database import Database
from tests.storage.builders import full_dataset


def test_each_read_gives_what_was_stored(database_url: str) -> None:
    given = full_dataset()
    db = Database.open(database_url)
    with db.session() as session:
        import_dataset(session, given)
    desk = OfficeData(db)
    stored = desk.dataset()
    assert desk.organization() == stored.organization == given.organization
    assert desk.units() == stored.units
    assert desk.people() == stored.people
    assert desk.years() == [year.fiscal_year for year in stored.years]
    for year in stored.years:
        assert desk.measures(year.fiscal_year) == year.measures
        assert desk.memos(year.fiscal_year) == year.memos
        assert desk.ita_result(year.fiscal_year) == year.ita_result
    assert desk.dataset(stored.years[0].fiscal_year).years == stored.years[:1]
    db.dispose()


def test_a_year_not_stored_reads_as_empty(database_url: str) -> None:
    db = Database.open(database_url)
    desk = OfficeData(db)
    assert (desk.organization(), desk.years(), desk.measures(2570), desk.memos(2570)) == (None, [], [], [])
    assert desk.ita_result(2570) is None
    desk.add_measure(2570, Measure(title="มาตรการแรก"))  # the first change loads the ORM on its own
    assert [m.title for m in desk.measures(2570)] == ["มาตรการแรก"]
    db.dispose()


def test_reading_loads_no_orm_and_warming_up_loads_it(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = Database.open(str(path))
    with db.session() as session:
        import_dataset(session, full_dataset())
    db.dispose()
    script = textwrap.dedent(f"""
        import sys
        from itadesk.storage.lifecycle.database import Database
        from itadesk.service.office_data import OfficeData
        desk = OfficeData(Database.open({str(path)!r}))
        year = desk.years()[0]
        read = (desk.organization(), desk.people(), desk.measures(year), desk.memos(year), desk.dataset())
        print("ORM AFTER READING", "sqlalchemy.orm" in sys.modules)
        desk.warm_up()
        print("ORM AFTER WARMING UP", "sqlalchemy.orm" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ORM AFTER READING False" in done.stdout
    assert "ORM AFTER WARMING UP True" in done.stdout
