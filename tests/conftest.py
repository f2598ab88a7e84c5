"""Test set-up shared by every test: a headless Qt, user folders in a temporary place, the shared examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# database_url (SQLite and a real PostgreSQL server); a crash names the test it happened in
pytest_plugins = ["tests.pg", "tests.crash_names"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
# The specs, real examples, the test emblem and the PDF checker live beside the repository, never inside it.
SHARED = Path(os.environ.get("ITADESK_SHARED", REPO.parent / "shared"))
EXAMPLES = SHARED / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))
GARUDA_PNG = SHARED / "assets" / "garuda.png"
GARUDA_SVG = SHARED / "assets" / "garuda.svg"
PDFCHECK = SHARED / "tools" / "pdfcheck" / "pdfcheck.py"


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data, settings or database."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ITADESK_DB", raising=False)


SHARED_MISSING = (
    "needs ../shared beside the repository (the specs, the real examples, the test emblem, the PDF checker), "
    "not found at {where}; set ITADESK_SHARED to its place"
)


def require_shared(*paths: Path) -> None:
    """Skip the calling test, saying why, in a clone without ../shared (or without the files it names)."""
    for path in (EXAMPLES, *paths):
        if not path.exists():
            pytest.skip(SHARED_MISSING.format(where=path))


def _in_shared(error: BaseException) -> str | None:
    filename = getattr(error, "filename", None)
    if isinstance(error, FileNotFoundError) and filename is not None:
        path = Path(os.fsdecode(filename)).absolute()
        if path.is_relative_to(SHARED.absolute()):
            return str(path)
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """A test that opened a file of ../shared that is not there is skipped with that reason, not failed: the
    rest of the suite runs in a clone without it."""
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is None or not report.failed:
        return
    missing = _in_shared(call.excinfo.value)
    if missing is not None:
        report.outcome = "skipped"
        report.longrepr = (
            str(item.path),
            item.location[1] or 0,
            "Skipped: " + SHARED_MISSING.format(where=missing),
        )
