"""A broken file changes nothing: exit 1, a Thai message naming the place, no traceback, the same database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, require_shared
from tests.exchange.broken_files import CASES, Broken


@pytest.fixture
def db(database_url: str) -> str:
    """Each test here runs on a new SQLite file and on a fresh PostgreSQL database."""
    return database_url


@pytest.fixture
def seeded(itadesk: Itadesk) -> Itadesk:
    """A database already holding an office's data, so that a half-done import would show."""
    require_shared()
    done = itadesk("import", str(EXAMPLES / "001.json"))
    assert done.code == 0, done.err
    return itadesk


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_file_is_refused_and_changes_nothing(case: Broken, seeded: Itadesk, tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    before = export_json(seeded, exports)
    refused = seeded("import", str(case.make(tmp_path)))
    assert refused.code == 1
    assert case.path in refused.err
    assert case.words in refused.err
    assert "ไม่มีอะไรเปลี่ยน" in refused.err
    assert "Traceback" not in refused.err and refused.out == ""
    assert export_json(seeded, exports) == before


def test_broken_file_leaves_an_empty_database_empty(itadesk: Itadesk, tmp_path: Path) -> None:
    require_shared()
    last = next(case for case in CASES if case.name == "last_record_broken")
    assert itadesk("import", str(last.make(tmp_path))).code == 1
    empty = export_json(itadesk, tmp_path)
    assert "organization" not in empty
    assert (empty["units"], empty["people"], empty["years"]) == ([], [], [])


SUBPROCESS_CASES = ("tis620", "deep_nesting", "unknown_status", "sixty_megabytes", "emblem_bad_base64")


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_real_process_shows_no_traceback(name: str, tmp_path: Path) -> None:
    require_shared()
    case = next(case for case in CASES if case.name == name)
    env = {**os.environ, "ITADESK_DB": str(tmp_path / "office.sqlite3"), "XDG_STATE_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "itadesk", "import", str(case.make(tmp_path))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert case.path in done.stderr and case.words in done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
