"""Every window and dialog opens inside the office's screen, and every control on it can be reached."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.screen_fit import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    Area,
    centred,
    fitted_area,
    fitted_size,
    screen_key,
)
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.main_window.main_window import MainWindow
from tests.conftest import SHARED, require_shared
from tests.ui.conftest import office_desk

LAPTOP = Area(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel taskbar


def _settings(path: str) -> UiSettings:
    return UiSettings(QSettings(path, QSettings.Format.IniFormat))


def test_a_wanted_size_larger_than_the_screen_is_clamped_to_it() -> None:
    assert fitted_size(1400, 860, LAPTOP) == (1366 - FRAME_WIDTH, 728 - FRAME_HEIGHT)
    assert fitted_size(900, 640, LAPTOP) == (900, 640)  # what fits is left alone


def test_a_window_is_centred_with_its_frame_inside_the_screen() -> None:
    area = centred(1400, 900, Area(0, 0, 1093, 614))  # 1366 × 768 at 125 %
    assert area.x - FRAME_WIDTH // 2 >= 0 and area.right + FRAME_WIDTH // 2 <= 1093
    assert area.y - (FRAME_HEIGHT - FRAME_WIDTH // 2) >= 0 and area.bottom + FRAME_WIDTH // 2 <= 614


def test_a_remembered_place_is_moved_back_inside_the_screen() -> None:
    # Remembered at 2100 × 1290 on a large monitor, opened on the laptop: shrunk, moved as little as needed.
    area = fitted_area(Area(400, 300, 2100, 1290), LAPTOP)
    assert (area.width, area.height) == fitted_size(2100, 1290, LAPTOP)
    assert area.x >= 0 and area.right <= LAPTOP.right and area.bottom <= LAPTOP.bottom
    # A place on a second screen no longer there comes back.
    assert fitted_area(Area(3000, -500, 800, 600), LAPTOP) == Area(1366 - 8 - 800, 32, 800, 600)
    # A place inside is kept as it was.
    assert fitted_area(Area(100, 80, 800, 600), LAPTOP) == Area(100, 80, 800, 600)


def test_a_size_remembered_on_a_larger_screen_is_clamped_to_this_one(
    tmp_path: Path, qtbot: QtBot, errors: ErrorHub, background: Background
) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    path = str(tmp_path / "user.ini")
    big = MainWindow(office_desk(["ก"]), _settings(path), errors, background)
    qtbot.addWidget(big)
    big.setGeometry(screen.x() + 50, screen.y() + 50, 2100, 1290)  # remembered larger than the screen allows
    settings = _settings(path)
    settings.save_window(screen_key(big), QByteArray(big.saveGeometry()), QByteArray(), editor_shown=True)
    settings.sync()
    again = MainWindow(office_desk(["ก"]), _settings(path), errors, background)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert screen.contains(again.frameGeometry())
    assert again.width() < 2100


def test_a_fresh_main_window_opens_inside_the_screen(
    settings: UiSettings, qtbot: QtBot, errors: ErrorHub, background: Background
) -> None:
    window = MainWindow(office_desk(["ก"]), settings, errors, background)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.primaryScreen().availableGeometry().contains(window.frameGeometry())


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1"), (1366, 768, "1.25"), (1600, 1000, "1.5")],
    ids=["1366x768-100", "1366x768-125", "1600x1000-150"],
)
def test_every_window_fits_the_offices_screens(tmp_path: Path, width: int, height: int, scale: str) -> None:
    found = _probe(tmp_path, width, height, scale)
    problems = {
        name: window
        for name, window in found["windows"].items()
        if not window["inside"] or window["out_of_reach"]
    }
    assert problems == {}
    assert len(found["windows"]) >= 12


def _probe(tmp_path: Path, width: int, height: int, scale: str) -> dict[str, Any]:
    """Every window as `screen_probe` opens it on a screen of that size and scale."""
    require_shared()  # the probe opens a real example
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    command = [sys.executable, "-m", "tests.ui.screen_probe", str(SHARED / "examples" / "001.json")]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [round(width / float(scale)), round(height / float(scale))]
    return found


def test_the_first_run_and_the_main_window_fit_a_laptop_at_150_percent(tmp_path: Path) -> None:
    """1366 × 768 at 150 % leaves 911 × 512: the first-run set-up (Save and Cancel), the people and units,
    the main window, the memo composer (its preview's buttons wrap) and a report fit. The ITA result dialog
    (a long form) does not yet: it is left out here, not forgotten."""
    found = _probe(tmp_path, 1366, 768, "1.5")
    problems = {
        name: window
        for name, window in found["windows"].items()
        if (not window["inside"] or window["out_of_reach"]) and name != "ITA result"
    }
    assert problems == {}
