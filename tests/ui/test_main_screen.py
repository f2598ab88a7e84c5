"""The main screen shows the year at a glance on the offices' screens, and works from the keyboard.

A year of 60 real measures (the examples' long titles and lists of units, in turn) in a real SQLite file.
The sizes and scales run in a fresh interpreter each (`main_screen_probe`), as the program on that laptop;
the keyboard runs here on a window of a 1366 × 768 laptop's size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Dataset, FiscalYear
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.measure_table_view import WHOLE_ROWS
from tests.conftest import EXAMPLES, require_shared
from tests.ui.conftest import type_text

YEAR = 2566
MEASURES = 60
ROOT = Path(__file__).resolve().parents[2]
# The offices' screens, and the 1366 × 768 laptop at 125 % less the 40 pixels of a Windows taskbar.
SCREENS = [
    (1366, 768, "1"),
    (1366, 768, "1.25"),
    (1600, 1000, "1.5"),
    (1920, 1080, "1.5"),
    (1366, 728, "1.25"),
]
SCREEN_IDS = ["1366x768-100", "1366x768-125", "1600x1000-150", "1920x1080-150", "1366x768-125-taskbar"]


def year_of_real_measures(count: int = MEASURES) -> Dataset:
    """Example 001's office; the examples' measures in turn, numbered, statuses in turn."""
    from itadesk.exchange.reader import read_exchange_file

    require_shared()
    datasets = [read_exchange_file(EXAMPLES / name) for name in ("001.json", "000.json", "003.json")]
    pool = [m for d in datasets for y in d.years for m in y.measures]
    statuses = list(Status)
    measures = [
        replace(pool[n % len(pool)], id=f"m-{n + 1}", number=str(n + 1), status=statuses[n % 3], history=[])
        for n in range(count)
    ]
    office = datasets[0]
    return Dataset(office.organization, office.units, office.people, [FiscalYear(YEAR, measures=measures)])


@pytest.fixture(scope="module")
def office_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    db = Database.open(str(path))
    OfficeData(db).import_dataset(year_of_real_measures())
    db.dispose()
    return path


def _probe(
    tmp_path: Path, database: Path, settings: Path, screen: tuple[int, int, str], *extra: str
) -> dict[str, Any]:
    width, height, scale = screen
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    command = [sys.executable, "-m", "tests.ui.main_screen_probe", str(database), str(settings), *extra]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("screen", SCREENS, ids=SCREEN_IDS)
def test_the_table_keeps_eight_whole_rows_and_enter_opens_the_editor(
    tmp_path: Path, office_file: Path, screen: tuple[int, int, str]
) -> None:
    found = _probe(tmp_path, office_file, tmp_path / "user.ini", screen)
    width, height, scale = screen
    assert found["screen"] == [round(width / float(scale)), round(height / float(scale))]
    opened, editing = found["opened"], found["after_enter"]
    assert opened["inside"] and opened["whole_rows"] >= WHOLE_ROWS
    # A click on the third row and Enter: that measure in the editor's pane, the cursor in its title, and the
    # table still shows its rows beside it with a title column one can read.
    assert found["editing"] == "m-3"
    assert editing["editor_shown"] and editing["focus"] == "titleEdit"
    assert editing["whole_rows"] >= WHOLE_ROWS and editing["title_width"] >= 200
    assert editing["out_of_reach"] == []


def test_the_geometry_is_remembered_per_scale_and_never_restored_too_small(
    tmp_path: Path, office_file: Path
) -> None:
    laptop, at_125 = (1366, 768, "1"), (1366, 768, "1.25")
    settings = tmp_path / "user.ini"
    first = _probe(tmp_path, office_file, settings, at_125, "--resize", "1000", "560")
    assert first["key"] == "1366x768@125"
    # The same laptop at 100 % the next day: not the 125 % window's logical size (1000 × 560 would be a
    # small window here), but one as large as a first start at 100 %.
    fresh = _probe(tmp_path, office_file, tmp_path / "fresh.ini", laptop)["opened"]
    at_100 = _probe(tmp_path, office_file, settings, laptop, "--resize", "700", "300")
    assert at_100["key"] == "1366x768@100"
    assert at_100["opened"]["size"] == fresh["size"] and at_100["opened"]["whole_rows"] >= WHOLE_ROWS
    # Back at 125 %: the window the clerk left at 125 %, with its pane as she left it.
    again = _probe(tmp_path, office_file, settings, at_125)["opened"]
    assert again["size"] == [1000, 560] and again["editor_shown"]
    # At 100 % the clerk had shrunk it to 700 × 300 (a third of a row): it opens large enough to use.
    small = _probe(tmp_path, office_file, settings, laptop)["opened"]
    assert small["whole_rows"] >= WHOLE_ROWS and small["size"][0] >= 900 and small["inside"]


# -- the keyboard, on a window of a laptop's size --------------------------------------------------------
@pytest.fixture
def window(
    tmp_path: Path, office_file: Path, qtbot: QtBot, errors: ErrorHub, background: Background
) -> Iterator[MainWindow]:
    import shutil

    path = tmp_path / "office.sqlite3"
    shutil.copy(office_file, path)
    db = Database.open(str(path))
    settings = UiSettings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(OfficeData(db), settings, errors, background)
    qtbot.addWidget(shown)
    shown.resize(1350, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.session.flush()
    db.dispose()


def _focus() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def _click_row(window: MainWindow, qtbot: QtBot, row: int) -> None:
    table = window.ui.measureTable
    rect = table.visualRect(window.proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tab_moves_between_the_filters_the_table_and_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    table, editor = window.ui.measureTable, window.editor
    _click_row(window, qtbot, 0)
    assert _focus() == "measureTable"
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # out of the table at once, not to the next cell
    assert editor.isAncestorOf(QApplication.focusWidget())
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert _focus() == "measureTable"
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert _focus() == "searchEdit"
    for name in ("unitFilter", "partFilter", "statusFilter", "yearCombo"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert _focus() == name
    for name in ("statusFilter", "partFilter", "unitFilter", "searchEdit", "measureTable"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert _focus() == name
    # Through the editor the buttons come next, then round to the year again.
    seen = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_focus())
        if seen[-1] == "yearCombo":
            break
    assert seen[-5:] == [
        "addMeasureButton",
        "deleteMeasureButton",
        "composeMemoButton",
        "editorButton",
        "yearCombo",
    ]
    assert "titleEdit" in seen


def test_enter_opens_the_selected_measure_in_the_editor_and_esc_comes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    table = window.ui.measureTable
    qtbot.mouseClick(window.ui.editorButton, Qt.MouseButton.LeftButton)  # the clerk hides the pane
    assert not window.ui.editorHost.isVisible()
    _click_row(window, qtbot, 4)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.ui.editorHost.isVisible() and window.ui.editorButton.isChecked()
    assert window.editor.measure_id == "m-6" and _focus() == "titleEdit"
    assert window.ui.measureTable.whole_rows_in_view() >= WHOLE_ROWS
    type_text(window.editor.ui.titleEdit, " (ปรับปรุง)")
    qtbot.keyClick(window.editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert _focus() == "measureTable" and table.currentIndex().row() == 5
    window.session.flush()
    stored = {m.id: m.title for m in window.desk.measures(YEAR)}
    assert stored["m-6"].endswith("(ปรับปรุง)")
    assert "(ปรับปรุง)" in window.proxy.index(5, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_measure_added_on_a_small_window_opens_the_pane_to_type_its_details(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.ui.test_new_measure_number import _type_title_and_ok

    window.resize(1077, 574)  # 1366 × 768 at 125 %: the clerk has hidden the pane for the whole width
    qtbot.mouseClick(window.ui.editorButton, Qt.MouseButton.LeftButton)
    assert not window.editor_shown()
    _type_title_and_ok(qtbot, "มาตรการลดขั้นตอนการให้บริการ")
    qtbot.mouseClick(window.ui.addMeasureButton, Qt.MouseButton.LeftButton)
    assert window.editor_shown() and window.ui.editorButton.isChecked()
    assert window.editor.ui.titleEdit.toPlainText() == "มาตรการลดขั้นตอนการให้บริการ"
    assert window.ui.measureTable.whole_rows_in_view() >= WHOLE_ROWS
    table = window.ui.measureTable
    assert window.proxy.index(table.currentIndex().row(), 1).data() == "มาตรการลดขั้นตอนการให้บริการ"
