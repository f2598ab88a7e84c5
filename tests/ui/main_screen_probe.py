"""Opens the main window over a real SQLite file as the program does, acts on it as a clerk does (a click on
a row, Enter, a resize of the window) and prints, as JSON, what the clerk would see: the whole rows of the
table in view, the editor's pane, where the keyboard is.

Run by `test_main_screen.py` in a fresh interpreter per screen and scale (the offscreen platform given the
screen's size, QT_SCALE_FACTOR the scale), with the settings file of the previous run when a test reopens it.

    python -m tests.ui.main_screen_probe DATABASE SETTINGS [--resize W H]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

if TYPE_CHECKING:
    from itadesk.ui.main_window.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("settings")
    parser.add_argument("--resize", nargs=2, type=int, help="the clerk resizes the window before closing it")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from itadesk.app import make_application
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.screen_fit import screen_key
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.main_window.main_window import MainWindow

    app = make_application()
    errors = ErrorHub()
    background = Background(errors)
    settings = UiSettings(QSettings(args.settings, QSettings.Format.IniFormat))
    db = Database.open(args.database)
    window = MainWindow(OfficeData(db), settings, errors, background)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    screen = window.screen().availableGeometry()
    found: dict[str, Any] = {
        "screen": [screen.width(), screen.height()],
        "key": screen_key(window),
        "opened": _look(window),
    }
    table = window.ui.measureTable
    row = table.visualRect(window.proxy.index(2, 1))  # the third measure's title
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    QTest.keyClick(table, Qt.Key.Key_Return)
    app.processEvents()
    found["after_enter"] = _look(window)
    found["editing"] = window.editor.measure_id
    if args.resize:
        window.resize(*args.resize)
        app.processEvents()
        found["resized"] = _look(window)
    window.close()
    background.wait()
    QApplication.processEvents()
    db.dispose()
    print(json.dumps(found, ensure_ascii=False))
    return 0


def _look(window: MainWindow) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from itadesk.ui.common.screen_fit import out_of_reach

    focus = QApplication.focusWidget()
    table = window.ui.measureTable
    frame = window.frameGeometry()
    return {
        "size": [window.width(), window.height()],
        "inside": window.screen().availableGeometry().contains(frame),
        "whole_rows": table.whole_rows_in_view(),
        "row_lines": table.row_lines(),
        "editor_shown": window.editor_shown() and window.editor.width() > 0,
        "title_width": table.columnWidth(1),
        "focus": focus.objectName() if focus is not None else None,
        "out_of_reach": out_of_reach(window),
    }


if __name__ == "__main__":
    sys.exit(main())
