"""Building small PDFs with the Thai engine and running the shared PDF checker on them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from itadesk.thai.fonts import REGULAR
from tests.conftest import PDFCHECK


def build_pdf(path: Path, story: list[Flowable], margin: float = 72.0) -> Path:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        initialFontName=REGULAR,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    doc.build(story)
    return path


def pdfcheck(*args: str | Path) -> dict[str, Any]:
    """Run one pdfcheck subcommand; skip when the checker is not beside the repository."""
    if not PDFCHECK.is_file():
        pytest.skip(f"the PDF checker is not at {PDFCHECK} (set ITADESK_SHARED)")
    done = subprocess.run(
        [sys.executable, str(PDFCHECK), *map(str, args)], capture_output=True, text=True, timeout=600
    )
    if done.returncode == 2:
        pytest.fail(f"pdfcheck could not run: {done.stdout}{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


class Narrow(Flowable):  # type: ignore[misc]
    """A flowable laid out at a fixed width, as in a table column."""

    def __init__(self, inner: Flowable, width: float) -> None:
        super().__init__()
        self.inner = inner
        self.fixed = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.inner.wrap(self.fixed, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [Narrow(part, self.fixed) for part in self.inner.split(self.fixed, avail_height)]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
