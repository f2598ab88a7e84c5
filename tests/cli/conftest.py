"""Running `itadesk` in-process as a user would, against a fresh database, and reading what it printed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from itadesk.cli.main import run


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


Itadesk = Callable[..., Outcome]


@pytest.fixture(autouse=True)
def _log_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Crash logs go to the user's log folder (XDG_STATE_HOME on Linux): keep them in a temporary place."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """`print` reads the database in a child forked from this process, even when the test process runs other
    threads: a test that patches what the reading does needs the child to inherit the patch."""
    from itadesk.cli import read_ahead

    monkeypatch.setattr(read_ahead, "_context", lambda: read_ahead._Forking())


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database no one has used yet (an SQLite file; see test_exchange_roundtrip for PostgreSQL too)."""
    return str(tmp_path / "office.sqlite3")


@pytest.fixture
def itadesk(capsys: pytest.CaptureFixture[str], db: str) -> Itadesk:
    def call(*argv: str, database: str | None = None) -> Outcome:
        code = run(["--db", database or db, *argv])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return call


def export_json(itadesk: Itadesk, folder: Path, *extra: str, database: str | None = None) -> dict[str, Any]:
    """The whole database as the exchange file's JSON: what 'the database is unchanged' is judged by."""
    target = folder / f"export-{len(list(folder.iterdir()))}.json"
    done = itadesk("export", "-o", str(target), *extra, database=database)
    assert done.code == 0, done.err
    exported: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return exported
