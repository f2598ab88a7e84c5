"""The window and the command line on one SQLite file, as an office uses them: the real window (its own
process, offscreen) adding measures and ticking statuses by its controls and backing up from its menu, and
`itadesk measures`, `status`, `backup` and `import FILE.docx` (through sqlite3 alone) in between, for a
minute. Nothing either side was told was saved may be missing afterwards, the file is whole, the window shows
the command line's change within seconds, and no -wal or -shm the window still uses is deleted under it
(SQLite's "How To Corrupt", section 2.2: a program that opens and closes its own live database outside SQLite
loses its locks, and another program then deletes its write-ahead log)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require_shared
from tests.faults.two_programs import SHOWN_WITHIN_SECONDS, run_campaign

SECONDS = 60


@pytest.mark.slow
def test_the_window_and_the_command_line_on_one_file_lose_nothing(tmp_path: Path) -> None:
    require_shared()
    figures = run_campaign(SECONDS, tmp_path, seed=21)
    print(figures.summary())

    assert figures.deleted_files_seen == [], "the window wrote into a -wal deleted under it"
    assert figures.problems == []
    assert figures.lost == []
    assert figures.integrity == "ok"
    assert figures.window_adds and figures.window_statuses and figures.window_backups
    assert len(figures.cli_acknowledged) >= 5 and figures.cli_reads and figures.cli_backups
    assert figures.cli_imports
    assert figures.shown_after is not None and figures.shown_after <= SHOWN_WITHIN_SECONDS
