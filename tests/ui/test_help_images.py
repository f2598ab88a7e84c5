"""benchmarks/help_images.py, run as whoever refreshes the manual runs it, makes every picture the manual
names, and a window that asks a question on its way ends the run naming it instead of waiting for a click."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from itadesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "help_images.py"


def _run(script: Path, out: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(out.parent)}
    return subprocess.run(
        [sys.executable, str(script), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=240,  # it ran forever after its first picture: the timeout is the failure
        env=environment,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_every_picture_of_the_manual_is_made_again(tmp_path: Path) -> None:
    out = tmp_path / "images"
    run = _run(SCRIPT, out)
    assert run.returncode == 0, run.stderr[-2000:]
    manual = resource_path("help", "manual.html").read_text(encoding="utf-8")
    named = sorted(set(re.findall(r'src="images/([^"]+\.png)"', manual)))
    assert len(named) >= 10
    for name in named:
        with Image.open(out / name) as picture:
            assert picture.width >= 200 and picture.height >= 100, name
    assert "01-setup.png" in run.stdout and "11-year-content.png" in run.stdout


@pytest.mark.slow
def test_a_question_a_window_asks_ends_the_run_naming_it(tmp_path: Path) -> None:
    # The set-up dialog closed with the made-up office typed in it asks whether to throw the typing away.
    script = SCRIPT.read_text(encoding="utf-8").replace("    put_away(setup)", "    setup.close()")
    assert "setup.close()" in script
    copy = tmp_path / "help_images.py"
    copy.write_text(script, encoding="utf-8")
    run = _run(copy, tmp_path / "images")
    assert run.returncode == 2
    assert "ยังไม่ได้บันทึก" in run.stderr and "ข้อมูลหน่วยงานที่พิมพ์ไว้" in run.stderr
