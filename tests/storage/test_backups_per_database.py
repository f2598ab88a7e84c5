"""Each database keeps its own automatic backups: a trial database opened again and again never prunes the
office's, and a damaged database is offered only copies of itself."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from itadesk.service.safekeeping import backup_at_start
from itadesk.storage.lifecycle.backup_list import automatic_backups, automatic_folder, backups_of, describe
from itadesk.storage.lifecycle.database import Database, damage_message
from itadesk.storage.lifecycle.integrity import check_file
from tests.storage.damaged_corpus import build_corpus, make_office


def _start(database: Path, root: Path, when: datetime) -> Path:
    db = Database.open(str(database))
    try:
        return backup_at_start(db, root, now=when)
    finally:
        db.dispose()


def test_a_trial_database_opened_many_times_never_prunes_the_offices_backup(tmp_path: Path) -> None:
    root = tmp_path / "backups"
    office = make_office(tmp_path / "office.sqlite3", measures=3)
    trial = make_office(tmp_path / "trial" / "office.sqlite3", measures=1)  # the same name, another folder
    first = datetime(2026, 1, 5, 8, 30)
    offices_only = _start(office, root, first)

    # A year of trial starts, each on a new day: far more than the policy keeps of one database.
    for day in range(1, 60):
        _start(trial, root, first + timedelta(days=day, minutes=day))

    assert offices_only.exists()
    assert automatic_backups(offices_only.parent) == [offices_only]
    trials = automatic_backups(automatic_folder(trial, root=root))
    assert 3 < len(trials) <= 3 + 7 + 4 + 12 + 1
    assert offices_only.parent != trials[0].parent
    assert {p.parent for p in trials} == {automatic_folder(trial, root=root)}


def test_the_recovery_list_of_a_damaged_database_offers_only_its_own_copies(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office.sqlite3", measures=3)
    other = make_office(tmp_path / "other.sqlite3", measures=5)
    root = automatic_folder(office).parent  # the user's backups folder
    mine = _start(office, root, datetime(2026, 2, 1, 8, 0))
    theirs = _start(other, root, datetime(2026, 2, 2, 8, 0))  # newer, and whole
    damaged = build_corpus(tmp_path / "corpus", ["zeroed-page"])["zeroed-page"]
    office.unlink()
    damaged.rename(office)

    offered = backups_of(office)
    assert offered == [mine]
    assert theirs not in offered and describe(theirs).good
    message = damage_message(check_file(office, thorough=True))
    assert str(mine) in message and str(theirs) not in message


@pytest.mark.postgres
def test_a_server_databases_backups_are_its_own(postgres_url: str, tmp_path: Path) -> None:
    root = automatic_folder(tmp_path / "office.sqlite3").parent
    db = Database.open(postgres_url)
    try:
        made = backup_at_start(db, root, now=datetime(2026, 3, 1, 8, 0))
        assert backups_of(None, where=db.where) == [made]
    finally:
        db.dispose()
    office = make_office(tmp_path / "office.sqlite3", measures=1)
    assert made not in backups_of(office)
