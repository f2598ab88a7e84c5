"""Test set-up shared by every test: a headless Qt, user folders in a temporary place, the shared examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.pg"]  # database_url: SQLite and a real PostgreSQL server

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


def require_shared() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip(f"shared examples not found at {EXAMPLES} (set ITADESK_SHARED)")
