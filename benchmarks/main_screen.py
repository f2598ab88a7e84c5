"""The main window on the offices' screens, for looking at: a year of 60 real measures (the examples' texts),
shot as it opens and with a measure open in the editor, with the number of whole table rows in view.

    .venv/bin/python benchmarks/main_screen.py --out FOLDER          # starts Xvfb for each screen itself
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/main_screen.py --scale 1.25 --out F

The first form shoots 1366 × 768 at 100 % and 125 %, 1600 × 1000 at 150 % and 1920 × 1080 at 150 %
(QT_SCALE_FACTOR), and 1366 × 728 at 125 % (a taskbar's 40 pixels less), one folder each. The window opens
at the size the program gives it on a first start, then again from the geometry it saved on closing;
nothing here resizes it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

# The offices' screens, and the 1366 × 768 laptop at 125 % less a Windows taskbar's 40 pixels.
SCREENS = (
    (1366, 768, "1"),
    (1366, 768, "1.25"),
    (1600, 1000, "1.5"),
    (1920, 1080, "1.5"),
    (1366, 728, "1.25"),
)


def shoot_all(out: Path, measures: int) -> int:
    failed = 0
    for number, (width, height, scale) in enumerate(SCREENS, start=80):
        folder = out / f"{width}x{height}-{round(float(scale) * 100)}"
        display = f":{number}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
        )
        try:
            time.sleep(1)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            command = [
                sys.executable,
                __file__,
                "--scale",
                scale,
                "--out",
                str(folder),
                "--measures",
                str(measures),
            ]
            failed |= subprocess.run(command, env=env, check=False).returncode
        finally:
            server.terminate()
            server.wait()
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, e.g. 1.25; without it, every office screen (Xvfb)")
    parser.add_argument("--out", type=Path, help="the folder for the PNGs (default: a new temporary folder)")
    parser.add_argument("--measures", type=int, default=60)
    args = parser.parse_args()
    out: Path = args.out or Path(tempfile.mkdtemp(prefix="itadesk-main-screen-"))
    if args.scale is None:
        failed = shoot_all(out, args.measures)
        print(f"screenshots in {out}")
        return failed
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out.mkdir(parents=True, exist_ok=True)

    from examples_year import examples_dataset
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from itadesk.app import make_application
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.screen_fit import out_of_reach
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.main_window.main_window import MainWindow

    app = make_application()
    errors = ErrorHub()
    background = Background(errors)
    work = Path(tempfile.mkdtemp(prefix="itadesk-main-screen-"))
    settings = UiSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    db = Database.open(str(work / "office.sqlite3"))
    desk = OfficeData(db)
    desk.import_dataset(examples_dataset(args.measures))

    def settle(wait_ms: int = 400) -> None:
        until = time.monotonic() + wait_ms / 1000
        while time.monotonic() < until:
            app.processEvents()
            background.wait(20)
            time.sleep(0.02)
        app.processEvents()

    def shoot(window: MainWindow, name: str) -> None:
        settle()
        target = out / f"{name}.png"
        window.grab().save(str(target))
        table = window.ui.measureTable
        screen = window.screen().availableGeometry()
        reach = out_of_reach(window)
        focus = app.focusWidget()
        pane = "shown" if window.editor_shown() else "hidden"
        print(
            f"{target}: window {window.width()}×{window.height()} on {screen.width()}×{screen.height()}, "
            f"{table.whole_rows_in_view()} whole rows in view, editor {pane}, "
            f"focus {focus.objectName() or type(focus).__name__ if focus else None}"
        )
        for control in reach:
            print("    out of reach:", control)

    def open_window() -> MainWindow:
        window = MainWindow(desk, settings, errors, background)
        window.show()
        window.activateWindow()
        settle()
        return window

    window = open_window()
    shoot(window, "1-opened")
    table = window.ui.measureTable
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Return)
    shoot(window, "2-enter-opens-editor")
    window.editor.ui.tabs.setCurrentIndex(2)
    shoot(window, "3-editor-results-tab")
    window.close()
    settle()
    again = open_window()
    shoot(again, "4-reopened")
    again.close()
    background.wait()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
