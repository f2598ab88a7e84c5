"""Automatic backups kept by age over simulated dates, and the last good one never deleted."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from itadesk.storage.lifecycle.backup_list import automatic_backups, choose_kept, prune, taken_at
from tests.storage.damaged_corpus import build_corpus, make_office

START = datetime(2026, 1, 1, 8, 30)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("files")
    made = build_corpus(folder, ["zeroed-page"])
    good = make_office(folder / "office.sqlite3", measures=3)
    from tests.storage.damaged_corpus import _sql

    _sql(good, "PRAGMA journal_mode = DELETE")
    return {"good": good, "damaged": made["zeroed-page"]}


def _start(folder: Path, when: datetime, source: Path) -> Path:
    """What a start of the window leaves: one verified copy named for its moment."""
    target = folder / f"itadesk-auto-{when:%Y%m%d-%H%M%S-%f}.sqlite3"
    shutil.copyfile(source, target)
    return target


def test_a_year_of_daily_starts_keeps_days_weeks_and_months(tmp_path: Path, files: dict[str, Path]) -> None:
    now = START
    for day in range(400):
        now = START + timedelta(days=day)
        for hour in (0, 4):  # two starts a day
            made = _start(tmp_path, now + timedelta(hours=hour), files["good"])
            prune(tmp_path, verified=made)
    kept = [taken_at(path) for path in automatic_backups(tmp_path)]

    assert len(kept) <= 3 + 7 + 4 + 12
    assert kept[0] == now + timedelta(hours=4)  # the newest start
    days = {moment.date() for moment in kept}
    assert {(now - timedelta(days=back)).date() for back in range(7)} <= days  # each of the last 7 days
    months = {(moment.year, moment.month) for moment in kept}
    assert len(months) == 12  # a copy from each of the last 12 months
    assert min(kept) < now - timedelta(days=300)  # 12 months back, this one included
    weeks = {moment.isocalendar()[:2] for moment in kept if moment > now - timedelta(days=28)}
    assert len(weeks) >= 4


def test_many_damaged_backups_never_push_out_the_last_good_one(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    good = _start(tmp_path, START, files["good"])
    for day in range(1, 120):  # a failing disk: every later backup is damaged
        _start(tmp_path, START + timedelta(days=day), files["damaged"])
        prune(tmp_path)
    assert good.exists()
    assert len(automatic_backups(tmp_path)) <= 3 + 7 + 4 + 12 + 1


def test_an_office_closed_for_months_keeps_its_old_copies(tmp_path: Path, files: dict[str, Path]) -> None:
    before = [_start(tmp_path, START + timedelta(days=day), files["good"]) for day in range(10)]
    after = _start(tmp_path, START + timedelta(days=200), files["good"])
    prune(tmp_path, verified=after)
    # the periods that count are those with a backup: the ten days before the break are not "old"
    assert set(choose_kept(automatic_backups(tmp_path))) == set(automatic_backups(tmp_path))
    assert after.exists() and sum(path.exists() for path in before) >= 7
